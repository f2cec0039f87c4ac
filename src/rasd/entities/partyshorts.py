"""Round en425: a party named in full and then by «الحزب» and its last adjective is that party: «حزب الشعب
الجمهوري» (Turkey's CHP) ... «الحزب الجمهوري» is the CHP again, not the United States' Republican Party that the
short form names on its own (called by :mod:`.stage`, after the tagger).

A gazetteer mention of a party whose listed name has three words or more, the first «حزب» and the last a definite
adjective («الجمهوري», «الديمقراطي»), gives a later «الحزب» + that adjective («و/ل/ب» before it allowed) the
party's entry: a mention there (the short form's own listed reading, or the tagger's) takes the party's attributes,
and where no mention covers the pair one is put. Not before the full name, nor in an article naming two such
parties of one adjective, nor where the article names the short form's own body in another form too («الجمهوريون»,
«الحزب الجمهوري الأميركي»: an article about both parties)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .clitics import clitic_head_offset
from .gazetteer import Gazetteer
from .units import mentions_over

_PARTY = norm_key("حزب")
_THE_PARTY = frozenset((norm_key("الحزب"),))


def _full_parties(mentions: list[Mention], gaz: Gazetteer) -> dict[str, Mention]:
    """The last adjective of each listed party named in full («حزب ... الجمهوري») → its first full mention; an
    adjective two parties share is left out."""
    out: dict[str, Mention] = {}
    shared: set[str] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        if m.type != "ORGANIZATION" or m.source != "gazetteer" or m.attrs.get("kind") != "party":
            continue
        e = gaz.by_id.get(str(m.attrs.get("gid", "")))
        words = [norm_key(w) for w in e.name.split()] if e is not None else []
        if len(words) < 3 or words[0] != _PARTY or not words[-1].startswith("ال"):
            continue
        got = out.get(words[-1])
        if got is not None and got.attrs.get("gid") != m.attrs.get("gid"):
            shared.add(words[-1])
        elif got is None:
            out[words[-1]] = m
    return {k: v for k, v in out.items() if k not in shared}


def party_short_forms(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«حزب الشعب الجمهوري ... الحزب الجمهوري» → the second is a mention of the CHP too (in place)."""
    fulls = _full_parties(mentions, gaz)
    if not fulls:
        return
    toks = doc.tokens
    text = doc.text
    for i, tok in enumerate(toks[:-1]):
        off = clitic_head_offset(tok.text, _THE_PARTY)
        nxt = toks[i + 1]
        full = fulls.get(nxt.norm_key) if off is not None else None
        if off is None or full is None or tok.start < full.end or text[tok.end : nxt.start] != " ":
            continue
        start, end = tok.start + off, nxt.end
        over = mentions_over(mentions, start, end)
        own = next((m for m in over if m.start == start and m.end == end), None)
        if own is None and over:
            continue  # a longer name read there
        if own is None:
            span = text[start:end]
            mentions.append(Mention(start, end, span, "ORGANIZATION", "gazetteer", norm_key(span), None,
                                    dict(full.attrs)))
            continue
        gid = own.attrs.get("gid")
        if gid and gid != full.attrs.get("gid") and any(
                m.attrs.get("gid") == gid and m.key != own.key for m in mentions):
            continue  # «الجمهوريون» too: the article speaks of the short form's own party as well
        own.attrs = dict(full.attrs)
        own.type = "ORGANIZATION"
