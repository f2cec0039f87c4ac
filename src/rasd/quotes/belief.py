"""«وأعرب الوزير عن ثقته في أن الانتخابات ستكون نزيهة», «وأبدى المصدر اعتقاده أن»: a verb of expressing
(expressing_verbs: «أعرب», «أبدى») with a noun of belief, confidence or hope on a pronoun of its owner
(belief_nouns: «اعتقاده», «ثقتها», «أملهم») right before «أن/بأن/في أن», for the ``quotes`` stage (round 282): the
«أن» clause is what the subject said he believes, a quote of the verb, its speaker found as for any verb cue. Not
without such a noun («أعرب عن قلقه من»: a feeling, no words; «أبدى استعداده لـ»), nor where the noun has no «أن»
after it («أعرب عن أمله في التوصل إلى حل»: the hope, no clause of words), nor past a stop.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from ..doc import Doc
from ..events.forms import fw, nkey
from ..memo import remember
from ..text.prefixes import past_and
from ..text.verb_gender import loose_gender
from .cues import Cue, is_complementizer

BELIEF_REACH = 8  # tokens from the verb to its noun of belief («وأعرب أمير قطر خلال اللقاء عن أمله»)
_OWNERS = ("ه", "ها", "هم", "هما")  # the pronoun of the noun's owner
_STOPS = frozenset((".", ":", "؛", "«", "»", '"'))


_VERBS: Final[dict[str, frozenset[str]]] = {}  # _verbs' answer, made once (under ""; :mod:`rasd.memo`)


def _verbs() -> frozenset[str]:
    """The verbs of expressing (``expressing_verbs``) as matching keys; asked on nearly every token."""
    got = _VERBS.get("")
    return got if got is not None else remember(_VERBS, "", frozenset(nkey(w) for w in fw("expressing_verbs")), 0)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The nouns of belief_nouns with each owner's pronoun («ثقة» → «ثقته», «ثقتها» ...), as matching keys (the
    list is read folded: its «ة» comes as «ه»)."""
    return frozenset(nkey((w[:-1] + "ت" if w.endswith(("ة", "ه")) else w) + p) for w in fw("belief_nouns") for p in _OWNERS)


def belief_word(key: str) -> bool:
    """Whether a token of matching key ``key`` may be a :func:`belief_cue` (its first test: a listed verb of
    expressing, with or without «و/ف»)."""
    verbs = _verbs()
    return past_and(key, verbs) in verbs


def belief_cue(doc: Doc, t: int) -> Cue | None:
    """The cue of the verb of expressing at ``t`` (see the module), else None."""
    toks = doc.tokens
    word = toks[t].norm_key
    verbs = _verbs()  # (asked once: the function runs on nearly every token)
    verb = past_and(word, verbs)
    if verb not in verbs:
        return None  # (nearly every token)
    for u in range(t + 1, min(len(toks) - 2, t + 1 + BELIEF_REACH)):
        if toks[u].text in _STOPS:
            return None
        if toks[u].norm_key not in _nouns():
            continue
        v = u + 1 if toks[u + 1].norm_key == "في" else u  # «عن ثقته في أن»
        if not is_complementizer(doc, v + 1):
            return None
        return Cue(verb, "verb", loose_gender(verb), frozenset())
    return None
