"""Round ti1013: a yearless day whose weekday fixed an old year counts as an old time of a retrospective piece, and
a perfect in «ت» of the dual or of «نا» is no present verb (hand-made sentences)."""

from __future__ import annotations

import rasd
from rasd.doc import TimeSpan
from rasd.events.tense import dual_perfect
from rasd.events.weekday_years import weekday_year

WAR = "اندلعت الحرب في عام 1990. وتواصلت المعارك في يناير 1991. وانتهت في مارس 1991. "
TOLD = "ويروي الجندي: «استيقظت فجر يوم {} الثاني من أغسطس على أصوات غريبة. وهنا تيقنت أن هناك استهدافا لمبنى الإذاعة»."


def _dates(text: str, date: str) -> dict[str, str | None]:
    doc = rasd.analyze(text, date=date)
    return {text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}


def test_weekday_fixed_old_year_makes_retrospective_act_undated() -> None:
    # 2 August 2015 is a Sunday: «الخميس» is the 1990 day, an old time; the act after it is of that past
    assert _dates(WAR + TOLD.format("الخميس"), "2015-08-05")["استهدافا"] is None


def test_weekday_of_this_year_keeps_the_day() -> None:
    # counter-case: «الأحد الثاني من أغسطس» is this year's day (a Sunday in 2015): the act keeps it
    assert _dates(WAR + TOLD.format("الأحد"), "2015-08-05")["استهدافا"] == "2015-08-02"


def test_weekday_year_span_tests() -> None:
    assert weekday_year(TimeSpan(0, 30, "فجر يوم الخميس الثاني من أغسطس", "1990-08-02"), 2015)
    # counter-cases: a year written; a weekday the day has this year too; no weekday named
    assert not weekday_year(TimeSpan(0, 30, "يوم الخميس الثاني من أغسطس 1990", "1990-08-02"), 2015)
    assert not weekday_year(TimeSpan(0, 30, "يوم الأحد الثاني من أغسطس", "2015-08-02"), 2015)
    assert not weekday_year(TimeSpan(0, 30, "الثاني من أغسطس", "1990-08-02"), 2015)


def _perfect(text: str, word: str) -> bool:
    doc = rasd.analyze(text, date="2015-08-05")
    t = next(k for k, tok in enumerate(doc.tokens) if tok.text == word)
    return dual_perfect(doc, t)


def test_dual_and_we_perfects() -> None:
    assert _perfect("وقال القائد إننا تمكنا من دخول المدينة", "تمكنا")
    assert _perfect("وقال إن الوزيرين تحدثا عن الأزمة", "تحدثا")
    assert _perfect("وقال إن الفتاتين تمكنتا من الفرار", "تمكنتا")


def test_presents_are_no_dual_perfects() -> None:
    assert not _perfect("وقال إن الحكومة تقودها بنفسها", "تقودها")  # object «ها»
    assert not _perfect("وقال إن الدولة تساعدنا كثيرا", "تساعدنا")  # object «نا» on a present stem
    assert not _perfect("وقال إن الشركة تبدأ العمل غدا", "تبدأ")  # «أ» of the root
    assert not _perfect("وقال إنهما لن تفعلا ذلك", "تفعلا")  # a present after «لن»
    assert not _perfect("وقال إن القوات تحاول دخول المدينة", "تحاول")
