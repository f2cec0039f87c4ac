"""Round ar427: the parties of a charge levelled with a verb of charging.

«وأسندت النيابة إلى المتهمين اتهامات بـ...», «ووجهت الحكومة إلى المعارضة اتهامات بالخيانة», «ووجهت النيابة
اتهامات إلى الوزير»: a charge noun (an accusation, 112) that is the object of a verb of charging (``charging_verbs``)
is levelled by the verb's subject right after it (the source) at the one its «إلى/لـ» phrase names, between the
subject and the noun or right after the noun (the target). Not where the phrase after the verb is governed by a
preposition («وجهت إلى المتهمين»: no subject said), nor where another phrase stands between.
"""

from __future__ import annotations

from ..doc import Doc
from .actors import resolve_title
from .chunk_type import Chunk
from .forms import fw
from .lexicon import Hit
from .word_tests import key_at

TO_PREPS = ("الي", "إلى", "الى", "ل")  # keys of «إلى» and «لـ» on a chunk


def _titled(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """``c``, or the person its title names («إلى الرئيس الأسبق حسني مبارك», «المدعي العام فلان»)."""
    return resolve_title(chunks, c, doc) if c.entity is None and c.title else c


def _next_to(d_end: int, c: Chunk) -> bool:
    """Whether chunk ``c`` follows token ``d_end``, past its own preposition word at most («إلى المتهمين»)."""
    return c.i - d_end - 1 <= (1 if c.prep is not None else 0)


def levelled_charge(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[Chunk, Chunk] | None:
    """(source, target) of a charge noun levelled with a verb of charging (see the module), else None."""
    if not hit.entry.code.startswith("112"):
        return None
    before = [c for c in chunks if sent_start <= c.i and c.j < hit.i]
    subj = next((c for c in before if c.i > sent_start and key_at(doc, c.i - 1).removeprefix("و").removeprefix(
        "ف") in fw("charging_verbs")), None)
    if subj is None or subj.prep is not None:
        return None
    between = [c for c in before if c.i > subj.j]
    ends = [subj.j] + [c.j for c in between]
    if between and between[-1].j + 1 != hit.i or not all(_next_to(e, c) for e, c in zip(ends, between)):
        return None  # (the phrases from the subject to the noun follow one another)
    to = next((c for c in between if c.prep in TO_PREPS), None)
    if any(c.prep is not None for c in between if c is not to):
        return None
    if to is None:
        to = next((c for c in chunks if c.i > hit.j), None)
        if to is None or to.prep not in TO_PREPS or not _next_to(hit.j, to):
            return None
    return _titled(doc, chunks, subj), _titled(doc, chunks, to)
