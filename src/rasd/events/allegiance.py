"""Round 106: the one allegiance is declared to.

«أعلن قسم من قادة التنظيم الولاء لأبي بكر البغدادي», «أعلنوا بيعتهم لزعيم التنظيم فلان»: an event with no target
whose trigger is followed right away by a noun of allegiance (function words ``allegiance_nouns``: «الولاء»,
«ولاءه», «البيعة», «بيعته») and then «لـ» + a named person or body has that name as its target. Nothing where
another word comes between, or the name is the event's own source.

Round 114 (:func:`declared_allegiance`): a statement whose object is such a noun («أعلن الولاء لفلان», «أعلنت
ولاءها ومبايعتها للتنظيم», «إعلان بعض مقاتليها الولاء», «أعلن موالاته لـX») pledges allegiance: it aligns its doer
with the one it is declared to, CAMEO 051 (endorse, PLOVER SUPPORT), as «أكد تأييده» does, not a plain statement.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .source_set import name_party

ACTORS = ("PERSON", "ORGANIZATION")
LAM = "ل"
DECLARING = frozenset(("announce", "declare"))
OBJECT_REACH = 6  # words after the statement read for its allegiance noun (past its subject: «إعلان بعض مقاتليها»)
STOPS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "وأن", "أنه", "أنها", "إنه", "إنها", "الذي", "التي",
                                     ".", "،", ",", ":", "«", "؟", "!"))


def _allegiance(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a noun of allegiance, with or without a possessive pronoun."""
    words = doc.tokens[k].words
    stems = [w for w in words if w.kind == "stem"]
    if len(stems) != 1 or any(w.kind == "proclitic" and nkey(w.form) not in ("ال", "و") for w in words):
        return False
    key = nkey(stems[0].form)
    if key.endswith("ت") and any(w.kind == "enclitic" for w in words):
        key = key[:-1] + "ه"  # («بيعته»: the «ة» written «ت» before the pronoun)
    if key in fw("allegiance_nouns"):
        return True
    for suf in ("هما", "هم", "ها", "ه"):  # («موالاته»: a pronoun the word layer left on the stem)
        if key.endswith("ت" + suf):
            return key[: -len(suf) - 1] + "ه" in fw("allegiance_nouns")
    return False


def _lam_name(doc: Doc, k: int) -> str | None:
    """The person or body named at token ``k`` under «لـ»: alone before the name, or on its first word (in the word
    layer, or before the name's mention: «لأبو بكر البغدادي»)."""
    tok = doc.tokens[k]
    lam = bool(tok.words) and tok.words[0].kind == "proclitic" and nkey(tok.words[0].form) == LAM
    if tok.norm_key == LAM and k + 1 < len(doc.tokens):
        k, tok, lam = k + 1, doc.tokens[k + 1], True
    m = next((m for m in doc.mentions if m.entity is not None and m.start < tok.end and m.end > tok.start), None)
    if m is None or m.start < tok.start:
        return None
    prefix = nkey(doc.text[tok.start : m.start])
    if not (prefix in (LAM, "لل") or (lam and prefix in ("", LAM))):
        return None
    ent = doc.entity(m.entity)
    return ent.id if ent is not None and ent.type in ACTORS else None


def declared_allegiance(doc: Doc, i: int, j: int, entry_id: str, b: int) -> bool:
    """Whether the statement trigger of tokens ``i``..``j`` (its entry ``entry_id``; its sentence ends before token
    ``b``) declares an allegiance: a noun of allegiance is its object, within ``OBJECT_REACH`` words after it and
    before any «أن», «عن» or comma (see the module)."""
    if entry_id not in DECLARING:
        return False
    for k in range(j + 1, min(b, len(doc.tokens), j + 1 + OBJECT_REACH)):
        if _allegiance(doc, k):
            return True
        if doc.tokens[k].norm_key in STOPS:
            return False
    return False


def allegiance_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event with no target the one its allegiance noun is declared to (module docstring)."""
    for ev in events:
        if ev.target is not None:
            continue
        k = doc.token_from(ev.trigger.end)
        span = ev.attrs.get("source_span")
        if k is not None and isinstance(span, list) and doc.token_at(span[0]) == k:
            k = doc.token_from(span[1])  # «وأعلن التنظيم بيعته لفلان»: past the subject after the verb
        if k is None or k + 1 >= len(doc.tokens) or doc.tokens[k].start >= ev.sentence.end or not _allegiance(doc, k):
            continue
        eid = _lam_name(doc, k + 1)
        if eid is None or eid == ev.source:
            continue
        name_party(ev, "target", eid)
        ev.attrs["target_allegiance"] = True
