"""Round 128 of real news: event dates, second round. A relative of what was scheduled («التي كانت مقررة الجمعة»)
dates the noun act before it, past «مع X»; a verb whose «فيه» points back to a letter «بتاريخ ...» takes the letter's
day; the act a directive asked for («توجيهات ... بتقديم»), what a condolence is offered for, a refusal after «بعد»,
an act called the latest («الأخيرة»), an act after «غداة» or «في أعقاب تلك ...», a present verb after «كان» and
its subject, and an act said to be weeks ago with no number have no day; «منذ أشهر», «قبل أسابيع» get no value; an
article that tells «منذ سنوات» among its old times looks back. Hand-made sentences (paraphrases, no article
text); the articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality

from rasd.temporal import analyze_times


def test_a_scheduled_relative_dates_the_act_past_its_partner() -> None:
    text = "وأرجأت الحركة المفاوضات مع الحكومة التي كانت مقررة الجمعة الماضي في المدينة."
    assert news_date(text, "المفاوضات") == "2015-07-31"
    assert news_modality(text, "المفاوضات") == "planned"
    # no schedule said: no day
    assert news_date("وأرجأت الحركة المفاوضات مع الحكومة.", "المفاوضات") is None


def test_a_letter_dated_dates_what_it_condemns() -> None:
    text = "ونشرت الصحف رسالة بتاريخ الخامس من يوليو الماضي موجهة من الوزير إلى نظيره، يندد فيها بإغلاق الحقل."
    assert news_date(text, "يندد") == "2015-07-05"
    assert news_date("وندد الوزير بإغلاق الحقل.", "وندد") == "2015-08-02"


def test_the_act_a_directive_asked_for_has_no_day() -> None:
    text = "وتأتي القافلة تنفيذا لتوجيهات الملك سلمان بن عبد العزيز، بتقديم مساعدات عاجلة للشعب اليمني."
    assert news_date(text, "بتقديم مساعدات") is None


def test_what_a_condolence_is_for_has_no_day() -> None:
    text = "وقدم الوزير تعازيه للملك في استشهاد الجنود الذين طالتهم يد الغدر في تفجير المسجد."
    assert news_date(text, "تفجير") is None
    # what he told in the same call is of its day
    text = "وهاتف الرئيس نظيره وقدم له التعازي وأبلغه بأنه زار الجرحى في المستشفى."
    assert news_date(text, "زار") == "2015-08-02"


def test_a_refusal_after_a_word_of_sequence_has_no_day() -> None:
    assert news_date("وأعلن القادة التمرد بعد رفضها تلقي الأوامر.", "رفضها") is None
    assert news_date("ورفضت المعارضة المقترح.", "ورفضت") == "2015-08-02"


def test_the_latest_act_has_no_day() -> None:
    assert news_date("وطرح الأمر في اجتماعات الائتلاف الأخيرة.", "اجتماعات") is None
    assert news_date("وطرح الأمر في اجتماعات الائتلاف.", "اجتماعات") == "2015-08-02"
    # the adjective of another noun («الفرصة الأخيرة») says nothing of the meeting
    assert news_date("وقال الوزير في اجتماع الفرصة الأخيرة إن الاتفاق ممكن.", "اجتماع") == "2015-08-02"


def test_an_act_after_the_eve_word_has_no_day() -> None:
    assert news_date("وجاء الهجوم غداة إقدام الجبهة على خطف ثمانية عناصر.", "خطف") is None
    assert news_date("وأقدمت الجبهة على خطف ثمانية عناصر.", "خطف") == "2015-08-02"


def test_an_act_after_that_occasion_has_no_day() -> None:
    assert news_date("وقد أعلن الرئيس في أعقاب تلك المقابلة عن إجراءات لدعم الاقتصاد.", "أعلن") is None
    assert news_date("وقد أعلن الرئيس بعد ذلك عن إجراءات لدعم الاقتصاد.", "أعلن") == "2015-08-02"


def test_a_present_verb_after_kana_and_its_subject_has_no_day() -> None:
    text = "وحتى قبل الأزمة، كانت المنظمات الدولية لحقوق الإنسان تدين الحكومة."
    assert news_date(text, "تدين") is None
    assert news_date("وتدين المنظمات الدولية الحكومة.", "وتدين") == "2015-08-02"


def test_weeks_ago_with_no_number_has_no_day() -> None:
    text = "وأثيرت القضية على هامش زيارة الرئيس التونسي الباجي قائد السبسي إلى واشنطن قبل أسابيع."
    assert news_date(text, "زيارة") is None


def _times(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in analyze_times(text, date="2015-08-01").times}


def test_months_and_weeks_with_no_number_get_no_value() -> None:
    assert _times("وتشهد المدينة معارك منذ أشهر.") == {}
    assert _times("وزار الرئيس البلد قبل أسابيع.") == {}
    assert _times("وزار الرئيس البلد منذ أسابيع.") == {}


def test_counted_months_and_days_keep_their_value() -> None:
    assert _times("وزار الرئيس البلد قبل شهرين.") == {"قبل شهرين": "2015-06"}
    assert _times("وزار الرئيس البلد قبل أيام.") == {"قبل أيام": "2015-07-23/2015-07-30"}


def test_an_article_looking_back_for_years_keeps_old_acts_undated() -> None:
    recent = "وتحسن الوضع منذ استئناف العلاقات في 12 أبريل 2013. "
    old = "وأشار إلى أن البلد عانى منذ عام 1991 من الحرب. "
    act = "وإضافة إلى سقوط قتلى أثرت الحرب على السكان."
    back = "وقال التقرير إن البيانات لم تجمع منذ سنوات طويلة. "
    assert news_date(recent + back + old + act, "قتلى") is None
    # without «منذ سنوات» the article's old times are too few to look back
    assert news_date(recent + old + act, "قتلى") == "2015-08-02"
