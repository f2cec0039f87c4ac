"""«يتابع تفاصيل تنفيذ المشروع», «تتابع أطراف قومية انتقاداتها», «تتابع باهتمام التطورات»: «تابع» of following a
matter up, no cue of going on speaking (round qu624). The cue «وتابع الوزير: «...»», «وتابعت أن», «وتابع قائلا»
has what is said after it; «تابع» with the thing followed right after it (followed_objects: «شؤون», «تفاصيل»,
«باهتمام», «عن كثب»), or an imperfect («يتابع», «تتابع», «نتابع») with such a thing a few words on before any
punctuation, colon, quote mark or «أن/إن», follows it up: no one speaks and no quote ends there.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey
from ..text.marks import CUE_ENDS

FOLLOW_REACH = 5  # tokens from an imperfect «يتابع» over its subject to the thing it follows
_OPEN = frozenset("«»“”\"„:،,")


def _followed_thing(doc: Doc, u: int) -> bool:
    """Token ``u`` (or its stem, without an article or a pronoun) is a thing one follows up («تفاصيل», «انتقاداتها»,
    «باهتمام»), or the «عن» of «عن كثب»."""
    tok = doc.tokens[u]
    keys = {tok.norm_key} | {nkey(w.norm) for w in tok.words if w.kind == "stem"}
    keys |= {k.removeprefix("ال") for k in keys}
    if keys & fw("followed_objects"):
        return True
    return tok.norm_key == "عن" and u + 1 < len(doc.tokens) and doc.tokens[u + 1].norm_key == nkey("كثب")


def follows_up(doc: Doc, t: int) -> bool:
    """The «تابع» cue at ``t`` follows a matter up: the thing right after it, or (an imperfect: «يتابع», «تتابع»,
    «نتابع», «يتابعون») within FOLLOW_REACH tokens, before any mark that opens words said or «أن/إن»."""
    if t + 1 < len(doc.tokens) and _followed_thing(doc, t + 1):
        return True  # «يتابع تفاصيل تنفيذ المشروع», «تتابع باهتمام»
    if not doc.tokens[t].norm_key.removeprefix("و").startswith(("ي", "ت", "ن")) or doc.tokens[t].norm_key.removeprefix(
            "و").startswith("تابع"):
        return False  # «وتابع الوزير»: the perfect, its subject next
    for u in range(t + 2, min(len(doc.tokens), t + 1 + FOLLOW_REACH)):
        text = doc.tokens[u].text
        if text in CUE_ENDS or text in _OPEN or doc.tokens[u].norm_key in ("ان", "إن", "أن"):
            return False
        if _followed_thing(doc, u):
            return True  # «تتابع أطراف قومية تونسية انتقاداتها»
    return False
