"""Round ev477: the object of a noun act whose doer is the pronoun on it, told by a glued «لـ» right after it
(«قصفها للأحياء السكنية», «انتقاداتها للقاعدة العسكرية»: events/lam_objects.py). Hand-made sentences."""

from __future__ import annotations

from conftest import news_arg


def test_shelling_after_aspect_verb_takes_lam_phrase() -> None:
    text = "وقال شهود إن الميليشيات واصلت لليوم الثالث على التوالي قصفها للأحياء السكنية في المدينة."
    assert news_arg(text, "قصفها", "target") == "للأحياء السكنية"
    assert news_arg(text, "قصفها", "source") == "الميليشيات"


def test_shelling_lam_named_town_replaces_pronoun_reading() -> None:
    # «قصفها» after «واصلت» is a masdar whose «ـها» is its doer: the town after «لـ» is shelled, not a body before.
    text = "وانتقدت الجبهة الشعبية الحكومة. وواصلت الميليشيات قصفها لمدينة تعز."
    assert news_arg(text, "قصفها", "target") == "تعز"


def test_criticism_noun_with_pronoun_takes_unnamed_lam_object() -> None:
    text = "وتواصل أحزاب المعارضة انتقاداتها للقاعدة العسكرية الأجنبية في البلاد."
    assert news_arg(text, "انتقاداتها", "target") == "للقاعدة العسكرية الأجنبية"


def test_lam_of_time_is_no_object() -> None:
    text = "وواصلت القوات الحكومية قصفها لليوم الثالث على التوالي."
    assert news_arg(text, "قصفها", "target") != "لليوم الثالث"
    text = "وقالت الشرطة إن اعتقاله لمدة أسبوعين جاء بأمر من النيابة."
    assert news_arg(text, "اعتقاله", "target") == ""


def test_lam_of_purpose_is_no_object() -> None:
    text = "وانتقد المحامي اعتقالهم لعدم وجود أدلة كافية."
    assert news_arg(text, "اعتقالهم", "target") == ""


def test_noun_without_pronoun_keeps_lam_as_doer() -> None:
    # «الهجوم الأخير لتنظيم داعش»: with no pronoun on the noun, «لـ» tells who attacked, no target.
    text = "وأكد الجيش أن الهجوم الأخير لتنظيم داعش فشل في تحقيق أهدافه."
    assert news_arg(text, "الهجوم", "target") != "تنظيم داعش"
