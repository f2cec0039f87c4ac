"""Round ev623: a reported clause that opens on the reporting body's own men («إحدى وحداتها», «أحد مقاتليه»)
names that body as the doer of its act (events.owned_members)."""

from __future__ import annotations

from conftest import news_arg


def test_one_of_its_units_after_a_statement() -> None:
    text = "وأصدرت قوات حماية الشعب، أمس، بيانا كشفت فيه أن إحدى وحداتها نفذت عملية تفجير أنبوب نفط قرب الحدود."
    assert news_arg(text, "تفجير") == "قوات حماية الشعب"


def test_one_of_its_fighters_attacks() -> None:
    text = "أعلنت حركة حماس أن أحد مقاتليها شن هجوما على موقع للجيش الإسرائيلي."
    assert news_arg(text, "هجوما") == "حركة حماس"
    assert news_arg(text, "هجوما", "target") == "الجيش الإسرائيلي"


def test_group_of_its_fighters_after_min() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن العملية، مشيرا إلى أن مجموعة من مقاتليه اقتحمت ثكنة للجيش الليبي."
    assert news_arg(text, "اقتحمت") == "تنظيم داعش"


def test_person_speaker_is_no_owner() -> None:
    # counter-case: a named man's «مقاتليها» is not his: no source from him
    text = "وقال عمر الخطيب إن أحد مقاتليها شن هجوما على موقع للجيش الإسرائيلي."
    assert news_arg(text, "هجوما") != "عمر الخطيب"


def test_other_subject_in_clause_is_kept() -> None:
    # counter-case: the clause opens on a named body, not on the speaker's men
    text = "أعلنت حركة حماس أن الجيش الإسرائيلي شن هجوما على مواقعها في غزة."
    assert news_arg(text, "هجوما") == "الجيش الإسرائيلي"


def test_act_far_after_the_men_is_not_theirs() -> None:
    # counter-case: the clashes lie past the men's own clause verb and its object («أصيب برصاص قناص»)
    text = "أعلنت حركة حماس أن أحد مقاتليها أصيب برصاص قناص خلال اشتباكات عنيفة في المدينة."
    assert news_arg(text, "اشتباكات") != "حركة حماس"
