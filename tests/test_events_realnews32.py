"""Event arguments on constructions of real news, round 32: a masdar owned by a pronoun right after the subject of
a verb of denying or announcing is that subject's own act («ونفى الجيش استهدافه»); «فرض» is a light verb of force
whose subject lays the siege («أن حكومة الخرطوم تفرض حصارا»)."""

from __future__ import annotations

from conftest import news_arg


def test_an_owned_masdar_after_a_denying_verb_is_the_subjects_act() -> None:
    assert news_arg("ونفى الجيش استهدافه أي قرية في المنطقة.", "استهدافه") == "الجيش"
    assert news_arg("ونفت الشرطة اعتقالها المحتجين.", "اعتقالها") == "الشرطة"


def test_an_owned_masdar_whose_pronoun_disagrees_with_the_verb_is_someone_elses() -> None:
    # «ها» of a masculine verb's subject stands for someone else
    assert news_arg("ونفى المتحدث اعتقالها أمس.", "اعتقالها") != "المتحدث"


def test_the_subject_of_imposing_a_siege_lays_it() -> None:
    text = "وقال المتمردون إن حكومة الخرطوم تفرض حصارا على مناطقهم."
    assert news_arg(text, "حصارا") == "الخرطوم"
