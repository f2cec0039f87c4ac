"""Round en615: a country's name in a university's name is the university's, not the country («جامعة الكويت»
KWTEDU; «جامعة كولومبيا», Columbia University, of no country); a state authority «هيئة» of a national service
(«هيئة سكك حديد مصر», «هيئة قناة السويس») placed in a country is its government (GOV)."""

from __future__ import annotations

import rasd
from rasd.doc import Doc


def _doc(text: str) -> Doc:
    return rasd.analyze(text, "2015-05-01")


def _ents(doc: Doc) -> dict[str, tuple[str, str | None, str | None]]:
    return {e.name: (e.type, e.country, e.actor) for e in doc.entities}


def _where(doc: Doc) -> list[str | None]:
    names = {e.id: e.name for e in doc.entities}
    return [names.get(ev.location) if ev.location else None for ev in doc.events]


def test_columbia_university_is_no_colombia() -> None:
    got = _ents(_doc("قال الأستاذ في مركز دراسات الطاقة العالمية بجامعة كولومبيا إن أسعار النفط ستنخفض."))
    assert got["جامعة كولومبيا"] == ("ORGANIZATION", None, "EDU")
    assert "كولومبيا" not in got


def test_visit_to_colombia_stays_the_country() -> None:
    doc = _doc("وقال باحث في جامعة كولومبيا إن الأسعار سترتفع. وزار الوزير كولومبيا الأسبوع الماضي.")
    got = _ents(doc)
    assert got["كولومبيا"] == ("LOCATION", "COL", "COL")
    assert got["جامعة كولومبيا"] == ("ORGANIZATION", None, "EDU")
    assert "كولومبيا" in _where(doc)


def test_university_named_by_its_country_is_that_country_body() -> None:
    got = _ents(_doc("وقال أستاذ العلوم السياسية في جامعة الكويت إن الحوار ضروري."))
    assert got["جامعة الكويت"] == ("ORGANIZATION", "KWT", "KWTEDU")
    assert "الكويت" not in got


def test_university_named_by_capital_is_no_event_place() -> None:
    doc = _doc("وتظاهر الطلاب أمام جامعة القاهرة احتجاجا على القرار.")
    got = _ents(doc)
    assert got["جامعة القاهرة"] == ("ORGANIZATION", "EGY", "EGYEDU")
    assert "القاهرة" not in got
    assert "القاهرة" not in _where(doc)


def test_arab_league_stays_igo() -> None:
    got = _ents(_doc("وأدانت جامعة الدول العربية الهجوم على السفارة."))
    assert got["جامعة الدول العربية"] == ("ORGANIZATION", None, "IGOARL")


def test_railway_authority_is_government() -> None:
    got = _ents(_doc("وتستعد هيئة سكك حديد مصر لإطلاق قطار جديد بين القاهرة والإسكندرية."))
    assert got["هيئة سكك حديد مصر"] == ("ORGANIZATION", "EGY", "EGYGOV")


def test_suez_canal_authority_is_government() -> None:
    got = _ents(_doc("وقال رئيس هيئة قناة السويس الفريق مهاب مميش إن المشروع سينتهي في موعده."))
    assert got["هيئة قناة السويس"] == ("ORGANIZATION", "EGY", "EGYGOV")
    assert got["مهاب مميش"] == ("PERSON", "EGY", "EGYGOV")


def test_information_service_is_government() -> None:
    got = _ents(_doc("وأصدرت الهيئة العامة للاستعلامات المصرية بيانا حول الزيارة."))
    assert got["الهيئة العامة للاستعلامات المصرية"] == ("ORGANIZATION", "EGY", "EGYGOV")


def test_broadcaster_stays_media() -> None:
    got = _ents(_doc("وقالت هيئة الإذاعة البريطانية إن مراسلها أصيب."))
    assert got["هيئة الإذاعة البريطانية"] == ("ORGANIZATION", "GBR", "GBRMED")
