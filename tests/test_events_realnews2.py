"""Events on real news, round 2: arrivals with the subject between the verb and «إلى» (people, bodies and
delegations arrive on a visit, things and troops do not), light or relative verbs are no actors, appeals with
«لـ» + an act, arriving aid. Hand-made Arabic sentences (paraphrases of constructions, other names and places)."""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _name(doc: Doc, eid: str | None, span: object) -> str:
    if eid is not None:
        return next(e.name for e in doc.entities if e.id == eid)
    return doc.text[span[0] : span[1]] if isinstance(span, list) else ""


def _source(doc: Doc, ev: Event) -> str:
    return _name(doc, ev.source, ev.attrs.get("source_span"))


def _target(doc: Doc, ev: Event) -> str:
    return _name(doc, ev.target, ev.attrs.get("target_span"))


def _visits(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.code == "042"]


# -- 1. VSO arrivals: «ووصل الرئيس ... إلى الرياض» ------------------------------------------------------------
@pytest.mark.parametrize("sentence, visitor, place", [
    ("ووصل الرئيس التونسي الباجي قائد السبسي إلى الدوحة أمس في زيارة رسمية.", "السبسي", "الدوحة"),
    ("ووصل وزير الخارجية الألماني، فرانك شتاينماير، إلى بغداد مساء الأحد.", "شتاينماير", "بغداد"),
    ("ووصل وفد برلماني أوروبي إلى القاهرة أمس.", "وفد", "القاهرة"),
])  # fmt: skip
def test_a_person_or_a_delegation_named_after_the_verb_arrives(pipe: Pipeline, sentence: str, visitor: str,
                                                                place: str) -> None:  # fmt: skip
    doc = pipe(sentence)
    evs = _visits(doc)
    assert len(evs) == 1
    assert visitor in _source(doc, evs[0]) and place in _target(doc, evs[0])


@pytest.mark.parametrize("sentence", [
    "ووصلت الرسائل إلى الخرطوم في اليوم نفسه.",
    "ووصلت هجمات التنظيم إلى قلب باريس.",
    "ووصلت قوات الجيش إلى مدينة تكريت فجر اليوم.",
    "ووصلت كاسحات الألغام البريطانية إلى البحرين.",
    "ووصل عدد القتلى إلى بغداد.",
])  # fmt: skip
def test_things_troops_and_abstractions_make_no_visit(pipe: Pipeline, sentence: str) -> None:
    assert not _visits(pipe(sentence))


def test_a_name_then_a_comma_after_kana_is_the_subject(pipe: Pipeline) -> None:
    doc = pipe("وكان الشيخ تميم بن حمد، وصل أمس إلى الكويت في زيارة رسمية التقى خلالها أمير البلاد.")
    evs = _visits(doc)
    assert evs and "تميم" in _source(doc, evs[0]) and "الكويت" in _target(doc, evs[0])
