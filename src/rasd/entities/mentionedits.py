"""Edits to a mention in place that many entity passes make: a new end (its text and key follow), and taking in
the mention right after it."""

from __future__ import annotations

from ..doc import Doc, Mention
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
