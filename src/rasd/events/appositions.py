"""A source or target that agrees with neither the pronoun nor the person it stands by, after the events are made.

- A body named in an apposition set off by commas right after a named person («أن ميركل، زعيمة الحزب المسيحي
  الديمقراطي، عقدت اجتماعا»: the party that the person leads) is no doer: the person named is.
- A noun trigger with the masculine singular pronoun «ـه» («خلال تصريحاته») is no act of a body with a feminine head
  («اللجنة العليا للإغاثة»): the pronoun stands for the nearest person named before it in its sentence («وقال فلان،
  الوزير وعضو اللجنة، خلال تصريحاته»), or for no one named.
- A trigger with the dual pronoun «ـهما» («أعلنت المعارضة رفضهما»: the two proposals) whose target was read from
  that pronoun has no single named target: one group is not two.
- An unnamed source whose head is enrolled in a named body («فصائل المعارضة المنضوية في غرفة عمليات جيش الفتح»:
  a membership participle, function words ``membership_participles``, then «في/تحت/ضمن/إلى» and at most a few
  unnamed words before the body's name) stands for that body.
A null is better than a wrong party.
"""

from __future__ import annotations

from ..doc import Doc, Event, Mention
from ..text.marks import has_letters
from ..text.normalize import COMMAS
from .forms import fw, fw_keys, nkey

FEMININE_HEAD = "ه"  # (folded: «ة» is «ه»)
APPOSITION_WORDS = 4  # at most this many words of the role before the body («زعيمة الحزب», «وعضو اللجنة»)
ENROLLING = frozenset(nkey(w) for w in ("في", "تحت", "ضمن", "إلى", "الى"))
ENROLLED_WORDS = 3  # unnamed words between the preposition and the body («غرفة عمليات»)


def _mention_at(doc: Doc, span: list[int] | None) -> Mention | None:
    if not span:
        return None
    return next((m for m in doc.mentions if m.entity is not None and m.start <= span[0] < m.end), None)


def _person_before(doc: Doc, ev: Event, before: int) -> Mention | None:
    """The last mention of a person in the event's sentence that ends before offset ``before``."""
    people = [m for m in doc.mentions if m.entity is not None and ev.sentence.start <= m.start and m.end <= before
              and (e := doc.entity(m.entity)) is not None and e.type == "PERSON"]
    return max(people, key=lambda m: m.start) if people else None


def _apposed_person(doc: Doc, m: Mention, trigger: int) -> Mention | None:
    """The person right before the comma that opens the apposition holding the body's mention ``m`` («فلان، زعيمة
    الحزب،»), where a comma also closes it before the trigger."""
    i = doc.token_at(m.start)
    j = doc.token_from(m.end)
    t = doc.token_at(trigger)
    if i is None or j is None or t is None or j >= t:
        return None
    if doc.tokens[j].text not in COMMAS:
        return None  # the apposition closes right after the body
    k = i - 1
    while k >= 0 and i - k <= APPOSITION_WORDS and doc.tokens[k].text not in COMMAS:
        words = doc.tokens[k].words
        if any(w.kind == "enclitic" for w in words) or doc.tokens[k].norm_key in fw_keys("attack_demonstratives"):
            return None  # «، وقيادته هذا التحالف،»: a clause of its own, no role
        if doc.tokens[k - 1].text in COMMAS and words[0].kind == "proclitic" and words[0].norm == "و":
            return None
        k -= 1
    if k <= 0 or k == i - 1 or doc.tokens[k].text not in COMMAS:
        return None  # (a role of at least one word between the comma and the body)
    prev = doc.tokens[k - 1]
    who = next((p for p in doc.mentions if p.entity is not None and p.start <= prev.start < p.end), None)
    ent = doc.entity(who.entity) if who is not None else None
    return who if ent is not None and ent.type == "PERSON" else None


def _feminine_body(doc: Doc, eid: str) -> bool:
    ent = doc.entity(eid)
    if ent is None or ent.type != "ORGANIZATION" or not ent.name.split():
        return False
    return nkey(ent.name.split()[0]).removeprefix("ال").endswith(FEMININE_HEAD)


def _enclitic(doc: Doc, ev: Event) -> str:
    t = doc.token_at(ev.trigger.start)
    if t is None:
        return ""
    words = doc.tokens[t].words
    last = words[-1] if len(words) > 1 else None
    return last.norm if last is not None and last.kind == "enclitic" else ""


def _enrolled_body(doc: Doc, span: list[int]) -> str | None:
    """The body that the unnamed phrase at ``span`` is enrolled in, by a membership participle (module docstring)."""
    last = doc.token_at(span[1] - 1)
    if last is None:
        return None
    k = last if doc.tokens[last].norm_key in fw("membership_participles") else last + 1
    if k >= len(doc.tokens) or doc.tokens[k].norm_key not in fw("membership_participles"):
        return None
    p = k + 1
    if p >= len(doc.tokens) or doc.tokens[p].norm_key not in ENROLLING:
        return None
    for t in range(p + 1, min(len(doc.tokens), p + 2 + ENROLLED_WORDS)):
        tok = doc.tokens[t]
        m = next((m for m in doc.mentions if m.entity is not None and m.start == tok.start), None)
        if m is not None:
            ent = doc.entity(m.entity)
            return ent.id if ent is not None and ent.type == "ORGANIZATION" else None
        if not has_letters(tok.text):
            return None
    return None


def apposed_parties(doc: Doc, events: list[Event]) -> None:
    """Correct a source or target its pronoun or its apposition rules out (module docstring)."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is None and isinstance(span, list) and not ev.attrs.get("passive") \
                and (body := _enrolled_body(doc, span)) is not None and body != ev.target:
            ev.source = body
            ev.attrs["source_enrolled"] = True
        span = ev.attrs.get("source_span")
        if ev.source is not None and isinstance(span, list):
            m = _mention_at(doc, span)
            ent = doc.entity(ev.source)
            if m is not None and m.entity == ev.source and ent is not None and ent.type == "ORGANIZATION" \
                    and m.end <= ev.trigger.start:
                who = _apposed_person(doc, m, ev.trigger.start)
                if who is not None and who.entity != ev.target:
                    ev.source = who.entity
                    ev.attrs["source_span"] = [who.start, who.end]
                    ev.attrs["source_apposed"] = True
        pron = _enclitic(doc, ev)
        if ev.source is not None and ev.attrs.get("pos") == "N" and pron == "ه" and _feminine_body(doc, ev.source):
            who_m = _person_before(doc, ev, ev.trigger.start)
            ev.source = who_m.entity if who_m is not None and who_m.entity != ev.target else None
            ev.attrs["source_span"] = [who_m.start, who_m.end] if who_m is not None and ev.source is not None else None
            ev.attrs["source_pronoun"] = True
        tspan = ev.attrs.get("target_span")
        if ev.target is not None and pron == "هما" and isinstance(tspan, list) and \
                tspan[0] >= ev.trigger.start and tspan[1] <= ev.trigger.end:
            ev.target = None  # the dual pronoun on the trigger itself names two, no one group
            ev.attrs["target_span"] = None
