"""Round qu908: the author of a report an «according to» phrase names, and an unnamed plural group as the
subject of a chained plural cue (``quotes.own_issuer``, ``quotes.where_group``)."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def _row(text: str, cue: str) -> tuple[str, str | None, str | None, str, bool]:
    return next(r for r in news_quote_rows(text) if r[0] == cue)


def test_according_to_report_issued_by_body() -> None:
    text = "انخفض عدد السياح بنسبة عشرين في المائة، وفقا لتقرير صادر عن وزارة السياحة المصرية."
    cue, name, phrase, content, direct = _row(text, "وفقا")
    assert (name, phrase) == ("وزارة السياحة المصرية", None)
    assert content == "انخفض عدد السياح بنسبة عشرين في المائة" and not direct


def test_according_to_report_of_quoted_paper() -> None:
    text = ("غرقت عشرات القرى في الأمطار الغزيرة، بحسب تقرير لصحيفة «سانغاي تايمز» المحلية التي حذرت من أن الأمطار "
            "ستستمر.")
    cue, name, phrase, content, direct = _row(text, "بحسب")
    assert phrase == "صحيفة «سانغاي تايمز»"
    assert content == "غرقت عشرات القرى في الأمطار الغزيرة"


def test_according_to_named_paper_unchanged() -> None:
    text = "تضاعف عدد اللاجئين في المخيمات الحدودية، بحسب تقرير نشرته صحيفة «الحياة» اللندنية."
    cue, name, phrase, content, direct = _row(text, "بحسب")
    assert (name, phrase) == ("صحيفة الحياة", None)


def test_report_of_unnamed_paper_keeps_its_phrase() -> None:
    text = "ارتفعت أسعار الخبز في العاصمة بنسبة الثلث، بحسب تقرير لصحيفة محلية."
    cue, name, phrase, content, direct = _row(text, "بحسب")
    assert (name, phrase) == (None, "تقرير لصحيفة محلية")  # no name in quote marks: no body cut out of it


def test_agent_group_of_passive_speaks_with_affiliation() -> None:
    text = ("ورفضت الحكومة مشروع القانون الذي قوبل بالرفض من قبل نواب حزب الوفد في البرلمان، وأكدوا أن المشروع "
            "يهدد الحريات.")
    doc = analyze_news(text)
    q = next(q for q in doc.quotes if doc.text[q.cue.start:q.cue.end] == "وأكدوا")
    given = q.attrs.get("speaker_text")
    assert given is not None and doc.text[given.start:given.end] == "نواب حزب الوفد"
    body = doc.entity(q.attrs.get("affiliation"))
    assert body is not None and body.name == "حزب الوفد"
    assert doc.text[q.content.start:q.content.end] == "المشروع يهدد الحريات"


def test_relative_subject_group_speaks() -> None:
    text = "وأرفقت الوزارة صورا للشعارات التي كتبها المحتجون، ويقولون فيها إن الحكومة فشلت."
    cue, name, phrase, content, direct = _row(text, "ويقولون")
    assert (name or phrase) == "المحتجون"
    assert content == "الحكومة فشلت"


def test_singular_verb_after_group_not_taken() -> None:
    text = "وأرفقت الوزارة صورا للشعارات التي كتبها المحتجون، وقالت إن الحكومة ستحقق فيها."
    cue, name, phrase, content, direct = _row(text, "وقالت")
    assert (name or phrase) != "المحتجون"
