"""Round ev916: the act charged with «بـ» after a noun of accusation («اتهام X بقتل», «الاتهامات لـX باستهداف») is
the accused's (X), reported; «نفى X اتهامه بقصف»: the denier is the one accused, the act denied
(``rasd.events.masdar_agents._noun_accused``)."""

from __future__ import annotations

from conftest import news_arg, news_event, news_modality


def test_named_accused_after_the_noun_does_the_killing() -> None:
    text = "وأعلن الادعاء العام اتهام ضابط الشرطة مايكل براون بقتل شاب أعزل في المدينة."
    doc, ev = news_event(text, "بقتل")
    assert ev.code.startswith("19") or ev.code.startswith("18")
    assert news_arg(text, "بقتل") == "مايكل براون"
    assert news_modality(text, "بقتل") == "reported"
    assert news_arg(text, "وأعلن") == "الادعاء العام"  # the announcer keeps its own act


def test_accused_in_lam_after_the_plural_noun() -> None:
    text = "وتصاعدت الاتهامات لقوات النظام باستهداف المدنيين في ريف إدلب."
    assert news_arg(text, "باستهداف") == "قوات النظام"
    assert news_arg(text, "باستهداف", "target") == "المدنيين"
    assert news_modality(text, "باستهداف") == "reported"


def test_accused_after_the_accusers_pronoun() -> None:
    text = "وجددت المعارضة اتهامها لحزب الله بقصف القرى الحدودية."
    assert news_arg(text, "بقصف") == "حزب الله"
    assert news_arg(text, "بقصف", "target") == "القرى الحدودية"
    assert news_modality(text, "بقصف") == "reported"


def test_denied_charge_is_the_deniers_act_negated() -> None:
    text = "ونفى الجيش الإسرائيلي اتهامه بقصف المستشفى في غزة."
    assert news_arg(text, "بقصف") == "الجيش الإسرائيلي"
    assert news_arg(text, "بقصف", "target") == "المستشفى"
    assert news_modality(text, "بقصف") == "negated"
    assert news_arg(text, "ونفى") == "الجيش الإسرائيلي"


def test_genitive_of_plural_accusations_is_the_accuser_not_the_doer() -> None:
    # counter-case: «اتهامات المعارضة بقصف»: the opposition accuses; it is not the one who shelled
    text = "ونفى الجيش اتهامات المعارضة بقصف المستشفى."
    assert news_arg(text, "بقصف") == ""


def test_denied_accusation_by_another_keeps_no_doer() -> None:
    # counter-case: «نفى الجيش اتهام حركة حماس بقصف»: Hamas's charge denied, Hamas is no shelling's doer
    text = "ونفى الجيش الإسرائيلي اتهام حركة حماس بقصف المستشفى."
    assert news_arg(text, "بقصف") == ""
    assert news_modality(text, "بقصف") == "asserted"


def test_charge_of_support_is_not_the_accuseds_attack() -> None:
    # counter-case: «اتهام X بدعم هجمات Y»: X backs the attacks, Y makes them
    text = "ونقلت الصحيفة اتهام واشنطن بدعم هجمات المعارضة المسلحة على دمشق."
    assert news_arg(text, "هجمات") == "المعارضة المسلحة"


def test_levelled_charge_is_the_charged_ones_act() -> None:
    text = "ووجه الادعاء العام تهمة القتل العمد إلى الجندي الأميركي روبرت بيلز."
    assert news_arg(text, "ووجه") == "الادعاء العام"
    assert news_arg(text, "ووجه", "target") == "روبرت بيلز"
    assert news_arg(text, "القتل") == "روبرت بيلز"
    assert news_modality(text, "القتل") == "reported"


def test_charge_named_after_an_arrest_is_left_alone() -> None:
    # counter-case: «اعتقلت X Y بتهمة دعم»: no verb of charging; the arrest keeps its parties and nothing is added
    text = "واعتقلت الشرطة التركية الصحافي أحمد شيك بتهمة دعم تنظيم داعش."
    doc, ev = news_event(text, "واعتقلت")
    assert news_arg(text, "واعتقلت") == "الشرطة التركية"
    assert news_arg(text, "واعتقلت", "target") == "أحمد شيك"
    assert [e.code for e in doc.events] == [ev.code]
