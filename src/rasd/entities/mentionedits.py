"""Edits to mentions that many entity passes make: a new end (its text and key follow), taking in the mention
right after it, and a new pattern mention over the mentions inside its span."""

from __future__ import annotations

from ..doc import JSON, Doc, Mention
from ..text.normalize import norm_key


def reend(doc: Doc, m: Mention, end: int) -> None:
    """Let ``m`` end at ``end``; its text and key follow."""
    m.end = end
    m.text = doc.text[m.start : end]
    m.key = norm_key(m.text)


def absorb(doc: Doc, mentions: list[Mention], m: Mention, nxt: Mention) -> None:
    """``m`` takes in ``nxt`` (which leaves ``mentions``): its attributes where ``m`` has none of that name, and
    its end."""
    mentions.remove(nxt)
    for key, val in nxt.attrs.items():
        m.attrs.setdefault(key, val)
    reend(doc, m, nxt.end)


def cover(doc: Doc, mentions: list[Mention], start: int, end: int, typ: str, attrs: JSON) -> bool:
    """A new pattern mention of ``typ`` from ``start`` to ``end`` (appended to ``mentions``) in place of the
    mentions inside it; none (False) where a mention runs past either end (part of a longer name)."""
    over = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in over):
        return False
    for m in over:
        mentions.remove(m)
    text = doc.text[start:end]
    mentions.append(Mention(start, end, text, typ, "pattern", norm_key(text), None, attrs))
    return True
