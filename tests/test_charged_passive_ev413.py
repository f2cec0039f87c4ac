"""Round ev413: a verb of accusing right after a relative with only its «بـ» charge after it (past a time and a
short «في» phrase) is the unvocalised passive: the antecedent is the one accused, no one accuses
(``events.passive._charged``); with an object after it («الذي اتهم الحكومة بـ») the verb stays active."""

from __future__ import annotations

from conftest import news_arg


def test_the_antecedent_of_a_charge_with_no_object_is_accused() -> None:
    text = "واندلعت مواجهات بين المتمردين والجيش التركي الذي اتهم بعدم حماية السكان المدنيين."
    assert news_arg(text, "اتهم", "target") == "الجيش التركي"
    assert news_arg(text, "اتهم", "source") == ""


def test_past_a_short_fi_phrase() -> None:
    text = "وكان رئيس الاتحاد الروسي فالنتين بالاخنيتشيف الذي اتهم في وثائقي أول بعلاقته بالمنشطات، استقال من منصبه."
    assert news_arg(text, "اتهم", "target") == "فالنتين بالاخنيتشيف"


def test_an_object_after_the_relative_verb_keeps_it_active() -> None:
    # counter-case: the relative verb has its object, the one accused; its antecedent is not
    text = "وقال الرئيس الأميركي باراك أوباما الذي اتهم الحكومة السورية بدعم الإرهاب إن بلاده لن تتراجع."
    assert news_arg(text, "اتهم", "target") == "الحكومة السورية"
    assert news_arg(text, "اتهم", "target") != "باراك أوباما"
