"""Round ev1011: where a statement was issued is not the place of an act it reports (see
``location.event_location``).

«وكانت الهيئة أصدرت خلال اجتماع دورتها في إسطنبول بيانا وضحت فيه موقفها من طروحات دي ميستورا ودعوته»: a place
before a statement noun (function words ``statement_nouns``) whose clause goes on with «فيه/فيها» («أكد فيه», «جاء
فيها») is the statement's venue; an act told past that «فيه» is what the statement speaks of, not done there (the
statement, the meeting and the verb before «فيه» keep it).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_break

IN_IT = frozenset(nkey(w) for w in ("فيه", "فيها"))
IN_IT_REACH = 4  # tokens from the statement noun to its «فيه» («بيانا وضحت فيه», «بيانا مشتركا أكدا فيه»)
VENUE_REACH = 12  # tokens from the place to the statement noun («في إسطنبول بيانا»)


def _statement_noun(key: str) -> bool:
    """A statement noun (``statement_nouns``), its «و/بـ/لـ» off."""
    return key in fw("statement_nouns") or (key[:1] in ("و", "ب", "ل") and key[1:] in fw("statement_nouns"))


def report_venue(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before the trigger ``hit`` is the venue of a statement that speaks of it (module)."""
    if c.j >= hit.i:
        return False
    toks = doc.tokens
    for s in range(c.j + 1, min(hit.i, c.j + 1 + VENUE_REACH)):
        if clause_break(toks[s].text):
            return False
        if not _statement_noun(toks[s].norm_key):
            continue
        r = next((t for t in range(s + 1, min(hit.i, s + 1 + IN_IT_REACH)) if toks[t].norm_key in IN_IT), None)
        if r is not None and hit.i > r:
            return True
    return False


__all__ = ["report_venue"]
