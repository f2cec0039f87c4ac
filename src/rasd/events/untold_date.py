"""Round tm488: an act whose day the text says was not given is of no day, not of the article's.

«وقالت اللجنة إن القوات الخاصة اشتبكت مع مسلحين قرب الشيشان، من دون تحديد تاريخ حصول العملية», «هاجم مسلحون
مركزا للشرطة. ولم يحدد البيان موعد الهجوم»: a phrase of ``untold_dates`` («دون تحديد تاريخ», «لم يحدد موعد», «في
وقت غير محدد», «لم يعرف متى») in the trigger's sentence or the next one leaves the act undated. The telling verb
before a complementizer («وقالت اللجنة إن ...») keeps its day: it is the words, not the act, that were told.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..doc import Doc
from .forms import fw, phrase_keys
from .lexicon import Hit


@lru_cache(maxsize=1)
def _first_keys() -> frozenset[str]:
    """The first word of every ``untold_dates`` phrase (a word no phrase opens with is passed over at once)."""
    return frozenset(p[0] for p in phrase_keys(fw("untold_dates")) if p)


GAP = 2  # tokens that may stand before a phrase's last word («لم يحدد البيان موعد الهجوم»)
OBJECT_REACH = 3  # tokens after a phrase within which a noun trigger is the act whose day is not given


def _phrase_at(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The first and last token of the first ``untold_dates`` phrase among tokens ``lo``..``hi``, else None; up
    to ``GAP`` words (no punctuation) may stand before its last word («لم يحدد البيان موعد»)."""
    keys = [doc.tokens[t].norm_key.removeprefix("و") for t in range(lo, hi)]
    firsts = _first_keys()
    for k, key in enumerate(keys):
        if key not in firsts:
            continue  # (no phrase opens with it: most words)
        for p in phrase_keys(fw("untold_dates")):
            if p[0] != key or tuple(keys[k + 1 : k + len(p) - 1]) != p[1:-1]:
                continue
            end = k + len(p) - 1
            for g in range(GAP + 1):
                if end + g < len(keys) and keys[end + g] == p[-1]:
                    return lo + k, lo + end + g
                if end + g >= len(keys) or not keys[end + g].isalpha():
                    break
    return None


def _sentence_tokens(doc: Doc, offset: int) -> tuple[int, int] | None:
    """The token range of the sentence holding ``offset``."""
    sent = doc.sentence_of(offset)
    if sent is None:
        return None
    starts = doc.token_starts()  # (tokens in text order: those starting in the sentence are a run, by bisection)
    lo = bisect_left(starts, sent.start)
    hi = bisect_left(starts, sent.end, lo)
    return (lo, hi) if hi > lo else None


def untold_date(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether the day of the act is said not to be given: a phrase of ``untold_dates`` after the trigger in its
    sentence, with no complementizer between them that makes the trigger the telling verb, or one in the next
    sentence."""
    said = _phrase_at(doc, sent_start, sent_end)
    if said is not None and hit.pos == "N" and said[1] < hit.i <= said[1] + OBJECT_REACH:
        return True  # «ولم يحدد البيان موعد الهجوم»: the act whose day is not given
    own = _phrase_at(doc, hit.j + 1, sent_end)
    if own is not None:
        between = {doc.tokens[t].norm_key for t in range(hit.j + 1, own[0])}
        return not between & fw("complementizers")
    if sent_end >= len(doc.tokens):
        return False
    nxt = _sentence_tokens(doc, doc.tokens[sent_end].start)
    return nxt is not None and nxt[0] == sent_end and _phrase_at(doc, nxt[0], nxt[1]) is not None
