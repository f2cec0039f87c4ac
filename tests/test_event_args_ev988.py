"""Round ev988: a time right after the victims of a killing ends their phrase and does not swallow it
(events.chunk_reads.time_open_tokens in events.chunks.build_chunks); a time is no subject before a verb
(events.subjects.subject_before); the act of a «أن» clause after a call is done by the one called on where the
clause's verb agrees with it (events.called_clauses, from masdar_agents.called_doers), and «حث ... على أن» is a call
(modality_links.called_that)."""

from __future__ import annotations

from conftest import news_event, party_or_phrase as _party


def test_dual_victims_before_evening_time() -> None:
    text = "قتل جنديان تركيان مساء الجمعة في هجوم على دورية قرب الحدود."
    assert _party(text, "قتل", "target") == ("جنديان تركيان", "TURMIL")


def test_dual_policemen_before_morning_time() -> None:
    text = "وقتل شرطيان مصريان صباح أمس في انفجار عبوة ناسفة."
    assert _party(text, "وقتل", "target") == ("شرطيان مصريان", "EGYCOP")


def test_counted_victims_of_active_killing_before_time() -> None:
    text = "وقتل مسلحون أربعة جنود أتراك مساء الخميس في كمين."
    assert _party(text, "وقتل", "target") == ("جنود أتراك", "TURMIL")


def test_definite_time_before_verb_is_no_subject() -> None:
    text = "واليوم الأحد هاجم المتظاهرون مقر الحزب الحاكم."
    assert _party(text, "هاجم", "source") == ("المتظاهرون", "OPP")
    assert _party(text, "هاجم", "target") == ("مقر الحزب الحاكم", None)


def test_plural_verb_after_bi_anna_is_the_addressees() -> None:
    text = "وطالب وزير الخارجية التركي الفصائل بأن يستهدفوا معسكرات التنظيم في ريف حلب."
    doc, ev = news_event(text, "يستهدفوا")
    assert _party(text, "يستهدفوا", "source") == ("الفصائل", "REB")
    assert ev.modality == "planned"
    assert _party(text, "وطالب", "target") == ("الفصائل", "REB")


def test_feminine_verb_after_ila_anna_is_the_addressees() -> None:
    text = "ودعا وزير الخارجية التركي الفصائل إلى أن تستهدف معسكرات التنظيم."
    assert _party(text, "تستهدف", "source") == ("الفصائل", "REB")
    assert news_event(text, "تستهدف")[1].modality == "planned"


def test_urging_ala_anna_is_planned_and_the_addressees() -> None:
    text = "وحث وزير الخارجية التركي الفصائل على أن تهاجم مواقع التنظيم."
    assert _party(text, "تهاجم", "source") == ("الفصائل", "REB")
    assert news_event(text, "تهاجم")[1].modality == "planned"


def test_feminine_verb_disagrees_with_masculine_plural() -> None:
    text = "ودعا وزير الخارجية التركي المسلحين إلى أن تستهدف معسكرات التنظيم."
    assert _party(text, "تستهدف", "source")[0] != "المسلحين"
