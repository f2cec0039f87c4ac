"""Round gr426: acts told in a case put, not as facts, and acts a question takes for granted. The concessive
«حتى وإن» («حتى وإن كانوا متورطين في ... استهداف المدنيين») puts a case (hypothetical, ``conditional`` words); with
«كان ... قد» it grants a fact (`events.modality_links.granted_if`). A definite act noun opening the clause a
question is about («هل هذا يعني أن زيارة لافروف ... لم تحدث فرقا؟») is granted, not asked (`events.asked_acts`).
A verb read in a place of a list of places («ولحج وعدن») is no act (`events.listed_places`). Hand-made sentences
(paraphrases of news usage)."""

from __future__ import annotations

import rasd
from conftest import news_event


def _modality(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].modality  # type: ignore[no-any-return]


# -- «حتى وإن»: even if -------------------------------------------------------------------------------------------


def test_act_in_a_concessive_even_if_is_hypothetical() -> None:
    text = "وقال الوزير إن المتهمين سيحاكمون حتى وإن كانوا متورطين في عملية تدمير البلاد واستهداف المدنيين."
    assert _modality(text, "واستهداف") == "hypothetical"
    text = "وأكد أن الحكومة ستواصل الحوار حتى إن كانت المعارضة تهاجم مواقع الجيش."
    assert _modality(text, "تهاجم") == "hypothetical"


def test_counter_even_if_granting_a_fact_or_no_even_if() -> None:
    # «كان ... قد» + a perfect: what is granted is told; and the same act with no «حتى وإن» is told
    text = "وقال إنه يستبعد خروج اليونان، حتى وإن كانت الحكومة قد هاجمت المفوضية."
    assert _modality(text, "هاجمت") in ("asserted", "reported")
    text = "وقال الوزير إن المتهمين متورطون في عملية تدمير البلاد واستهداف المدنيين."
    assert _modality(text, "واستهداف") in ("asserted", "reported")


# -- a question takes its clause's definite subject for granted -----------------------------------------------------


def test_definite_act_opening_the_clause_asked_about_is_told() -> None:
    text = "هل هذا يعني أن زيارة لافروف إلى قطر التي حظيت باهتمام المراقبين لم تحدث فرقا في الأزمة السورية؟"
    assert _modality(text, "زيارة") in ("asserted", "reported")
    text = "فهل يمكنك أن تخبرنا بما تمت مناقشته؟ أو هل كانت المحادثات مقتصرة على الخلافات السياسية؟"
    assert _modality(text, "المحادثات") in ("asserted", "reported")


def test_counter_act_asked_whether_it_happens_or_indefinite_or_object() -> None:
    # said to take place: whether it happens is asked; an indefinite act; the object of the verb asked about
    assert _modality("هل يعني ذلك أن الزيارة لن تتم؟", "الزيارة") == "hypothetical"
    assert _modality("هل يعني ذلك أن الهجوم على المدينة بات وشيكا؟", "الهجوم") == "hypothetical"
    assert _modality("وتساءل: هل يعني هذا أن هجوما سيشنه الجيش على المدينة؟", "هجوما") == "hypothetical"
    assert _modality("هل ستميل قيادة طالبان الجديدة إلى مفاوضات السلام؟", "مفاوضات") == "hypothetical"
    assert _modality("هل كانت المحادثات ستعقد في جنيف؟", "المحادثات") == "hypothetical"


# -- «من المرجح أن»: likely to take place ----------------------------------------------------------------------------


def test_act_likely_to_take_place_is_planned() -> None:
    text = "وقال الوزير: «ومن المرجح أن تجري المشاورات في نيويورك قبل انعقاد الجمعية العامة»."
    assert _modality(text, "المشاورات") == "planned"
    assert _modality("ومن الأرجح أن يزور الرئيس القاهرة.", "يزور") == "planned"


def test_counter_act_told_or_past_a_clause_of_likelihood() -> None:
    assert _modality("وقال الوزير إن المشاورات جرت في نيويورك.", "المشاورات") in ("asserted", "reported")
    text = "ومن المرجح أن ترتفع الأسعار، بينما عقد الوزير اجتماعا مع نظيره أمس."
    assert _modality(text, "اجتماعا") in ("asserted", "reported")


# -- a place in a list of places read as a verb (events.listed_places) -------------------------------------------


def _triggers(text: str) -> list[str]:
    return [e["trigger"]["text"] for e in rasd.analyze(text, date="2015-08-01").to_dict()["events"]]


def test_place_in_a_list_of_places_is_no_verb() -> None:
    text = "وتعد القاعدة نقطة ارتكاز تلتقي فيها إمدادات محافظات تعز والضالع ولحج وعدن، فالقاعدة منفذ حيوي."
    assert "وعدن" not in _triggers(text)


def test_counter_the_verb_not_after_a_place_is_an_act() -> None:
    # «ووعدن الأمهات»: the verb, no place before it
    text = "وخرجت الأمهات في المسيرة وعدن بمواصلة الاحتجاج حتى الإفراج عن أبنائهن."
    assert "وعدن" in _triggers(text)
