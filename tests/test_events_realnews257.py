"""Event arguments on constructions of real news, round 257: an indefinite subject with «من» + the head word of a
body and its name in brackets or quotes («اقتحم مسلحون من تنظيم (داعش) مركزا للشرطة») stands for the body, as
it does where the name follows the head with no bracket: the verb is active, the body its source and the phrase
after the closing bracket its object; a name in brackets after a word that heads no body does not."""

from __future__ import annotations

from conftest import news_arg


def test_a_name_in_brackets_after_tanzim_is_the_doer_not_the_passive_patient() -> None:
    text = "اقتحم مسلحون من تنظيم (داعش) مركزا للشرطة شمال المدينة."
    assert "داعش" in news_arg(text, "اقتحم")
    assert news_arg(text, "اقتحم", "target").startswith("مركزا")  # (not «مسلحون», a passive's patient)


def test_a_name_in_brackets_after_haraka_is_the_doer() -> None:
    text = "وهاجم مسلحون من حركة (الشباب) قاعدة عسكرية في الإقليم."
    assert news_arg(text, "وهاجم") == "الشباب"
    assert news_arg(text, "وهاجم", "target") == "قاعدة عسكرية"


def test_the_killing_clause_takes_the_bracketed_group_as_its_doer() -> None:
    text = "وقتل خمسة جنود أمس، عندما اقتحم متشددون من تنظيم (داعش) نقطة تفتيش للجيش."
    assert "داعش" in news_arg(text, "اقتحم")
    assert news_arg(text, "اقتحم", "target") != "متشددون"


def test_a_place_in_brackets_after_a_word_of_place_is_no_doer() -> None:
    # «من مدينة (الفلوجة)»: where the men come from, no body; not read as the doer
    text = "اقتحم مسلحون من مدينة (الفلوجة) مركزا للشرطة."
    assert "الفلوجة" not in news_arg(text, "اقتحم")


# -- «قتل وجرح + count»: the pair's patient is the count right after it ------------------------------------------

def test_killed_and_wounded_take_the_count_after_the_pair_not_a_later_clauses() -> None:
    text = ("من جهة أخرى، قتل وجرح نحو 25 مسلحا من عناصر جبهة النصرة في ريف حلب، حيث أفادت مصادر محلية أن 4 "
            "مسلحين على الأقل قتلوا وأصيب 21 آخرون.")
    assert news_arg(text, "قتل", "target") == "جبهة النصرة"  # (not «4 مسلحين» of the clause after «أن»)


def test_a_pair_with_a_verb_of_arrest_keeps_its_subject() -> None:
    # counter-case: «واعتقل» is no passive of wounding: the phrase after the pair is the subject, as before
    text = "قتل واعتقل الجيش 20 مسلحا في المدينة."
    assert news_arg(text, "قتل") == "الجيش"


def test_a_plural_verb_keeps_its_patient_before_it() -> None:
    # counter-case: «أن 4 جنود قتلوا وأصيب 15»: the soldiers before the plural verb are the killed; the count after
    # the pair is the wounded
    text = "وأعلن الجيش أمس أن 6 جنود قتلوا وأصيب 12 في المعارك شرق البلاد."
    assert news_arg(text, "قتلوا", "target") == "6 جنود"


# -- «قامت الشرطة، بحسب المصادر، باعتقال»: an aside of attribution between the subject and the act ---------------

def test_an_aside_of_attribution_leaves_the_subject_the_doer() -> None:
    text = "وقامت الشرطة، بحسب شهود عيان، باعتقال ثلاثة ناشطين في المدينة."
    assert news_arg(text, "باعتقال") == "الشرطة"


def test_an_aside_with_wafqan_leaves_the_subject_the_doer() -> None:
    text = "وقامت قوات الأمن، وفقا لمصادر محلية، بمداهمة منازل في القرية."
    assert news_arg(text, "بمداهمة") == "قوات الأمن"


def test_an_aside_with_a_second_comma_inside_is_no_attribution() -> None:
    # counter-case: «، وبحسب شهود، والجيش،»: more than an aside between the commas; no doer read past it
    text = "وقال الوزير إن الحكومة قامت، وبحسب شهود، والجيش، بقصف القرية."
    assert news_arg(text, "بقصف") == ""
