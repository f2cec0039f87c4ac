"""Round 129: the place of a phrase of venue fronted before the act (see ``where_told.told_places``), narrow: a
null is better than a wrong place.

- «وأمام مكتب محافظ البصرة، تظاهر أمس المئات»: a sentence opened by a word of venue (function words
  ``fronted_venue_words``: «أمام», «قرب», «قبالة») and closed by a comma before its first act (not a saying) puts
  that act where the phrase's place is (``fronted_places``)."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw, nkey
from .lexicon import VERBAL_CODES
from .word_tests import clause_stop, finite_verb

FRONT_REACH = 8  # tokens from the opening word of venue to its closing comma («أمام مكتب محافظ البصرة،»)
AFTER_COMMA = 1  # tokens after the comma before the act («، تظاهر أمس»: the verb right after it)


def _phrase_place(doc: Doc, lo: int, hi: int) -> str | None:
    """The place named last in tokens lo..hi-1; a country (its actor is itself) only after «في» («أمام سفارة
    إيران» is not in Iran). None if there is none."""
    spots: list[tuple[int, str]] = []
    for e in doc.entities:
        if e.type not in PLACES:
            continue
        for m in e.mentions:
            t = doc.token_at(m.start)
            if t is None or not lo <= t < hi:
                continue
            country = e.actor is not None and e.actor == e.country
            if country and doc.tokens[t - 1].norm_key.removeprefix("و") != "في":
                continue
            spots.append((t, e.id))
    return max(spots)[1] if spots else None


def fronted_places(doc: Doc, events: list[Event]) -> None:
    """The first act (not a saying) of a sentence opened by a fronted phrase of venue (``fronted_venue_words``,
    «بالقرب من») closed by a comma, the act right after the comma, with no place of its own, takes the place
    named last in the phrase (``_phrase_place``); no clause stop, quotation or finite verb in the phrase."""
    toks = doc.tokens
    for sent in doc.sentences:
        first = doc.token_at(sent.start)
        if first is None or toks[first].norm_key.removeprefix("و") not in fw("fronted_venue_words"):
            continue
        comma = None
        for t in range(first + 1, min(len(toks), first + 1 + FRONT_REACH)):
            text = toks[t].text
            if text in ("،", ","):
                comma = t
                break
            if clause_stop(text) or finite_verb(toks[t]) or any(q in text for q in ("«", "»", '"')):
                break
        if comma is None:
            continue
        mine = sorted((ev for ev in events if sent.start <= ev.trigger.start < sent.end
                       and toks[comma].end <= ev.trigger.start), key=lambda ev: ev.trigger.start)
        if not mine:
            continue
        ev = mine[0]
        k = doc.token_at(ev.trigger.start)
        if k is None or k - comma - 1 >= AFTER_COMMA or ev.location is not None or ev.code[:2] in VERBAL_CODES:
            continue
        ev.location = _phrase_place(doc, first + 1, comma)
