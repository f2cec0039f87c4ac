"""Round q304: «أعلنت المنظمة عن النسخة الثانية من «جائزة ...»»: a quotation governed by «من» after the thing a
cue of an object («أعلن عن», «كشف عن») names is the name of that thing, not the words said («وحذرت
الوزارة من «الالتحاق بأي معهد»» is: «من» is the verb's own there, no «عن» before it).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from .cues import Cue

_ANNOUNCING = frozenset(nkey(w) for w in ("أعلن", "كشف"))


def named_edition(doc: Doc, t: int, cue: Cue, u: int) -> bool:
    """The opening quote mark at token ``u`` stands right after «من», which follows a noun after «عن» after the
    object cue at ``t``: the quotation names the thing announced."""
    if nkey(cue.lemma) not in _ANNOUNCING or u - 1 <= t + 2 or doc.tokens[u - 1].norm_key != "من":
        return False
    return any(doc.tokens[k].norm_key == "عن" for k in range(t + 1, u - 2))
