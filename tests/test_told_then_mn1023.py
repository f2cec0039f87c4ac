"""Round mn1023: acts told in a past the story named just before are not dated with the article's day: the sentence
after one opened by an old day of an earlier year (``past_years._opened_before``), an act «في وقته/في حينه» (at the
time told before: ``attached.then_told``), an act after «حين بدأت معركة ...،» (``clause_days.after_when_frame``)."""

import rasd

DATE = "2015-08-06"


def _dates(text: str) -> dict[str, str | None]:
    doc = rasd.analyze(text, date=DATE)
    return {text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}


def test_sentence_after_old_opening_day() -> None:
    got = _dates("وفي العاشر من مارس العام الماضي هاجم المسلحون بلدة الحمرا. "
                 "وقتل التنظيم عشرات السكان بعد انسحاب قوات الجيش من البلدة.")
    assert got["انسحاب"] is None


def test_sentence_after_written_old_day() -> None:
    got = _dates("وفي 12 يناير 2014 دخلت الميليشيات مدينة الرمل. ونهبت المحلات بعد انسحاب قوات الشرطة منها.")
    assert got["انسحاب"] is None


def test_sentence_after_recent_opening_day_keeps_that_day() -> None:
    got = _dates("وفي الثالث من أغسطس الجاري هاجم المسلحون بلدة الحمرا. وانسحبت قوات الجيش من البلدة.")
    assert got["وانسحبت"] == "2015-08-03"


def test_own_time_still_dates() -> None:
    got = _dates("وفي العاشر من مارس العام الماضي هاجم المسلحون بلدة الحمرا. وأمس انسحبت قوات الجيش من البلدة.")
    assert got["انسحبت"] == "2015-08-05"


def test_welcomed_at_the_time() -> None:
    got = _dates("وأفرجت السلطات عن الصحافي في منتصف مايو الماضي. وهو قرار رحبت به باريس في وقته.")
    assert got["رحبت"] is None


def test_welcomed_without_then_keeps_today() -> None:
    got = _dates("وأفرجت السلطات عن الصحافي في منتصف مايو الماضي. وهو قرار رحبت به باريس.")
    assert got["رحبت"] == DATE


def test_act_when_a_battle_began() -> None:
    got = _dates("وقال الخبير: «حين بدأت معركة حلب، انسحب المقاتلون إلى الريف الشمالي».")
    assert got["انسحب"] is None


def test_act_when_a_battle_began_with_day_keeps_it() -> None:
    got = _dates("وقال الخبير: «حين بدأت معركة حلب أمس، انسحب المقاتلون إلى الريف الشمالي».")
    assert got["انسحب"] == "2015-08-05"
