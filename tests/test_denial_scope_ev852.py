"""Round ev852: a verb of denying negates the act it governs past a subject of any length, as long as that subject is
one noun phrase (`events.modality_denied.denied_over_subject`, which replaced the fixed reach of three keys of
``modality._denied``): «ونفى المتحدث باسم الجيش أن تكون الطائرات قد قصفت», «نفى صحة التقارير عن قصف», «نفى قيام
الطائرات بقصف»; and an act in the «بأن» clause of a claim noun with no falsity word is reported
(`events.modality_denied.claimed`). Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_event


def _modality(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].modality  # type: ignore[no-any-return]


def test_denial_past_a_title_phrase_subject_is_negated() -> None:
    assert _modality("ونفى المتحدث باسم الجيش أن تكون الطائرات قد قصفت القرية.", "قصفت") == "negated"
    text = "ونفت المتحدثة باسم وزارة الخارجية الأمريكية أن تكون القوات قد اعتقلت الصحفيين."
    assert _modality(text, "اعتقلت") == "negated"


def test_denial_past_an_apposition_and_a_conjoined_subject_is_negated() -> None:
    text = "ونفى المتحدث باسم وزارة الدفاع الأمريكية، جون كيربي، أن تكون الطائرات قد قصفت القرية."
    assert _modality(text, "قصفت") == "negated"
    text = "نفى وزير الخارجية والمغتربين أن تكون الحكومة قد اعتقلت الصحفيين."
    assert _modality(text, "اعتقلت") == "negated"


def test_short_subject_still_negated() -> None:
    assert _modality("ونفى المتحدث الرسمي أن تكون الطائرات قد قصفت القرية.", "قصفت") == "negated"
    assert _modality("نفى الجيش قيامه بقصف القرية.", "بقصف") == "negated"


def test_denied_truth_of_reports_and_denied_doing_are_negated() -> None:
    assert _modality("نفى الوزير صحة التقارير عن قصف الجيش للقرية.", "قصف") == "negated"
    assert _modality("نفى الوزير صحة التقارير التي تحدثت عن قصف الجيش للقرية.", "قصف") == "negated"
    assert _modality("نفى المتحدث باسم الجيش قيام الطائرات بقصف القرية.", "بقصف") == "negated"


def test_counter_act_after_another_verb_is_not_negated() -> None:
    # «وقال إن»: what the denier says next is reported, not denied (with or without a comma before it)
    assert _modality("نفى الوزير الاتهامات وقال إن القوات قصفت القرية.", "قصفت") == "reported"
    assert _modality("نفى الوزير الاتهامات، وقال إن القوات قصفت القرية.", "قصفت") == "reported"
    # an act after «وأكد» past a denied presence is told, not denied
    assert _modality("نفى المتحدث وجود قوات أجنبية وأكد قصف الجيش للقرية.", "قصف") != "negated"
    # the accusations denied were made
    assert _modality("نفى الوزير صحة الاتهامات.", "الاتهامات") != "negated"


def test_claim_without_falsity_word_is_reported() -> None:
    assert _modality("وتحدثت تقارير عن ادعاءات بأن الجيش قصف القرية.", "قصف") == "reported"


def test_counter_claims_false_or_of_a_future_act_and_plain_facts() -> None:
    assert _modality("وتحدثت تقارير عن ادعاءات كاذبة بأن الجيش قصف القرية.", "قصف") == "negated"
    assert _modality("وتحدثت تقارير عن ادعاءات بأن الجيش سيقصف القرية.", "سيقصف") == "planned"
    assert _modality("قصف الجيش القرية.", "قصف") == "asserted"


def test_counter_a_denied_announcement_leaves_its_claim_reported() -> None:
    # «ما أعلنه X عن أن ...»: the army denies the rebels' claim; the siege they claim is theirs to tell, not denied
    text = "ونفى الجيش ما أعلنه المتمردون عن أن الحكومة تفرض عليهم حصارا."
    assert _modality(text, "حصارا") == "reported"
