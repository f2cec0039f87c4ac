"""Round 168: the one who holds a meeting, those it brings together, and words that are never the doer.

- «عقد الرئيس فلان اليوم اجتماعا ضم مستشاريه فلانا وفلانا»: a meeting noun (CAMEO 04) right after the name of
  the subject of a verb of holding (function words ``holding_verbs``, past a title and a time word) is held by that
  subject; a «ضم/جمع» clause right after the noun (function words ``gathering_verbs``) lists the ones met, the first
  person or body named in it is the target, and is never the source (the phrase read there as one is dropped).
  Round ev453: the adjective of the meeting noun («إلى اجتماع موسع لحل مشكلة القيادة») is no target
  (events.meeting_adjectives).
- «إعادة فرض عقوبات ضد طهران»: the sanction itself (function words ``sanction_objects``) is the object of the
  act, never its doer.
- «قتلوا قائدا بارزا في قوات الحرس الثوري»: a member of a body (function words ``member_target_nouns``,
  ``announced_roles``, ``officer_nouns``) «في» a body named, the target of a hostile act (CAMEO 13-20), is the body.
- «مقتل القائد فلان، ومقتل 40 من المسلحين»: one killed (the target of a death noun, function words
  ``death_nouns``, earlier in the sentence) does no later act of that sentence (a person only: a group whose men
  were killed still acts).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .meeting_adjectives import adjective_target
from .source_set import drop_phrase, name_party
from .word_tests import clause_stop, governed, mention_holding, starts_in_time

TALKS = "04"
SUBJECT_REACH = 8  # tokens from the verb of holding to the meeting noun
LIST_REACH = 8  # tokens from «ضم» to the first one named
ACTORS = ("PERSON", "ORGANIZATION")
HOSTILE = ("13", "14", "15", "16", "17", "18", "19", "20")  # roots of acts against a body's member


def _holder(doc: Doc, k: int, sent_start: int) -> str | None:
    """The entity named as the subject of a verb of holding whose object is the meeting noun at token ``k``."""
    t = k - 1
    while t >= 0 and starts_in_time(doc, doc.tokens[t]):
        t -= 1
    if t < 0 or doc.tokens[t].start < sent_start:
        return None
    m = mention_holding(doc, t)
    if m is None or m.entity is None or m.end > doc.tokens[t].end:
        return None
    ent = doc.entity(m.entity)
    first = doc.token_at(m.start)
    if ent is None or ent.type not in ACTORS or first is None or governed(doc, first):
        return None
    for v in range(first - 1, max(-1, first - 1 - SUBJECT_REACH), -1):
        tok = doc.tokens[v]
        if tok.start < sent_start or clause_stop(tok.text):
            return None
        key = tok.norm_key.removeprefix("و")
        if key in fw_keys("holding_verbs") and key not in fw_keys("receiving_verbs"):
            return ent.id
    return None


def _listed(doc: Doc, k: int, sent_end: int) -> tuple[bool, str | None]:
    """Whether a «ضم» clause follows the noun at token ``k``, and the first person or body it names."""
    g = k + 1
    if g >= len(doc.tokens) or doc.tokens[g].norm_key.removeprefix("و") not in fw_keys("gathering_verbs"):
        return False, None
    for t in range(g + 1, min(len(doc.tokens), g + 1 + LIST_REACH)):
        tok = doc.tokens[t]
        if tok.start >= sent_end or clause_stop(tok.text):
            break
        m = mention_holding(doc, t)
        if m is not None and m.entity is not None:
            ent = doc.entity(m.entity)
            if ent is not None and ent.type in ACTORS:
                return True, ent.id
    return True, None


def _convened(doc: Doc, ev: Event) -> None:
    k = doc.token_at(ev.trigger.start)
    if k is None or k < 2:
        return
    listed, first = _listed(doc, k, ev.sentence.end)
    span = ev.attrs.get("source_span")
    if listed and isinstance(span, list) and span[0] == doc.tokens[k + 1].start:
        drop_phrase(ev, "source")  # «ضم مستشاريه»: those met, not the one who holds it
    adjective_target(doc, ev)
    holder = _holder(doc, k, ev.sentence.start) if ev.source is None else None
    if holder is not None and holder != ev.target:
        name_party(ev, "source", holder)
    if ev.target is None and first is not None and first != ev.source:
        name_party(ev, "target", first)


def _sanction_doer(doc: Doc, ev: Event) -> None:
    span = ev.attrs.get("source_span")
    if ev.source is None and isinstance(span, list):
        words = doc.text[span[0] : span[1]].split()
        if len(words) == 1 and nkey(words[0]).removeprefix("و") in fw_keys("sanction_objects"):
            drop_phrase(ev, "source")


def _member_target(doc: Doc, ev: Event) -> None:
    span = ev.attrs.get("target_span")
    if ev.target is not None or not isinstance(span, list) or ev.code[:2] not in HOSTILE:
        return
    t = doc.token_at(span[0])
    heads = fw_keys("member_target_nouns") | fw_keys("announced_roles") | fw_keys("officer_nouns")
    if t is None or doc.tokens[t].norm_key not in heads:
        return
    for k in range(t + 1, min(len(doc.tokens) - 1, t + 3)):
        if doc.tokens[k].norm_key != nkey("في"):
            continue
        for n in (k + 1, k + 2):
            m = mention_holding(doc, n) if n < len(doc.tokens) else None
            ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
            if ent is not None and ent.type == "ORGANIZATION" and ent.id != ev.source:
                name_party(ev, "target", ent.id)
                return
        return


def dead_doers(doc: Doc, events: list[Event]) -> None:
    """Drop the source of an act done by one a death noun before it in the sentence tells killed."""
    deaths = fw_keys("death_nouns")
    for ev in events:
        dead = doc.entity(ev.source) if ev.source is not None else None
        if dead is None or dead.type != "PERSON":
            continue  # («مقتل 40 من عناصر التنظيم»: the group, whose men fell, still acts)
        for other in events:
            if (other is not ev and other.target == ev.source and other.sentence.start == ev.sentence.start
                    and other.trigger.start < ev.trigger.start
                    and nkey(doc.text[other.trigger.start : other.trigger.end]).removeprefix("و") in deaths):
                name_party(ev, "source", None)
                break


def convened(doc: Doc, events: list[Event]) -> None:
    """Holders and lists of meetings; a sanction is no doer (module docstring)."""
    for ev in events:
        if ev.code.startswith(TALKS):
            _convened(doc, ev)
        _sanction_doer(doc, ev)
        _member_target(doc, ev)
