"""Round ev996: a masdar with its possessive pronoun that is spelt like a past verb with an object pronoun
(«رفضهم»: their rejection, or he rejected them). The noun is read where the words around it take a noun: «عن»
or a verb of stating or expressing whose object it is right before it («عبروا عن رفضهم», «أكد رفضه», «جدد رفضها»:
``owned_masdar_heads``), or the masdar's object in «لـ» right after it («بعد رفضه لتنفيذ», «رفضهم للانقلاب»); the
verb where none of these holds («رفضهم الوزير وطردهم»). Other prepositions were left out on real news: «من» is also
the relative («ساومت على من خطفتهم»), and after «في/بعد/تجاه» the pronoun was resolved to the wrong doer."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import Cand, fw


def _prefixed_object(tok: Token) -> bool:
    """Whether ``tok`` is a noun in «لـ» («للانقلاب», «لتنفيذ»): the object a masdar takes."""
    words = tok.words
    return len(words) >= 2 and words[0].norm == "ل" and words[0].kind == "proclitic" and words[1].kind == "stem"


def owned_masdar(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Whether the past-verb reading ``cand`` of ``tokens[i]`` with an object pronoun is the masdar with its
    possessive instead (see the module): a past verb's bare stem is the masdar of its form I («رفض»)."""
    words = tokens[i].words
    if len(words) < 2 or words[-1].kind != "enclitic" or words[-2].norm != cand.key:
        return False  # («خطفتهم»: a feminine past, no masdar)
    if i > 0 and tokens[i - 1].norm_key in fw("owned_masdar_heads"):
        return True
    return i + 1 < len(tokens) and _prefixed_object(tokens[i + 1])


__all__ = ["owned_masdar"]
