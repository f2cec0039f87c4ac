"""Round 193: the parties of an act of force that someone undergoes: «تعرضت مواقع الحزب لغارات من الجيش».

An act of force (CAMEO 17 to 20) whose noun trigger bears «لـ» («لغارات»), or follows a word in «لـ» («لعشرات
الغارات»), after a verb of undergoing (function words ``undergoing_verbs``: «تعرض», «تعرضت») a few words before it
in its clause, with no target of its own, has as its target the one who undergoes it: the first party named between
the verb and the act («تعرض مقر الحزب لغارات»: the party in the genitive), or, where the verb follows a relative
(«أهداف للحزب التي تعرضت لغارات»), the party named right before the relative. With no source of its own it has as
its source the party named right after «من» or «من قبل» after the trigger («لهجوم من تنظيم داعش»). Nothing where
the verb is not found, a comma or a clause break stands between, or the two would be one.

Round 263: a verb of undergoing in «و» with no subject written, the act right after it («وتعرضت للاعتقال عدة مرات»,
«انضم إلى الحزب ... وتعرض للاعتقال»), is undergone by the person named last before it in its sentence or the one
before, where that person's gender is the verb's («تعرضت»: a woman, «تعرض»: a man; a person of no known gender is
none), none of another gender standing between.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Entity, Event
from ..text.verb_gender import verb_gender
from .arg_edges import phrase_span
from .forms import bare, fw_keys, nkey
from .source_set import name_party, set_phrase
from .undergoers import unnamed_undergoer
from .word_tests import clause_stop, entity_at, entity_within

REACH = 8  # tokens from the «لـ» word back to the verb of undergoing (round 251: 6 before)
FORCE = ("17", "18", "19", "20")
# round 251: criticism, rejection, threats and sanctions are undergone too («تعرض للانتقاد», «تعرضت للرفض»)
UNDERGONE = ("11", "12", "13", "16", *FORCE)
IN = nkey("في")
RELATIVES = frozenset(nkey(w) for w in ("التي", "الذي", "اللتي", "الذين"))


def _verb(doc: Doc, lam: int) -> int | None:
    verbs = fw_keys("undergoing_verbs")
    for v in range(lam - 1, max(-1, lam - 1 - REACH), -1):
        text = doc.tokens[v].text
        if text in ("،", ",") and v == lam - 1 and v > 0:
            continue  # round 251: «تعرضت آلية عسكرية تابعة للقوات، لتفجير»: the comma closes the undergoer
        if clause_stop(text) or text == "؛":
            return None
        if bare(nkey(text), "undergoing_verbs") in verbs:
            return v
    return None


def _undergoer(doc: Doc, v: int, lam: int) -> Entity | None:
    for t in range(v + 1, lam):
        if doc.tokens[t].norm_key == IN:
            break  # round 251: «تعرضت في شرق بعلبك، لإطلاق صواريخ»: where, not who
        ent = entity_within(doc, t)
        if ent is not None:
            return ent
    if v - 2 >= 0 and doc.tokens[v - 1].norm_key in RELATIVES and lam == v + 1:
        b = v - 2
        while b >= 0 and doc.tokens[b].text in ("«", "»", '"', "،", ","):
            b -= 1
        return entity_at(doc, b) if b >= 0 else None
    return None


UNDERGONE_PERFECTS = ("تعرض",)  # the perfect of undergoing, masculine despite its «تـ»
BACK = 1  # sentences before the verb's own searched for the one who undergoes it


def _unwritten(doc: Doc, v: int, lam: int) -> Entity | None:
    """«، وتعرضت للاعتقال»: the person named last before the verb (module docstring)."""
    key = doc.tokens[v].norm_key
    if lam != v + 1 or not key.startswith("و"):
        return None
    gender = verb_gender(key, UNDERGONE_PERFECTS)  # «تعرضت/تتعرض» → "f", «تعرض/يتعرض» → "m"
    starts = [x.start for x in doc.sentences]
    n = bisect_right(starts, doc.tokens[v].start) - 1
    lo = starts[max(0, n - BACK)] if n >= 0 else 0
    last = None
    at = -1
    for ent in doc.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if lo <= m.start < doc.tokens[v].start and m.start > at:
                last, at = ent, m.start
    if last is None or gender is None or last.attrs.get("gender") != gender:
        return None
    return last


def _agent(doc: Doc, k: int, end: int) -> Entity | None:
    n = k + 1
    if n < end and doc.tokens[n].norm_key == nkey("من"):
        n += 1
        if n < end and doc.tokens[n].norm_key == nkey("قبل"):
            n += 1
        while n < end and doc.tokens[n].text in ("«", '"'):
            n += 1
        ent = entity_within(doc, n) if n < end else None
        return ent if ent is not None and ent.type in ("PERSON", "ORGANIZATION") else None
    return None


def _lam_masdar(doc: Doc, k: int) -> bool:
    """Round 251: a trigger read as a verb in a clitic «لـ» («لقصف»): after a verb of undergoing, the act's masdar."""
    words = doc.tokens[k].words
    return len(words) == 2 and words[0].kind == "proclitic" and words[0].norm == "ل"


def _means_phrase(doc: Doc, ev: Event) -> bool:
    """Round 251: a target phrase in a clitic «بـ» («لقصف عنيف بشتى القذائف»): the means, no party (what
    ``argument_edges`` drops last): no target yet."""
    span = phrase_span(ev, "target")
    t = doc.token_at(span[0]) if span is not None else None
    if t is None:
        return False
    words = doc.tokens[t].words
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ب"


def give_undergoer(doc: Doc, ev: Event, v: int, lam: int, opens: int = -1) -> None:
    """Give ``ev`` as its target the one who undergoes it after the verb at token ``v``, the act at token ``lam``
    (its «لـ» word, or, round ev416, the act noun a verb of facing governs: :mod:`.faced`, whose subject stands
    before token ``opens`` where one is given)."""
    who = _undergoer(doc, v, lam)
    lo = doc.token_at(ev.sentence.start)
    span = unnamed_undergoer(doc, v, lam, lo, opens) if who is None and lo is not None else None
    if isinstance(span, Entity):
        who, span = span, None
    if who is None and span is None:
        who = _unwritten(doc, v, lam)
    if who is not None and who.id != ev.source:
        name_party(ev, "target", who.id)
        ev.attrs["target_undergoer"] = True
    elif span is not None:
        set_phrase(ev, "target", doc.text, doc.tokens[span[0]].start, doc.tokens[span[1]].end)
        ev.attrs["target_undergoer"] = True


def undergone_parties(doc: Doc, events: list[Event]) -> None:
    """Give an act of force undergone its target and its agent (module docstring)."""
    for ev in events:
        if not ev.code.startswith(UNDERGONE):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 2 or not (ev.attrs.get("pos") == "N" or _lam_masdar(doc, k)):
            continue
        if doc.tokens[k].norm_key.startswith("ل"):
            lam = k
        elif doc.tokens[k - 1].norm_key.startswith("ل") and len(doc.tokens[k - 1].norm_key) > 3:
            lam = k - 1  # («لعشرات الغارات», «لسلسلة غارات»)
        else:
            continue
        v = _verb(doc, lam)
        if v is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if ev.target is None and (not ev.attrs.get("target_span") or _means_phrase(doc, ev)):
            give_undergoer(doc, ev, v, lam)
        if ev.source is None and not ev.attrs.get("source_span"):
            doer = _agent(doc, doc.token_at(ev.trigger.end - 1) or k, min(end, len(doc.tokens)))
            if doer is not None and doer.id != ev.target:
                name_party(ev, "source", doer.id)
