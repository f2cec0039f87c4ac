"""Round tm419: an act a negated verb of permitting does not let happen is negated
(`events.modality_denied.unpermitted`): «لن يسمح للتنظيمات الكردية بالسيطرة», and the «لـ» masdar of purpose past
the «بـ» masdar not allowed («باستغلال العملية العسكرية للسيطرة»). Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_event


def _modality(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].modality  # type: ignore[no-any-return]


def test_purpose_of_an_act_not_allowed_is_negated() -> None:
    text = "وأكد أنه لن يسمح للتنظيمات الكردية باستغلال العملية العسكرية للسيطرة على المناطق التي يخرج منها التنظيم."
    assert _modality(text, "للسيطرة") == "negated"


def test_act_not_allowed_past_a_two_word_lam_phrase_is_negated() -> None:
    assert _modality("وقال إن تركيا لن تسمح للتنظيمات الكردية بمهاجمة القرى الحدودية.", "بمهاجمة") == "negated"
    assert _modality("وأكد أنه لن يسمح للتنظيمات الكردية بالسيطرة على المناطق.", "بالسيطرة") == "negated"


def test_counter_an_act_allowed_is_not_negated() -> None:
    # no negation: the authorities let them; and a negation of another verb before the permitting one
    assert _modality("وسمحت السلطات للتنظيمات الكردية بالسيطرة على المناطق.", "بالسيطرة") != "negated"
    text = "ولم تعلق الحكومة، فيما سمحت السلطات للتنظيمات الكردية بمهاجمة القرى الحدودية."
    assert _modality(text, "بمهاجمة") != "negated"


# -- events.planned_for.prepared_after: «جولة جديدة من المشاورات يجري التحضير لها» ------------------------------------


def test_act_with_its_preparation_told_after_it_is_planned() -> None:
    text = "وأشار إلى جولة جديدة من المشاورات يجري التحضير لها في موسكو."
    assert _modality(text, "جولة") == "planned"
    assert news_event(text, "جولة")[1].date is None


def test_counter_act_begun_or_preparation_of_another_is_not_planned() -> None:
    assert _modality("وبدأت أمس جولة جديدة من المفاوضات في جنيف.", "جولة") != "planned"
    # the preparation is for another act, named after it: no pronoun pointing back to the meeting
    assert _modality("وبحث الاجتماع الوزاري التحضير للقمة المقبلة.", "الاجتماع") != "planned"
