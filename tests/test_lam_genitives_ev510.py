"""Round ev510: a bare masdar of force or disapproval with a genitive of people after it and then a «لـ» object:
the genitive is the doer, the «لـ» phrase the one acted on («إحراق مستوطنين يهود للرضيع», «قصف الطائرات
للمدنيين»: events/lam_objects.lam_genitives). Hand-made sentences."""

from __future__ import annotations

from conftest import news_arg


def test_indefinite_people_genitive_is_doer() -> None:
    text = "وأدان الوزير إحراق مستوطنين يهود للطفل الفلسطيني في قرية قرب نابلس."
    assert news_arg(text, "إحراق", "source") == "مستوطنين يهود"
    assert news_arg(text, "إحراق", "target") == "للطفل الفلسطيني"


def test_definite_arms_genitive_split_from_lam_object() -> None:
    text = "واستمر قصف الطائرات للمدنيين في ريف حلب أمس."
    assert news_arg(text, "قصف", "source") == "الطائرات"
    assert news_arg(text, "قصف", "target") == "للمدنيين"


def test_force_genitive_named_source() -> None:
    text = "واستنكر البيان اعتقال قوات الأمن للناشطين في العاصمة."
    assert news_arg(text, "اعتقال", "source") == "قوات الأمن"
    assert news_arg(text, "اعتقال", "target") == "للناشطين"


def test_definite_trigger_lam_is_doer_not_object() -> None:
    text = "وأكد الجيش أن الهجوم الأخير لداعش على المدينة فشل."
    assert news_arg(text, "الهجوم", "source") != "الأخير"
    assert news_arg(text, "الهجوم", "target") != "داعش"


def test_lam_of_time_is_no_object() -> None:
    # «لليوم الثالث» is a time, not the object: since session 55 (a group head and its people's plural are one
    # body, round ev987) the genitive before it is the doer, and the object after it the target.
    text = "وأدان الوزير إحراق مستوطنين يهود لليوم الثالث منازل القرية."
    assert news_arg(text, "إحراق", "source") == "مستوطنين يهود"
    assert "اليوم" not in news_arg(text, "إحراق", "target")


def test_genitive_doer_before_a_time_is_not_the_one_burnt() -> None:
    text = "وأدان الوزير إحراق مستوطنين يهود لليوم الثالث منازل القرية."
    assert news_arg(text, "إحراق", "target") != "مستوطنين"


def test_lam_of_purpose_is_no_object() -> None:
    text = "وأدان البيان قصف الطائرات لمواجهة المسلحين."
    assert news_arg(text, "قصف", "source") == ""
