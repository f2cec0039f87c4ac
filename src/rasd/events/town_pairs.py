"""Round lo526: an act of force aimed at «المدينتين/المحافظتين/البلدتين» (function words
``town_dual_anaphors``: a dual place anaphor, «المذكورتين» may follow) with no place of its own is where the pair of
places named just before it is: «وتقدمت القوات في مدينتي الرمادي والفلوجة. وقصفت الطائرات مواقع التنظيم في
المدينتين المذكورتين», «فرضت حصارا على محافظتي تعز وأبين ... وسيتم السيطرة على المحافظتين».

The pair must be told with the dual of the same place word in construct («مدينتي X وY», «محافظتا X وY»), both named
places, not countries, in the act's sentence before it or in the sentence before that; one such pair only. rasd
gives an event one place: the first of the two, as the stage does with a place for each of several targets (the
first target's place is the event's). A null is better than a wrong place: no pair, or two pairs, gives none.

Round lo541: where the anaphor is what the act aims at («السيطرة على المحافظتين», «قصف المدينتين»: «على», or the
word right after the act) and the act has no target, it is one event per town, each town its target and place,
as the stage makes one event per target («سينتقل منه الى بلجيكا والأردن»). A pair told without the dual construct
counts where no construct pair is told: exactly two named places of the same kind joined by «و» («في الرمادي
والفلوجة ... في المدينتين»); «بين البلدين» (two countries) is no town anaphor."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Entity, Event
from .arrivals import place_kind
from .forms import PLACES, fw_keys
from .source_set import name_party
from .where_anaphor import AT, FORCE
from .word_tests import clause_stop, entity_within, past_conjunction

ANAPHOR_REACH = 6  # tokens from the act to «على المدينتين» («أعنف قصف لقوات التحالف على مواقع في المدينتين»)


def _dual_word_after(doc: Doc, k: int) -> tuple[str, bool] | None:
    """The stem («مدينت») of «على/في المدينتين» or «بالمدينتين» within reach after token ``k`` in its clause, and
    whether the act aims at it: «على المدينتين», or «المدينتين» right after the act («قصف المدينتين»)."""
    toks = doc.tokens
    anaphors = fw_keys("town_dual_anaphors")
    if k + 1 < len(toks) and toks[k + 1].norm_key in anaphors:
        return toks[k + 1].norm_key.removeprefix("ال").removesuffix("ين"), True
    for t in range(k + 1, min(len(toks), k + 1 + ANAPHOR_REACH)):
        if clause_stop(toks[t].text):
            return None
        key = toks[t].norm_key.removeprefix("و")
        if key in AT and t + 1 < len(toks) and toks[t + 1].norm_key in anaphors:
            return toks[t + 1].norm_key.removeprefix("ال").removesuffix("ين"), key == AT[0]
        if key.startswith("ب") and key[1:] in anaphors:
            return key[1:].removeprefix("ال").removesuffix("ين"), False
    return None


def _town(doc: Doc, k: int) -> Entity | None:
    """The named place (not a country) at token ``k``."""
    ent = entity_within(doc, k) if 0 <= k < len(doc.tokens) else None
    return ent if ent is not None and ent.type in PLACES and ent.actor is None else None


def _last_token(doc: Doc, k: int, ent: Entity) -> int:
    """The last token of the name of ``ent`` that starts at token ``k``."""
    while k + 1 < len(doc.tokens) and entity_within(doc, k + 1) is ent:
        k += 1
    return k


def _second(doc: Doc, k: int, first: Entity) -> Entity | None:
    """The place joined by «و» to ``first``, whose name ends at token ``k`` («الرمادي والفلوجة»)."""
    if k + 1 >= len(doc.tokens) or not doc.tokens[k + 1].norm_key.startswith("و"):
        return None
    second = _town(doc, k + 1)
    return second if second is not first else None


def _place_key(key: str) -> str:
    """A place word's key without «و» («ومحافظتي» → «محافظتي», :func:`.word_tests.past_conjunction`) and then «بـ» or
    «في» before it («بمدينتي» → «مدينتي»)."""
    return past_conjunction(key).removeprefix("ب").removeprefix("في")


def _dual_construct(doc: Doc, k: int) -> bool:
    """Token ``k`` is the construct dual of a place word («مدينتي», «ومحافظتا»): its pair is told as such."""
    key = _place_key(doc.tokens[k].norm_key)
    return "ال" + key[:-1] + "ين" in fw_keys("town_dual_anaphors") and key.endswith(("ي", "ا"))


def _listed(doc: Doc, k: int) -> bool:
    """Token ``k`` goes on a list of places: «، X» or «وX» after a place's name."""
    before = k - 1
    if before >= 0 and clause_stop(doc.tokens[before].text):
        before -= 1
    elif not doc.tokens[k].norm_key.startswith("و"):
        return False
    return before >= 0 and _town(doc, before) is not None


