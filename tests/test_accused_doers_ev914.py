"""Round ev914: the act charged in an accusation («اتهم X Y بقصف/بارتكاب/بالوقوف وراء ...») is the accused's (Y), not
the accuser's, and reported (the accuser's word, as a charge); X stays the accusation's source
(``rasd.events.masdar_agents.called_doers``)."""

from __future__ import annotations

from conftest import news_arg, news_event, news_modality


def test_accused_militia_shells_not_the_accuser() -> None:
    text = "وكانت المعارضة السورية قد اتهمت قوات النظام بقصف الغوطة الشرقية بالبراميل المتفجرة."
    assert news_arg(text, "بقصف") == "قوات النظام"
    assert news_arg(text, "بقصف", "target") == "الغوطة الشرقية"
    assert news_modality(text, "بقصف") == "reported"
    assert news_arg(text, "اتهمت") == "المعارضة السورية"
    assert news_arg(text, "اتهمت", "target") == "قوات النظام"


def test_charge_past_doing_words_is_the_accused_act() -> None:
    text = "وتتهم الحكومة الأفغانية حركة طالبان بالوقوف وراء الهجوم على السفارة."
    doc, ev = news_event(text, "الهجوم")
    assert ev.code.startswith("19")
    assert news_arg(text, "الهجوم") == "حركة طالبان"
    assert news_arg(text, "الهجوم", "target") == "السفارة"
    assert news_modality(text, "الهجوم") == "reported"
    assert news_arg(text, "وتتهم") == "الحكومة الأفغانية"


def test_unnamed_accused_phrase_replaces_the_accusers_country() -> None:
    # «الأوكراني» in the accuser's phrase is no doer of the shelling: the separatists are accused of it
    text = "واتهم الجيش الأوكراني الانفصاليين بقصف مواقعه قرب دونيتسك."
    assert news_arg(text, "بقصف") == "الانفصاليين"
    assert news_modality(text, "بقصف") == "reported"
    assert news_arg(text, "واتهم") == "الجيش الأوكراني"


def test_charge_of_no_act_changes_nothing() -> None:
    # counter-case: «بالكذب» is no coded act: the accusation alone, its two sides unchanged
    text = "واتهم رئيس البرلمان العراقي سليم الجبوري الحكومة بالكذب على المواطنين."
    doc, ev = news_event(text, "واتهم")
    assert ev.code == "112"
    assert news_arg(text, "واتهم") == "سليم الجبوري"
    assert news_arg(text, "واتهم", "target") == "الحكومة"
    assert [e.code for e in doc.events] == ["112"]


def test_another_doers_act_in_the_charge_keeps_its_doer() -> None:
    # counter-case: «بدعم هجمات المعارضة»: Washington is accused of backing the attacks, not of making them
    text = "واتهمت الخارجية الروسية واشنطن بدعم هجمات المعارضة المسلحة على دمشق."
    assert news_arg(text, "هجمات") == "المعارضة المسلحة"
    assert news_modality(text, "هجمات") == "asserted"


def test_denied_charge_gets_no_other_party() -> None:
    # counter-case: «نفى اتهامه بقصف»: the accused is the denier, no accusing verb names another doer
    text = "ونفى وزير الدفاع اتهامه بقصف المدنيين في حلب."
    assert news_arg(text, "بقصف") == ""
