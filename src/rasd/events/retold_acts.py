"""Round 265: a definite act noun that tells again an act of the sentences before it (see ``dating.event_date``).

«وكانت السلطات قد أطلقت سراحهم مساء أول من أمس، ثم اعتقلتهم قوات الأمن من جديد ...» then «... ضد قرار الاعتقال»:
a definite noun of the same lexicon entry as an act told in one of the ``BACK_SENTENCES`` sentences before it, in
its paragraph, and dated there by a time of its own, takes that day; a new indefinite act («اعتقال خمسة») does not.

Round ti942: :func:`latest_day`: «غير أن الهجوم الأخير على مقاتلين معتدلين يعيد إلى الأذهان ...» after a lead that
told «... ومهاجمتهم أمس»: a definite singular act noun called the latest (``backdrop.latest``) is the act of its code
the article told last before it, and takes that act's day where a time of its own dates it there (or the story's day carried to it, not the article's
default), however far back (the lead). A plural («الغارات الأخيرة»: many acts, many days) or an act of the code told before with no day of its
own («الهجوم الأخير على منتجع سوسة» after a sentence that names that attack with no time) stays undated.
"""

from __future__ import annotations

from collections.abc import Callable

from ..doc import Doc, TimeSpan
from .attached import default_day
from .forms import nkey
from .lexicon import Hit, match_token
from .modality import FACTUAL
from .word_tests import key_at

PLURAL_ENDINGS = ("ات", "ين", "ون")  # «الهجمات», «الاعتداءين»: many acts, no one day
BACK_SENTENCES = 2  # sentences before the noun's, in its paragraph, read for the act it tells again
NEAR_DEMONSTRATIVES = frozenset(nkey(w) for w in ("هذا", "هذه"))  # «هذا الهجوم»: the attack just told

Dater = Callable[[Doc, Hit, int, int, str], tuple[str | None, TimeSpan | None]]


def _definite(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The noun trigger is one definite word («الاعتقال», «والهجوم», «بالعملية»), or follows «هذا/هذه»."""
    if hit.pos != "N" or hit.i != hit.j:
        return False
    key = key_at(doc, hit.i)
    for pre in ("", "و", "ب", "وب", "ل", "ول", "ف"):
        if key.startswith(pre + "ال") and len(key) > len(pre) + 4:
            return True
    return key.startswith(("لل", "ولل")) or (hit.i > sent_start and key_at(doc, hit.i - 1).removeprefix("و")
                                             in NEAR_DEMONSTRATIVES)


def _tokens_of(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range of the characters ``start``..``end`` (a sentence)."""
    lo = doc.token_from(start)
    first = lo if lo is not None else len(doc.tokens)
    last = first
    while last < len(doc.tokens) and doc.tokens[last].start < end:
        last += 1
    return first, last


def retold_day(doc: Doc, hit: Hit, sent_start: int, mod: str, dater: Dater) -> tuple[str | None, TimeSpan | None] | None:
    """The day of the act a definite noun tells again (``dater``: ``dating.event_date``), when that act, of the same
    lexicon entry, is told in one of the ``BACK_SENTENCES`` sentences before it in its paragraph and dated by a
    time said there; None otherwise."""
    if mod not in FACTUAL or not _definite(doc, hit, sent_start):
        return None
    here = doc.tokens[hit.i].start
    para = next((p for p in doc.paragraphs if p.start <= here < p.end), None)
    k = next((n for n, s in enumerate(doc.sentences) if s.start <= here < s.end), None)
    if para is None or k is None:
        return None
    for back in range(k - 1, max(-1, k - 1 - BACK_SENTENCES), -1):
        sent = doc.sentences[back]
        if sent.start < para.start:
            return None
        lo, hi = _tokens_of(doc, sent.start, sent.end)
        for t in range(hi - 1, lo - 1, -1):
            told = match_token(doc.tokens, t)
            if told is None or told.entry.id != hit.entry.id or told.i != t:
                continue
            value, said = dater(doc, told, lo, hi, mod)
            if said is not None and value is not None and len(value) == 10:
                return value, said
            return None  # (the last act of the entry told decides)
    return None


def latest_day(doc: Doc, hit: Hit, sent_start: int, mod: str, dater: Dater) -> tuple[str | None, TimeSpan | None] | None:
    """The day of the act of the same code told last before a definite singular noun called the latest (the caller
    tests «الأخير»), where a time of its own dates it (see the module); None otherwise."""
    if mod not in FACTUAL or not _definite(doc, hit, sent_start) or key_at(doc, hit.j).endswith(PLURAL_ENDINGS):
        return None
    code = hit.entry.code
    for t in range(hit.i - 1, -1, -1):
        told = match_token(doc.tokens, t)
        if told is None or told.entry.code != code or told.i != t:
            continue
        here = doc.tokens[t].start
        sent = next((s for s in doc.sentences if s.start <= here < s.end), None)
        if sent is None:
            return None
        lo, hi = _tokens_of(doc, sent.start, sent.end)
        value, said = dater(doc, told, lo, hi, mod)
        if value is not None and len(value) == 10 and (said is not None or value != default_day(doc)):
            return value, said  # (a day said there, or one the story carried to it from the lead: not the default)
        return None  # (the last act of the code told decides)
    return None
