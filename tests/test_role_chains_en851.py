"""Round en851: an office with its body written before a title and a name is the person's role too
(entities.rolechains), and an indefinite title word listed as a name right after a definite title opens a new
person's name before an unknown family name (entities.titlegivens)."""

from conftest import analyze_news

from rasd.entities.gazetteer import load
from rasd.entities.titlegivens import _family_shaped


def _person(text: str, name: str) -> tuple[list[str], list[str]]:
    doc = analyze_news(text)
    ent = next(e for e in doc.entities if e.name == name)
    return ent.roles, [doc.text[m.start : m.end] for m in ent.mentions]


def _persons(text: str) -> list[str]:
    return [e.name for e in analyze_news(text).entities if e.type == "PERSON"]


MEMBER = "وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي الحكومة بحماية المدنيين في الأنبار. "


def test_member_office_and_title_are_both_roles() -> None:
    roles, _ = _person(MEMBER, "محمد الكربولي")
    assert roles == ["النائب", "عضو لجنة الأمن والدفاع النيابية"]


def test_chair_of_a_committee_in_a_chamber() -> None:
    text = "وانتقد رئيس لجنة العلاقات الخارجية في مجلس الشيوخ السيناتور بوب كوركر الاتفاق النووي. "
    roles, _ = _person(text, "بوب كوركر")
    assert roles == ["السيناتور", "رئيس لجنة العلاقات الخارجية في مجلس الشيوخ"]


def test_title_alone_keeps_one_role() -> None:
    roles, _ = _person("وطالب النائب محمد الكربولي الحكومة بحماية المدنيين في الأنبار. ", "محمد الكربولي")
    assert roles == ["النائب"]


def test_office_cut_off_by_a_verb_is_not_his() -> None:
    text = "واجتمع رئيس لجنة العلاقات الخارجية أمس، وقال السيناتور بوب كوركر إن الاتفاق سيئ. "
    roles, _ = _person(text, "بوب كوركر")
    assert roles == ["السيناتور"]


def test_unknown_name_after_a_definite_title_is_a_new_person() -> None:
    text = MEMBER + "ودعا النائب حاكم الزاملي الحكومة إلى التحرك. "
    roles, mentions = _person(text, "حاكم الزاملي")
    assert roles == ["النائب"] and mentions == ["حاكم الزاملي"]
    assert _person(text, "محمد الكربولي")[1] == ["محمد الكربولي"]


def test_chain_with_an_unknown_name() -> None:
    text = "ودعا عضو لجنة الأمن والدفاع النيابية النائب حاكم الزاملي الحكومة إلى التحرك. "
    roles, _ = _person(text, "حاكم الزاملي")
    assert roles == ["النائب", "عضو لجنة الأمن والدفاع النيابية"]


def test_governor_after_an_indefinite_deputy_stays_an_office() -> None:
    assert "حاكم" not in " ".join(_persons("وقال نائب حاكم ولاية كاليفورنيا إن الحرائق انحسرت. "))


def test_public_prosecutor_is_no_name() -> None:
    assert _persons("وقال النائب العام المصري إن التحقيق مستمر. ") == ["النائب العام المصري"]  # (the office)
    assert _persons("وقال النائب العام نبيل صادق إن التحقيق مستمر. ") == ["نبيل صادق"]


def test_family_shape() -> None:
    g = load()
    assert _family_shaped(g, "الزاملي")
    assert not _family_shaped(g, "العراقي")
    assert not _family_shaped(g, "الثاني")
