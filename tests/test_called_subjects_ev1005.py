"""Round ev1005: calls by councils and plural subjects with a «في/من» phrase. A named council, union, league or party
right after a verb of calling («ودعا المجلس الوطني السوري إلى», «وطالب الاتحاد الأوروبي بـ») is the caller
(events.vso.calling_body); the addressee after a plural subject's «في + place» or «من + places» phrase is the
target (events.named.origin_end); a «، وبأن/وأن» clause after the complement of the first act asked for is planned
(events.modality_links.called_that); a relative aside between the addressee and «إلى» keeps the call
(events.relative_asides)."""

from __future__ import annotations

from conftest import cached_news, event_at, party_or_phrase as _party


def test_named_council_after_call_is_the_caller() -> None:
    text = "ودعا المجلس الوطني السوري إلى الحوار مع المعارضة."
    assert _party(text, "ودعا", "source")[0] == "المجلس الوطني السوري"
    assert _party(text, "ودعا", "target") == (None, None)


def test_european_union_demands() -> None:
    text = "وطالب الاتحاد الأوروبي بالإفراج عن المعتقلين."
    assert _party(text, "وطالب", "source") == ("الاتحاد الأوروبي", "IGOEU")
    assert _party(text, "وطالب", "target") == (None, None)


def test_arab_league_with_present_verb() -> None:
    text = "وتدعو الجامعة العربية إلى وقف القتال."
    assert _party(text, "وتدعو", "source") == ("الجامعة العربية", "IGOARL")


def test_army_after_call_stays_the_addressee() -> None:
    text = "ودعا الجيش العراقي إلى الانسحاب من المدينة."
    assert _party(text, "ودعا", "target") == ("الجيش العراقي", "IRQMIL")
    assert _party(text, "ودعا", "source") == (None, None)


def test_league_after_masculine_verb_is_the_addressee() -> None:
    text = "ودعا الجامعة العربية إلى التدخل."
    assert _party(text, "ودعا", "target") == ("الجامعة العربية", "IGOARL")


def test_council_after_comma_is_the_addressee_of_the_subject_before() -> None:
    text = "وأدان الوزير الهجوم، ودعا المجلس الوطني السوري إلى الحوار."
    assert _party(text, "ودعا", "target")[0] == "المجلس الوطني السوري"


def test_addressee_after_residents_in_a_city() -> None:
    text = "وطالب الأهالي في الموصل الحكومة المركزية بإعادة الكهرباء."
    assert _party(text, "وطالب", "source") == ("الأهالي", "IRQCVL")
    assert _party(text, "وطالب", "target")[1] == "GOV"


def test_residents_in_a_city_with_no_addressee() -> None:
    text = "وطالب الأهالي في الموصل بإعادة الكهرباء."
    assert _party(text, "وطالب", "target") == (None, None)


def test_addressee_after_citizens_from_two_places() -> None:
    text = "وناشد مواطنون من الحديدة وإقليم تهامة الحكومة اليمنية السماح بدخول الوقود."
    assert _party(text, "وناشد", "source") == ("مواطنون", "YEMCVL")
    assert _party(text, "وناشد", "target") == ("الحكومة اليمنية", "YEMGOV")


def test_bi_anna_after_comma_is_planned() -> None:
    text = "وطالب وزير الخارجية التركي الفصائل بوقف القتال في حلب، وبأن يستهدفوا معسكرات التنظيم."
    ev = event_at(cached_news(text), "يستهدفوا")
    assert (ev.code, ev.modality) == ("190", "planned")
    assert _party(text, "يستهدفوا", "source") == ("الفصائل", "REB")


def test_wa_anna_after_comma_is_planned() -> None:
    text = "وطالب وزير الخارجية التركي الفصائل بوقف القتال في حلب، وأن يستهدفوا معسكرات التنظيم."
    assert event_at(cached_news(text), "يستهدفوا").modality == "planned"


def test_other_verb_before_anna_is_not_asked() -> None:
    text = "ودعا الوزير إلى الحوار، وأكد أن الجيش يستهدف معسكرات التنظيم."
    assert event_at(cached_news(text), "يستهدف").modality != "planned"


def test_relative_aside_between_addressee_and_ila_keeps_the_call() -> None:
    text = ("ولذلك دعا المبعوث الأممي الفصائل الليبية، التي رفضت التوقيع على الاتفاق الذي أعدته الأمم المتحدة في جنيف "
            "الشهر الماضي، إلى العودة للحوار.")
    ev = event_at(cached_news(text), "دعا")
    assert ev.code == "020"
    assert _party(text, "دعا", "target") == ("الفصائل الليبية", "LBYREB")


def test_aside_with_no_relative_does_not_make_a_call() -> None:
    text = ("دعا المبعوث الأممي الفصائل الليبية وقادة القبائل والأحزاب السياسية والنقابات، بعد أن قضى أسبوعا كاملا "
            "في طرابلس وبنغازي ومصراتة، إلى العشاء.")
    doc = cached_news(text)
    assert not any(doc.text[e.trigger.start:e.trigger.end] == "دعا" for e in doc.events)
