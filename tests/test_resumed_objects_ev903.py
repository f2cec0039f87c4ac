"""Round ev903: the object pronoun on a relative clause's verb resumes the antecedent: the antecedent is the target,
the phrase after the verb the source (``rasd.events.resumed_objects``)."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_named_child_burnt_by_settlers_is_target() -> None:
    text = "نظر الوزير إلى صورة الطفل محمد العلي (3 أعوام) الذي أحرقه متطرفون في قرية دوما."
    assert news_arg(text, "أحرقه", "target") == "محمد العلي"
    assert news_arg(text, "أحرقه", "source") == "متطرفون"


def test_reversed_reading_is_undone_where_the_name_is_a_relative_of_him() -> None:
    # «والدة خالد الذي أحرقه»: the pronoun is Khalid's; the mother is neither side; the settlers burn
    text = "قالت والدة خالد الذي أحرقه المستوطنون في منزله إن العائلة تطالب بالعدالة."
    doc, ev = news_event(text, "أحرقه")
    assert news_arg(text, "أحرقه", "source") == "المستوطنون"
    assert news_arg(text, "أحرقه", "target") == ""
    assert ev.code == "180"


def test_coordinated_relative_resumes_the_first_name() -> None:
    text = "وطالبوا بالإفراج عن الناشط سامر الخطيب، الذي أصدرت محكمة حكما بسجنه، والذي تحتجزه جماعة مسلحة في الجنوب."
    assert news_arg(text, "تحتجزه", "target") == "سامر الخطيب"
    assert news_arg(text, "تحتجزه", "source") == "جماعة مسلحة"


def test_relative_verb_without_pronoun_keeps_antecedent_as_doer() -> None:
    # counter-case: no object pronoun, the antecedent is the subject and the noun after the verb its object
    text = "وقال خالد الذي أحرق المنزل إنه نادم."
    assert news_arg(text, "أحرق", "source") == "خالد"
    assert news_arg(text, "أحرق", "target") == "المنزل"


def test_host_after_relative_stays_source() -> None:
    # counter-case: the subject after the verb is already the source; the antecedent the one received
    text = "وزار الوفد الرئيس محمود عباس الذي استقبله رئيس الحكومة في مكتبه."
    assert news_arg(text, "استقبله", "source") == "رئيس الحكومة"
    assert news_arg(text, "استقبله", "target") == "محمود عباس"


def test_pronoun_on_appeal_verb_is_the_one_named_before() -> None:
    text = "وبعث عشرات النواب إلى رئيس الوزراء الأردني عبد الله النسور برسالة يطالبونه فيها بالاستقالة فورا."
    assert news_arg(text, "يطالبونه", "target") == "عبد الله النسور"


def test_masdar_after_preposition_gets_no_pronoun_target() -> None:
    # counter-case: «من قصفه» is a masdar; its «ـه» is not the air force named before it
    text = "وتسعى أنقرة إلى إقامة منطقة آمنة لمنع الطيران السوري من قصفه في الشمال."
    assert news_arg(text, "قصفه", "target") != "الطيران السوري"
