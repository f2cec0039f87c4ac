"""Event arguments on constructions of real news, round 29: the subject of «شن/نفذ» is the source of the noun act
it governs, past a time word and past a count («نفذوا 17 ضربة»); an adjective of a noun a preposition governs is no
subject («وفي اليوم التالي أعدم التنظيم»); after «التي كلها» the relative's antecedent acts; a masdar with a pronoun
is no actor («يعلن انتماءه»); the phrase before a preposition that governs a noun arrest is not its agent; the
pronoun on «وقصفه» stands for the actor before «و»; acts of other trigger words in other sentences are not merged
unless the later is a definite noun that refers back."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg


def test_the_subject_of_a_light_verb_of_force_is_the_source() -> None:
    text = "وشن مسلحون أكراد هجوما على مركز للشرطة."
    assert news_arg(text, "هجوما") == "مسلحون"
    assert news_arg(text, "هجوما", "target") == "مركز للشرطة"
    text = "ونفذ أحد مقاتلينا الليلة الماضية هجوما انتحاريا ضد الجيش."
    assert news_arg(text, "هجوما") == "أحد مقاتلينا"
    # a count of the acts is no actor: the subject before the verb is
    text = "وأكدت أن الحلفاء نفذوا 17 ضربة جوية ضد التنظيم."
    assert news_arg(text, "ضربة") == "الحلفاء"
    text = "وقالت إن الولايات المتحدة نفذت أول ضربة جوية في شمال سوريا."
    assert news_arg(text, "ضربة") == "الولايات المتحدة"
    # a relative's antecedent that is a time («المرة الأولى التي ينفذ فيها») is no actor
    text = "وقال إنها ليست المرة الأولى التي ينفذ فيها مقاتلونا عمليات انتحارية ضد الجيش."
    assert news_arg(text, "عمليات") != "المرة الأولى"


def test_the_adjective_of_a_governed_time_noun_is_no_subject() -> None:
    text = "وفي اليوم التالي أعدم التنظيم ثلاثة أسرى."
    assert news_arg(text, "أعدم") == "التنظيم"
    assert news_arg(text, "أعدم", "target") == "ثلاثة أسرى"


def test_a_quantifier_after_a_relative_stands_for_its_antecedent() -> None:
    text = "وأعلنت الدول الخليجية، التي كلها رفضت القرار، دعمها للحكومة."
    assert news_arg(text, "رفضت") == "الدول الخليجية"


def test_a_masdar_with_a_pronoun_is_no_actor() -> None:
    text = "وقال المحقق إن الرجل نشر دعاية للتنظيم، إلا أنه لم يعلن انتماءه إليه."
    assert news_arg(text, "يعلن") != "انتماءه"


def test_the_pronoun_on_a_coordinated_act_of_force_stands_for_the_actor_before() -> None:
    assert news_arg("وباتت تكتيكات التنظيم ضعيفة أمام التحالف وقصفه الجوي.", "وقصفه") == "التحالف"
    # a place or a thing before «و» is no actor
    assert news_arg("ونددت الحكومة بحصار المدينة وقصفها.", "وقصفها") == ""


def test_the_phrase_before_a_governed_noun_arrest_is_not_its_agent() -> None:
    text = "وتجمع عدد من السياسيين والحقوقيين المحتجين ضد قرار الاعتقال أمام السجن."
    assert news_arg(text, "الاعتقال") == ""
    # the agent of a light verb still is
    assert news_arg("والشرطة نفذت حملة اعتقالات واسعة.", "اعتقالات") == "الشرطة"  # (past «و»: round 48)


def test_acts_of_force_of_other_words_in_other_sentences_are_not_merged() -> None:
    text = "وواصل تنظيم داعش القتل في المدينة. وأعدم التنظيم 44 شابا في ساحة عامة."
    doc = analyze_news(text)
    assert event_with_trigger_at(doc, "القتل") is not event_with_trigger_at(doc, "وأعدم")
