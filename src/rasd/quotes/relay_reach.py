"""Relays past a long subject, for the ``quotes`` stage. A relay cue («نقلت الوكالة عن فلان») finds its «عن»
within NEXT_WORDS words (cues.next_at); an outlet named with its description runs longer («نقلت شبكة تلفزيون «إن دي
تي في» الإخبارية الهندية عن فلان قوله إن», «ونقلت وكالة الأنباء اليمنية التابعة للحكومة الشرعية عن الرئيس قوله»).
Past those words the «عن» is taken only where the words relayed follow it (``saying_objects``: «قوله، قولها،
قولهم»), the sure mark of a relay; and a quotation standing before that «عن» is a name in the subject, not what was
said.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..events.forms import fw, keys_of
from ..text.marks import CUE_ENDS

RELAY_WORDS = 10  # words at most from a relay verb to its «عن» when «قوله» follows
SAYING_REACH = 12  # tokens at most from that «عن» to «قوله» (the source's name, an apposition, «أمس»)
_SKIPPED = frozenset(("،", ",", "«", "»", "“", "”", '"', "„"))  # not counted as words: commas and quote marks


def relay_from(doc: Doc, u: int, wanted: frozenset[str], words: int) -> int | None:
    """The relay's «عن» (a key in ``wanted``) at or after token ``u``, the ``words``-th word after the verb, within
    RELAY_WORDS words and before a sentence stop, where the words relayed follow it; None where there is none."""
    for v in range(u, len(doc.tokens)):
        tok = doc.tokens[v]
        if tok.text in CUE_ENDS:
            return None
        if tok.text in _SKIPPED:
            continue
        if words > RELAY_WORDS:
            return None
        if keys_of(tok) & wanted:
            return v if _saying_after(doc, v) else None
        words += 1
    return None


def _saying_after(doc: Doc, v: int) -> bool:
    """«عن فلان، المسؤول بمقاطعة كذا، قوله»: a word of ``saying_objects`` within SAYING_REACH tokens after «عن» at
    ``v``, before a sentence stop."""
    for w in range(v + 1, min(v + 1 + SAYING_REACH, len(doc.tokens))):
        tok: Token = doc.tokens[w]
        if tok.text in CUE_ENDS:
            return False
        if tok.norm_key in fw("saying_objects"):
            return True
    return False
