"""Round en530: an official named by his title only is a PERSON entity of his own (rasd.entities.titleholders)."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc


def _person(doc: Doc, name: str) -> tuple[str | None, str | None, list[str]] | None:
    e = next((e for e in doc.entities if e.type == "PERSON" and e.name == name), None)
    return None if e is None else (e.country, e.actor, list(e.roles))


def _speakers(doc: Doc) -> list[str | None]:
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker or "") for q in doc.quotes]


def test_minister_of_a_country_named_after_title() -> None:
    doc = analyze("وقال وزير مالية سريلانكا إن الحكومة سترفع الضرائب على الواردات. "
                  "وأضاف الوزير أن الخطة ستبدأ الشهر المقبل.", "2015-05-01")
    assert _person(doc, "وزير مالية سريلانكا") == ("LKA", "LKAGOV", ["وزير مالية سريلانكا"])
    assert _speakers(doc) == ["وزير مالية سريلانكا", "وزير مالية سريلانكا"]
    e = next(e for e in doc.entities if e.name == "وزير مالية سريلانكا")
    assert "الوزير" in e.aliases  # the bare title later is a mention of him


def test_police_chief_of_a_province() -> None:
    doc = analyze("وأعلن قائد شرطة محافظة الأنبار اعتقال عشرة مسلحين في مدينة الرمادي.", "2015-05-01")
    assert _person(doc, "قائد شرطة محافظة الأنبار") == ("IRQ", "IRQCOP", ["قائد شرطة محافظة الأنبار"])
    ev = next(v for v in doc.events if doc.text[v.trigger.start : v.trigger.end] == "وأعلن")
    assert ev.source is not None and doc.entity(ev.source).name == "قائد شرطة محافظة الأنبار"


def test_army_chief_by_nisba() -> None:
    doc = analyze("وقال قائد الجيش اللبناني إن الحدود آمنة.", "2015-05-01")
    assert _person(doc, "قائد الجيش اللبناني") == ("LBN", "LBNMIL", ["قائد الجيش اللبناني"])


def test_title_with_name_stays_one_person() -> None:
    doc = analyze("وقال وزير الخارجية جون كيري إن المحادثات مفيدة. وأضاف الوزير أن الاتفاق قريب.", "2015-05-01")
    persons = [e.name for e in doc.entities if e.type == "PERSON"]
    assert persons == ["جون كيري"]
    assert _speakers(doc) == ["جون كيري", "جون كيري"]


def test_holder_named_elsewhere_gets_no_new_entity() -> None:
    doc = analyze("وصل وزير الخارجية الفرنسي لوران فابيوس إلى طهران. وقال وزير الخارجية الفرنسي إن الزيارة مهمة.",
                  "2015-05-01")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["لوران فابيوس"]


def test_former_and_indefinite_titles_give_no_entity() -> None:
    doc = analyze("وقال وزير سابق إن الوضع خطير. وقال أحد المسؤولين إن الأمر انتهى. "
                  "وقال سفير سعودي لدى قبرص إن العلاقات جيدة.", "2015-05-01")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []


def test_title_governed_by_a_body_or_adjective_gives_no_entity() -> None:
    doc = analyze("وسيطرت قوات الرئيس اليمني على المدينة. ووافق الحزب الحاكم في اليونان على الخطة.", "2015-05-01")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == []


def test_other_title_not_carried_to_unnamed_official() -> None:
    doc = analyze("وقال وزير مالية سريلانكا إن الحكومة سترفع الضرائب. "
                  "وقال الأمين العام للهيئة العالمية للإغاثة إن المساعدات وصلت.", "2015-05-01")
    assert _speakers(doc) == ["وزير مالية سريلانكا", None]
