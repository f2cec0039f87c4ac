"""Round ti886: an act dated by another act it follows right after («بعد دقائق من إعلان القانون», «عقب التفجير»),
and a sentence opened by «في غضون ذلك» dated by the act the sentence before tells with its own time
(``events.moment_days``). Guards: no link, a time of its own, a day long before, another speaker's quote between,
what an accusation is of. Hand-made sentences, dated 2015-08-02 by ``analyze_news`` («أمس»: 2015-08-01, «أول من
أمس»: 2015-07-31)."""

from __future__ import annotations

from conftest import news_date, news_event

LAW = ("تصاعد الجدل في البلاد حول قانون الانتخابات الجديد.\n\n"
       "وأعلن رئيس الوزراء التونسي الحبيب الصيد عن القانون الجديد في قصر الحكومة أول من أمس.\n\n")
STRIKE = "تواصلت المعارك في محافظة تعز.\n\nوقصفت طائرات التحالف أمس مواقع الحوثيين في صنعاء.\n\n"


def test_minutes_after_the_announcement_the_criticism_takes_its_day() -> None:
    text = LAW + "وبعد دقائق من إعلان القانون، انتقد زعيم حزب نداء تونس الحكومة بشدة."
    doc, ev = news_event(text, "انتقد")
    assert ev.date == "2015-07-31"
    assert ev.code == "111"
    assert news_date(text, "إعلان") == "2015-07-31"


def test_hours_after_with_a_filler_and_the_announcement_told_two_sentences_before() -> None:
    text = (LAW + "وتوقع مراقبون أن يثير القانون خلافات واسعة داخل البرلمان.\n\n"
            "وبعد ساعات قليلة من الإعلان عن القانون الجديد، انتقد زعيم حزب نداء تونس الحكومة بشدة.")
    assert news_date(text, "انتقد") == "2015-07-31"


def test_right_after_the_blast_the_noun_takes_the_day_of_the_explosion() -> None:
    text = ("شهدت العاصمة العراقية يوما داميا.\n\nوانفجرت سيارة مفخخة في سوق شعبي ببغداد مساء أمس.\n\n"
            "وعقب التفجير، أغلقت قوات الأمن العراقية الطرق المؤدية إلى السوق.")
    doc, ev = news_event(text, "التفجير")
    assert ev.date == "2015-08-01"
    assert ev.code.startswith("183")


def test_meanwhile_takes_the_day_of_the_strike_told_before() -> None:
    text = STRIKE + "في غضون ذلك، اتهم وزير الخارجية اليمني رياض ياسين الحوثيين بقتل المدنيين."
    doc, ev = news_event(text, "اتهم")
    assert ev.date == "2015-08-01"
    assert ev.code == "112"


def test_meanwhile_of_the_accusation_leaves_what_it_accuses_of() -> None:
    text = STRIKE + "في غضون ذلك، اتهم وزير الخارجية اليمني رياض ياسين الحوثيين بقتل المدنيين."
    assert news_date(text, "بقتل") == "2015-08-02"


def test_counter_no_link_no_day_carried() -> None:
    text = LAW + "وانتقد زعيم حزب نداء تونس الحكومة بشدة."
    assert news_date(text, "وانتقد") == "2015-08-02"
    text = STRIKE + "واتهم وزير الخارجية اليمني رياض ياسين الحوثيين بقتل المدنيين."
    assert news_date(text, "واتهم") == "2015-08-02"


def test_counter_meanwhile_of_a_day_long_before_is_not_carried() -> None:
    text = ("تواصلت المعارك في محافظة تعز.\n\nوقصفت طائرات التحالف في العاشر من مايو مواقع الحوثيين في صنعاء.\n\n"
            "في غضون ذلك، اتهم وزير الخارجية اليمني رياض ياسين الحوثيين بقتل المدنيين.")
    assert news_date(text, "اتهم") == "2015-08-02"


def test_counter_a_time_of_its_own_wins() -> None:
    text = STRIKE + "في غضون ذلك، اتهم وزير الخارجية اليمني رياض ياسين اليوم الحوثيين بقتل المدنيين."
    assert news_date(text, "اتهم") == "2015-08-02"
    text = LAW + "وبعد دقائق من إعلان القانون، انتقد زعيم حزب نداء تونس الحكومة بشدة اليوم."
    assert news_date(text, "انتقد") == "2015-08-02"


def test_counter_not_across_another_speakers_quote() -> None:
    text = ("تواصلت المعارك في محافظة تعز.\n\nوقصفت طائرات التحالف أمس مواقع الحوثيين في صنعاء، فيما قال المتحدث "
            "باسم الحوثيين محمد عبد السلام إن «الغارات لن تكسر إرادة اليمنيين».\n\n"
            "في غضون ذلك، اتهم وزير الخارجية اليمني رياض ياسين الحوثيين بقتل المدنيين.")
    assert news_date(text, "اتهم") == "2015-08-02"
