"""Round en584: the bare heads «الجماعة», «المنظمة», «اللجنة» stand for the one body named with them before; a
definite adjective after the head (even one of the gazetteer's stop words: «الإسلامية», «العالمية») is another
body; an indefinite «منظمة» describing a new body («وهي منظمة») blocks the earlier one; a «ة» noun in construct
with a definite one («لجنة مراقبة الصحافة») names another body."""

from __future__ import annotations

from conftest import entity_name_covering as _entity_of


_MB = ("قضت محكمة مصرية بسجن عدد من قادة جماعة الإخوان المسلمين أمس. وقال محامي الدفاع إن الأحكام قاسية، "
       "وإن المتهمين سيطعنون فيها أمام محكمة النقض خلال الأيام المقبلة بعد دراسة الحكم. ")


def test_group_after_brotherhood() -> None:
    text = _MB + "وقدم المحامي الطعن وكيلا عن قياديي الجماعة المدرجين في القائمة."
    assert _entity_of(text, "الجماعة") == "جماعة الإخوان المسلمين"


def test_group_with_stop_adjective_is_another() -> None:
    text = _MB + "وأعلن عضو الجماعة الإسلامية أنه يرفض الحكم."
    assert _entity_of(text, "الجماعة") != "جماعة الإخوان المسلمين"


def test_group_with_relative_is_the_body() -> None:
    text = _MB + "وأكد بيان أن قياديي الجماعة التي يقودها المرشد لن يتراجعوا."
    assert _entity_of(text, "الجماعة") == "جماعة الإخوان المسلمين"


# (seven sentences without a body: beyond the reach of anaphors.tsv's «المنظمة»/«اللجنة», so barebodies reads them)
_GAP = "وارتفعت الأسعار في الأسواق. " * 7

_AI = ("وشهدت البلاد استياء متزايدا بين السكان، وفقا لمنظمة العفو الدولية. وتقول منظمة العفو الدولية إن "
       "السجون مكتظة وإن المعتقلين يعانون ظروفا سيئة منذ شهور طويلة. ")


def test_organisation_after_amnesty() -> None:
    text = _AI + _GAP + "وتضيف المنظمة أن على الحكومة الإفراج عن المعتقلين."
    assert _entity_of(text, "المنظمة") == "منظمة العفو الدولية"


def test_described_new_organisation_blocks() -> None:
    text = (_AI + "وتقول مجموعة الأزمات، وهي منظمة مهتمة بحل النزاعات، إن الأزمة تتفاقم. " + _GAP
            + "وتضيف المنظمة أن الحل ممكن.")
    assert _entity_of(text, "المنظمة") != "منظمة العفو الدولية"


def test_organisation_with_stop_adjective_is_another() -> None:
    text = _AI + _GAP + "ودعت المنظمة العالمية لمناهضة التعذيب إلى تحقيق مستقل."
    assert _entity_of(text, "المنظمة") != "منظمة العفو الدولية"


def test_unread_committee_in_construct_blocks() -> None:
    text = ("وقالت لجنة حماية الصحفيين إن الصحفي اعتقل أمس في العاصمة. وأصدرت لجنة مراقبة الصحافة بيانا "
            "عن القضية نفسها. " + _GAP + "وقالت اللجنة إن الاعتقال غير قانوني.")
    assert _entity_of(text, "اللجنة") is None
