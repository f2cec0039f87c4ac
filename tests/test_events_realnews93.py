"""Round 93 of real news: times in the clause that were not attached, past acts named again, and the writer's day.
A time set off by commas with its lead («، في الثانية من سحر أمس الجمعة،», «، في يونيو الماضي») dates the act of
its clause; a relative after the adjectives of a definite noun («التفجير الإرهابي الذي استهدف ... أمس») is on the
act; an act named as a crime («كجريمة إحراق») or told in a sentence of «then» («آنذاك») has no day; a bare
«الهجوم» told again takes the day of the attack told before; an article whose week-days say it was written before
its given date dates its undated acts by the day it was written. The sample's articles are dated 2015-08-02 (a
Sunday)."""

from __future__ import annotations

from conftest import analyze_news, news_date


def test_an_hour_before_a_day_set_off_by_commas() -> None:
    text = "أقدم مسلحون مجهولون، في الثالثة من فجر أمس السبت، على إحراق منزل عائلة في القرية."
    assert news_date(text, "إحراق") == "2015-08-01"
    # a time of another clause after a comma is still not the act's
    text = "أقدم مسلحون مجهولون على إحراق منزل عائلة في القرية، بينما وصل الوزير في الثالثة من فجر أمس."
    assert news_date(text, "إحراق") == "2015-08-02"


def test_a_month_after_the_object_and_a_comma() -> None:
    text = "وقالت الشرطة إن الرجل يقود الخلية المسؤولة عن إحراق مسجد البلدة في الجليل، في مايو الماضي."
    assert news_date(text, "إحراق") == "2015-05"
    text = "وقالت الشرطة إن الرجل يقود الخلية المسؤولة عن إحراق مسجد البلدة، في حين بدأ التحقيق في مايو الماضي."
    assert news_date(text, "إحراق") != "2015-05"


def test_a_relative_after_the_adjectives_of_a_definite_act() -> None:
    text = "وأدانت الحكومة الهجوم الإرهابي الجبان الذي استهدف نقطة للشرطة أمس."
    assert news_date(text, "الهجوم") == "2015-08-01"
    # an indefinite noun: the definite word after it is its genitive, whose relative is not on the act
    # (round 123: claimed, not condemned: a condemned act has no day, before the condemnation)
    text = "وتبنى التنظيم تفجير المسجد الكبير الذي بني في عام 1950."
    assert news_date(text, "تفجير") == "2015-08-02"
    assert news_date("وأدانت الحكومة تفجير المسجد الكبير الذي بني في عام 1950.", "تفجير") is None


def test_an_act_named_as_a_crime_has_no_day() -> None:
    text = "ويرى الكاتب أن جريمة مروعة كجريمة إحراق بيت العائلة لن تغير شيئا في سياسة الحكومة."
    assert news_date(text, "إحراق") is None
    text = "ويرى الكاتب أن إحراق بيت العائلة لن يغير شيئا في سياسة الحكومة."
    assert news_date(text, "إحراق") == "2015-08-02"


def test_an_act_told_then_has_no_day() -> None:
    text = "وقال الكاتب إن الملك أدرك الخطر الذي مثله الجيش آنذاك ولم يتردد في إعلان دعم بلاده للحلفاء."
    assert news_date(text, "إعلان") is None
    # a statement of today about what happened then is the news
    text = "وأعلن الوزير أن الحكومة كانت آنذاك تجهل حجم الخطر."
    assert news_date(text, "وأعلن") == "2015-08-02"


def test_an_attack_named_again_takes_its_day() -> None:
    text = ("وقال المتهم إنه انضم إلى التنظيم عشية الهجوم الانتحاري الذي استهدف مسجدا في العاصمة في 26 يونيو. "
            "واعترف المتهم بأنه نقل المتفجرات المستخدمة في الهجوم إلى المسجد.")
    doc = analyze_news(text)
    dates = {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}
    assert dates["الهجوم الانتحاري"] == "2015-06-26" and dates["الهجوم"] == "2015-06-26"
    # no attack of that noun told before: the article's day
    text = "واعترف المتهم بأنه نقل المتفجرات المستخدمة في الهجوم إلى المسجد."
    assert news_date(text, "الهجوم") == "2015-08-02"


def test_undated_acts_take_the_writer_day() -> None:
    # Sunday's date, Thursday named as yesterday: written on Friday
    text = "وأعلن الجيش سيطرته على البلدة.\n\nوالتقى الوزير يوم أمس (الخميس) نظيره الفرنسي."
    assert news_date(text, "والتقى") == "2015-07-30"
    assert news_date(text, "سيطرته") == "2015-07-31"
    # the week-day agrees with the date: the given date
    text = "وأعلن الجيش سيطرته على البلدة.\n\nوالتقى الوزير يوم أمس (السبت) نظيره الفرنسي."
    assert news_date(text, "سيطرته") == "2015-08-02"


def test_a_shooting_incident_named_has_no_day() -> None:
    doc = analyze_news("وتابعت الصحف حادث إطلاق النار على القنصلية في المدينة.")
    assert {e.date for e in doc.events if e.code.startswith("19") or e.code.startswith("18")} == {None}
    assert news_date("وأطلق مسلحون النار على القنصلية في المدينة.", "وأطلق") == "2015-08-02"


def test_a_time_in_a_since_phrase_does_not_date_the_act_after_it() -> None:
    text = "ومنذ عزل الرئيس السابق، في يوليو 2013، تشهد البلاد تفجيرات متزايدة تستهدف رجال الأمن."
    assert news_date(text, "تفجيرات") != "2013-07"
    # no «منذ»: the fronted month dates the act
    text = "وفي يوليو الماضي، شهدت البلاد تفجيرات استهدفت رجال الأمن."
    assert news_date(text, "تفجيرات") == "2015-07"


def test_that_meeting_told_before_has_no_day_of_its_own() -> None:
    text = "وقال المسؤول إن الوزير أعرب في ذلك الاجتماع عن رفضه للخطة."
    assert news_date(text, "الاجتماع") is None
    text = "وقال المسؤول إن الوزير أعرب في الاجتماع عن رفضه للخطة."
    assert news_date(text, "الاجتماع") == "2015-08-02"


def test_an_act_told_after_a_sequence_word_far_from_the_time() -> None:
    text = ("وكانت المحكمة قررت، في مارس الماضي، إعادة النظر في القضية بعد قبول طعن المتهمين على الحكم الصادر "
            "بسجنهم لفترات طويلة لاتهامهم بمساعدة جماعة محظورة.")
    assert news_date(text, "لاتهامهم") is None
    # near the time, past the word of sequence: still its day
    assert news_date("وشن المسلحون أمس هجوما على الحاجز بعد اشتباكات مع الجنود.", "اشتباكات") == "2015-08-01"
