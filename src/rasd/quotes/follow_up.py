"""«يتابع تفاصيل تنفيذ المشروع», «تتابع أطراف قومية انتقاداتها», «تتابع باهتمام التطورات»: «تابع» of following a
matter up, no cue of going on speaking (round qu624). The cue «وتابع الوزير: «...»», «وتابعت أن», «وتابع قائلا»
has what is said after it; «تابع» with the thing followed right after it (followed_objects: «شؤون», «تفاصيل»,
«باهتمام», «عن كثب»), or an imperfect («يتابع», «تتابع», «نتابع») with such a thing a few words on before any
punctuation, colon, quote mark or «أن/إن», follows it up: no one speaks and no quote ends there. The perfect
«وتابع الوزير تفاصيل المشروع», «وتابع أمير المنطقة سير العمل», «وتابع الوزير عن كثب» likewise, where what stands
between the verb and the thing followed is its subject: a name or title phrase (round qu632).
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


def _subject_word(doc: Doc, u: int) -> bool:
    """Token ``u`` may be part of a perfect «تابع»'s subject: a title («الوزير», «وزير»), a word of a name or entity
    («محمد», «بن», «الداخلية»), or a definite noun after one («أمير المنطقة»)."""
    tok = doc.tokens[u]
    k = tok.norm_key
    if k in fw("titles") or k.removeprefix("ال") in fw("titles") or k.startswith("ال") or k in ("بن", "ابن"):
        return True
    return any(m.start <= tok.start < m.end for e in doc.entities for m in e.mentions)


def follows_up(doc: Doc, t: int) -> bool:
    """The «تابع» cue at ``t`` follows a matter up: the thing right after it, or within FOLLOW_REACH tokens before
    any mark that opens words said or «أن/إن»: over anything for an imperfect («يتابع», «تتابع», «نتابع»,
    «يتابعون»), over a subject of titles and names for the perfect («وتابع الوزير تفاصيل المشروع»)."""
    if t + 1 < len(doc.tokens) and _followed_thing(doc, t + 1):
        return True  # «يتابع تفاصيل تنفيذ المشروع», «تتابع باهتمام»
    perfect = not doc.tokens[t].norm_key.removeprefix("و").startswith(("ي", "ت", "ن")) or \
        doc.tokens[t].norm_key.removeprefix("و").startswith("تابع")
    for u in range(t + 2, min(len(doc.tokens), t + 1 + FOLLOW_REACH)):
        text = doc.tokens[u].text
        if text in CUE_ENDS or text in _OPEN or doc.tokens[u].norm_key in ("ان", "إن", "أن"):
            return False
        if perfect and not _subject_word(doc, u - 1):
            return False  # «وتابع الوزير قائلا»: no subject phrase of titles and names before it
        if _followed_thing(doc, u):
            return True  # «تتابع أطراف قومية تونسية انتقاداتها», «وتابع الوزير سير العمل»
    return False
