"""Round 66 of real news: time expressions and the dates of background acts. A day and a month in a place's name
(«محطة ملعب 22 مايو») is no time; an editor's bracket corrects a quoted relative day («اختطفت اليوم (أمس)»); «العام
السابق» after a year named is the year before that one; «قبل سنتين وأربعة أشهر» is read whole. An act told as of
an earlier unsaid time («صرح في السابق», «جاءت بالأصل», «رفض مسبقا») or done by someone a relative clause describes
(«مسلحي التنظيم الذين سيطروا على مناطق شاسعة») has no date; a time leading the sentence («وقبل عشرة أيام، شنت ...،
كما بدأت في مهاجمة», «شهدت الأشهر الماضية عدة زيارات ...، وزيارة») dates its acts; a relative clause after a time
and its comma («في مايو الماضي، والتي أكدت») is of that time. The sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_date


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_news(text).times]


def test_a_date_in_a_place_name_is_no_time() -> None:
    assert _times("ووصلت المولدات إلى محطة ملعب 22 مايو في المدينة.") == []
    assert _times("ويقع المقر في شارع 26 يوليو بالعاصمة.") == []
    # a day told: a time; a year said in the name's date: a date
    assert _times("ووصلت المولدات إلى المحطة في 22 مايو.") == [("22 مايو", "2015-05-22")]


def test_an_editors_bracket_corrects_a_relative_day() -> None:
    assert _times("وقال إن المجموعة التي خطفت اليوم (أمس) كانت في المخيم.") == [
        ("اليوم", "2015-08-01"), ("أمس", "2015-08-01")]
    assert news_date("وقال إن المجموعة التي خطفت اليوم (أمس) كانت في المخيم.", "خطفت") == "2015-08-01"
    # a week-day in the bracket is a claim about the day, not a correction
    assert _times("وقال اليوم (الأحد) إن الوضع هادئ.") == [("اليوم (الأحد)", "2015-08-02")]


def test_the_previous_year_after_a_year_named() -> None:
    text = "وبلغت الاستثمارات 800 مليون دولار عام 2014 مقارنة بـ600 مليون دولار العام السابق."
    assert _times(text) == [("عام 2014", "2014"), ("العام السابق", "2013")]
    # no year named: counted from the article's
    assert _times("وبلغت الاستثمارات 800 مليون دولار مقارنة بـ600 مليون دولار العام السابق.") == [
        ("العام السابق", "2014")]
    # «العام الماضي» is always the article's last year
    assert _times("وبلغت الاستثمارات 800 مليون دولار عام 2012 وألفا العام الماضي.")[-1] == ("العام الماضي", "2014")


def test_a_span_of_years_and_months_is_read_whole() -> None:
    assert _times("وتوفي زعيم الحركة قبل سنتين وأربعة أشهر.") == [("قبل سنتين وأربعة أشهر", "2013-04")]
    assert _times("ووصل قبل عام و3 أشهر.") == [("قبل عام و3 أشهر", "2014-05")]
    # «و» opening another clause: the span ends
    assert _times("وتوفي قبل سنتين وأعلن ابنه الخبر.") == [("قبل سنتين", "2013")]


def test_an_act_told_as_of_an_earlier_time_has_no_date() -> None:
    assert news_date("وكان القائد صرح في السابق بأن قواته لن تدخل المدينة.", "صرح") is None
    assert news_date("وقال الوزير إن الدعوة للحوار جاءت بالأصل بمبادرة من الرئيس.", "الدعوة") is None
    assert news_date("وأعلن ذلك رئيس الوزراء الذي رفض مسبقا دعوات لاستقالتها.", "رفض") is None
    assert news_date("كما أعلنت قوات الأمن في وقت سابق عن اعتقال العشرات.", "اعتقال") is None
    # a former thing said in what was told does not make the telling old
    assert news_date("لكن قانونيين أكدوا أن هناك حكما سابقا صدر بعد الثورة.", "أكدوا") == "2015-08-02"
    assert news_date("وصرح القائد بأن قواته لن تدخل المدينة.", "وصرح") == "2015-08-02"


def test_a_time_leading_the_sentence_dates_its_acts() -> None:
    text = "وقبل حوالى عشرة أيام فقط، شنت تركيا أولى ضرباتها ضد التنظيم، كما بدأت في مهاجمة مقاتلين أكراد."
    assert news_date(text, "مهاجمة") == "2015-07-23"
    text = ("ووفقا للبيان، شهدت الأشهر الماضية عدة زيارات إلى تونس، ومنها زيارة رئيس الوزراء إلى بروكسل، وزيارة "
            "رئيس المجلس إلى تونس.")
    assert news_date(text, "زيارة") is None
    text = "في السنوات الثلاث الماضية جرى تهميش الجيش الحر، الذي كان مظلة المعارضة، ورفض رفع شعارات التطرف."
    assert news_date(text, "ورفض") is None
    # a time set off after the first clause's verb and subject also dates a past act joined by «، و» (round 217:
    # the same operation, told on) ...
    text = "وحققت القوات، أمس، نصرا جديدا باستعادة القاعدة، وقتل نحو خمسين من المتمردين."
    assert news_date(text, "وقتل") == "2015-08-01"
    # ... but not what the joined clause says is yet to come
    text = "وحققت القوات، أمس، نصرا جديدا باستعادة القاعدة، وتستعد لمهاجمة معاقل المتمردين."
    assert news_date(text, "لمهاجمة") is None
    # nor is it the date of the acts in what was said
    text = "وفي أواخر يوليو قال الاتحاد، بأن الهجمات الأخيرة التي وقعت في تونس تزيد من عزمه."
    assert news_date(text, "الهجمات") is None


def test_a_relative_clause_after_a_time_is_of_that_time() -> None:
    text = ("وعقدت القمة في منتجع كامب ديفيد في مايو الماضي، والتي أكدت فيها الولايات المتحدة تعهدها بحماية "
            "المنطقة.")
    assert news_date(text, "تعهدها") == "2015-05"  # («أكدت» gives way to the pledge it states: round 67)
    text = "وعقدت القمة في منتجع كامب ديفيد في مايو الماضي، والتي أعلنت فيها الولايات المتحدة أنها ستحمي المنطقة."
    assert news_date(text, "أعلنت") == "2015-05"


def test_a_past_act_in_a_describing_relative_clause_has_no_date() -> None:
    text = "ويشير القرار إلى تكثيف الدور التركي في مكافحة مسلحي التنظيم الذين سيطروا على مناطق شاسعة في العراق."
    assert news_date(text, "سيطروا") is None
    assert news_date("وتشهد الحركة التي بدأت مفاوضات سلام مع كابل منافسة كبيرة.", "مفاوضات") is None
    # a time of its own dates it
    assert news_date("واعتقلت الشرطة المسلحين الذين هاجموا القرية أمس.", "هاجموا") == "2015-08-01"
    # a crowd named by its protest: the story's
    text = "وقال أحد المتظاهرين الذين خرجوا إلى شارع دجلة إن الحكومة فشلت."
    assert news_date(text, "خرجوا") == "2015-08-02"
    # «في الوقت الذي»: while, the time of the story
    assert news_date("وانتقد الوزير إيران، في الوقت الذي طالب فيه بإجراء حوار معها.", "طالب") == "2015-08-02"
    # the acts of what a relative clause says were said, the news
    text = "بحسب حصيلة للمرصد الذي أشار إلى تزامن الاشتباكات مع غارات نفذها الائتلاف."
    assert news_date(text, "الاشتباكات") == "2015-08-02"


def test_an_aim_or_a_capability_has_no_date() -> None:
    text = "وأعلن التنظيم أنه بدأ عملية عسكرية واسعة تستهدف السيطرة على القاعدة الجوية."
    assert news_date(text, "السيطرة") is None
    assert news_date("وقال إن قدرة الجبهة على الخطف ضربة قوية للبرنامج.", "الخطف") is None
    # the act told: the article's day
    assert news_date("وأعلن الجيش السيطرة على القاعدة الجوية.", "السيطرة") == "2015-08-02"
