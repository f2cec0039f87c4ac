"""Round en406: «القطر المصري» (the Egyptian land, in older and Baathist usage: Egypt) names the country of its
adjective; «القطر» alone or with an adjective of no country («القطر العربي الوحيد») is a common noun, no place.

The tagger reads «القطر» as a place (it is «قطر», Qatar, with the article). A LOCATION mention whose word is one of
``country_common_nouns`` (function_words.json) takes in the country adjective right after it and is a mention of
that country (its gazetteer id); without one it is dropped. Called by :mod:`.stage` after the tagger."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer
from .mentionedits import reend

_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def country_nouns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«القطر» + a country adjective → that country's mention; «القطر» alone → none (in place)."""
    nouns = fw_keys("country_common_nouns")
    drop: list[Mention] = []
    for m in mentions:
        if m.type != "LOCATION" or m.key not in nouns or m.attrs.get("gid"):
            continue
        nxt = _NEXT_WORD.match(doc.text, m.end)
        iso3 = gaz.nisba.get(norm_key(nxt.group(1))) if nxt else None
        country = gaz.by_id.get(f"LOC:{iso3}") if iso3 else None
        if nxt is None or not isinstance(country, Entry) or any(
                o is not m and o.start < nxt.end(1) and nxt.start(1) < o.end for o in mentions):
            drop.append(m)  # «القطر العربي»: the country, which no adjective names here
            continue
        reend(doc, m, nxt.end(1))
        m.attrs.update({"gid": country.id, "kind": "country", "form": country.name})
    for m in drop:
        mentions.remove(m)
