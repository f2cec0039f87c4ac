"""Round en520: a company, society or university named by its definite head, its country adjective and a «لـ»
complement is one organisation of that country and sector («الشركة الليبية للحديد والصلب» LBYBUS); the head and
its country adjective alone describe one («الشركة الأمريكية»)."""

from __future__ import annotations

import pytest

import rasd


def _orgs(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text, date="2015-05-01")
    return [(e.name, e.country, e.actor) for e in doc.entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize("text, org", [
    ("وكانت الشركة الليبية للحديد والصلب قد أعلنت، أمس، توقف جميع مصانعها.",
     ("الشركة الليبية للحديد والصلب", "LBY", "LBYBUS")),
    ("وأعلنت الشركة المصرية للاتصالات أمس ارتفاع أرباحها.", ("الشركة المصرية للاتصالات", "EGY", "EGYBUS")),
    ("واتهمت الجمعية المصرية لحقوق الإنسان الشرطة بتعذيب المعتقلين.",
     ("الجمعية المصرية لحقوق الإنسان", "EGY", "EGYNGO")),
    ("ووقعت الجامعة الأردنية للعلوم والتكنولوجيا اتفاقا مع الوزارة.",
     ("الجامعة الأردنية للعلوم والتكنولوجيا", "JOR", "JOREDU")),
    ("وأعلنت الشركة الروسية للطاقة النووية في موسكو توقيع العقد.",
     ("الشركة الروسية للطاقة النووية", "RUS", "RUSBUS")),  # ends before «في + place»
])
def test_guild_firm(text: str, org: tuple[str, str | None, str | None]) -> None:
    assert org in _orgs(text)


def test_event_links_the_firm() -> None:
    doc = rasd.analyze("وكانت الشركة الليبية للحديد والصلب قد أعلنت، أمس، توقف جميع مصانعها.", date="2015-05-01")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(ev.source or "") for ev in doc.events if ev.code == "010"] == ["الشركة الليبية للحديد والصلب"]


@pytest.mark.parametrize("text", [
    "وقالت الشركة الأمريكية إنها ستنسحب من السوق.",  # no complement: a description
    "وقالت الشركة في بيان إن الأرباح تراجعت.",  # the head alone
    "وقال مجلس الإدارة إن الأرباح تراجعت.",
    "وقررت اللجنة المختصة تأجيل الموعد.",
])
def test_no_firm(text: str) -> None:
    assert _orgs(text) == []


def test_listed_firm_stays() -> None:
    assert ("أرامكو السعودية", "SAU", "SAUBUS") in _orgs("وأعلنت شركة أرامكو السعودية زيادة الإنتاج.")
