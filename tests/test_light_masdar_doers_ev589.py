"""Round ev589: an unnamed force written right after a noun act is its doer: the doer genitive of a light masdar
(«تنفيذ الطيران الحربي عدة غارات»: events/light_masdar_doers) and the doer genitive of a masdar before a «لـ» object
in construct («استهداف الطيران الحربي النظامي لقرى سهل الغاب»: events/lam_objects). Hand-made sentences."""

from __future__ import annotations

from conftest import news_arg


def test_light_masdar_doer_past_counting_word() -> None:
    text = "قتل خمسة مدنيين جراء تنفيذ الطيران الحربي عدة غارات على بلدة كفرنبل في ريف إدلب."
    assert news_arg(text, "غارات", "source") == "الطيران الحربي"


def test_light_masdar_force_doer() -> None:
    text = "وسقط قتلى بعد شن قوات النظام هجوما على بلدة في ريف حماة أمس."
    assert news_arg(text, "هجوما", "source") == "قوات النظام"


def test_light_masdar_without_doer_gives_none() -> None:
    text = "قتل خمسة مدنيين جراء تنفيذ عدة غارات على بلدة كفرنبل في ريف إدلب."
    assert news_arg(text, "غارات", "source") == ""


def test_construct_lam_object_after_force_genitive() -> None:
    text = "وأدان الائتلاف استهداف الطيران الحربي النظامي لقرى سهل الغاب في ريف حماة."
    assert news_arg(text, "استهداف", "source") == "الطيران الحربي النظامي"
    assert news_arg(text, "استهداف", "target") == "سهل الغاب"


def test_construct_lam_object_with_definite_genitive() -> None:
    text = "وقتل عشرة أشخاص بعد قصف قوات النظام لمواقع المعارضة في حلب."
    assert news_arg(text, "قصف", "source") == "قوات النظام"
    assert news_arg(text, "قصف", "target") == "مواقع المعارضة"


def test_patient_genitive_is_no_doer() -> None:
    text = "وأدان الوزير استهداف المدنيين في حمص."
    assert news_arg(text, "استهداف", "source") != "المدنيين"
    assert news_arg(text, "استهداف", "target") == "المدنيين"


def test_object_genitive_without_lam_stays() -> None:
    text = "واستمر قصف الطيران في المنطقة."
    assert news_arg(text, "قصف", "target") == ""
