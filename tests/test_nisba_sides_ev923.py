"""Round ev923: the pair «الجانبين المصري والأمريكي» as the parties of a call held «خلال» their clause, and the
Houthi–Saleh forces («تجمعات الحوثي وصالح») as a group target, not the person Saleh."""

from __future__ import annotations

from conftest import news_event_rows

SALEH = "وتخوض المقاومة الشعبية معارك ضد الميليشيات الحوثية وقوات الرئيس المخلوع علي عبد الله صالح منذ أشهر. "


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    return next(r for r in news_event_rows(text) if r[1] == trigger)


def test_dual_pair_before_a_dual_verb_holds_the_call() -> None:
    text = "وأفاد المتحدث باسم الخارجية المصرية أن الجانبين المصري والأمريكي استعرضا خلال الاتصال الهاتفي مستجدات الأزمة الليبية."
    row = _row(text, "الاتصال الهاتفي")
    assert row[0].startswith("04")
    assert (row[2], row[3]) == ("مصر", "الولايات المتحدة")


def test_dual_pair_after_the_verb_holds_the_meeting() -> None:
    text = "وذكر البيان أن الجانبين الأردني والفرنسي تناولا خلال اللقاء سبل دعم اللاجئين في المنطقة."
    row = _row(text, "اللقاء")
    assert (row[2], row[3]) == ("الأردن", "فرنسا")


def test_no_pair_without_the_two_adjectives() -> None:
    # the bare dual names no sides: left to the meeting rules, no country made up
    text = "وذكر البيان أن الجانبين تناولا خلال اللقاء سبل دعم اللاجئين في المنطقة."
    row = _row(text, "اللقاء")
    assert row[2] not in ("الأردن", "فرنسا")


def test_houthi_saleh_gatherings_are_the_group() -> None:
    text = SALEH + "وقال مصدر في المقاومة إن مقاتليها استهدفوا تجمعات الحوثي وصالح قرب مدينة الضالع."
    assert _row(text, "استهدفوا")[3] == "الميليشيات الحوثية"


def test_houthi_saleh_sites_shelled_are_the_group() -> None:
    text = SALEH + "وقصفت المقاومة مواقع الحوثي وصالح في مديرية قعطبة بالصواريخ."
    assert _row(text, "وقصفت")[3] == "الميليشيات الحوثية"


def test_saleh_named_right_after_the_act_stays_the_person() -> None:
    # no head noun between the act and the pair: the two may be the men themselves
    text = SALEH + "وقال مصدر في المقاومة إن مقاتليها استهدفوا الحوثي وصالح قرب مدينة الضالع."
    assert _row(text, "استهدفوا")[3] == "علي عبد الله صالح"
