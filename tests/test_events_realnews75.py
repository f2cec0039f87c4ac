"""Round 75 of real news: wrong parties (precision). A word spelt as a past verb right after a preposition that
governs only nouns is a masdar («في رفضها»): it carries no actor from before unless a pronoun on it agrees with
him (1st/2nd person: the speaker's act); a masdar whose pronoun is its doer (its object in «لـ») keeps no source
named before that the pronoun does not agree with; a craft in the genitive of a noun act of force is who struck,
never the one struck. A null is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg


def test_a_masdar_pronoun_that_disagrees_carries_no_speaker() -> None:
    # «ـها» does not stand for the man who speaks
    text = "وقال رئيس الوزراء العراقي حيدر العبادي في رفضها للخطة إن الحكومة لن تتراجع."
    assert news_arg(text, "رفضها", "source") == ""


def test_a_masdar_pronoun_that_agrees_keeps_the_speaker() -> None:
    text = "وقال رئيس الوزراء العراقي حيدر العبادي في رفضه للخطة إن الحكومة لن تتراجع."
    assert news_arg(text, "رفضه", "source") == "حيدر العبادي"


def test_a_masdar_with_no_pronoun_after_a_preposition_carries_no_speaker() -> None:
    # the minister tells of his country's strikes; he does not strike
    text = "وقال وزير الدفاع البريطاني مايكل فالون إن بلاده ستستخدم طائرات حديثة في شن الضربات حتى العام المقبل."
    assert news_arg(text, "شن", "source") == ""


def test_a_masdar_with_a_second_person_pronoun_is_the_speakers_act() -> None:
    text = "وقال القيادي في التنظيم أبو عمر الليبي: «لن نرحمكم وسنجد المتعة في ذبحكم»."
    assert news_arg(text, "ذبحكم", "source") == "أبو عمر الليبي"


def test_a_craft_in_the_genitive_of_an_act_of_force_is_who_struck() -> None:
    text = "وتحدث السكان عن استهداف طائرات التحالف مواقع التنظيم في القرية."
    assert news_arg(text, "استهداف", "source") == "طائرات التحالف"
    assert news_arg(text, "استهداف", "target") == ""


def test_gunmen_in_the_genitive_of_targeting_are_still_its_target() -> None:
    text = "وتحدث السكان عن استهداف مسلحين في القرية."
    assert news_arg(text, "استهداف", "target") == "مسلحين"
    assert news_arg(text, "استهداف", "source") == ""
