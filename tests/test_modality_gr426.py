"""Round gr426: acts told in a case put, not as facts, and acts a question takes for granted. The concessive
«حتى وإن» («حتى وإن كانوا متورطين في ... استهداف المدنيين») puts a case (hypothetical, ``conditional`` words); with
«كان ... قد» it grants a fact (`events.modality_links.granted_if`). Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_event


def _modality(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].modality  # type: ignore[no-any-return]


# -- «حتى وإن»: even if -------------------------------------------------------------------------------------------


def test_act_in_a_concessive_even_if_is_hypothetical() -> None:
    text = "وقال الوزير إن المتهمين سيحاكمون محاكمة عادلة حتى وإن كانوا متورطين في عملية تدمير البلاد واستهداف المدنيين."
    assert _modality(text, "واستهداف") == "hypothetical"
    text = "وأكد أن الحكومة ستواصل الحوار حتى إن كانت المعارضة تهاجم مواقع الجيش."
    assert _modality(text, "تهاجم") == "hypothetical"


def test_counter_even_if_granting_a_fact_or_no_even_if() -> None:
    # «كان ... قد» + a perfect: what is granted is told; and the same act with no «حتى وإن» is told
    text = "وقال إنه يستبعد خروج اليونان، حتى وإن كانت الحكومة قد هاجمت المفوضية."
    assert _modality(text, "هاجمت") in ("asserted", "reported")
    text = "وقال الوزير إن المتهمين متورطون في عملية تدمير البلاد واستهداف المدنيين."
    assert _modality(text, "واستهداف") in ("asserted", "reported")
