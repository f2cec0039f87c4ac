"""Round 133 of real news: event dates and modality, third round. An act in a sentence that points back to a
period told before («في الفترة نفسها»), an act right before «بعدها», a present verb whose subject is a text of law,
charges one faces and the crimes listed among them, and an act after «بعد/بعد أن» in a sentence whose time is
said before it have no day; a noun act that «يمكن أن تعقد» follows is hypothetical; a present verb with «و» after a
clause that runs «حتى» a later day is planned. Hand-made sentences (paraphrases, no article text); the articles
are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def test_an_act_of_the_same_period_has_no_day() -> None:
    text = "وفي الفترة نفسها، تلقى الرجل طلبا من قيادي في التنظيم للإفراج عن رهائن خطفتهم الجماعة."
    assert news_date(text, "خطفتهم") is None
    assert news_date("وتلقى الرجل طلبا للإفراج عن رهائن خطفتهم الجماعة.", "خطفتهم") == "2015-08-02"


def test_an_act_right_before_after_it_has_no_day() -> None:
    text = "وفي أثناء الحرب البرية التي دامت أياما، والإعلان بعدها عن انسحاب القوات، عاد اللاجئون إلى مدنهم."
    assert news_date(text, "والإعلان") is None
    assert news_date("وجاء الإعلان عن انسحاب القوات من المدينة.", "الإعلان") == "2015-08-02"


def test_what_a_draft_law_targets_has_no_day() -> None:
    text = "ويستهدف مشروع القانون مرتكبي الهجمات واحتجاز الرهائن."
    # round 134 (converged.paper_targeters): a law that targets is no attack at all now; where it is still read as
    # one, it has no day
    doc = analyze_news(text)
    assert all(e.date is None for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "ويستهدف")
    assert news_date("ويستهدف الجيش مواقع المسلحين في المدينة.", "ويستهدف") == "2015-08-02"


def test_charges_faced_and_the_crimes_among_them_have_no_day() -> None:
    text = "ويواجه نجل الزعيم السابق عدة اتهامات من بينها قتل لاعب كرة."
    assert news_date(text, "اتهامات") is None
    assert news_date(text, "قتل") is None
    assert news_date("ووجهت النيابة اتهامات إلى الوزير.", "اتهامات") == "2015-08-02"


def test_an_act_after_a_word_of_sequence_past_a_said_time_has_no_day() -> None:
    text = "وأوقفت السلطات أمس صدور صحيفة محافظة، ووجهت إنذارا لموقع آخر بعد انتقادها الاتفاق."
    assert news_date(text, "انتقادها") is None
    # no time said before it: the article's day
    assert news_date("ووجهت السلطات إنذارا لموقع آخر بعد انتقادها الاتفاق.", "انتقادها") == "2015-08-02"


def test_a_round_that_may_be_held_is_hypothetical() -> None:
    text = "وقال الوزير إن الجولة الثالثة من المشاورات، يمكن أن تعقد قبل نهاية الشهر المقبل."
    assert news_modality(text, "الجولة") == "hypothetical"
    text = "وقال الوزير إن الجولة الثالثة من المشاورات عقدت في المدينة."
    assert news_modality(text, "الجولة") == "reported"


def test_a_present_verb_after_a_span_running_to_a_later_day_is_planned() -> None:
    text = "ويستمر اجتماع المجلس حتى 5 أغسطس الحالي، وتعلن القرارات بعد عرضها على الرئيس."
    assert news_modality(text, "وتعلن") == "planned"
    assert news_date(text, "وتعلن") is None
    text = "واستمر اجتماع المجلس حتى 1 أغسطس الحالي، وتعلن القرارات بعد عرضها على الرئيس."
    assert news_modality(text, "وتعلن") == "asserted"


def test_the_same_period_does_not_reach_past_a_word_of_contrast() -> None:
    text = "وشنت القوات منذ ذلك الحين سلسلة من الغارات، غير أن المراقبين يؤكدون أن الحملة محدودة."
    assert news_date(text, "الغارات") is None
    assert news_date(text, "يؤكدون") == "2015-08-02"


def test_a_noun_act_at_the_end_of_a_chain_after_since_has_no_day() -> None:
    text = "ومنذ افتتاح جلسات مفاوضات الدول الكبرى في المدينة ظلت العواصم غائبة عنها."
    assert news_date(text, "مفاوضات") is None
    assert news_date("وبدأت جلسات مفاوضات الدول الكبرى في المدينة.", "مفاوضات") == "2015-08-02"


def test_an_act_of_the_occasion_repeated_in_a_relative_takes_its_day() -> None:
    text = "وكان المجلس عقد جلسة عادية في القصر أمس، برئاسة الرئيس، الذي افتتح الجلسة بتجديد الدعوة إلى الحوار."
    assert news_date(text, "الدعوة") == "2015-08-01"
    # the relative's verb takes another noun: the act is not of that occasion
    text = "وكان المجلس عقد جلسة عادية في القصر أمس، برئاسة الرئيس، الذي أطلق المبادرة بتجديد الدعوة إلى الحوار."
    assert news_date(text, "الدعوة") == "2015-08-02"
