"""Round ev416: a count opened by an approximator («نحو 30», «أكثر من 20») is the object it counts, not a phrase of
the preposition «نحو» (towards) or «من» (``events.approximated``, ``events.quantified.counted_gap``); a count in «و»
with its passive of wounding after a killing verb («قتلوا ومئات جرحوا») makes the killing passive too
(``events.vso.passive_pair``)."""

from __future__ import annotations

from conftest import news_arg


def test_a_verb_object_after_nahw() -> None:
    text = "واعتقلت الشرطة نحو 30 شخصا في المدينة أمس."
    assert news_arg(text, "واعتقلت", "target").startswith("30 شخصا")


def test_a_verb_object_after_akthar_min() -> None:
    text = "ويؤكد الجيش التركي أنه قتل أكثر من 260 مقاتلا كرديا في عملياته."
    assert news_arg(text, "قتل", "target") == "260 مقاتلا كرديا"


def test_a_masdar_object_after_akthar_min() -> None:
    text = "ذكرت وزارة الداخلية أمس أنها تمكنت من اعتقال أكثر من 20 عنصرا يشتبه بانضمامهم إلى تنظيمات متشددة."
    assert news_arg(text, "اعتقال", "target").startswith("20 عنصرا")


def test_a_comparative_after_a_preposition_is_left_to_its_preposition() -> None:
    # counter-case: «بأكثر من» (with more than) names the means, no one struck
    text = "وقصفت الطائرات المدينة بأكثر من 20 صاروخا."
    assert "صاروخا" not in news_arg(text, "وقصفت", "target")


def test_a_comparative_after_a_preposition_of_the_frame_is_its_count() -> None:
    # counter-case: «على أكثر من» keeps «على»: the place counted is the seizure's object (quantified.counted_object)
    text = "وأعلنت المقاومة سيطرتها على أكثر من ثلاثة أرباع تعز بعد معارك عنيفة."
    assert news_arg(text, "سيطرتها", "target") == "تعز"


def test_killed_and_hundreds_wounded_is_passive() -> None:
    text = "أكدت الوكالة أن نحو 260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا ومئات جرحوا، خلال أسبوع من الغارات."
    assert news_arg(text, "قتلوا", "source") == ""
    assert news_arg(text, "قتلوا", "target") == "حزب العمال الكردستاني"


def test_killed_and_wounded_with_an_object_stays_without_the_count_rule() -> None:
    # counter-case: no count in «و» before the verb of wounding: the rule of ev416 reads nothing here
    text = "أكدت الوكالة أن المسلحين قتلوا ثلاثة جنود في الهجوم."
    assert news_arg(text, "قتلوا", "target") != "المسلحين"
