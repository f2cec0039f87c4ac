"""Round 74: a sea, a gulf or a strait named after a place («بحر الصين الجنوبي», «خليج عدن», «مضيق جبل طارق»)
is one place, the water body, not the country or the city in its name (called by :mod:`.stage`, after the
tagger).

An indefinite head of ``sea_heads`` (after a proclitic: «لخليج», «وبحر») right before a place mention (one or two
words, the mention starting on the next word), then at most one compass adjective of ``sea_compass_adjectives``
(«الجنوبي»), is the water body's mention: the mentions inside it (the country, a person the tagger read in
«بحر») are dropped. The water body is of no country. Not where a mention reaches outside the span, nor a head
with no place after it («في بحر أسبوع»: within a week), nor a place after a line break."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import none_in
from .mentionedits import cover, short_forms
from .gazetteer import clitic_head_offset
from .units import spaced


def _near(doc: Doc, a: Token, b: Token) -> bool:
    """Token ``b`` follows ``a`` after spaces on the same line."""
    return spaced(doc, a, b) and "\n" not in doc.text[a.end : b.start]

MAX_PLACE = 2  # words of the place after the head («جبل طارق»)


def sea_names(doc: Doc, mentions: list[Mention]) -> None:
    """Replace (in ``mentions``) a place named after a sea's head, and what lies inside it, by the sea."""
    heads = fw_keys("sea_heads")
    if none_in(doc, heads):
        return  # (no head in the document: see .dockeys)
    compass = fw_keys("sea_compass_adjectives")
    toks = doc.tokens
    for i in range(len(toks) - 1):
        off = clitic_head_offset(toks[i].text, heads)
        if off is None or not _near(doc, toks[i], toks[i + 1]):
            continue
        place = None
        for n in range(1, MAX_PLACE + 1):
            k = i + n
            if k >= len(toks) or not _near(doc, toks[k - 1], toks[k]):
                break
            place = next((m for m in mentions if m.type == "LOCATION" and m.start == toks[i + 1].start
                          and m.end == toks[k].end), None)
            if place is not None:
                break
        if place is None:
            continue
        k = next(j for j in range(i + 1, len(toks)) if toks[j].end == place.end)
        end = place.end
        if k + 1 < len(toks) and _near(doc, toks[k], toks[k + 1]) and toks[k + 1].norm_key in compass:
            end = toks[k + 1].end
        start = toks[i].start + off
        cover(doc, mentions, start, end, "LOCATION", {"kind": "sea"})


def short_seas(doc: Doc, mentions: list[Mention]) -> None:
    """«بحر الصين» where the article names «بحر الصين الجنوبي» (round 78): the sea named in full, its compass
    adjective left out («جنوب بحر الصين», «مناطق من بحر الصين»), one place with it, not a second sea. Not where
    the article names two seas so («بحر الصين الجنوبي» and «بحر الصين الشرقي»: which one is not said)."""
    short_forms(mentions, "LOCATION", "sea")


def definite_seas(doc: Doc, mentions: list[Mention]) -> None:
    """«البحر العربي» where a place mention holds «البحر» alone (round 78): the definite head of ``sea_heads``
    and the definite adjective right after it (a nisba in «ـي»: «العربي», «الكاريبي») are one sea. Not a head
    with no such adjective («البحر» alone stays as read), nor an adjective another mention holds."""
    heads = fw_keys("sea_heads")
    text = doc.text
    for m in [m for m in mentions if m.type == "LOCATION" and " " not in m.text.strip()]:
        if norm_key(m.text).removeprefix("ال") not in heads or not norm_key(m.text).startswith("ال"):
            continue
        if text[m.end : m.end + 3] != " ال":
            continue
        end = m.end + 1
        while end < len(text) and text[end].isalpha():
            end += 1
        adj = text[m.end + 1 : end]
        if not adj.endswith("ي") or len(adj) < 5 or any(o.start < end and o.end > m.end for o in mentions):
            continue
        cover(doc, mentions, m.start, end, "LOCATION", {"kind": "sea"})
