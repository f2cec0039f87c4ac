"""Round ev468: a verb of aspect governs its masdar past a time or an adverb between them (events.aspect_gaps:
«إن ميليشيات الحوثيين واصلت لليوم الثاني على التوالي قصفها للأحياء»: the militia bombs), and a listed verb whose «و»
is a root letter keeps it in its key («واصلت», «وجهت»: events.stops.waw_radical_verbs). Hand-made sentences
(paraphrases of the 347) with counter-cases."""

from __future__ import annotations

from conftest import news_arg

from rasd.events.chunks import verb_key


def test_verb_key_keeps_a_root_waw() -> None:
    assert verb_key("واصلت") == "واصلت"
    assert verb_key("وجهت") == "وجهت"
    assert verb_key("وواصلت") == "واصلت"  # the conjunction still comes off


def test_verb_key_drops_the_conjunction_of_a_listed_word() -> None:
    # counter-cases: «و» + a listed word («استمرت», «قالت») is the conjunction, not a root letter
    assert verb_key("واستمرت") == "استمرت"
    assert verb_key("وقالت") == "قالت"


def test_subject_of_aspect_verb_past_a_counted_round() -> None:
    text = "وواصلت ميليشيات الحوثيين لليوم الثاني على التوالي قصف الأحياء السكنية في المدينة."
    assert news_arg(text, "قصف") == "ميليشيات الحوثيين"


def test_svo_subject_of_aspect_verb_past_a_counted_round_with_owned_masdar() -> None:
    text = "وقالت المصادر إن ميليشيات الحوثيين واصلت لليوم الثالث على التوالي قصفها للأحياء السكنية."
    assert news_arg(text, "قصفها") == "ميليشيات الحوثيين"
    assert news_arg(text, "قصفها", "target") != "ميليشيات الحوثيين"  # (base: the pronoun read as its object)


def test_report_verb_before_a_time_is_no_aspect() -> None:
    # counter-case: «أعلنت» is no verb of aspect; the genitive bombs, not the government that announces it
    text = "وأعلنت الحكومة اليمنية لليوم الثاني على التوالي قصف الحوثيين للأحياء السكنية."
    assert news_arg(text, "قصف") == "الحوثيين"


def test_feminine_aspect_verb_does_not_take_a_masculine_subject_before_it() -> None:
    # counter-case: «بدأت» is feminine, «حزب الله» masculine (as ev291's «كما واصلت مهاجمة»): someone else attacks
    text = "وأعلن حزب الله تأييده للحكومة، كما بدأت مهاجمة مواقع المسلحين في القلمون."
    assert news_arg(text, "مهاجمة") != "حزب الله"
    text = "وأعلن حزب الله تأييده للحكومة، كما واصل مهاجمة مواقع المسلحين في القلمون."
    assert news_arg(text, "مهاجمة") == "حزب الله"  # (the masculine verb agrees)
