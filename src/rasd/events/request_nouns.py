"""Round 292: the trigger «طلب» (entry ``request``, «طلب الرئيس من الحكومة أن تستقيل»: 020) read as the noun, an
application or a request one acts on, is no act of asking told: «بناء على طلب من الرئيس», «نزولا عند طلب من
الحركة», «استجابة لطلب الحكومة», «تلقى طلبا من مسؤول», «ويشير الصناعيون في طلبهم». The form is the noun where it
has a proclitic preposition or the article («لطلب، بطلب، الطلب»), the accusative «طلبا», or a possessive ending
(``NOUN_ENDINGS``: «طلبهم، طلبها»), or where a preposition (function words ``prepositions``) or «بناء/نزولا» stands
right before it."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit

REQUEST = "request"
NOUN_ENDINGS = ("ه", "ها", "هم", "هما", "كم")  # «طلبه، طلبهم»: his/their request («طلبنا» may be «we asked»)
_ON_REQUEST = frozenset(("بناء", "نزولا", "بناءا"))


def noun_request(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the ``request`` trigger is the noun «طلب» (see the module)."""
    if hit.entry.id != REQUEST:
        return False
    key = doc.tokens[hit.i].norm_key
    stem = key[1:] if key[:1] in ("و", "ف") and key[1:].startswith(("طلب", "لطلب", "بطلب", "الطلب")) else key
    if stem.startswith(("ل", "ب", "ال")) or stem == "طلبا":
        return True
    if stem.startswith("طلب") and stem[3:] in NOUN_ENDINGS:
        return True
    if hit.i - 1 < a:
        return False
    prev = doc.tokens[hit.i - 1].norm_key
    return prev in fw("prepositions") or prev in _ON_REQUEST


__all__ = ["noun_request"]
