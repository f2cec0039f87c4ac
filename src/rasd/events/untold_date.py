"""Round tm488: an act whose day the text says was not given is of no day, not of the article's.

«وقالت اللجنة إن القوات الخاصة اشتبكت مع مسلحين قرب الشيشان، من دون تحديد تاريخ حصول العملية», «هاجم مسلحون
مركزا للشرطة. ولم يحدد البيان موعد الهجوم»: a phrase of ``untold_dates`` («دون تحديد تاريخ», «لم يحدد موعد», «في
وقت غير محدد», «لم يعرف متى») in the trigger's sentence or the next one leaves the act undated. The telling verb
before a complementizer («وقالت اللجنة إن ...») keeps its day: it is the words, not the act, that were told.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, phrase_keys
from .lexicon import Hit


GAP = 2  # tokens that may stand before a phrase's last word («لم يحدد البيان موعد الهجوم»)
OBJECT_REACH = 3  # tokens after a phrase within which a noun trigger is the act whose day is not given


def _phrase_at(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The first and last token of the first ``untold_dates`` phrase among tokens ``lo``..``hi``, else None; up
    to ``GAP`` words (no punctuation) may stand before its last word («لم يحدد البيان موعد»)."""
    keys = [doc.tokens[t].norm_key.removeprefix("و") for t in range(lo, hi)]
    for k, key in enumerate(keys):
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
    idx = [t for t, tok in enumerate(doc.tokens) if sent.start <= tok.start < sent.end]
    return (idx[0], idx[-1] + 1) if idx else None


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
