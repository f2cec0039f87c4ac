"""Round ti1002: an act told in a frame of an earlier year or a past era is not dated with the article's day."""

import rasd

DATE = "2015-08-06"


def _dates(text: str) -> dict[str, tuple[str | None, object]]:
    doc = rasd.analyze(text, date=DATE)
    return {text[e.trigger.start : e.trigger.end]: (e.date, e.attrs.get("year")) for e in doc.events}


def test_opening_year_phrase_of_sentence() -> None:
    got = _dates("في الأشهر الأولى من عام 2012، شرعت مجموعة من المحامين في الاجتماع بمقر الغرفة التجارية.")
    assert got["الاجتماع"][0] is None


def test_era_phrase() -> None:
    assert _dates("إبان حرب الخليج، حاصرت القوات السعودية مدينة الخفجي.")["حاصرت"][0] is None


def test_before_act_of_earlier_year() -> None:
    got = _dates("سيطر المسلحون على البلدة قبل أن يؤدي تدخل عسكري عام 2012 إلى طردهم.")
    assert got["سيطر"][0] is None


def test_closer_time_keeps_its_date() -> None:
    got = _dates("وفي عام 2011، استخدمت القاعدة منطلقا للطائرات. لكن بعد المواجهات الأخيرة في مارس 2015، سيطر عليها المتمردون.")
    assert got["المواجهات"][0] == "2015-03"
    assert got["سيطر"][0] == DATE


def test_statement_about_past_keeps_today() -> None:
    got = _dates("أكد الوزير أمس أن الهجوم على السفارة في عام 2012 كان إرهابيا.")
    assert got["أكد"][0] == "2015-08-05"
    assert got["الهجوم"] == (None, 2012)


def test_plain_act_keeps_document_date() -> None:
    assert _dates("اعتقلت الشرطة خمسة أشخاص في القاهرة.")["اعتقلت"][0] == DATE
