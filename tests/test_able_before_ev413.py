"""Round ev413: a noun act right after «من» under a verb of being able that has no subject after it is done by the
verb's subject before it (``events.able_before``): the speaker of «أنها/إنه» right before the verb («ذكرت الوزارة
أنها تمكنت من اعتقال»), else the phrase before it («إن الجيش العراقي تمكن من السيطرة»)."""

from __future__ import annotations

from conftest import news_arg


def test_the_speaker_whose_pronoun_stands_before_the_verb_is_able() -> None:
    text = "ذكرت وزارة الداخلية التونسية أمس الثلاثاء أنها تمكنت من اعتقال أكثر من 20 عنصرا."
    assert news_arg(text, "اعتقال") == "وزارة الداخلية التونسية"
    assert news_arg("وقال الجيش العراقي إنه تمكن من السيطرة على موقع عسكري مهم.", "السيطرة") == "الجيش العراقي"


def test_the_named_subject_before_the_verb_is_able() -> None:
    assert news_arg("وقال إن الجيش العراقي تمكن من السيطرة على موقع عسكري مهم.", "السيطرة") == "الجيش العراقي"


def test_an_unnamed_source_or_a_thing_before_the_verb_does_not_act() -> None:
    # counter-cases: an unnamed source's pronoun («مصادر أمنية ... أنها») names no doer, nor a plan before the verb
    assert news_arg("وأكدت مصادر أمنية أنها تمكنت من اعتقال خمسة متشددين.", "اعتقال") == ""
    assert news_arg("وقال إن الخطة الأمنية تمكنت من السيطرة على الموقع.", "السيطرة") == ""
    # and a time phrase before the verb is no subject
    assert news_arg("وفي عام 2014 تمكنت من السيطرة على المدينة.", "السيطرة") == ""
