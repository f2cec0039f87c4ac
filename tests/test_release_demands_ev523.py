"""Round ev523: a demand or an appeal for a release is 1053/0253, not 100/020 nor a release; the released named by
a pronoun is never the releaser."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _events(text: str) -> list[tuple[str, str, Any, Any]]:
    """(trigger, code, source name or source phrase, target name or target phrase) of each event."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    out = []
    for e in doc.events:
        d = e.to_dict(doc.text)
        src = names.get(e.source) if e.source else (d["source_text"]["text"] if d.get("source_text") else None)
        tgt = names.get(e.target) if e.target else (d["target_text"]["text"] if d.get("target_text") else None)
        out.append((doc.text[e.trigger.start:e.trigger.end], e.code, src, tgt))
    return out


def test_a_demand_for_a_release_is_1053_its_addressee_the_target() -> None:
    got = _events("طالبت منظمة العفو الدولية السلطات المصرية بالإفراج عن المعتقلين.")
    assert got == [("طالبت", "1053", "منظمة العفو الدولية", "السلطات المصرية")]


def test_a_demand_noun_and_a_plural_verb() -> None:
    assert ("وطالب", "1053", "المتظاهرون", None) in _events("وطالب المتظاهرون بإطلاق سراح الصحفي المعتقل.")
    got = _events("وجددت الخارجية الأميركية مطالبتها بالإفراج عن الصحفيين المحتجزين.")
    assert [g[1] for g in got] == ["1053"] and got[0][2] == "الخارجية الأميركية"


def test_an_appeal_for_a_release_is_0253() -> None:
    assert _events("ودعت فرنسا إلى إطلاق سراح الرهائن فورا.") == [("ودعت", "0253", "فرنسا", None)]


def test_a_release_told_or_refused_and_a_demand_of_money_stay() -> None:
    assert [g[:2] for g in _events("وأفرجت السلطات عن المعتقلين مساء أمس.")] == [("وأفرجت", "0841")]
    assert [g[:2] for g in _events("ورفضت الحكومة الإفراج عن المعتقلين.")] == [("ورفضت", "1243")]
    assert [g[:2] for g in _events("وطالب الوزير بالإفراج عن 200 مليون دولار.")] == [("وطالب", "100")]
    assert [g[:2] for g in _events("وطالب المحتجون بوقف الحرب.")] == [("وطالب", "100")]


def test_the_released_pronoun_is_no_releaser() -> None:
    got = _events("وأشارت مصادر أمنية إلى أن الشرطة كانت بصدد تقديم أدلة جديدة للقضاء تدين المتهمين وفوجئت بإطلاق سراحهم.")
    assert ("بإطلاق", "0841", None, None) in got
    # a verb's own subject stays the releaser
    got = _events("وكانت السلطات القضائية قد أطلقت سراحهم مساء أمس.")
    assert ("أطلقت", "0841", "السلطات القضائية", None) in got
