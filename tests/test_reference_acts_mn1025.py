"""Round mn1025: a masdar of force (CAMEO 19x) right after «بعد/إثر/عقب/منذ/قبل» is a reference point for another
act, told earlier: with no time in its own phrase it takes no date, never the article's day
(``past_years.reference_act``); a time of its own phrase still dates it."""

import rasd

DATE = "2015-08-06"


def _events(text: str) -> dict[str, tuple[str, str | None]]:
    doc = rasd.analyze(text, date=DATE)
    return {text[e.trigger.start : e.trigger.end]: (e.code, e.date) for e in doc.events}


def test_after_liberation_undated() -> None:
    got = _events("وعاد المسؤولون إلى المدينة بعد تحرير مدينة المكلا من المسلحين.")
    assert got["تحرير"] == ("192", None)


def test_after_control_undated() -> None:
    got = _events("وتمكنت القوات من إحكام قبضتها على الطريق بعد سيطرة المسلحين على مطار البلدة.")
    assert got["سيطرة"][1] is None


def test_since_attack_undated() -> None:
    got = _events("وأغلقت السلطات الحدود مع جارتها إثر هجوم المسلحين على نقطة حدودية.")
    assert got["هجوم"][1] is None


def test_own_day_keeps_it() -> None:
    got = _events("وانسحبت القوات من البلدة بعد هجوم المسلحين عليها أمس.")
    assert got["هجوم"][1] == "2015-08-05"


def test_own_month_keeps_it() -> None:
    got = _events("وفر السكان من المدينة بعد سيطرة المسلحين عليها في مارس الماضي.")
    assert got["سيطرة"][1] == "2015-03"


def test_attack_without_reference_word_keeps_today() -> None:
    got = _events("وشن المسلحون هجوما على نقطة حدودية في البلدة.")
    assert got["هجوما"][1] == DATE
