"""Round lo526: an act of force aimed at «المدينتين/المحافظتين/البلدتين» (function words
``town_dual_anaphors``: a dual place anaphor, «المذكورتين» may follow) with no place of its own is where the pair of
places named just before it is: «وتقدمت القوات في مدينتي الرمادي والفلوجة. وقصفت الطائرات مواقع التنظيم في
المدينتين المذكورتين», «فرضت حصارا على محافظتي تعز وأبين ... وسيتم السيطرة على المحافظتين».

The pair must be told with the dual of the same place word in construct («مدينتي X وY», «محافظتا X وY»), both named
places, not countries, in the act's sentence before it or in the sentence before that; one such pair only. rasd
gives an event one place: the first of the two, as the stage does with a place for each of several targets (the
first target's place is the event's). A null is better than a wrong place: no pair, or two pairs, gives none."""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import PLACES, fw_keys
from .where_anaphor import AT, FORCE
from .word_tests import clause_stop, entity_within

ANAPHOR_REACH = 6  # tokens from the act to «على المدينتين» («أعنف قصف لقوات التحالف على مواقع في المدينتين»)


def _dual_word_after(doc: Doc, k: int) -> str | None:
    """The stem («مدينت») of «على/في المدينتين» or «بالمدينتين» within reach after token ``k`` in its clause."""
    toks = doc.tokens
    anaphors = fw_keys("town_dual_anaphors")
    for t in range(k + 1, min(len(toks), k + 1 + ANAPHOR_REACH)):
        if clause_stop(toks[t].text):
            return None
        key = toks[t].norm_key.removeprefix("و")
        if key in AT and t + 1 < len(toks) and toks[t + 1].norm_key in anaphors:
            return toks[t + 1].norm_key.removeprefix("ال").removesuffix("ين")
        if key.startswith("ب") and key[1:] in anaphors:
            return key[1:].removeprefix("ال").removesuffix("ين")
    return None


def _town(doc: Doc, k: int) -> Entity | None:
    """The named place (not a country) at token ``k``."""
    ent = entity_within(doc, k) if 0 <= k < len(doc.tokens) else None
    return ent if ent is not None and ent.type in PLACES and ent.actor is None else None


def _pairs(doc: Doc, lo: int, hi: int, stem: str) -> list[Entity]:
    """The first places of the pairs «مدينتي X وY» (the construct dual of ``stem``) told in the text lo..hi."""
    toks = doc.tokens
    found: list[Entity] = []
    for k, tok in enumerate(toks):
        if not lo <= tok.start < hi or tok.norm_key.removeprefix("و").removeprefix("ب").removeprefix("في") not in (
                stem + "ي", stem + "ا"):
            continue
        first = _town(doc, k + 1)
        if first is None:
            continue
        n = k + 1
        while n + 1 < len(toks) and entity_within(doc, n + 1) is first:
            n += 1
        second = _town(doc, n + 1) if n + 1 < len(toks) and toks[n + 1].norm_key.startswith("و") else None
        if second is not None and second is not first and toks[n + 1].start < hi:
            found.append(first)
    return found


def town_pair_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place, «على/في المدينتين» right after it, takes the first of the one pair of towns
    named with «مدينتي» before it (module docstring)."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        e = doc.token_at(ev.trigger.end - 1)
        stem = _dual_word_after(doc, e) if e is not None else None
        if not stem:
            continue
        prev = [s for s in doc.sentences if s.end <= ev.sentence.start]
        lo = prev[-1].start if prev else ev.sentence.start
        pairs = _pairs(doc, ev.sentence.start, ev.trigger.start, stem) or _pairs(doc, lo, ev.sentence.start, stem)
        if len(pairs) == 1:
            ev.location = pairs[0].id
