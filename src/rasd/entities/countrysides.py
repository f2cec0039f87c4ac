"""Round en425: «الجانب الأميركي» (the American side) stands for that country — its government in talks, a deal or
a call («وستقدم رؤيتها إلى الجانب الأميركي», «لكن الجانب الأميركي رفض الحل العسكري»), its land on a border
(«على الجانب السوري من الحدود») — and is a mention of the country, as «القطر المصري» is (:mod:`.countrynouns`).

A word whose proclitic reading is one of ``country_side_nouns`` (function_words.json: «الجانب», «للجانب»), a space,
and a country adjective (the gazetteer's ``nisba``) are a LOCATION mention of that country (its gazetteer id). Not
«الجانب» before any other adjective («الجانب العسكري», «الجانب الآخر»), nor where a mention runs past the adjective
(a longer name read there), nor the dual («اتفق الجانبان المصري واليمني»: its two adjectives are read as the two
parties already). Called by :mod:`.stage` after the tagger."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .clitics import clitic_head_offset
from .gazetteer import Entry, Gazetteer

_NEXT_WORD = re.compile(r" (\w+)")


def _country(gaz: Gazetteer, word: str) -> Entry | None:
    """The listed country whose adjective ``word`` is, else None."""
    iso3 = gaz.nisba.get(norm_key(word))
    got = gaz.by_id.get(f"LOC:{iso3}") if iso3 else None
    return got if isinstance(got, Entry) else None


def _put(doc: Doc, mentions: list[Mention], start: int, end: int, country: Entry) -> None:
    """Put the country mention over [start, end) in place of the mentions inside it; nothing where a mention
    crosses its bounds."""
    if any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in mentions):
        return
    mentions[:] = [m for m in mentions if m.end <= start or m.start >= end]
    span = doc.text[start:end]
    mentions.append(Mention(start, end, span, "LOCATION", "anaphor", norm_key(span), None,
                            {"gid": country.id, "kind": "country", "form": country.name}))


def country_sides(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«الجانب الأميركي» → a mention of the United States (in place)."""
    nouns = fw_keys("country_side_nouns")
    text = doc.text
    for tok in doc.tokens:
        if "جانب" not in tok.text:
            continue  # (the common case: one substring test a token)
        got = clitic_head_offset(tok.text, nouns)
        nxt = _NEXT_WORD.match(text, tok.end) if got is not None else None
        country = _country(gaz, nxt.group(1)) if nxt is not None else None
        if got is not None and nxt is not None and country is not None:
            _put(doc, mentions, tok.start + got, nxt.end(1), country)
