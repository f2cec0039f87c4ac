"""Round 138 of real news: carried and possessed sources. A verb with no subject carries the person a verb named
right before it, not the speaker of a quote told earlier; a verb in reported words carries the subject of the
reported verb before it in its sentence; «قواتنا» in a speaker's words is his country; a relative after a name in
guillemets or after the second of two names is that name's; a relative verb that resumes its antecedent with a
preposition has its own unnamed subject; a purpose masdar past another verb is not the first verb's; «ممثل فلان»
is not that man; a verb describing an indefinite noun carries no one. Each with a counter-case."""

from __future__ import annotations

from conftest import news_arg

TRIP = ("وقالت الخارجية الأمريكية إن المحادثات مع الحلفاء مستمرة. وبعد القاهرة، سيتوجه جون كيري إلى شرق آسيا، وهي منطقة "
        "مهمة بالنسبة إلى السياسة الأمريكية. وسيحط أولا في سيول، ثم يزور {} في الأسبوع المقبل.")


def test_a_dropped_subject_is_the_man_a_verb_named_before() -> None:
    assert news_arg(TRIP.format("اليابان"), "يزور") == "جون كيري"


def test_a_dropped_subject_with_no_man_named_is_the_speaker_carried() -> None:
    text = "وقالت وزارة الخارجية الأمريكية إن المحادثات مستمرة. ثم يزور الوفد اليابان في الأسبوع المقبل."
    assert news_arg(text, "يزور") != "جون كيري"


SEIZE = ("وذكر شهود في المدينة أن مجموعات مسلحة من تنظيم القاعدة هاجمت مدينة المكلا في أبريل الماضي، وسيطرت على "
         "المدينة بعد انسحاب الجنود.")


def test_a_reported_verbs_subject_carries_in_its_sentence() -> None:
    assert news_arg(SEIZE, "وسيطرت") == "تنظيم القاعدة"


def test_a_reported_verbs_subject_does_not_carry_past_its_sentence() -> None:
    text = SEIZE.replace("، وسيطرت على المدينة بعد انسحاب الجنود.", ". وقال شهود آخرون إن الجنود انسحبوا. وسيطرت على المدينة.")
    assert news_arg(text, "وسيطرت") != "تنظيم القاعدة"


OURS = ("وقال قائد العمليات اللواء العراقي هادي رزيج «إن هناك تقدما كبيرا في الرمادي حيث تمكنت {} من استعادة السيطرة "
        "على الشارع الرئيسي للمدينة».")


def test_our_forces_in_a_speakers_words_are_his_countrys() -> None:
    assert news_arg(OURS.format("قواتنا الأمنية"), "السيطرة") == "العراق"


def test_our_forces_outside_quoted_words_are_nobodys() -> None:
    text = "وتقدمت القوات داخل الرمادي حيث تمكنت قواتنا الأمنية من استعادة السيطرة على الشارع الرئيسي."
    assert news_arg(text, "السيطرة") == ""


ALLEGIANCE = "وفرضت الوزارة عقوبات على رجلين بتهمة تمويل تنظيم القاعدة، {} التي أعلنت ولاءها للتنظيم الإرهابي."


def test_a_singular_relative_after_two_names_is_the_second() -> None:
    assert news_arg(ALLEGIANCE.format("وجبهة النصرة"), "أعلنت") == "جبهة النصرة"


def test_a_relative_after_a_name_in_guillemets_is_that_name() -> None:
    assert news_arg(ALLEGIANCE.format("و«جبهة النصرة»"), "أعلنت") == "جبهة النصرة"


def test_a_relative_verb_with_its_own_unnamed_subject_carries_no_one() -> None:
    text = "وقال المدير جورج بوستن في بيان إن هذه الإجراءات تأتي في الوقت الذي يطالب فيه المزيد من الناس بالإصلاح."
    assert news_arg(text, "يطالب") == "المزيد"


def test_a_relative_verb_resumed_with_no_subject_after_is_impersonal() -> None:
    text = "وقال المدير جورج بوستن في بيان إن الإجراءات تأتي في الوقت الذي يطالب فيه بالإصلاح."
    assert news_arg(text, "يطالب") == ""


BATTLES = ("وأشاد الرئيس السوري بشار الأسد بدور حزب الله في القتال، وهو ممر يربطها بمناطق نفوذ الحزب في القلمون، حيث "
           "دارت معارك عنيفة للسيطرة على التلال.")


def test_a_purpose_masdar_past_another_verb_is_not_the_first_verbs() -> None:
    assert news_arg(BATTLES, "للسيطرة") != "بشار الأسد"


def test_a_purpose_masdar_right_after_its_verb_shares_its_actor() -> None:
    text = "ووصل وزير الخارجية الأمريكي جون كيري إلى الدوحة للاجتماع مع نظرائه الخليجيين."
    assert news_arg(text, "للاجتماع") == "جون كيري"


def test_a_representative_of_a_man_is_not_that_man() -> None:
    text = "وفي الأسبوع الماضي اتهم ممثل خامنئي في مدينة مشهد وزير الخارجية الفرنسي بالتآمر."
    assert news_arg(text, "اتهم") == "ممثل خامنئي"


def test_a_titled_man_is_the_man() -> None:
    text = "وفي الأسبوع الماضي اتهم الممثل الأعلى جوزيب بوريل وزير الخارجية الفرنسي بالتآمر."
    assert news_arg(text, "اتهم") == "جوزيب بوريل"


def test_a_verb_describing_an_indefinite_noun_carries_no_one() -> None:
    text = ("ودافع الوزير محمد الغرسلي عن اللجنة. وأشار إلى أن الموقوفين اتهموا بالتحضير لعمليات إرهابية تستهدف "
            "منشآت حيوية في القيروان.")
    assert news_arg(text, "تستهدف") == ""


def test_a_verb_after_its_actors_clause_still_carries_him() -> None:
    text = "وقالت الشرطة الفرنسية إنها داهمت منزلا في ضواحي باريس، واعتقلت رجلا يشتبه في تمويله جماعة متطرفة."
    assert news_arg(text, "واعتقلت") == "الشرطة الفرنسية"
