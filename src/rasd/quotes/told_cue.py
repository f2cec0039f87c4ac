"""Round qu983: when a verb of telling someone («أبلغ», «أخبر»: ``telling_cues``) is a quote cue. The cue table holds
its past forms only («يبلغ/تبلغ» is far more often «reaches, amounts to»: «تبلغ قيمتها», «تبلغ 15 عاما»); the token
must be one of them with no object pronoun («وأبلغه بأنه»: whom the pronoun stands for is told, and the one who
told him is named elsewhere), no preposition right after it («وأخبرت عن الزلزال»: it reported on), and its words
must open within TOLD_REACH tokens of the sentence («أن/بأن», a colon or a quote mark; not the «أن» of «دون أن»):
not the elative «كان صمته أبلغ من الكلام».
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import bare, fw, fw_keys, nkey

TOLD_REACH = 10  # tokens from the verb to the «أن» its words open with (subject and addressee between)
_SUFFIXES = ("وا", "ت", "ا", "")  # «أبلغوا», «أبلغت», «أبلغا», «أبلغ»
_MARKS = frozenset(("«", '"', "“", ":"))
_NOT_SAID = frozenset(nkey(w) for w in ("دون", "بدون", "قبل", "بعد"))  # «دون أن»: no words of his


def told_cue(doc: Doc, t: int) -> bool:
    """Whether the telling verb at token ``t`` reports words (see the module)."""
    toks = doc.tokens
    key = toks[t].norm_key
    key = key[1:] if key[:1] in ("و", "ف") else key
    if not any(key.endswith(s) and key[: len(key) - len(s)] in fw_keys("telling_cues") for s in _SUFFIXES):
        return False
    if t + 1 >= len(toks) or toks[t + 1].norm_key in fw("prepositions"):
        return False
    for u in range(t + 1, min(len(toks), t + 1 + TOLD_REACH)):
        text = toks[u].text
        if text in (".", "؟", "!"):
            return False
        if text in _MARKS:
            return True
        if bare(nkey(text), "complementizers") in fw("complementizers") and not text.endswith("ء"):
            return toks[u - 1].norm_key not in _NOT_SAID
    return False
