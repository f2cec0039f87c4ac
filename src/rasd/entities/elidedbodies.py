"""Round 93: a listed body of three words named later without its middle adjective («المؤتمر العام» after «المؤتمر
الوطني العام», Libya's congress) is that body (called by :mod:`.stage`, after the tagger).

A gazetteer mention of an organisation whose listed name has three words, the middle one a definite adjective
(«الوطني»), gives the later pair of its first and last words («وممثلي المؤتمر العام»; «و/ل/ب» before the first
allowed) the body's entry, where no mention covers the pair and the pair is no listed name of its own. Not before
the full name («المؤتمر العام لحزب ...» in an article that never names the congress is a party's congress), nor in
an article naming two such bodies of one pair, nor before «لـ» + a noun («المؤتمر العام لحزب ...»: round ents94)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .dockeys import doc_keys
from .gazetteer import Gazetteer, clitic_variants


def _pairs(mentions: list[Mention], gaz: Gazetteer) -> dict[tuple[str, str], tuple[int, Mention]]:
    """(first word, last word) of each listed three-word body with a definite middle word → (where the article
    first names it in full, that mention); a pair two bodies share is left out."""
    out: dict[tuple[str, str], tuple[int, Mention]] = {}
    shared: set[tuple[str, str]] = set()
    for m in mentions:
        if m.type != "ORGANIZATION" or m.source != "gazetteer":
            continue
        e = gaz.by_id.get(str(m.attrs.get("gid", "")))
        words = [norm_key(w) for w in e.name.split()] if e is not None else []
        if len(words) != 3 or not words[1].startswith("ال"):
            continue
        pair = (words[0], words[2])
        got = out.get(pair)
        if got is not None and got[1].attrs.get("gid") != m.attrs.get("gid"):
            shared.add(pair)
        elif got is None or m.end < got[0]:
            out[pair] = (m.end, m)
    return {p: v for p, v in out.items() if p not in shared and p not in gaz.phrases}


def _possessed(doc: Doc, i: int) -> bool:
    """Round ents94: the pair ending at token ``i`` is in construct with a possessor after it, «لـ» + a noun
    («المؤتمر العام لحزب سيريزا», «المؤتمر العام للوكالة»): another body's congress, not the listed one."""
    toks = doc.tokens
    if i + 1 >= len(toks) or doc.text[toks[i].end : toks[i + 1].start] != " ":
        return False
    return any("ل" in pre for _, _, pre in clitic_variants(toks[i + 1].text))


def elided_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«أوضح المؤتمر الوطني العام ... ممثلي المؤتمر العام» → the second is a mention of the congress too."""
    pairs = _pairs(mentions, gaz)
    if not pairs:
        return
    firsts = {p[0] for p in pairs}
    if firsts.isdisjoint(doc_keys(doc)):
        return  # (no token can be read as a first word of the pairs: the per-token test below would find none)
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks[:-1]):
        hit = next(((k, off) for k, off, _ in clitic_variants(tok.text) if k in firsts), None)
        if hit is None:
            continue
        nxt = toks[i + 1]
        got = pairs.get((hit[0], nxt.norm_key))
        if got is None or tok.start < got[0] or text[tok.end : nxt.start] != " ":
            continue
        start, end = tok.start + hit[1], nxt.end
        if any(m.start < end and m.end > start for m in mentions) or _possessed(doc, i + 1):
            continue
        full = got[1]
        span = text[start:end]
        mentions.append(Mention(start, end, span, "ORGANIZATION", "gazetteer", norm_key(span), None,
                                dict(full.attrs)))
