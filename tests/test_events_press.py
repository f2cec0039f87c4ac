"""A newspaper or agency (actor code …MED) reports acts of force and never commits them: it is no source of an
assault, a meeting or a visit, even when it comes as the speaker of the quote the act is told in and would be carried to a verb with no
subject of its own. Statements stay theirs."""

from __future__ import annotations

import rasd


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text, date="2015-08-10")
    names = {e.id: e.name for e in doc.entities}
    return [(ev.code, doc.text[ev.trigger.start : ev.trigger.end], names.get(ev.source or "")) for ev in doc.events]


def test_an_agency_is_no_source_of_a_killing_told_after_its_report() -> None:
    text = "ذكرت وكالة الأناضول أن الاشتباكات استمرت. وقال سكان محليون إن عشرة مدنيين على الأقل قتلوا جراء تلك الهجمات."
    killed = [e for e in _events(text) if e[1] == "قتلوا"]
    assert killed and killed[0][0].startswith("19")
    assert killed[0][2] is None


def test_an_agency_keeps_its_own_statement() -> None:
    text = "أكدت وكالة الأناضول أن الاشتباكات استمرت في المدينة."
    said = [e for e in _events(text) if e[1] == "أكدت"]
    assert said and said[0][2] is not None and "الأناضول" in said[0][2]


def test_an_army_still_carries_to_its_next_act() -> None:
    text = "وقصف الجيش التركي مواقع حزب العمال الكردستاني في الجبال، ثم دمر مخازن السلاح."
    acts = {e[1]: e[2] for e in _events(text)}
    assert acts.get("وقصف") == "الجيش التركي"


def test_a_newspaper_is_no_visitor() -> None:
    text = "وذكرت صحيفة النهار أن المحادثات كانت صعبة. وزار العاصمة البريطانية لندن أمس."
    visits = [e for e in _events(text) if e[1] == "وزار"]
    assert visits and visits[0][0].startswith("04")
    assert visits[0][2] is None
