"""Round 78 of real news: the subject that is there but was not attached. The named subject of a pluperfect behind
its title («وكان الرئيس فلان قد وعد»); the subject after a relative verb whose antecedent a preposition's pronoun
resumes («المرة التي تعلن فيها تركيا»); a masculine verb in «و» that disagrees with the noun of «أنّ» before it
shares the subject of the clause before; a meeting or visit noun of occasion («خلال لقاء مع») is met by the one
who acts in its clause; a masdar with a possessive pronoun that a statement announces («أعلن التنظيم سيطرته») is
the stater's act. Each with a counter-case: a null or the phrase's own party is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg

STATED = "أعلن وزير الخارجية السعودي عادل الجبير أن الحكومة مستعدة للحوار، "
TURKISH = "أعلن وزير الخارجية التركي مولود تشاوش أوغلو أن بلاده ستشارك في الضربات، "


def test_the_pluperfect_subject_behind_its_title_is_the_name() -> None:
    assert news_arg("وكان الرئيس الأمريكي باراك أوباما قد وعد بعدم رفع العقوبات.", "وعد") == "باراك أوباما"


def test_a_pluperfect_title_with_no_name_stays_the_title() -> None:
    assert news_arg("وكان الرئيس قد وعد بعدم رفع العقوبات.", "وعد") == "الرئيس"


def test_a_relative_resumed_by_a_prepositional_pronoun_is_no_subject() -> None:
    text = "وهذه المرة الثالثة التي تعلن فيها تركيا نيتها إقامة منطقة عازلة."
    assert news_arg(text, "تعلن") == "تركيا"


def test_a_relative_with_no_resumptive_pronoun_keeps_its_antecedent() -> None:
    text = "وقالت حركة حماس التي أعلنت في بيان رفضها للقرار إنها ستواصل."
    assert news_arg(text, "أعلنت") == "حركة حماس"


def test_a_masculine_verb_after_the_feminine_noun_of_anna_has_the_subject_before() -> None:
    assert news_arg(STATED + "وتعهد بإلغاء أحكام السجن.", "وتعهد") == "عادل الجبير"


def test_a_feminine_verb_after_the_noun_of_anna_keeps_it() -> None:
    assert news_arg(STATED + "وتعهدت بإلغاء أحكام السجن.", "وتعهدت") == "الحكومة"


def test_a_meeting_of_occasion_is_held_by_the_subject_of_its_clause() -> None:
    text = TURKISH + "خلال لقاء مع نظيره الأمريكي جون كيري."
    assert news_arg(text, "لقاء") == "مولود تشاوش أوغلو"
    assert news_arg(text, "لقاء", "target") == "جون كيري"


def test_a_visit_that_opens_the_sentence_is_paid_by_the_speaker_after_it() -> None:
    text = "وصل الرئيس التركي رجب طيب أردوغان إلى جاكرتا أمس. وخلال زيارة إلى إندونيسيا، قال الرئيس إن بلاده تدعم الحل."
    assert news_arg(text, "زيارة") == "رجب طيب أردوغان"


def test_a_meeting_with_a_genitive_of_its_own_is_not_the_clause_subjects() -> None:
    text = TURKISH + "خلال اجتماع وزراء الخارجية العرب."
    assert news_arg(text, "اجتماع") == "وزراء الخارجية"


def test_a_visit_during_a_reception_is_the_guests() -> None:
    text = "استقبل الملك سلمان بن عبدالعزيز الرئيس المصري عبدالفتاح السيسي خلال زيارة إلى الرياض."
    assert news_arg(text, "زيارة") == "عبدالفتاح السيسي"


def test_an_announced_masdar_with_a_pronoun_is_the_announcers_act() -> None:
    text = "أعلن تنظيم داعش عبر حسابات تابعة له، سيطرته الكاملة على مدينة تدمر."
    assert news_arg(text, "سيطرته") == "تنظيم داعش"


def test_a_pronoun_that_disagrees_with_the_announcer_takes_none() -> None:
    assert news_arg("أعلنت الحكومة السورية، في بيان، سيطرته على مدينة تدمر.", "سيطرته") == ""


def test_a_condemned_act_is_not_the_condemners() -> None:
    assert news_arg("أدان وزير الخارجية السعودي عادل الجبير بشدة هجومه على مدينة عدن.", "هجومه") == ""


def test_a_meeting_inside_a_clause_with_its_own_subject_is_not_the_speakers() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير إن الرئيسين بحثا التعاون خلال اللقاء الثنائي."
    # round mend618: not the speaker; the clause's own dual subject («الرئيسين», who talk, round ev618) is its party
    assert news_arg(text, "اللقاء") == "الرئيسين"


def test_a_meeting_inside_a_clause_of_the_same_speaker_is_his() -> None:
    text = "وقال وزير الخارجية السعودي عادل الجبير إنه بحث التعاون خلال لقاء مع نظيره."
    assert news_arg(text, "لقاء") == "عادل الجبير"
