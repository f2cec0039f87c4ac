"""Round 244 of real news: missing and wrong sources and targets of events. «، فقد قتل المتطرفون»: «فقد» opens a
clause of its own, VSO; «وكانت الحركة بعد أن ...، أعلنت»: the subject fronted before the clause of time does the
main verb after its closing comma; «فيما ينتقد آخرون علاقاته»: a sound plural with its «ن» heads no construct, the
man the pronoun stands for is criticised; «تلته اشتباكات»: the clashes after an attack are between its sides;
«وتحتل إيران المرتبة الأولى في إعدام»: the one ranked does the act. Hand-made sentences (no article text)."""

from __future__ import annotations

from conftest import event_arg, news_event


def test_faqad_opens_a_vso_clause() -> None:
    text = "وقال الباحث إن الفقر هو المشكلة الكبرى، فقد قتل المسلحون عشرات القرويين في الشمال."
    doc, ev = news_event(text, "قتل")
    assert event_arg(doc, ev, "source") == "المسلحون"
    assert event_arg(doc, ev, "target").endswith("القرويين")


def test_subject_of_the_complementizer_clause_still_acts_without_faqad() -> None:
    doc, ev = news_event("وقال الضابط إن المسلحين قتلوا ثلاثة جنود في الشمال.", "قتلوا")
    assert event_arg(doc, ev, "source") == "المسلحين"


def test_fronted_subject_does_the_main_verb_after_the_time_clause() -> None:
    text = "وكانت حركة طالبان بعد أن نفت الخبر مرات عديدة، أعلنت أمس تعيين الملا منصور قائدا لها."
    doc, ev = news_event(text, "أعلنت")
    assert event_arg(doc, ev, "source") == "حركة طالبان"


def test_main_verb_with_its_own_subject_before_it_keeps_it() -> None:
    text = "وبعد أن أنهى الوفد زيارته، أعلن الرئيس الأفغاني أشرف غني تعيين وزير جديد."
    doc, ev = news_event(text, "أعلن")
    assert event_arg(doc, ev, "source") == "أشرف غني"


def test_sound_plural_subject_then_possessed_object() -> None:
    text = "ويدعم بعض القادة الرئيس أشرف غني، فيما ينتقد آخرون سياساته مع الهند."
    doc, ev = news_event(text, "ينتقد")
    assert event_arg(doc, ev, "source") == "آخرون"
    assert event_arg(doc, ev, "target") == "أشرف غني"


def test_plural_in_construct_stays_one_subject() -> None:
    doc, ev = news_event("وانتقد مسؤولو الحكومة الأردنية قرار البرلمان.", "وانتقد")
    assert event_arg(doc, ev, "source") != "مسؤولو"


def test_clashes_following_an_attack_are_between_its_sides() -> None:
    text = "وجاء ذلك بعد هجوم شنته «جبهة النصرة» على مقر «الفرقة 30» شمال حلب، تلته اشتباكات عنيفة في المنطقة."
    doc, ev = news_event(text, "اشتباكات")
    assert (event_arg(doc, ev, "source"), event_arg(doc, ev, "target")) == ("جبهة النصرة", "الفرقة 30")


def test_clashes_without_a_following_verb_get_no_sides_of_the_attack() -> None:
    text = "وجاء ذلك بعد هجوم شنته «جبهة النصرة» على مقر «الفرقة 30» شمال حلب، ووقعت اشتباكات عنيفة في إدلب."
    doc, ev = news_event(text, "اشتباكات")
    assert event_arg(doc, ev, "target") != "الفرقة 30"


def test_ranked_country_does_the_act() -> None:
    doc, ev = news_event("وتحتل الصين المرتبة الأولى في العالم في إعدام المعارضين.", "إعدام")
    assert event_arg(doc, ev, "source") == "الصين"


def test_act_after_a_plain_verb_in_fi_gets_no_ranked_doer() -> None:
    doc, ev = news_event("وتحقق الصين في إعدام المعارضين.", "إعدام")
    assert event_arg(doc, ev, "source") != "الصين"


def test_the_one_pushed_does_the_act() -> None:
    text = "وتصاعدت الاحتجاجات في المدن، مما دفع الحكومة المصرية أمس إلى اعتقال عشرات الناشطين."
    doc, ev = news_event(text, "اعتقال")
    assert event_arg(doc, ev, "source") == "الحكومة المصرية"


def test_push_with_no_one_named_after_the_verb_names_no_doer() -> None:
    text = "وتصاعدت الاحتجاجات في المدن، مما دفع إلى اعتقال عشرات الناشطين في القاهرة."
    doc, ev = news_event(text, "اعتقال")
    assert event_arg(doc, ev, "source") == ""


def test_partitive_plural_before_alladhina_does_the_plural_verb() -> None:
    doc, ev = news_event("ولا يزال عدد من الصحافيين الذين رفضوا الانصياع للجماعة مطاردين.", "رفضوا")
    assert event_arg(doc, ev, "source") == "الصحافيين"


def test_partitive_plural_before_alladhina_is_the_object_of_a_verb_with_its_pronoun() -> None:
    doc, ev = news_event("ولا يزال عدد من الصحافيين الذين رفضتهم الجماعة مطاردين.", "رفضتهم")
    assert event_arg(doc, ev, "source") != "الصحافيين"


def test_aspect_verb_subject_past_a_set_off_time_does_the_masdar() -> None:
    text = "وبدأت طائرات وقوات أردنية، منذ مطلع الشهر الماضي، قصف مواقع التنظيم في سوريا."
    doc, ev = news_event(text, "قصف")
    assert event_arg(doc, ev, "source").endswith("قوات أردنية")


def test_a_relative_clause_set_off_by_commas_is_no_insert_passed_over() -> None:
    text = "وبدأت طائرات وقوات أردنية، التي وصلت أمس، قصف مواقع التنظيم في سوريا."
    doc, ev = news_event(text, "قصف")
    assert not event_arg(doc, ev, "source").endswith("قوات أردنية")


def test_pronoun_on_a_protest_noun_is_who_protests() -> None:
    text = "المتظاهرون في كل المدن يطالبون بالإصلاح رغم أن مظاهراتهم عفوية وليس لها قيادة."
    doc, ev = news_event(text, "مظاهراتهم")
    assert (event_arg(doc, ev, "source"), event_arg(doc, ev, "target")) == ("المتظاهرون", "")


def test_pronoun_on_an_attack_noun_is_still_its_object() -> None:
    text = "وقال المسؤول إن المسلحين يتحصنون في الجبال، وإن الجيش يستعد لمهاجمتهم."
    doc, ev = news_event(text, "لمهاجمتهم")
    assert event_arg(doc, ev, "source") != "المسلحين"


def test_coordinated_parties_after_an_aspect_verb_with_no_insert_keep_their_roles() -> None:
    text = "ومن المقرر أن يبدأ الاتحاد الأوروبي والمغرب مفاوضات جديدة في الشهر المقبل."
    doc, ev = news_event(text, "مفاوضات")
    assert event_arg(doc, ev, "source") == "الاتحاد الأوروبي"
