"""Round ev993: the addressee of a call and the doer of the acts it asks for. A bare «الفصائل» is armed factions
(agent_groups.tsv: REB, the country only from the phrase), so the addressee of «دعا X الفصائل إلى» is a group
entity; a «وأن» clause after the complement of the first act asked for («إلى وقف القتال وأن يستهدفوا») is done by
the addressee too (events.called_clauses.and_that_complement, read by masdar_agents.called_doers)."""

from __future__ import annotations

from conftest import cached_news, event_at, party_or_phrase as _party


CALL = "ودعا وزير الخارجية الأمريكي الفصائل إلى وقف القتال وأن يستهدفوا مواقع التنظيم."


def test_bare_factions_addressee_is_rebel_group() -> None:
    assert _party(CALL, "ودعا", "source") == ("وزير الخارجية الأمريكي", "USAGOV")
    assert _party(CALL, "ودعا", "target") == ("الفصائل", "REB")


def test_second_act_after_wa_anna_is_the_addressees() -> None:
    doc = cached_news(CALL)
    assert event_at(doc, "يستهدفوا").code == "190"
    assert event_at(doc, "يستهدفوا").modality == "planned"
    assert _party(CALL, "يستهدفوا", "source") == ("الفصائل", "REB")


def test_second_act_after_glued_bi_and_comma() -> None:
    text = "وطالب وزير الخارجية التركي الفصائل بوقف القتال في حلب، وبأن يستهدفوا معسكرات التنظيم."
    assert _party(text, "يستهدفوا", "source") == ("الفصائل", "REB")


def test_factions_with_country_adjective() -> None:
    text = "وناشدت الحكومة التونسية الفصائل الليبية بالعودة إلى الحوار."
    assert _party(text, "وناشدت", "target") == ("الفصائل الليبية", "LBYREB")


def test_call_with_no_addressee_has_no_target() -> None:
    text = "ودعا وزير الخارجية الأمريكي إلى الحوار وأن يجتمعوا في جنيف."
    assert _party(text, "ودعا", "target") == (None, None)
    assert _party(text, "ودعا", "source") == ("وزير الخارجية الأمريكي", "USAGOV")


def test_bare_parties_stay_without_actor() -> None:
    text = "ودعت السعودية الأطراف إلى الحوار."
    assert _party(text, "ودعت", "target") == ("الأطراف", None)


def test_wa_anna_after_a_full_stop_is_not_the_call() -> None:
    text = "ودعت الولايات المتحدة الفصائل إلى الحوار. وأن يستهدفوا مواقع التنظيم أمر متوقع."
    assert _party(text, "يستهدفوا", "source")[0] != "الفصائل"


def test_unnamed_subject_and_factions_are_two_phrases() -> None:
    text = "ودعا المبعوث الأممي الفصائل الليبية إلى توقيع الاتفاق."
    assert _party(text, "ودعا", "source") == ("المبعوث الأممي", None)
    assert _party(text, "ودعا", "target") == ("الفصائل الليبية", "LBYREB")


def test_singular_yn_subject_and_international_community() -> None:
    text = "وناشد الأمين العام المجتمع الدولي بتقديم المساعدات."
    assert _party(text, "وناشد", "source") == ("الأمين العام", None)
    assert _party(text, "وناشد", "target") == ("المجتمع الدولي", None)


def test_unnamed_subject_and_government_addressee() -> None:
    text = "وطالب الرئيس الحكومة بالاستقالة."
    assert _party(text, "وطالب", "target") == ("الحكومة", "GOV")


def test_unnamed_subject_with_no_addressee_has_no_target() -> None:
    text = "ودعا المبعوث الأممي إلى الحوار."
    assert _party(text, "ودعا", "source") == ("المبعوث الأممي", None)
    assert _party(text, "ودعا", "target") == (None, None)
