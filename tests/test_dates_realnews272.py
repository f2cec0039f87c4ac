"""Round 272: event dates. A reception in a clause coordinated after a dated arrival («وصل ... أمس، ... وكان في
استقباله»: the arrival's day), acts that describe an actor («الحركة التي تشن هجمات») or are a topic («بشأن
محادثات السلام»): no day; an act told with «حينها»: no article day; a weekday in a name («عبد الأحد»): no time; a
weekday in a past relative clause before a future («الحقيبة التي عثر عليها الخميس، ستخضع»): the last one, not the
next. Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by ``analyze_news``: «أمس» is 2015-08-01."""

from __future__ import annotations

from conftest import analyze_news, news_date

DEFAULT = "2015-08-02"
YESTERDAY = "2015-08-01"


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(t.text, t.value) for t in doc.times]


def test_reception_takes_the_arrival_day() -> None:
    text = "وصل الرئيس إلى مدينة جدة أمس، في زيارة خاصة، وكان في استقباله بالمطار أمير المنطقة."
    assert news_date(text, "وصل") == YESTERDAY
    assert news_date(text, "استقباله") == YESTERDAY
    # counter-case: «وكان قد» + a verb is a pluperfect, not the arrival's day
    assert news_date("وصل الرئيس إلى مدينة جدة أمس، وكان قد استقبل قبل ذلك وفدا من المعارضة.", "استقبل") is None


def test_present_relative_on_an_actor_is_undated() -> None:
    assert news_date("وتتهم السلطات الأفغانية حركة طالبان التي تشن هجمات ضد القوات الأفغانية.", "هجمات") is None
    assert news_date("وطالبوا بالاعتذار للقوات الأمنية التي تقاتل للدفاع عن البلاد ضد هجمات المسلحين.",
                     "هجمات") is None
    # counter-case: a perfect in the relative tells an act; the head is no actor («هجماتها التي تستهدف»)
    assert news_date("وصعدت المقاومة هجماتها التي تستهدف الميليشيات في المدينة.", "هجماتها") == DEFAULT


def test_topic_noun_is_undated() -> None:
    # round 286: «منقسمة بشأن محادثات السلام» (a talk head before the preposition) is no event at all now
    # (events.talked_topics); a topic of an inquiry is still an event, of no day
    assert news_date("وفتحت الشرطة تحقيقا بشأن الهجوم على المسجد.", "الهجوم") is None
    # counter-case: «عن» after a verb of result tells the act itself
    assert news_date("وأسفر القصف عن مقتل عشرة مدنيين.", "القصف") == DEFAULT  # round ev312: one event, the shelling


def test_then_is_no_article_day() -> None:
    text = ("واستأنف الوزير نشاطه أمس في القاهرة.\n"
            "لكنه وبعد خروجه من البلاد، استأنف نشاطه السياسي، وكما أكد، حينها، أنه سيعمل من أجل بلده.")
    assert news_date(text, "أكد") is None
    # counter-case: no «حينها»: the day told before
    text = "واستأنف الوزير نشاطه أمس في القاهرة.\nوأكد الوزير أنه سيعمل من أجل بلده."
    assert news_date(text, "وأكد") is not None


def test_weekday_after_abd_is_a_name() -> None:
    assert _times("وحضر اللقاء عبد الأحد صطيفو وأعضاء الهيئة.") == []
    # counter-case: a weekday after a verb is a day
    assert _times("والتقى الوزير الأحد وفدا من المعارضة.") == [("الأحد", DEFAULT)]


def test_weekday_of_a_past_relative_before_a_future_goes_back() -> None:
    assert _times("وأوضحت النيابة أن الحقيبة التي عثر عليها الخميس، ستخضع للفحص.") == [("الخميس", "2015-07-30")]
    assert _times("وأوضحت النيابة أن بقايا حقيبة عثر عليها في الجزيرة الخميس قرب الحطام، ستخضع للفحص.") \
        == [("الخميس", "2015-07-30")]
    # counter-cases: the future in the weekday's own clause; a future sentence with no past relative
    assert _times("وأوضحت النيابة أن الحقيبة التي ستفحص الخميس، ستنقل إلى باريس.") == [("الخميس", "2015-08-06")]
    assert _times("وأعلن أن اللجنة ستجتمع الخميس، لبحث الأزمة.") == [("الخميس", "2015-08-06")]


def test_finally_after_a_decision_keeps_the_day() -> None:
    # «قررت الوزارة أخيرا فتح تحقيق»: «finally»: the act decided is of the article's day (round 265 left it so)
    assert news_date("وقررت الوزارة أخيرا فتح تحقيق في الحادث.", "تحقيق في") == DEFAULT
