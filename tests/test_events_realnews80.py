"""Round 80 of real news: event dates of acts the article's day does not date, and a meeting dated by the next
sentence. «رفض الاتفاق من شأنه أن يهدد» (a possible cause: no day), «من شأنها أن تعرضها لتنديد» (a possible
effect: hypothetical), «عقب إعلان اللجنة ...، يتم تسجيل» (a step of a procedure), «المرة الثالثة أو الرابعة التي»
(a repeated act), «أظهرت مقاطع فيديو ... تعرض ... للتعذيب» (an act a recording shows), «اللقاء الثلاثي» then «وعقد
اللقاء عصر أمس» (the day of the next sentence); and in time normalisation «العام السابق للغزو» (the year before
another event, not the article's) and «النائب العام السابق» (a title, no time). The sample's articles are dated
2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def test_a_possible_cause_has_no_day() -> None:
    text = "وحذر الرئيس المشرعين من أن رفض الاتفاق النووي من شأنه أن يهدد مصداقية البلاد."
    assert news_date(text, "رفض") is None
    # the act told, then what it could bring about taken up by «ما»: the act keeps its day
    text = "وأعلنت الحكومة رفض الاتفاق أمس، وهو ما من شأنه أن يهدد مصداقية البلاد."
    assert news_date(text, "رفض") == "2015-08-01"


def test_a_possible_effect_is_hypothetical() -> None:
    text = "وتقول الحكومة إنها تتعامل مع معلومات من شأنها أن تعرضها لتنديد الأسرة الدولية."
    assert news_modality(text, "لتنديد") == "hypothetical" and news_date(text, "لتنديد") is None
    # «التقليل من شأن»: belittling an act that happened
    text = "ويحاول الكاتب التقليل من شأن الهجمة الإيرانية على الخليج."
    assert news_modality(text, "الهجمة") == "asserted" and news_date(text, "الهجمة") == "2015-08-02"


def test_a_step_of_a_procedure() -> None:
    text = "وقال المتحدث إنه عقب إعلان اللجنة أسماء المنظمات المقبولة، يتم تسجيل المراقبين خلال أربعة أيام."
    assert news_date(text, "إعلان") is None
    text = "وقال المتحدث إنه عقب إعلان اللجنة أسماء المنظمات المقبولة، خرج المراقبون إلى الشارع."
    assert news_date(text, "إعلان") == "2015-08-02"


def test_a_repeated_act() -> None:
    text = "وهذه هي المرة الثالثة أو الرابعة التي تعلن فيها الحكومة نيتها إقامة منطقة عازلة."
    assert news_date(text, "تعلن") is None
    # the first time: this announcement, of the news
    text = "وهذه هي المرة الأولى التي تعلن فيها الحكومة نيتها إقامة منطقة عازلة."
    assert news_date(text, "تعلن") == "2015-08-02"


def test_an_act_a_recording_shows() -> None:
    text = "وأظهرت مقاطع فيديو مسربة من داخل السجن تعرض عدد من المعتقلين للتعذيب على أيدي الحراس."
    assert news_date(text, "للتعذيب") is None
    assert news_date("وتعرض عدد من المعتقلين للتعذيب على أيدي الحراس.", "للتعذيب") == "2015-08-02"


def test_a_meeting_dated_by_the_next_sentence() -> None:
    text = ("سيطرت الأزمة السورية على اللقاء الثلاثي الذي جمع وزير الخارجية الأميركي مع نظيره الروسي. "
            "وعقد اللقاء عصر أمس في الدوحة.")
    assert news_date(text, "اللقاء") == "2015-08-01"
    # a day in the next sentence that is not the meeting's being held
    text = ("سيطرت الأزمة السورية على اللقاء الثلاثي الذي جمع وزير الخارجية الأميركي مع نظيره الروسي. "
            "وقال المتحدث إن الأجواء كانت إيجابية أمس.")
    assert news_date(text, "اللقاء") == "2015-08-02"


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(t.text, t.value) for t in doc.times]


def test_the_year_before_another_event() -> None:
    assert _times("وكان الشيخ وزيرا للنفط في العام السابق للغزو.") == []
    text = "وتحدث عن الغزو في عام 1990. وكان الشيخ وزيرا للنفط في العام السابق للغزو."
    assert _times(text) == [("عام 1990", "1990"), ("العام السابق", "1989")]
    # counted from the year named before in the sentence, as before
    text = "وبلغت الصادرات 800 مليون دولار عام 2014 مقارنة بـ600 مليون دولار العام السابق."
    assert _times(text) == [("عام 2014", "2014"), ("العام السابق", "2013")]


def test_a_title_is_no_time() -> None:
    assert _times("وقال النائب العام السابق في الولاية إنه يدعم المرشح.") == []
    assert _times("وتراجعت الصادرات مقارنة بالعام السابق.") == [("العام السابق", "2014")]


def test_an_act_told_as_recent_in_its_relative_clause() -> None:
    text = "وتبنى التنظيم التفجير الإرهابي الذي استهدف مسجدا في المدينة مؤخرا."
    assert news_date(text, "التفجير") is None
    assert news_date("وبحث الوزير اللقاءات التي جرت أخيرا في بروكسل.", "اللقاءات") is None
    # no word of recency: the news of the day (round 123: claimed; one condemned is of no day, before the condemnation)
    assert news_date("وتبنى التنظيم التفجير الإرهابي الذي استهدف مسجدا في المدينة.", "التفجير") == "2015-08-02"
    # the relative clause is on the partners, not on the meetings
    text = "وبدأ الوزير اجتماعات مع الوزراء الذين وصلوا أخيرا إلى المدينة."
    assert news_date(text, "اجتماعات") == "2015-08-02"
