"""ev434: the object pronoun on a verb of accusing that the word layer leaves on the stem («واتهمته», «ويتهمه»,
«تتهمه») is read from the lexicon's match; where a person and a body both agree with «ـه», the one accused is the
person named last before it (in its sentence, else in the sentence before where the verb opens its own)."""

from __future__ import annotations

from conftest import news_arg


def test_the_person_named_before_is_accused_past_his_group() -> None:
    text = ("أعلنت وزارة الدفاع الأميركية أن طائرة قتلت في سوريا محسن الفضلي، قائد «تنظيم خراسان»، "
            "واتهمته بأنه عضو قديم في القاعدة.")
    assert news_arg(text, "واتهمته", "target") == "محسن الفضلي"


def test_a_verb_opening_its_sentence_accuses_the_person_of_the_sentence_before() -> None:
    text = "وقالت مصادر إن هشام عشماوي ظل في الجيش المصري حتى عام 2011. ويتهمه المسؤولون المصريون بتنفيذ هجمات."
    assert news_arg(text, "ويتهمه", "target") == "هشام عشماوي"


def test_an_unnamed_one_in_the_verbs_own_sentence_takes_no_person_from_before() -> None:
    # «محامٍ» is whom «ـه» stands for: the man of the sentence before is no target
    text = ("وقال الشيخ عبد الله المحيسني إن المعارك مستمرة. وأقدمت جبهة النصرة على إعدام محام بعدما اتهمته "
            "بالتخابر مع قوات النظام.")
    assert news_arg(text, "اتهمته", "target") == ""


def test_a_feminine_pronoun_takes_no_nearest_person() -> None:
    # «ـها» is a state or a feminine body, never the man named last
    text = "انتقد الوزير محمد العبد الله قطر والسودان، واتهمها بدعم الإرهابيين."
    assert news_arg(text, "واتهمها", "target") != "محمد العبد الله"


def test_an_arrest_after_tamm_is_done_to_the_one_its_pronoun_stands_for() -> None:
    text = ("ومن المتوقع أن يتم التحقيق مع مئير أتينغر حول دوره في التنظيم، ومن المتوقع أن يتم اعتقاله إداريا في حال "
            "موافقة المحكمة.")
    assert news_arg(text, "اعتقاله", "target") == "مئير أتينغر"


def test_a_feminine_pronoun_after_tamm_is_not_the_man_named_before() -> None:
    # «ـها» is the town, no person
    text = "وقال المتحدث محمد الأحمد إن البلدة تعرضت للقصف مرارا، وتم استهدافها بالمدفعية أمس."
    assert news_arg(text, "استهدافها", "target") != "محمد الأحمد"


def test_a_masdar_after_tamm_that_is_no_act_of_force_takes_no_person() -> None:
    # only acts of force: what is received is the book, not the man who wrote it
    text = "وكتب النائب محمد الأحمد كتابا جديدا أمس، ومن المتوقع أن يتم استقباله في المعرض."
    assert news_arg(text, "استقباله", "target") != "محمد الأحمد"


def test_the_pronoun_on_the_charge_frames_preposition_is_the_one_charged() -> None:
    text = "واعتقلت جماعة الحوثي الصحافي حمدان الرحبي أمس، ووجهت إليه تهمة نشر أخبار كاذبة."
    assert news_arg(text, "ووجهت", "target") == "حمدان الرحبي"


def test_a_pronoun_on_a_preposition_outside_the_frame_is_no_one_charged() -> None:
    # «فيه» is the statement the charge is made in; the one charged is after «إلى»
    text = "وأصدرت النيابة بيانا بشأن القاضي محمد الأحمد، ووجهت فيه تهمة الفساد إلى الوزير."
    assert news_arg(text, "ووجهت", "target") != "محمد الأحمد"
