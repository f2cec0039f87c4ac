"""Round q344: «رأى» of «regarding as» («بينما ترى كل الأطراف في التنظيم تهديدا»: all sides see in the group a
threat; «حكومته ترى في الحوار شيئا أساسيا»), for the quotes stage: a cue of «رأى» whose own clause, up to its
first comma, full stop, colon or quote mark, holds no «أن/إن», and holds «في/فيه/فيها/فيهم» with an indefinite
accusative after it («تهديدًا», «أمرًا», «فرصا»): an object and its predicate, a view of a thing, no words said.
Not «ويرى فلان في تصريحاته أن» (its «أن» opens the words) nor «ترى الحكومة أن» (no «في»).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey
from ..text.normalize import FATHATAN
from .cues import Cue, QUOTE_MARK, is_complementizer

REGARD_REACH = 16  # tokens of the clause after the cue
_BREAKS = frozenset((".", "،", ",", ":", "؛", "!", "?", "؟", "(", ")"))
_IN = frozenset(nkey(w) for w in ("في", "فيه", "فيها", "فيهم", "فيهما"))
_ADVERBS = fw_keys("regarded_adverbs")  # accusative in form, no predicate


def _accusative(text: str, key: str) -> bool:
    """An indefinite accusative: «تهديدًا», «تهديداً», or, unvowelled, a word of four letters or more in «ا» with
    no article («تهديدا»)."""
    if FATHATAN in text:
        return True
    return key.isalpha() and len(key) >= 4 and key.endswith("ا") and not key.startswith(("ال", "وال"))


def regarded_as(doc: Doc, t: int, cue: Cue) -> bool:
    """The «رأى» verb cue at ``t`` regards a thing as something («ترى X في Y تهديدا»): no «أن/إن» in its clause,
    and an indefinite accusative (no adverb: «أيضا», «حاليا») after a «في» of it."""
    if cue.kind != "verb" or nkey(cue.lemma) != nkey("رأى"):
        return False
    found_in = regards = False
    for u in range(t + 1, min(len(doc.tokens), t + 1 + REGARD_REACH)):
        tok = doc.tokens[u]
        if tok.text in _BREAKS or QUOTE_MARK.fullmatch(tok.text):
            break
        if is_complementizer(doc, u):
            return False  # «ويرى في ذلك أيضا أن»: its «أن» opens the words
        if tok.norm_key in _IN:
            found_in = True
        elif found_in and tok.norm_key not in _ADVERBS and _accusative(tok.text, tok.norm_key):
            regards = True
    return regards
