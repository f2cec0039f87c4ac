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


def short_forms(mentions: list[Mention], typ: str, kind: str) -> None:
    """A pattern mention of ``typ`` and ``kind`` whose words begin the one longer such mention of the article
    («بحر الصين» and «بحر الصين الجنوبي», «جمعية صناعة الصلب» and «جمعية صناعة الصلب المغربية») is read as that
    name (``form`` and key), to be one entity with it; not where two longer names begin so (which one is not said)."""
    same = [m for m in mentions if m.type == typ and m.attrs.get("kind") == kind]
    for m in same:
        longer = {norm_key(o.text): o.text for o in same if o.text.startswith(m.text + " ")}
        if len(longer) == 1:
            full = next(iter(longer.values()))
            m.attrs["form"] = full
            m.key = norm_key(full)
