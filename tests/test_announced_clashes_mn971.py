"""Round mn971: an armed group that announces a killing done in clashes («أعلنت حركة ...، أحد فصائل ...، عن مقتل
ضابط كبير في الحرس ... خلال اشتباكات») is its doer, the officer's body its target, the killing and the clashes told
as the group's claim (``rasd.events.announced_doers``, ``member_targets._ranked_member``); hand-made sentences."""

from __future__ import annotations

from conftest import news_event_rows

TEXT = ("تصاعدت المواجهات في شمال سوريا خلال الأسبوع الماضي.\n"
        "وأعلنت حركة أحرار الشام، أحد أبرز فصائل المعارضة المسلحة في الشمال، عن مقتل ضابط كبير في الحرس الجمهوري "
        "السوري وعدد من العناصر خلال اشتباكات في ريف إدلب.")


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    return next(r for r in news_event_rows(text) if r[1] == trigger)


def test_the_announcing_group_killed_the_officer_of_the_named_body() -> None:
    assert _row(TEXT, "مقتل") == ("190", "مقتل", "حركة أحرار الشام", "الحرس الجمهوري السوري", "reported")


def test_the_clashes_are_between_the_group_and_that_body() -> None:
    assert _row(TEXT, "اشتباكات") == ("193", "اشتباكات", "حركة أحرار الشام", "الحرس الجمهوري السوري", "reported")


def test_a_ministry_announcing_a_toll_is_no_doer() -> None:
    text = ("وأعلنت وزارة الصحة السورية، في بيان صدر في دمشق، عن مقتل ضابط كبير في الحرس الجمهوري السوري "
            "خلال اشتباكات في ريف إدلب.")
    row = _row(text, "مقتل")
    assert row[2] is None
    assert row[3] == "الحرس الجمهوري السوري"
