"""Event triggers on constructions of real news, round 22: clitic misreadings («وعدتها تصريحات» is «عدّ», «وعدت
إلى» is «عاد»; «جولات» with no place is a round of talks), a surname that is a verb form («سمير التقي»), figurative
uses (a heart wounded, «نيران الأسعار», an abstract subject holding, «تستهدف إحداث», a market push), generic nouns
(«التصريحات» alone, «أدلة الإدانة», «مراكز الاعتقال», «أثناء الاحتجاز»), the held state «تحت سيطرت» (ت for ة)
and «وهو ما أكده» (a relative «ما», no negation)."""

from __future__ import annotations

import rasd


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = rasd.analyze(text)
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events]


def _codes(text: str) -> list[str]:
    return [c for c, _, _ in _events(text)]


def test_wa_adda_and_wa_aada_are_no_promise() -> None:
    assert "030" not in _codes("أدانت الرابطة تصريحات الوزير وعدتها تصريحات تغذي الكراهية.")
    assert "030" not in _codes("وعدت إلى مكتبي بعد انتهاء الجلسة.")
    assert "030" in _codes("ووعدتهم الحكومة بتوفير السكن.")
    assert "030" in _codes("وعد الرئيس الناخبين بخفض الضرائب.")


def test_rounds_with_no_place_are_talks() -> None:
    assert "046" in _codes("وكانت جولات المبعوث الدولي قد فشلت في تحقيق اختراق.")
    assert "042" not in _codes("وكانت جولات المبعوث الدولي قد فشلت في تحقيق اختراق.")
    assert "042" in _codes("بدأ الوزير جولات في المنطقة العربية أمس.")


def test_a_surname_that_is_a_verb_form_is_no_meeting() -> None:
    assert "040" not in _codes("قال الباحث سمير التقي إن الوضع معقد.")
    assert "040" in _codes("التقى الوزير نظيره الفرنسي في باريس أمس.")


def test_figurative_wounds_fires_seizures_aims_and_attacks() -> None:
    assert _codes("لقد جرح قلبنا جميعا بهذا الخبر.") == []
    assert "190" not in _codes("إن وجود التنظيم في ليبيا أصاب دول الجوار بالقلق.")
    assert "190" in _codes("أصاب المسلحون ثلاثة جنود في الهجوم.")
    assert "190" not in _codes("يعاني المواطنون من نيران الأسعار في الأسواق.")
    assert "192" not in _codes("وهي نفسية سيطر عليها انعدام الثقة في الآخرين.")
    assert "192" in _codes("سيطر المسلحون على المدينة أمس.")
    assert "190" not in _codes("وتستهدف الحكومة إحداث تغيير في الاقتصاد.")
    assert "195" in _codes("وتستهدف الطائرات مواقع التنظيم في الرقة.")  # (round ev996: aircraft attack, 195)
    assert "190" not in _codes("تخلت الشركة عن هجومها على الهواتف الذكية في العام الماضي.")
    assert "190" in _codes("شن المسلحون هجوما على مركز للشرطة أمس.")


def test_generic_nouns_are_no_events() -> None:
    assert "111" not in _codes("وتواصل النيابة جمع أدلة الإدانة لإعداد التقرير.")
    assert "173" not in _codes("وكانت مراكز الاعتقال منتشرة في البلاد.")
    assert "173" not in _codes("وتوفي السجين أثناء الاحتجاز في السجن.")
    assert "173" in _codes("اعتقلت الشرطة خمسة أشخاص أمس.")
    assert "010" not in _codes("وأثارت التصريحات جدلا واسعا في البلاد.")
    assert "010" in _codes("وأدلى الوزير بتصريحات للصحافيين أمس.")


def test_under_control_with_a_ta_typo_is_a_held_state() -> None:
    assert "192" not in _codes("وكانت المعارك تدور في الجبهة التي أصبحت الآن تحت سيطرت المقاومة.")
    assert "192" in _codes("وسيطرت المقاومة على المدينة أمس.")


def test_wa_huwa_ma_is_a_relative_no_negation() -> None:
    assert ("010", "أكده", "asserted") in _events("وجرى الحوار في أجواء إيجابية، وهو ما أكده الوزير في مؤتمر صحافي.")
    assert ("010", "يؤكد", "negated") in _events("ولم يؤكد الوزير الخبر.")
