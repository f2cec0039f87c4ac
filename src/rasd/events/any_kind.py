"""Round 114 of real news: an act of any one of a kind is no event. «أي» (any) before an indefinite noun names a
class, none told: a law that gives «صلاحيات لحظر أي جماعات تتهم بارتكاب أعمال عنف» accuses no one, «أي محاولة
لاقتحام الحرم» is no storming. So a trigger is none where

- it is a present verb (an asyndetic relative clause) right after «أي/أية» + an indefinite noun («أي جماعات
  تتهم», «أي دولة تعتدي»).

An act noun right after «أي» («ضد أي اعتداء خارجي», «لردع أي هجوم») stays an event of no day or a hypothetical one
(rounds 64, 76), and so does a masdar with «لـ» after «أي» + an indefinite noun («أي محاولة لاقتحام»: hypothetical,
``modality_links``); talks keep the rule of ``nonevents.no_participants``.

Function words: ``any_words`` (the forms of «أي» with their clitics). «أي» before a definite noun or a verb is «that
is» (an explanation), not «any», and is left alone.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit

PRESENT = ("ي", "ت", "ن")


def _any(doc: Doc, t: int, a: int) -> bool:
    return t >= a and doc.tokens[t].norm_key in fw("any_words")


def _indefinite_noun(doc: Doc, t: int) -> bool:
    """An indefinite noun at token ``t``: a word of three letters or more, no article, no «و», no present prefix."""
    key = doc.tokens[t].norm_key
    return len(key) >= 3 and key.isalpha() and not key.startswith(("ال", "و", "ف")) \
        and not (key[:1] in PRESENT and len(key) >= 4 and key.endswith(("ون", "ان")))


def any_kind(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the trigger ``hit`` (sentence tokens ``a``..``b``) is an act of any one of a kind (see the module)."""
    i = hit.i
    key = doc.tokens[i].norm_key
    return hit.pos == "V" and key[:1] in PRESENT and i - 2 >= a and _indefinite_noun(doc, i - 1) \
        and _any(doc, i - 2, a)


__all__ = ["any_kind"]
