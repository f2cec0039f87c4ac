"""Round ev501: the phrase right after a verb of starting is the doer of the act it governs with «في», past a time
(events.started_in: «بدأت قوات الأمن أمس في اعتقال»), also where an indefinite subject runs on over a clause that
describes it («بدأت لجنة تضم ...»); and a verb of being able reaches its act past a time with brackets and «وحتى»
(events.clauses.able_subject). Hand-made sentences with counter-cases."""

from __future__ import annotations

from conftest import news_arg


def test_subject_between_a_verb_of_starting_and_in() -> None:
    text = "وبدأ الجيش في قصف مواقع المسلحين شمال المدينة."
    assert news_arg(text, "قصف") == "الجيش"


def test_subject_past_a_time_before_in() -> None:
    text = "بدأت قوات الأمن أمس في اعتقال العشرات من المشتبه بهم في العاصمة."
    assert news_arg(text, "اعتقال") == "قوات الأمن"


def test_described_indefinite_subject_and_a_light_masdar() -> None:
    text = "بدأت لجنة تضم 15 عضوا من أعضاء مجلس الشورى في عقد اجتماعات مغلقة."
    assert news_arg(text, "اجتماعات") == "لجنة تضم 15 عضوا من أعضاء مجلس الشورى"


def test_object_of_the_verb_of_starting_is_no_doer() -> None:
    # counter-case: no «في»: the phrase after the subject is the verb's object; the creditors are the other party
    text = "بدأت الحكومة مفاوضات مع الجهات الدائنة في العاصمة البلجيكية."
    assert news_arg(text, "مفاوضات") == "الحكومة"
    assert news_arg(text, "مفاوضات", "target") == "الجهات الدائنة"


def test_inquiry_before_in_takes_it() -> None:
    # counter-case: «لجنة تحقيق في اعتقال»: the «في» is the inquiry's; the committee did not arrest anyone
    text = "بدأت لجنة تحقيق في اعتقال المعارضين عملها أمس."
    assert news_arg(text, "اعتقال") == ""


def test_masdar_after_the_verb_of_starting_is_no_doer() -> None:
    # counter-case: «بدأ التفكير في اعتقال»: the phrase is a masdar, no one who acts
    text = "وبدأ التفكير في اعتقال قادة المعارضة الأسبوع الماضي."
    assert news_arg(text, "اعتقال") == ""


def test_able_subject_past_a_long_time_with_brackets() -> None:
    text = ("تمكنت قوات الأمن الوطني في الفترة الممتدة من 12 يونيو (حزيران) وحتى يوم أمس من اعتقال 15 عنصرا "
            "من المتشددين.")
    assert news_arg(text, "اعتقال") == "قوات الأمن الوطني"


def test_able_subject_too_far_back_is_none() -> None:
    # counter-case: many words that are no time between the verb and «من»: no subject reached
    text = ("تمكنت قوات الأمن الوطني التي انتشرت في أحياء المدينة القديمة وأسواقها الشعبية ومداخلها الشمالية "
            "والجنوبية بعد التفجيرات الأخيرة التي هزت السكان من اعتقال 15 عنصرا.")
    assert news_arg(text, "اعتقال") == ""
