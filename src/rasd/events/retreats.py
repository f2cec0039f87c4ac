"""Round ev1012: a withdrawal of forces told as done (entry ``withdraw_forces`` of triggers.tsv, CAMEO 0874 retreat or
surrender militarily).

The verb («انسحبت القوات من المدينة», «الميليشيات التي انسحبت») tells a retreat; the masdar «انسحاب» mostly names one
asked, planned or negotiated («خطة تتضمن انسحاب الحوثيين», «للتفاوض لانسحاب الميليشيات», «بتنفيذ القرار ...
وانسحابها»). The masdar is read as a retreat only right after a word that places it in time or tells it forced
(``retreat_told_before``: «بعد/قبل/إثر/عقب/أعقاب انسحاب», «أجبرهم على الانسحاب»), within ``TOLD_REACH`` tokens
(:func:`told_retreat`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import Cand, fw_keys

__all__ = ["RETREAT_ENTRY", "told_retreat"]

RETREAT_ENTRY = "withdraw_forces"  # the trigger entry of «انسحب/انسحاب» (triggers.tsv)
TOLD_REACH = 2  # tokens back from the masdar to its time word («في أعقاب انسحابهم», «بعد انسحاب»)


def told_retreat(tokens: Sequence[Token], i: int, cand: Cand, pos: str) -> bool:
    """Whether the withdrawal at ``tokens[i]`` (read as ``pos``) is told as done (see the module): a verb, or a
    masdar right after a word of ``retreat_told_before``."""
    if pos == "V":
        return True
    words = fw_keys("retreat_told_before")
    return any(tokens[k].norm_key in words for k in range(max(0, i - TOLD_REACH), i))
