"""Round ev491: the subject of a verb of undergoing («تعرض للضرب») is the act's target, never its doer."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc, Event


def _beatings(text: str) -> tuple[Doc, list[Event]]:
    doc = analyze(text, date="2015-05-01")
    return doc, [e for e in doc.events if e.code == "182"]


def _name(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else None


def test_svo_subject_is_target() -> None:
    doc, evs = _beatings("وقال المرصد إن الصحفي أحمد منصور تعرض للضرب في القاهرة.")
    assert len(evs) == 1
    assert evs[0].source is None
    assert _name(doc, evs[0].target) == "أحمد منصور"


def test_vso_subject_is_target() -> None:
    doc, evs = _beatings("وتعرض الصحفي أحمد منصور للضرب في القاهرة.")
    assert len(evs) == 1
    assert evs[0].source is None
    assert _name(doc, evs[0].target) == "أحمد منصور"


def test_vso_unnamed_subject_phrase() -> None:
    _, evs = _beatings("حيث يتعرض السجناء للضرب، والحرق في السجون.")
    assert len(evs) == 1
    assert evs[0].source is None and evs[0].target is None
    assert evs[0].attrs.get("target_text") == "السجناء"


def test_agent_after_act_stays_source() -> None:
    doc, evs = _beatings("وتعرض الناشطون للضرب من قبل الشرطة المصرية.")
    assert len(evs) == 1
    assert _name(doc, evs[0].source) == "الشرطة المصرية"
    assert evs[0].attrs.get("target_text") == "الناشطون"


def test_agent_by_hand_stays_source() -> None:
    doc, evs = _beatings("وقال المرصد إن الصحفي أحمد منصور تعرض للطعن على يد مسلحين في القاهرة.")
    assert len(evs) == 1
    assert evs[0].attrs.get("target_text") == "الصحفي أحمد منصور"
    assert evs[0].source is not None and _name(doc, evs[0].source) == "مسلحين"


def test_active_arrest_with_object_stays_active() -> None:
    doc = analyze("واعتقلت الشرطة المصرية ثلاثة ناشطين في القاهرة.", date="2015-05-01")
    evs = [e for e in doc.events if e.code == "173"]
    assert len(evs) == 1
    assert _name(doc, evs[0].source) == "الشرطة المصرية"
    assert _name(doc, evs[0].target) == "ناشطين"


def test_beating_done_keeps_its_doer() -> None:
    doc, evs = _beatings("وقال المرصد إن الشرطة المصرية ضربت الصحفي أحمد منصور في القاهرة.")
    assert all(e.attrs.get("source_undergoer") is None for e in evs)
    assert all(_name(doc, e.target) != "الشرطة المصرية" for e in evs)


def test_exposure_without_beating_is_no_beating() -> None:
    _, evs = _beatings("وتعرض الاقتصاد المصري لضغوط كبيرة في العام الماضي.")
    assert evs == []


def test_masdar_pronoun_owner_is_no_doer() -> None:
    doc, evs = _beatings("وقال الوزير البريطاني غريك كلارك إن الحكومة ستعاقب المالكين.\n"
                         "وأصيب شرطي بجروح في الوجه عند تعرضه للقذف بالحجارة، على ما أفاد مصدر في الشرطة.")
    assert len(evs) == 1
    assert evs[0].source is None
