"""«كما عبر عنه فلان: «...»» (round 218): a verb of putting into words («عبر», «وصف»: according_verbs) after
«كما/مثلما», its object pronoun or «عن» + a pronoun or «ذلك» after it, then the one who put it and a colon that opens a
quotation: the words in the quote marks are his, a direct quote. The verb is no cue of the table (it is «via» and
«expressed concern» elsewhere), so it counts only where the colon and the quote mark follow within EXPRESSED_REACH
tokens, with nothing but the source's words between."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..text.verb_gender import loose_gender
from ..events.forms import fw, fw_keys, nkey
from .cues import QUOTE_MARK, Cue

_AS = fw_keys("as_words")
EXPRESSED_REACH = 8  # tokens from the verb to the colon before the quotation
_ABOUT = frozenset(nkey(w) for w in ("عنه", "عنها", "عنهم"))


@lru_cache(maxsize=1)  # (a fixed word list: the same order each call)
def _verb_order() -> tuple[str, ...]:
    """The verbs of according_verbs, the shortest (the bare stem) first, then in alphabetical order."""
    return tuple(sorted(sorted(fw("according_verbs")), key=len))


def expressed_openings(doc: Doc) -> frozenset[int]:
    """The tokens right after «كما/مثلما» (``_AS``): the only ones :func:`expressed_cue` may find a cue at, gathered
    in one pass so that the caller's loop over every token asks it there alone."""
    return frozenset([k + 1 for k, tok in enumerate(doc.tokens) if tok.norm_key in _AS])


def expressed_cue(doc: Doc, t: int) -> Cue | None:
    """The cue of the verb at ``t`` in «كما عبر عنه X: «...»» (module docstring), else None."""
    toks = doc.tokens
    if t < 1 or toks[t - 1].norm_key not in _AS:
        return None
    word = toks[t].norm_key
    stem = next((v for v in _verb_order()  # the bare stem first, in one order:
                 if word == v or (word.startswith(v) and word[len(v):] in ("ه", "ها"))), None)  # «وصفه» = «وصف» + «ه»
    if stem is None:
        return None
    u = t + 1
    about = toks[u].norm_key if u < len(toks) else ""
    if about == nkey("عن") and u + 1 < len(toks) and toks[u + 1].norm_key in fw_keys("subject_demonstratives"):
        u += 2  # «كما عبر عن ذلك فلان»
    elif about in _ABOUT:
        u += 1  # «كما عبر عنه فلان»
    elif word == stem:
        return None  # «كما عبر الحدود آلاف»: crossed; the words must be named by a pronoun («وصفه», «عنه»)
    source = u
    while u < min(len(toks), t + EXPRESSED_REACH) and toks[u].text[:1].isalnum():
        u += 1
    if u == source or u + 1 >= len(toks) or toks[u].text != ":" or not QUOTE_MARK.fullmatch(toks[u + 1].text):
        return None
    return Cue(stem, "verb", loose_gender(stem), frozenset())
