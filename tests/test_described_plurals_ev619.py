"""Round ev619: descriptive-clause subjects (صفة) with a broken plural of things or a masculine perfect.

An indefinite phrase closed by its adjective is the subject of the agreeing verb right after it: a plural of things
with a feminine adjective takes a feminine singular verb («تقارير صحفية اتهمت»), a masculine head a masculine perfect
(«وفد رفيع زار»). A plural of people keeps its plural verb (``subjects.subject_before``).
"""

from __future__ import annotations

from conftest import news_arg


def _event(text: str, trigger: str) -> tuple[str, str]:
    return news_arg(text, trigger), news_arg(text, trigger, "target")


def test_broken_plural_of_things_with_feminine_verb() -> None:
    src, tgt = _event("وكانت تقارير صحفية اتهمت الحكومة بالفساد.", "اتهمت")
    assert src == "تقارير صحفية"
    assert tgt == "الحكومة"


def test_broken_plural_object_of_verb_before() -> None:
    # the indefinite object of «نشرت» is described by the clause after it: the reports accused
    src, tgt = _event("ونشرت الصحيفة تقارير صحفية اتهمت الحكومة بالفساد.", "اتهمت")
    assert src == "تقارير صحفية"
    assert tgt == "الحكومة"


def test_masculine_head_with_masculine_perfect() -> None:
    src, tgt = _event("وفد رفيع زار القاهرة الأسبوع الماضي.", "زار")
    assert src == "وفد رفيع"
    assert tgt == "القاهرة"


def test_masculine_perfect_describes_object_of_verb_before() -> None:
    # the indefinite object of «استقبلت» is the subject of the clause that describes it
    src, tgt = _event("واستقبلت الرياض أمس وفدا رفيعا زار البلاد لبحث الأزمة.", "زار")
    assert src == "وفدا رفيعا"
    assert news_arg("واستقبلت الرياض أمس وفدا رفيعا زار البلاد لبحث الأزمة.", "واستقبلت") == "الرياض"


def test_plural_of_people_with_plural_verb() -> None:
    src, tgt = _event("مسلحون مجهولون هاجموا نقطة تفتيش في سيناء.", "هاجموا")
    assert src == "مسلحون مجهولون"
    assert tgt == "نقطة تفتيش"


def test_masculine_verb_after_plural_of_things_disagrees() -> None:
    # counter-case: «اتهم» is no verb of «تقارير صحفية» (which takes «اتهمت»); its subject is «الوزير»
    assert _event("وكانت تقارير صحفية اتهم الوزير فيها الحكومة بالفساد.", "اتهم")[0] == "الوزير"

