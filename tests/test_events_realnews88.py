"""Round 88 of real news: event dates from the frame around an act and time idioms. An act after «منذ» («ومنذ
سيطرة القوات على المدينة، بدأت المساعدات تصل») is the past a state began from: no day; an act «خلال الفترة
الماضية» has no one day; a noun whose coming to pass is told in the future («الجولة الثانية ستبدأ قريبا») is
planned; an act told «بعد هجمات ... 2001» is history; «كما» opening a paragraph goes on with the recent day of
the paragraph before, and a span inside quoted words is not the story's day. In time normalisation: «بالأمس
القريب» is "recently", no day; «قبل 3 أسابيع فقط من البطولة» is measured from the championship; «يدعو إلى إجراء
انتخابات في 27 سبتمبر» is of the coming September; and when the text's week-day («يوم أمس (الخميس)») puts its
writing one to three days before the given date, its relative days are counted from that day: the given date is
when the piece was published or collected, the week-day is what the writer said. The sample's articles are dated
2015-08-02 (a Sunday)."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def _times(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyze_news(text).times}


def test_an_act_after_since_has_no_day() -> None:
    text = "ومنذ سيطرة الجيش على البلدة، بدأت قوافل الإغاثة تصل إلى السكان."
    assert news_date(text, "سيطرة") is None
    # its own month still dates it
    text = "ومنذ سيطرة الجيش على البلدة في يوليو الماضي، بدأت قوافل الإغاثة تصل إلى السكان."
    assert news_date(text, "سيطرة") == "2015-07"
    # no «منذ»: the act of the news
    assert news_date("وأعلن المتحدث سيطرة الجيش على البلدة.", "سيطرة") == "2015-08-02"


def test_an_act_of_the_past_period_has_no_day() -> None:
    text = "وقال الوزير إن الحكومة رفضت الحوار مع المعارضة خلال الفترة الماضية."
    assert news_date(text, "رفضت") is None
    text = "وقال الوزير إن الحكومة رفضت الحوار مع المعارضة."
    assert news_date(text, "رفضت") == "2015-08-02"


def test_a_round_of_talks_that_will_begin_is_planned() -> None:
    text = "وقال المتحدث إن الجولة الثانية من المحادثات بين الطرفين ستبدأ قريبا في الدوحة."
    assert news_modality(text, "الجولة") == "planned" and news_date(text, "الجولة") is None
    # begun yesterday: of that day
    text = "وقال المتحدث إن الجولة الثانية من المحادثات بين الطرفين بدأت أمس في الدوحة."
    assert news_modality(text, "الجولة") != "planned" and news_date(text, "الجولة") == "2015-08-01"


def test_an_act_after_an_old_event_is_history() -> None:
    text = "ومن الأسباب أن زعيم الحركة رفض تسليم المطلوبين، بعد هجمات التنظيم على نيويورك 2001."
    assert news_date(text, "رفض") is None
    # a statement told today of what followed that year is the news
    text = "وأكدت المصادر أن المهربين أثروا كثيرا، بعد أحداث عام 2011."
    assert news_date(text, "وأكدت") == "2015-08-02"


def test_a_paragraph_opened_by_kama_goes_on_with_the_one_before() -> None:
    lead = "تتواصل الزيارات الرسمية بين البلدين.\n\n"
    text = lead + "وصل ولي العهد أمس إلى عمان في زيارة رسمية.\n\nكما كان في استقباله سفير بلاده في عمان."
    assert news_date(text, "استقباله") == "2015-08-01"
    # not opened by «كما»: the lead's day (none here), so the article's
    text = lead + "وصل ولي العهد أمس إلى عمان في زيارة رسمية.\n\nوقد أقيم حفل استقبال في السفارة بحضور الوزراء."
    assert news_date(text, "استقبال") == "2015-08-02"


def test_a_span_inside_quoted_words_is_not_the_story_day() -> None:
    text = ("ونقلت الوكالة عن مسؤولين في الحركة أمس قولهم إن «عشرين مدنيا قتلوا خلال الشهر الماضي». "
            "كما اتهموا القوات الحكومية بقصف الأحياء السكنية.")
    assert news_date(text, "اتهموا") == "2015-08-01"
    # the story's own month told last: no day to carry
    text = "وقتل عشرون مدنيا خلال الشهر الماضي. كما اتهم المسؤولون القوات الحكومية بقصف الأحياء السكنية."
    assert news_date(text, "اتهم") == "2015-08-02"


def test_recently_is_no_day() -> None:
    assert "بالأمس" not in _times("وقال الوزير إننا بالأمس القريب تسلمنا آلاف الوحدات السكنية.")
    assert _times("وقال الوزير إننا تسلمنا بالأمس آلاف الوحدات السكنية.")["بالأمس"] == "2015-08-01"


def test_weeks_before_another_event() -> None:
    assert _times("وبثت القناة الفيلم قبل 3 أسابيع فقط من إقامة البطولة في بكين.") == {}
    assert _times("وبثت القناة الفيلم قبل 3 أسابيع فقط.")["قبل 3 أسابيع"] == "2015-W28"


def test_a_day_called_for_is_to_come() -> None:
    text = "رئيس الإقليم يدعو إلى إجراء انتخابات مبكرة في 27 سبتمبر لاختيار برلمان جديد."
    assert _times(text)["27 سبتمبر"] == "2015-09-27"
    assert news_date(text, "يدعو") == "2015-08-02"  # the call is of the news, the day is the elections'
    # told as done: last year's September
    assert _times("وأجريت انتخابات مبكرة في 27 سبتمبر لاختيار برلمان جديد.")["27 سبتمبر"] == "2014-09-27"


def test_the_writer_weekday_counts_the_relative_days() -> None:
    # Sunday's date, Thursday named as yesterday: written on Friday, two days before
    times = _times("أجرت الصحيفة يوم أمس (الخميس) حوارا مع الوزير، ويغادر غدا إلى باريس.")
    assert times["يوم أمس (الخميس)"] == "2015-07-30" and times["غدا"] == "2015-08-01"
    # the week-day agrees with the date: nothing moves
    assert _times("أجرت الصحيفة يوم أمس (السبت) حوارا مع الوزير.")["يوم أمس (السبت)"] == "2015-08-01"
    # four days off, or two week-days that disagree: the given date is kept
    assert _times("قال الوزير اليوم (الأربعاء) إن الاتفاق صامد.")["اليوم (الأربعاء)"] == "2015-08-02"
    times = _times("قال الوزير اليوم (الجمعة) إن الاتفاق صامد. وكان قد وصل أمس (الأربعاء) إلى المدينة.")
    assert times["اليوم (الجمعة)"] == "2015-08-02"
