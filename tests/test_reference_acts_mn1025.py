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


def test_not_the_day_told_before_in_a_statement() -> None:
    got = _events("وقال المحلل السياسي سالم أحمد أمس إن الأوضاع تتحسن. "
                  "وأضاف أن ما يحدث الآن مهم، خصوصا بعد تحرير مدينة المكلا، وتعيين وزراء جدد.")
    assert got["تحرير"] == ("192", None)


def test_not_the_day_of_the_sentence_before() -> None:
    got = _events("اجتمع الوزير أمس مع السفير. وتحدثا عن الوضع بعد تحرير مدينة المكلا.")
    assert got["اجتمع"] == ("040", "2015-08-05")
    assert got["تحرير"] == ("192", None)


def test_before_attack_keeps_the_clause_day() -> None:
    got = _events("وغادر الوزير البلدة أمس قبل هجوم المسلحين على مركز الشرطة.")
    assert got["هجوم"][1] == "2015-08-05"


def test_today_attack_after_word_keeps_today() -> None:
    got = _events("وانسحبت القوات بعد هجوم المسلحين عليها اليوم.")
    assert got["هجوم"][1] == DATE


def test_attack_told_the_day_before_keeps_that_day() -> None:
    got = _events("هاجم المسلحون أمس نقطة حدودية في البلدة. وأغلقت السلطات الحدود إثر هجوم المسلحين.")
    assert got["هجوم"][1] == "2015-08-05"
