"""Round ev819: «وأكدت حينها وقوف الرياض مع القاهرة»: standing by a party, stated, is verbal support of it.

A statement verb (``affirm``, ``announce``, ``declare``: «أكد», «أعلن», and the noun «إعلان») whose object is a
masdar of standing by (function words ``stood_with_nouns``: «وقوف», «تضامن», «وقوفها», «التضامن»), followed by
its doer (a name: «وقوف الرياض», or none where the masdar carries the doer's pronoun: «وقوفها») and then «مع»,
«إلى جانب» or «بجانب» and a party, endorses that party: CAMEO 051 (PLOVER SUPPORT), the code the lexicon gives
«أكد دعمه» (``performative_support``, :mod:`.performative`). The party is the event's target
(:func:`stood_parties`), the doer named after the masdar its source («أكد الملك وقوف المملكة إلى جانب مصر»:
the kingdom stands by Egypt); with the pronoun the statement's subject stays the source.

Not «الوقوف على» (to examine: «الوقوف على آخر المستجدات»), nor «وقف» (to stop: «وقف إطلاق النار»: no word of the
list), nor «الوقوف خلف/وراء» (to be behind an attack), nor where «أن», a comma or the clause's end comes first.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .done_by import _named_at
from .forms import fw_keys, nkey
from .lexicon import Hit
from .source_set import name_party

STATING = frozenset(("affirm", "announce", "declare"))  # entry ids of the statement verbs that may state it
OBJECT_REACH = 6  # words after the verb read for the masdar (past its subject: «أكد وزير الخارجية وقوف»)
DOER_REACH = 5  # words of the doer's name between the masdar and «مع» («وقوف المملكة العربية السعودية إلى»)
PARTY_REACH = 3  # words after «مع» to the party's name («إلى جانب حكومة وشعب مصر»)
STOPS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "وأن", "أنه", "أنها", "إنه", "إنها", "الذي", "التي", "على",
                                     "خلف", "وراء", "ضد", ".", "،", ",", ":", "«", "»", "؟", "!", "(", ")"))
WITH = nkey("مع")
BESIDE = frozenset((nkey("بجانب"), nkey("جانب")))  # «بجانب مصر», «إلى جانب مصر»
TO = nkey("إلى")


def _link(doc: Doc, k: int, b: int) -> int | None:
    """The token after «مع», «بجانب» or «إلى جانب» opening at token ``k``, else None."""
    key = doc.tokens[k].norm_key
    if key == WITH or key == nkey("بجانب"):
        return k + 1
    if key == TO and k + 1 < b and doc.tokens[k + 1].norm_key in BESIDE:
        return k + 2
    return None


def stood_with(doc: Doc, j: int, b: int) -> tuple[int, int] | None:
    """For a statement verb ending at token ``j`` (its sentence ends before token ``b``): the masdar of standing by
    that is its object and the token after «مع»/«إلى جانب» (see the module), else None."""
    for k in range(j + 1, min(b, j + 1 + OBJECT_REACH)):
        key = doc.tokens[k].norm_key
        if key in STOPS:
            return None
        if key not in fw_keys("stood_with_nouns"):
            continue
        for n in range(k + 1, min(b - 1, k + 2 + DOER_REACH)):
            if (after := _link(doc, n, b)) is not None:
                return (k, after) if after < b else None
            if doc.tokens[n].norm_key in STOPS:
                return None
        return None
    return None


def stands_by(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the statement ``hit`` states its doer's standing by a party («أكد وقوف الرياض مع القاهرة»)."""
    return hit.entry.id in STATING and (hit.pos == "V" or hit.entry.id == "announce") and \
        stood_with(doc, hit.j, b) is not None


def _party(doc: Doc, k: int, b: int) -> str | None:
    """The entity named first within ``PARTY_REACH`` words from token ``k``, before any stop."""
    for n in range(k, min(b, k + PARTY_REACH)):
        if (eid := _named_at(doc, n, b)) is not None:
            return eid
        if doc.tokens[n].norm_key in STOPS:
            return None
    return None


def _same_state(doc: Doc, held: str | None, doer: str) -> bool:
    """Whether the source already held and the doer named after the masdar are of one country (السعودية, الرياض)."""
    a, b = doc.entity(held), doc.entity(doer)
    return a is not None and b is not None and a.country is not None and a.country == b.country


def stood_parties(doc: Doc, events: list[Event]) -> None:
    """Give a statement of standing by (CAMEO 051) the party stood by as its target, and the doer named after the
    masdar as its source (module docstring)."""
    for ev in events:
        j = doc.token_at(ev.trigger.end - 1)
        if ev.code != "051" or j is None:
            continue
        b = doc.token_from(ev.sentence.end) or len(doc.tokens)
        got = stood_with(doc, j, b)
        if got is None:
            continue
        doer = _named_at(doc, got[0] + 1, b)
        party = _party(doc, got[1], b)
        if party is None or party in (doer, ev.source if doer is None else None):
            continue
        if doer is not None and not _same_state(doc, ev.source, doer):
            name_party(ev, "source", doer)  # (the speaker's own state by another name stays: «وأكدت وقوف الرياض»)
        name_party(ev, "target", party)
        ev.attrs["target_stood_with"] = True
