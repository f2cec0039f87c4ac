"""«According to» inside a clause that goes on past its source, for the ``quotes`` stage (see content.
_according_through): the source a report word and the phrases naming whose it is («وفقا لتقرير لمصرف أبوظبي
الإسلامي إلى محفظته ...»), and the clause going on in a verb in «فـ» («أما نجاحها الحقيقي بحسب باريس فيكمن في
...»)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .cues import source_word

OWNER_PHRASES = 3  # phrases after a report word that name whose report it is
OWNER_REACH = 5  # tokens from «according to» to the head of the body whose name holds a place


def reported_by(doc: Doc, chunks: list[Chunk], t: int, after: int) -> int | None:
    """The token past a source that is a report word (source_word: «تقرير», «بيانات») and the phrases right after
    it with a name among them («لمصرف أبوظبي الإسلامي»), at most OWNER_PHRASES; None where the first phrase is no
    report word or no name follows it."""
    first = chunks[0]
    if not source_word(doc.tokens[first.i]):
        return None
    named = False
    for c in chunks[1 : 1 + OWNER_PHRASES]:
        if c.i != after:
            break
        after = c.j + 1
        named = named or c.entity is not None
    return after if named else None


def goes_on_in_fa(doc: Doc, u: int) -> bool:
    """The token at ``u`` is a present verb in «فـ» («فيكمن», «فتتمثل»): the clause goes on (not «في»)."""
    key = doc.tokens[u].norm_key
    return len(key) >= 5 and key[0] == "ف" and key[1] in ("ي", "ت")


def place_in_body(doc: Doc, t: int, speaker: str | None) -> Span | None:
    """The phrase of a body the entity layer left unnamed whose name holds the place it took for the speaker of
    the «according to» cue at ``t`` («وفقا لتقرير لمصرف أبوظبي الإسلامي»: the bank, not Abu Dhabi): a place
    mention within the cue's next OWNER_REACH tokens right after a body's head (according_body_heads,
    firm_heads; «لـ» on it), to the mention's end and one definite adjective after it; None where that is not so."""
    ent = doc.entity(speaker) if speaker is not None else None
    if ent is None or ent.type != "LOCATION":
        return None
    heads = fw("according_body_heads") | fw("firm_heads")
    for k in range(t + 1, min(len(doc.tokens) - 1, t + OWNER_REACH)):
        key = doc.tokens[k].norm_key
        if key not in heads and not (key[:1] == "ل" and key[1:] in heads):
            continue
        nxt = doc.tokens[k + 1]
        mention = next((m for m in ent.mentions if m.start == nxt.start), None)
        if mention is None:
            return None
        end = mention.end
        v = next((v for v, tok in enumerate(doc.tokens) if tok.start >= mention.end), None)
        if v is not None and doc.tokens[v].norm_key.startswith("ال") and doc.tokens[v].text[:1].isalpha():
            end = doc.tokens[v].end  # «مصرف أبوظبي الإسلامي»
        head = doc.tokens[k]
        return Span(head.start + (1 if key[:1] == "ل" and key[1:] in heads else 0), end)
    return None
