"""Round 242: a day told in the sentence before carried to the act the text links to it (events/linked_days.py):
an explicit link («وبعد اللقاء», «بعد قليل»), a statement of the same speaker going on, an act noun after a
demonstrative opening its sentence. Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by
``analyze_news``: «أمس» is 2015-08-01, «يوم الخميس» 2015-07-30."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_place

# a lead paragraph of today's news: later paragraphs with no time of their own are not dated by it
# (``when.told_before`` takes a lead day only before the article's day)
LEAD = "يلتقي وزير الخارجية اليوم نظيره الروسي في ماليزيا.\n\n"


def test_explicit_link_after_the_meeting() -> None:
    text = LEAD + "واجتمع الوزيران يوم الخميس في عمان مع نظيرهما المصري.\n\nوبعد اللقاء انتقد الوزير الروسي واشنطن."
    assert news_date(text, "واجتمع") == "2015-07-30"
    assert news_date(text, "انتقد") == "2015-07-30"
    # counter-case: no link, a new act: the article's day
    text = LEAD + "واجتمع الوزيران يوم الخميس في عمان مع نظيرهما المصري.\n\nوانتقد الوزير الروسي واشنطن."
    assert news_date(text, "وانتقد") == "2015-08-02"


def test_link_right_after_the_verb() -> None:
    text = LEAD + "وأعلنت وزارة الخارجية أمس أنها فتحت تحقيقا.\n\nغير أن مكتب الرئيس أكد بعد قليل أن الحملة ستتواصل."
    assert news_date(text, "أكد") == "2015-08-01"
    # counter-case: «بعد ذلك بأيام»: days later, no carry
    text = LEAD + "وأعلنت وزارة الخارجية أمس أنها فتحت تحقيقا.\n\nغير أن مكتب الرئيس أكد بعد ذلك بأيام أن الحملة ستتواصل."
    assert news_date(text, "أكد") == "2015-08-02"


def test_new_time_is_not_overridden() -> None:
    text = LEAD + "واجتمع الوزيران يوم الخميس في عمان.\n\nوبعد اللقاء انتقد الوزير الروسي واشنطن يوم الجمعة."
    assert news_date(text, "انتقد") == "2015-07-31"


def test_same_speaker_statement_goes_on() -> None:
    text = LEAD + ("وقالت المتحدثة باسم الحكومة الألمانية كريستيانه فيرتس أمس في برلين إن الزيارة لا تفيد.\n"
            "وأكدت فيرتس أن النواب أحرار في قراراتهم.")
    assert news_date(text, "وأكدت") == "2015-08-01"
    # counter-case: another speaker's statement is not carried
    text = LEAD + ("وقالت المتحدثة باسم الحكومة الألمانية كريستيانه فيرتس أمس في برلين إن الزيارة لا تفيد.\n"
            "وأكد وزير الخارجية الروسي سيرغي لافروف أن النواب أحرار في قراراتهم.")
    assert news_date(text, "وأكد") == "2015-08-02"


def test_pointed_back_noun_opening_the_sentence() -> None:
    text = LEAD + ("وبثت القناة الألمانية مساء أول من أمس فيلما عن المنشطات.\n"
            "وأكدت هذه الاتهامات صحيفة بريطانية.")
    assert news_date(text, "الاتهامات") == "2015-07-31"
    # counter-case: a pointed noun deep in the sentence is not the topic of the one before
    text = LEAD + ("ونددت الخارجية التركية أمس بتصريحات الأمين العام.\n"
            "وأوضحت الخارجية أن تصريحات الأمين العام حيال هذه الغارات لا تعبر عن رأي الجامعة.")
    assert news_date(text, "الغارات") != "2015-08-01"


def test_place_of_the_meeting_linked() -> None:
    text = LEAD + "واجتمع الوزيران يوم الخميس في الدوحة مع نظيرهما السعودي.\n\nوبعد اللقاء انتقد الوزير الروسي واشنطن."
    assert news_place(text, "انتقد") == "الدوحة"
    # counter-case: «بعد قليل» links the day, not a meeting's place
    text = LEAD + "واجتمع الوزيران يوم الخميس في الدوحة مع نظيرهما السعودي.\n\nوانتقد بعد قليل الوزير الروسي واشنطن."
    assert news_date(text, "وانتقد") == "2015-07-30"
    assert news_place(text, "وانتقد") is None


def _last_date(text: str, trigger: str) -> str | None:
    """The date of the event whose trigger starts where ``trigger`` last occurs in the text."""
    doc = analyze_news(text)
    at = text.rindex(trigger)
    return next(e.date for e in doc.events if e.trigger.start == at)


def test_joint_statement_goes_on_with_an_unnamed_subject() -> None:
    text = LEAD + ("وأكد وزير الخارجية السعودي عادل الجبير أمس في بيان أن البلدين متفقان.\n\n"
                   "وأكد الطرفان على أهمية التعاون بين البلدين.")
    assert _last_date(text, "وأكد") == "2015-08-01"
    # counter-case: a sentence between with no statement ends the statement
    text = LEAD + ("وأكد وزير الخارجية السعودي عادل الجبير أمس في بيان أن البلدين متفقان.\n\n"
                   "ويعاني اليمن من أزمة إنسانية حادة.\n\n"
                   "وأكد الطرفان على أهمية التعاون بين البلدين.")
    assert _last_date(text, "وأكد") == "2015-08-02"
