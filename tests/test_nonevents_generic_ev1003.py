"""Round ev1003: non-events and modality of generic, hypothetical and adjectival triggers; a document as the subject
of a verb («مشروع قرار يدعو»). Hand-made Arabic sentences, with counter-cases that keep their events."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.pipeline import Pipeline


def _events(doc: Doc) -> list[tuple[str, str, str | None, str]]:
    names = {e.id: e.name for e in doc.entities}
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], names.get(e.source or ""), e.modality)
            for e in doc.events]


def _triggers(doc: Doc) -> list[str]:
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "قضت المحكمة برفض الطعن المقدم في الدعوى المطالبة بحل الحزب.",
    "وقال إن المنظمة ستعمل مع ازدياد الأصوات المعتدلة المطالبة بالحوار.",
])  # fmt: skip
def test_definite_participle_after_genitive_noun_is_adjective(pipe: Pipeline, sentence: str) -> None:
    assert "المطالبة" not in _triggers(pipe(sentence))


@pytest.mark.parametrize("sentence", [
    "وجدد الرئيس الفلسطيني المطالبة بالإفراج عن الأسرى.",
    "وأكد الوزير المطالبة بالإفراج عن المعتقلين.",
])  # fmt: skip
def test_definite_masdar_object_of_verb_stays(pipe: Pipeline, sentence: str) -> None:
    assert "المطالبة" in _triggers(pipe(sentence))


def test_suffered_abstract_list_is_no_event(pipe: Pipeline) -> None:
    assert _events(pipe("وقال الوزير إن البلاد عانت من الإرهاب والاغتيالات خلال عقود.")) == []


def test_suffered_dated_shelling_stays(pipe: Pipeline) -> None:
    got = _events(pipe("وعانت المدينة من قصف عنيف أمس."))
    assert [g[:2] for g in got] == [("194", "قصف")]


def test_perhaps_present_is_hypothetical(pipe: Pipeline) -> None:
    got = [e for e in _events(pipe("وربما تقصف الطائرات المعسكر مرة أخرى.")) if e[1] == "تقصف"]
    assert got and got[0][3] == "hypothetical"


def test_may_perfect_stays_asserted(pipe: Pipeline) -> None:
    got = [e for e in _events(pipe("وقد قصفت الطائرات المعسكر أمس.")) if e[1] == "قصفت"]
    assert got and got[0][3] == "asserted"


@pytest.mark.parametrize(("sentence", "source"), [
    ("وقدمت فرنسا مشروع قرار يدعو إلى وقف إطلاق النار في اليمن.", "فرنسا"),
    ("وتقدمت الولايات المتحدة بمشروع قرار يدعو إلى فرض عقوبات.", "الولايات المتحدة"),
])  # fmt: skip
def test_document_call_is_its_authors(pipe: Pipeline, sentence: str, source: str) -> None:
    got = [e for e in _events(pipe(sentence)) if e[1] == "يدعو"]
    assert got and got[0][0] == "020" and got[0][2] == source


def test_document_adjective_is_source_text(pipe: Pipeline) -> None:
    doc = pipe("وناقش المجلس مشروع قرار فرنسي يدعو إلى وقف إطلاق النار.")
    got = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "يدعو"]
    assert got and got[0].source is None and got[0].attrs.get("source_text") == "فرنسي"


def test_unauthored_document_carries_no_actor(pipe: Pipeline) -> None:
    got = [e for e in _events(pipe("اجتمع وزير الخارجية المصري بنظيره الأردني. وناقشا قرارا يدعو إلى تفتيش المنشآت."))
           if e[1] == "يدعو"]
    assert got and got[0][2] is None


def test_suffered_acts_alone_stay_undated(pipe: Pipeline) -> None:
    got = _events(pipe("وقال المسؤول إن القرية عانت من الغارات والحصار طوال الصيف."))
    assert "الغارات" in [g[1] for g in got]
