"""Round mo490: an act in a «عندما/حين» clause hanging on a verb of intending or a future verb is planned, even past
a relative clause that stops the modality cue window («يعتزم بحث ... والدور الذي يمكن أن تلعبه إيران عندما
يلتقي»): `events.clause_times.when_planned`. A «عندما» clause with no plan before it and a past
occasion («عندما التقى») stay as they were. Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from conftest import news_event


def _modality(text: str, trigger: str) -> str:
    return news_event(text, trigger)[1].modality  # type: ignore[no-any-return]


def test_meeting_in_when_clause_of_intent_past_a_relative_is_planned() -> None:
    text = ("وقال الوزير إنه يعتزم بحث سبل مواجهة التنظيم في العراق والدور الذي يمكن أن تلعبه تركيا "
            "عندما يلتقي مع نظيره الفرنسي في باريس.")
    assert _modality(text, "يلتقي") == "planned"
    text = ("وذكرت الصحيفة أن الرئيس ينوي طرح المبادرة والخطة التي أعدها فريقه حين يجتمع مع قادة "
            "الأحزاب في العاصمة.")
    assert _modality(text, "يجتمع") == "planned"


def test_when_clause_of_a_future_verb_past_a_relative_is_planned() -> None:
    text = ("وقال المتحدث إن الوزير سيناقش الملفات العالقة والقضايا التي تهم البلدين عندما يزور "
            "القاهرة مع وفد كبير.")
    assert _modality(text, "يزور") == "planned"


def test_counter_no_plan_before_or_past_occasion_unchanged() -> None:
    # no verb of intending nor future before «عندما»: a report stays a report
    text = "وقال الوزير إنه أكد أهمية الدور الذي يمكن أن تلعبه تركيا عندما يلتقي مع نظيره الفرنسي."
    assert _modality(text, "يلتقي") == "reported"
    # a perfect after «عندما»: a past occasion, not planned
    text = ("وقال الوزير إنه يعتزم بحث سبل مواجهة التنظيم والدور الذي يمكن أن تلعبه تركيا عندما التقى "
            "نظيره الفرنسي.")
    assert _modality(text, "التقى") == "reported"
