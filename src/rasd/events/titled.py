"""Round 286: an act named in a title is no act told. «نشرت الصحيفة تقريرا بعنوان «الهجوم على غزة»», «وقعا ما سمياه
بـ «معاهدة عدم الاعتداء»», «أطلقت الحكومة حملة «لا للعنف»»: a trigger inside a short quotation (at most
``TITLE_WORDS`` words, closed) that opens right after a noun of a title or a document, or a word of naming
(function words ``title_heads``, with «و/لـ/بـ» off), or after a separate «بـ» that follows such a word of naming
within ``NAMING_BACK`` words, is a word of that name, no event. A quotation after a verb of saying («وقال «نرفض
الهجوم»») or after a body's name is none of these: its acts stay.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, keys_of
from .lexicon import Hit
from .word_tests import clause_stop

TITLE_WORDS = 8  # words inside the quotation marks of a title
NAMING_BACK = 4  # words from a separate «بـ» back to the word of naming («سماها النظام في بيانه بـ»)
OPENING = frozenset(("«", "\"", "“"))
CLOSING = frozenset(("»", "\"", "”"))
_BI = frozenset(("ب", "بـ"))


def _head(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a title head or a word of naming, with «و/لـ/بـ» off."""
    heads = fw_keys("title_heads")
    key = doc.tokens[t].norm_key
    return key in heads or key[:1] in ("و", "ل", "ب") and key[1:] in heads \
        or not keys_of(doc.tokens[t]).isdisjoint(heads)


def _opening(doc: Doc, hit: Hit, a: int) -> int | None:
    """The token of the quotation mark the trigger stands in, where the quotation closes within the title's words."""
    toks = doc.tokens
    opened = None
    for t in range(hit.i - 1, max(a, hit.i - TITLE_WORDS) - 1, -1):
        if toks[t].text in OPENING:
            opened = t
            break
        if toks[t].text in CLOSING or clause_stop(toks[t].text):
            return None
    if opened is None:
        return None
    for t in range(hit.j + 1, min(len(toks), opened + TITLE_WORDS + 2)):
        if toks[t].text in CLOSING:
            return opened
        if toks[t].text in OPENING or toks[t].text in (".", "؟", "!"):
            return None
    return None


def titled(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the trigger ``hit`` (its sentence from token ``a``) is a word of a title (see the module)."""
    q = _opening(doc, hit, a)
    if q is None or q - 1 < a:
        return False
    if _head(doc, q - 1):
        return True
    if doc.tokens[q - 1].norm_key not in _BI:
        return False
    return any(_head(doc, t) for t in range(q - 2, max(a, q - 2 - NAMING_BACK) - 1, -1))


__all__ = ["titled"]
