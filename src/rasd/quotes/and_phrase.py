"""A speaker phrase cut before «و», for the ``quotes`` stage: «وقالت مصادر محلية وشهود عيان لـ«الشرق الأوسط»
إن», «مسؤولون حاليون وسابقون», «مصدر وثيق الاطلاع», «هيئة تنظيم الكهرباء والإنتاج المزدوج»: the subject runs on
past «و» (a conjunction, or a word that opens with the letter) to where what it says opens.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .cues import match_cue
from .ends import finite

AND_REACH = 8  # tokens a speaker phrase may run on past «و» before what it says
_PARTICLES = frozenset(nkey(w) for w in ("قد", "هو", "هي", "هم", "لم", "لن", "لا", "ما", "كان", "كانت", "ذلك",
                                          "هذا", "هذه", "التي", "الذي", "الذين", "إن", "أن", "إنه", "أنه", "في",
                                          "على", "من", "بعد", "قبل", "بينما", "منذ", "لكن", "عن"))
_OPENERS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "إلى", "من", "على", "عن", "في", "لدى", "بحسب", "أنه",
                                       "إنه", "بأنه", "أنها", "إنها", "عبر", "خلال", "أمام", "أثناء"))


def _boundary(word: str) -> bool:
    """A word that ends a subject before its cue's complement: «أن», «إلى»..., an addressee «لـ«...»»."""
    key = nkey(word)
    if key.startswith("ل") and (key[1:] in fw("quoted_media_heads") or key.startswith("للوكال")
                                or "ا" + key[1:] in fw("quoted_media_heads") or key[1:].startswith("وكال")):
        return True  # «للصحيفة», «لوكالة»: the addressee
    return key in _OPENERS or word.startswith(("لـ", "«", "\"", "(")) or not word[:1].isalpha()


def and_extended(doc: Doc, phrase: Span, cue: Span, content: Span) -> Span | None:
    """The speaker ``phrase`` run on past the «و» right after it: after the cue (VSO) to the first word of the
    cue's complement or addressee before ``content``, or before the cue (SVO) to the cue or the comma before it;
    None where no «و» word follows the phrase, or the run meets punctuation, a cue or a medium first (the addressee
    «وكالة X»), or goes past AND_REACH tokens."""
    k = doc.token_from(phrase.end)
    if k is None or k >= len(doc.tokens) or not doc.tokens[k].norm_key.startswith("و"):
        return None
    first = doc.tokens[k].text
    if nkey(first) in fw("quoted_media_heads") or nkey(first).startswith("وكال"):
        return None
    if nkey(first)[1:] in _PARTICLES or finite(doc, k):
        return None  # «وقال مصدر، وقد بدا غاضبا»; «وقال مصدر وأكد»: a clause of its own goes on, no subject
    p = doc.token_from(phrase.start)
    earlier = (p is not None and 0 < p and doc.tokens[p - 1].start < cue.start and doc.tokens[p - 1].end <= phrase.start
               and match_cue(doc, p - 1) is not None)  # «وكشف مصدر وثيق الاطلاع لـ«...» عن ... لكنه أكد»: the
    after = phrase.start > cue.start or earlier  # subject of a cue before, held on: it runs on as after that cue
    stop = (content.start if content.start > phrase.start else len(doc.text)) if after else cue.start  # «بحسب X
    # وY» after what it reports: to the punctuation that ends the source
    end: int | None = None
    for u in range(k, min(len(doc.tokens), k + AND_REACH + 1)):
        tok = doc.tokens[u]
        if tok.start >= stop or (u > k and _boundary(tok.text)):
            break
        if not tok.text[:1].isalpha() or match_cue(doc, u) is not None:
            return None
        end = tok.end
    else:
        return None
    if end is None:
        return None
    nxt = doc.token_from(end)
    if nxt is None:
        return None
    if not after and doc.tokens[nxt].start < cue.start and doc.tokens[nxt].text not in ("،", ","):
        return None  # before the cue: only the cue or the comma before it ends the subject
    return Span(phrase.start, end)