def _bare_pairs(doc: Doc, lo: int, hi: int) -> list[tuple[Entity, Entity]]:
    """The pairs of places of one kind told in lo..hi as «X وY» alone, no third on the list («في الرمادي والفلوجة»,
    not «في الرمادي والفلوجة وبيجي», nor «مدينتي الرمادي والفلوجة» where the anaphor is «المحافظتين»)."""
    found: list[tuple[Entity, Entity]] = []
    for k, tok in enumerate(doc.tokens):
        first = _town(doc, k) if lo <= tok.start < hi else None
        if first is None or (k > 0 and (entity_within(doc, k - 1) is first or _dual_construct(doc, k - 1))) \
                or _listed(doc, k):
            continue
        second = _second(doc, _last_token(doc, k, first), first)
        if second is None or doc.tokens[_last_token(doc, k, first) + 1].start >= hi:
            continue
        end = _last_token(doc, _last_token(doc, k, first) + 1, second)
        kind = place_kind(first)
        if kind is not None and kind == place_kind(second) and not (end + 1 < len(doc.tokens) and _listed(doc, end + 1)):
            found.append((first, second))
    return found


def _pairs(doc: Doc, lo: int, hi: int, stem: str) -> list[tuple[Entity, Entity]]:
    """The pairs «مدينتي X وY» (the construct dual of ``stem``) told in the text lo..hi; where there is none, those
    told alone (:func:`_bare_pairs`)."""
    toks = doc.tokens
    found: list[tuple[Entity, Entity]] = []
    for k, tok in enumerate(toks):
        if not lo <= tok.start < hi or _place_key(tok.norm_key) not in (
                stem + "ي", stem + "ا"):
            continue
        first = _town(doc, k + 1)
        if first is None:
            continue
        n = _last_token(doc, k + 1, first)
        second = _second(doc, n, first)
        if second is not None and toks[n + 1].start < hi:
            found.append((first, second))
    return found or _bare_pairs(doc, lo, hi)


def town_pair_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place, «على/في المدينتين» right after it, takes the first of the one pair of towns
    named with «مدينتي» before it; an act aimed at the two with no target is one event per town (module
    docstring). The events are numbered again where one is added."""
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        e = doc.token_at(ev.trigger.end - 1)
        found = _dual_word_after(doc, e) if e is not None else None
        if not found or not found[0]:
            continue
        stem, aimed = found
        prev = [s for s in doc.sentences if s.end <= ev.sentence.start]
        lo = prev[-1].start if prev else ev.sentence.start
        pairs = _pairs(doc, ev.sentence.start, ev.trigger.start, stem) or _pairs(doc, lo, ev.sentence.start, stem)
        if len(pairs) != 1:
            continue
        first, second = pairs[0]
        ev.location = first.id
        if aimed and ev.target is None and second.id != ev.source:
            name_party(ev, "target", first.id)
            other = replace(ev, triggers=list(ev.triggers), attrs=dict(ev.attrs), target=second.id, location=second.id)
            out.append(other)
    if len(out) > len(events):
        events[:] = out
        for n, ev in enumerate(events, 1):
            ev.id = f"V{n}"
