"""A title whose own name follows it is not a person named before: «بعد وفاة الزعيم الروحي للحركة الملا محمد عمر»
is the mullah named right after, not the leader named in the sentence before it.

The title (no name of its own found) runs, over at most ``MAX_GAP`` words of its complement (definite adjectives,
a «لـ» genitive: «الروحي للحركة»), into a rank title that names a person («الملا»، «الشيخ»). The gap must be empty or
hold a «لـ» genitive: «التقى الرئيس الأمريكي الشيخ ...» (the president met the sheikh) keeps its link."""

from __future__ import annotations

from ..doc import Doc
from .units import Found, TitleHit

MAX_GAP = 3
_STOPS = frozenset("،,.:;؛«»()\"!?؟-–—\n")


def named_right_after(doc: Doc, hit: TitleHit, found: Found) -> bool:
    """Whether ``hit`` runs into a rank title with its name (the person it names is that one)."""
    nxt = min((h for h in found.titles if h.start >= hit.end and h.sentence == hit.sentence),
              key=lambda h: h.start, default=None)
    if nxt is None or nxt.person is None or nxt.kind != "rank":
        return False
    gap = doc.text[hit.end : nxt.start]
    if any(ch in _STOPS for ch in gap):
        return False
    words = gap.split()
    if len(words) > MAX_GAP or not all(w.startswith(("ال", "ل")) for w in words):
        return False
    return not words or any(w.startswith("ل") and not w.startswith("ال") for w in words)
