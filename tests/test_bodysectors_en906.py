"""Round en906: placed bodies whose head noun names a clear sector that body_sectors.tsv did not list — a company
(«شركة» BUS), a hospital («مستشفى» HLH), a party («حزب» PTY), a state authority of disasters, public transport,
the metro, statistics, the capital market or elections (GOV). Rows of
gazetteer/body_sectors.tsv read by `rasd.entities.bodysectors`; hand-made sentences, with counter-cases."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity
from rasd.entities.bodysectors import opening_sector


def _ent(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


def test_companies_hospitals_and_parties() -> None:
    assert opening_sector("شركة الكهرباء الوطنية") == "BUS"
    assert opening_sector("الشركة العامة للمياه") == "BUS"
    assert opening_sector("مستشفى الجمهورية") == "HLH"
    assert opening_sector("حزب النور") == "PTY"
    assert opening_sector("الحزب الشيوعي") == "PTY"


def test_state_authorities_are_government() -> None:
    assert opening_sector("هيئة إدارة الكوارث الوطنية") == "GOV"
    assert opening_sector("هيئة النقل العام") == "GOV"
    assert opening_sector("الهيئة العامة للنقل العام") == "GOV"
    assert opening_sector("هيئة مترو الأنفاق") == "GOV"
    assert opening_sector("الهيئة العامة للسوق المالية") == "GOV"
    assert opening_sector("الجهاز المركزي للتعبئة العامة والإحصاء") == "GOV"
    assert opening_sector("اللجنة العليا للانتخابات") == "GOV"


def test_a_military_council_stays_uncoded() -> None:
    # a second MIL body would leave «غارة جوية تركية» without the one armed forces of the article
    assert opening_sector("مجلس الشورى العسكري التركي") is None


def test_heads_of_no_listed_sector_stay_uncoded() -> None:
    assert opening_sector("هيئة الإعلام والاتصالات") is None  # a regulator's row is not among these
    assert opening_sector("اللجنة التنفيذية") is None  # whose executive committee is not in the name
    assert opening_sector("مجلس الشورى") is None  # a consultative assembly, no «العسكري»
    assert opening_sector("شركة") is None  # the head noun alone names no body
    assert opening_sector("مطار عدن") is None  # an airport is a place of travel, no actor's sector


def test_placed_authority_in_a_sentence_gets_its_country_and_government() -> None:
    doc = analyze_news("وأعلنت هيئة إدارة الكوارث الباكستانية أن الأمطار قتلت عشرين شخصا في إقليم البنجاب.")
    body = _ent(doc, "هيئة إدارة الكوارث الباكستانية")
    assert (body.country, body.actor) == ("PAK", "PAKGOV")


def test_placed_company_and_capital_market_authority_in_sentences() -> None:
    doc = analyze_news("وانتقدت شركة قناة السويس القرار الجديد.")
    assert _ent(doc, "شركة قناة السويس").actor == "EGYBUS"
    doc = analyze_news("وقالت الهيئة العامة للسوق المالية في الكويت إنها أوقفت التداول على السهم.")
    assert _ent(doc, "الهيئة العامة للسوق المالية").actor == "KWTGOV"


def test_transport_authority_event_source_is_the_government() -> None:
    doc = analyze_news("وأعلنت هيئة النقل العام بالقاهرة عن زيادة عدد الحافلات في الأحياء الشعبية.")
    body = _ent(doc, "هيئة النقل العام")
    assert body.actor == "EGYGOV"
    ev = next(v for v in doc.events if v.source == body.id)
    assert ev.code == "010"


def test_an_unplaced_body_gets_no_code() -> None:
    doc = analyze_news("وقالت شركة ناشئة إن خدماتها ستتوسع العام المقبل.")
    assert all(e.actor is None for e in doc.entities if e.type == "ORGANIZATION")
