"""Round ev889: an event whose subject is a report noun is done by the report's issuer (rasd.events.report_doers)."""

from __future__ import annotations

from conftest import news_event


def _source(text: str, trigger: str) -> str | None:
    doc, ev = news_event(text, trigger)
    return next((e.name for e in doc.entities if e.id == ev.source), None)


def _target(text: str, trigger: str) -> str | None:
    doc, ev = news_event(text, trigger)
    return next((e.name for e in doc.entities if e.id == ev.target), None)


def test_report_issued_before_criticises() -> None:
    text = ("أصدرت منظمة العفو الدولية تقريرا عن أوضاع السجون في البلاد. "
            "وانتقد التقرير الحكومة السورية بسبب ظروف الاحتجاز.")
    doc, ev = news_event(text, "وانتقد")
    assert ev.code == "111"
    assert _source(text, "وانتقد") == "منظمة العفو الدولية"
    assert _target(text, "وانتقد") == "الحكومة السورية"


def test_report_issuer_past_another_sentence() -> None:
    text = ("أصدرت منظمة العفو الدولية تقريرا عن أوضاع السجون. وقال وزير الداخلية إن الحكومة ترفض الاتهامات. "
            "وانتقد التقرير الحكومة المصرية.")
    assert _source(text, "وانتقد") == "منظمة العفو الدولية"


def test_report_named_in_a_quote_accuses() -> None:
    text = ("قالت منظمة هيومن رايتس ووتش في تقرير إن المعتقلين تعرضوا لسوء المعاملة. "
            "واتهم التقرير قوات الأمن المصرية بتعذيب المحتجزين.")
    doc, ev = news_event(text, "واتهم")
    assert ev.code == "112"
    assert _source(text, "واتهم") == "منظمة هيومن رايتس ووتش"
    assert _target(text, "واتهم") == "قوات الأمن المصرية"


def test_statement_with_its_issuer_in_construct() -> None:
    assert _source("وأدان بيان حركة حماس الهجوم على المسجد.", "وأدان") == "حركة حماس"


def test_report_with_no_issuer_stays_empty() -> None:
    assert _source("وانتقد التقرير الحكومة العراقية بسبب الفساد.", "وانتقد") is None


def test_report_issuer_that_is_the_target_is_not_given() -> None:
    text = "أصدرت الحكومة العراقية تقريرا عن الفساد. وانتقد التقرير الحكومة العراقية بسبب البطء."
    doc, ev = news_event(text, "وانتقد")
    assert _target(text, "وانتقد") == "الحكومة العراقية"
    assert ev.source is None


def test_named_subject_is_kept() -> None:
    text = "أصدرت منظمة العفو الدولية تقريرا عن السجون. وانتقدت وزارة الخارجية الأميركية الحكومة السورية."
    assert _source(text, "وانتقدت") == "وزارة الخارجية الأميركية"
