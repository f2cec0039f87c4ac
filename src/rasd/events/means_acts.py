"""Round ev533: the act of force a killing was done by, and a compass place that is no party.

- «قتل القيادي في التنظيم على يد القوات الفرنسية في غارة شمال مالي»: a phrase that opens with a word of direction
  (function words ``compass_directions``: «شمال», «جنوبي») and goes on with a place («شمال مالي», «جنوب شرقي
  حلب») says where, never who acts or undergoes: it is no event's unnamed source or target phrase
  (:func:`compass_phrases`; the place stays the event's location).
- «قتل القيادي ... في غارة», «أصيب ثلاثة جنود خلال اشتباكات», «قتل النائب العام بتفجير سيارته»: an attack noun
  (``attack_subjects.ATTACKS``, clashes too) governed by a preposition of setting or by «بـ»
  (``attack_doers``' setting), within ``result_fold.HARM_REACH`` tokens after a killing or wounding verb of its clause (no
  finite verb, clause break or comma between), with no party of its own (no source or target, named or not), is
  how the killing was done: it takes the killing's victim, and its doer where a passive's agent names him («على يد
  القوات»: ``hand_agents``; an unvocalised «وقتل أحد أفراد الشرطة» reads the killed as subject). The two stay two
  events: a toll verb and its attack are kept apart (``result_fold``; the tests of rounds 56, 148, 312 hold them).
  An attack with a doer of its own («قتل جنديان في هجوم شنه مسلحون», «في هجوم لحزب العمال») or a target of its own
  («خلال هجوم المتطرفين على مدينة سنجار») stays an event of its own.
- Round ev973: «وفي هجوم على مركز للشرطة في X، قتل جنديان تركيان»: an attack noun governed by a preposition of
  setting (``attack_setting``: «في», «خلال») and fronted before a comma and a killing or wounding verb of its
  sentence, each with a target phrase of its own apart in the text (the place attacked, the victims), is neither the
  same act nor an argument-less repeat for the dedup (:func:`victims_apart`), also where both have one doer («...،
  ونسب إلى الحزب»): the two stay two events, the killing keeping its victims (joined, it lost them). Not an attack a light verb carries («قامت النصرة بالهجوم على
  المقر وقتلت 5»: one act told on).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attack_doers import _pass_party, _same_clause, _setting
from .attack_subjects import ATTACKS
from .forms import fw, fw_keys, nkey
from .result_fold import HARM_REACH, HARMS
from .source_set import drop_phrase

MEANS = ATTACKS | {"clash"}  # trigger entries of an act a killing may be done by («في اشتباكات»)


def _entry(ev: Event) -> str:
    """The trigger entry of ``ev``, its dual the same («هجومين»: ``attack``)."""
    return str(ev.attrs.get("trigger_id", "")).removesuffix("_dual")


def compass_phrase(text: object) -> bool:
    """Whether the phrase ``text`` opens with a word of direction and goes on («شمال مالي», «وجنوبي حلب»)."""
    if not isinstance(text, str):
        return False
    words = text.split()
    return len(words) > 1 and nkey(words[0]).removeprefix("و") in fw_keys("compass_directions")


def compass_phrases(events: list[Event]) -> None:
    """Drop the unnamed source or target phrase that is a compass place (module docstring), in place."""
    for ev in events:
        if ev.source is None and compass_phrase(ev.attrs.get("source_text")):
            drop_phrase(ev, "source")
        if ev.target is None and compass_phrase(ev.attrs.get("target_text")):
            drop_phrase(ev, "target")


def victims_apart(text: str, o: Event, ev: Event) -> bool:
    """Whether the killing ``ev`` is told after a comma after the fronted attack noun ``o`` («وفي هجوم ...،»), with
    a target phrase of its own apart from the attack's (module docstring); ``text``: the document's."""
    ta, tb = o.attrs.get("target_span"), ev.attrs.get("target_span")
    if o.attrs.get("pos") != "N" or _entry(o) not in MEANS or ev.attrs.get("pos") != "V" or _entry(ev) not in HARMS:
        return False
    if not isinstance(ta, list) or not isinstance(tb, list) or o.trigger.end > ev.trigger.start:
        return False
    before = text[max(0, o.trigger.start - 12) : o.trigger.start].split()
    if not before or nkey(before[-1]).lstrip("و") not in fw("attack_setting") \
            or not any(c in text[o.trigger.end : ev.trigger.start] for c in "،,"):
        return False
    return ev.target is None and "target_text" in ev.attrs and (ta[1] <= tb[0] or tb[1] <= ta[0])


def _bare(ev: Event) -> bool:
    """Whether ``ev`` is a noun of an attack with no party of its own, named or not."""
    return ev.attrs.get("pos") == "N" and _entry(ev) in MEANS and ev.source is None and ev.target is None \
        and not any(ev.attrs.get(k) for k in ("source_span", "source_text", "target_span", "target_text"))


def _killing(doc: Doc, ev: Event, events: list[Event], gone: set[int]) -> Event | None:
    """The event of the killing or wounding verb that the bare attack ``ev`` is the means of, None where none is."""
    t = doc.token_at(ev.trigger.start)
    s = _setting(doc, t) if t is not None else None
    if t is None or s is None:
        return None
    for kill in events:
        v = doc.token_at(kill.trigger.start)
        if kill is ev or id(kill) in gone or kill.sentence != ev.sentence or kill.attrs.get("pos") != "V" \
                or _entry(kill) not in HARMS or v is None or not v < t <= v + HARM_REACH:
            continue
        own = frozenset(k for k in (doc.token_at(trig.start) for trig in kill.triggers) if k is not None)
        if _same_clause(doc, v + 1, s, own):
            return kill
    return None


def means_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop compass phrases as parties, and give a bare attack the parties of the killing it was the means of
    (module docstring); the events."""
    compass_phrases(events)
    gone: set[int] = set()  # (no attack lends its killing twice)
    for ev in events:
        if not _bare(ev):
            continue
        kill = _killing(doc, ev, events, gone)
        if kill is None:
            continue
        gone.add(id(ev))
        if kill.attrs.get("target_passive_patient"):
            _pass_party(doc, ev, "source", kill, "source")  # («قتل ... على يد القوات»: the agent, not the killed)
        _pass_party(doc, ev, "target", kill, "target")
    return events
