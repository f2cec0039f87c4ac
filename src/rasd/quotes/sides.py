"""«الجانبان/الطرفان» as the speaker of a cue (round 176): the two sides of the meeting the article told before.

A cue with no speaker whose subject is the bare dual «الجانبان» or «الطرفان» (function words
``dual_side_words``, the nominative forms) right after it («كما أكد الجانبان على أن»), or a dual cue with no pair
named before it whose sentence wrote that word before it («وأكد الجانبان على ...، كما أكدا ...، وشددا على أن»),
speaks for the two sides: the pair the article's earlier dual cues took («أكدا خلاله» after «لقائه الملك ...»),
only where they all took the same two (a unique meeting pair); nothing where two different pairs were named, where
no pair was, or where country adjectives name the sides («الجانبان المصري واليمني»: the events' rules)."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..entities import gazetteer
from ..events.forms import fw, nkey
from .cues import Cue


def _side_word(doc: Doc, u: int) -> bool:
    """Token ``u`` is the bare nominative «الجانبان/الطرفان» (no country adjective after it)."""
    sides = {nkey(w) for w in fw("dual_side_words") if nkey(w).endswith("ان")}
    if doc.tokens[u].norm_key.removeprefix("و") not in sides:
        return False
    nxt = doc.tokens[u + 1].norm_key if u + 1 < len(doc.tokens) else ""
    return nxt not in gazetteer.load().nisba


def _meeting_pair(quotes: list[Quote]) -> tuple[str, str] | None:
    """The one pair the article's earlier dual cues took, in the order first given; None where none or two."""
    pairs = [q.attrs["speakers"] for q in quotes if isinstance(q.attrs.get("speakers"), list)]
    kinds = {frozenset(p) for p in pairs if len(p) == 2}
    if len(kinds) != 1:
        return None
    first = pairs[0]
    return str(first[0]), str(first[1])


def side_pair(doc: Doc, t: int, cue: Cue, sent: Span, quotes: list[Quote]) -> tuple[str, str] | None:
    """The two sides a cue at token ``t`` speaks for (module docstring), or None."""
    if cue.plural:
        return None
    after = t + 1 < len(doc.tokens) and doc.tokens[t + 1].start < sent.end and _side_word(doc, t + 1)
    first = doc.token_at(sent.start)
    before = cue.dual and any(_side_word(doc, u) for u in range(first if first is not None else t, t))
    if not (after or before):
        return None
    return _meeting_pair(quotes)
