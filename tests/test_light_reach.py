"""Round ev435: a light verb's reach to its act of force counts words, not the punctuation and time words set
between them («شنت القوات الموالية للحكومة اليمنية المعترف بها دوليا، اليوم (الاثنين)، هجوما»: the forces are the
source, 14 tokens back; events.light_subjects._counted_words). Hand-made sentences (paraphrases of the 347) with
counter-cases where the verb is as far in words."""

from __future__ import annotations

from conftest import news_arg


def test_subject_of_a_light_verb_past_a_parenthetical_time() -> None:
    text = ("شنت القوات الموالية للحكومة اليمنية المعترف بها دوليا، اليوم (الاثنين)، هجوما واسعا لاستعادة قاعدة "
            "العند الجوية من المتمردين الحوثيين.")
    assert "القوات الموالية للحكومة اليمنية" in news_arg(text, "هجوما")


def test_light_verb_noun_far_in_words_is_no_source() -> None:
    # counter-case: «فرض» here a noun, 13 words before the torture, which the verb «يستخدمونه» governs
    text = ("ولن يكون عليهم فرض أو إجبار كما يفعلون مع المعتقلين من المدنيين والعسكريين، وما يستخدمونه من تعذيب "
            "للاعتراف بأعمال لم يقترفوها.")
    assert "العسكريين" not in news_arg(text, "تعذيب")


def test_light_verb_with_its_own_act_leaves_a_far_one() -> None:
    # counter-case: «نفذ» governs «عمليات»; the assault of a later clause is 13 words on
    text = ("ونفذ ثلاثة منهم عمليات انتحارية على حواجز الشمالي والفرن والنادي، وتبع ذلك دخول عناصر الاقتحام "
            "وتمشيط المدينة.")
    assert "الفرن" not in news_arg(text, "الاقتحام")
