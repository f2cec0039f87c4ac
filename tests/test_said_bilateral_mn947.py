"""Round mn947: two statements of one speaker saying different things on a day stay two events (one retold still
joins); a body named by two country adjectives («مجلس الأعمال الصيني - الأميركي») is one bilateral body of no
single state; «لحكومة وشعب X»: the government shares the genitive state with the people, a mention of its own."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention


def _statements(text: str) -> list[tuple[list[str], str | None]]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [([doc.text[t.start:t.end] for t in e.triggers], names.get(e.source or ""))
            for e in doc.events if e.code.startswith("01")]


def test_two_statements_of_different_content_apart() -> None:
    text = ("وقلل وزير المالية الفرنسي ميشال سابان اليوم من شأن الخلافات مع المصرف الأوروبي، "
            "وشدد سابان على وجود تفاهم جيد بين المؤسسات الدائنة. "
            "وتحدث الوزير عن الموازنة، وأكد سابان أن العجز سينخفض إلى ثلاثة في المائة العام المقبل.")
    got = _statements(text)
    assert (["وشدد"], "ميشال سابان") in got or (["وشدد على"], "ميشال سابان") in got
    assert (["وأكد"], "ميشال سابان") in got


def test_counter_statement_retold_joins() -> None:
    text = ("أكد وزير الخارجية المصري سامح شكري اليوم أن المحادثات مع الجانب الأميركي كانت صريحة وإيجابية. "
            "وأكد شكري في المؤتمر الصحافي أن المحادثات مع الجانب الأميركي كانت صريحة.")
    assert _statements(text) == [(["أكد", "وأكد"], "سامح شكري")]


def test_bilateral_council_with_dash() -> None:
    doc = analyze_news("وبحسب تقرير أصدره مجلس الأعمال الياباني - الهندي، ارتفعت الاستثمارات بين البلدين.")
    e = entity_of_mention(doc, "مجلس الأعمال الياباني - الهندي")
    assert e.type == "ORGANIZATION"
    assert e.country is None
    assert e.actor == "BUS"


def test_bilateral_council_without_dash() -> None:
    doc = analyze_news("وقال مجلس الأعمال السعودي الفرنسي إن حجم التبادل التجاري ارتفع العام الماضي.")
    e = entity_of_mention(doc, "مجلس الأعمال السعودي الفرنسي")
    assert e.country is None
    assert e.actor == "BUS"


def test_counter_one_state_council() -> None:
    doc = analyze_news("وقال مجلس الأعمال المصري إن حجم الاستثمارات تراجع العام الماضي.")
    e = entity_of_mention(doc, "مجلس الأعمال المصري")
    assert e.actor == "EGYBUS"
    assert e.country == "EGY"


def test_government_and_people_share_the_state() -> None:
    doc = analyze_news("ونقل الوزير تحيات القيادة إلى رئيس الدولة، ولحكومة وشعب الكويت، ولحكومة وشعب قطر.")
    govs = sorted((doc.text[m.start:m.end], e.actor) for e in doc.entities for m in doc.mentions
                  if m.entity == e.id and e.type == "ORGANIZATION")
    assert govs == [("حكومة", "KWTGOV"), ("حكومة", "QATGOV")]


def test_counter_government_with_own_genitive() -> None:
    doc = analyze_news("وقدم الوزير الشكر لحكومة الأردن ولحكومة مصر على الدعم المتواصل.")
    assert entity_of_mention(doc, "حكومة الأردن").actor == "JORGOV"
    assert entity_of_mention(doc, "حكومة مصر").actor == "EGYGOV"
