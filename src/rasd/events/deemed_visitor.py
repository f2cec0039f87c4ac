"""Round ev720: the person named past a relative clause that only judges a noun act.

«الزيارة التاريخية لأمير الكويت صباح الأحمد إلى العراق» has the emir for its visitor (the person named past the
act's adjective: ``actors.person_after``); so has «الزيارة التي عدت تاريخية لأمير الكويت صباح الأحمد إلى العراق»:
a relative clause of a verb of judging and one adjective alone (``year_reach.deemed_relative``: «التي عدت
تاريخية», «التي اعتبرت ناجحة») tells no act of its own and stands where the adjective stands. Nothing where the
clause has a doer or an object of its own («الزيارة التي وصفها الوزير بأنها تاريخية»), nor where no person is
named after it («الزيارة التي عدت تاريخية لأمير الكويت»: a title alone, as after the adjective).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import person_after
from .chunks import Chunk
from .year_reach import deemed_relative


def deemed_person(doc: Doc, chunks: list[Chunk], j: int, sent_end: int) -> Chunk | None:
    """The person named past a judging relative clause right after the noun act ending at token ``j`` («الزيارة
    | التي عدت تاريخية | لأمير الكويت صباح الأحمد»: صباح الأحمد), as past an adjective; else None."""
    if not deemed_relative(doc, j + 1, sent_end):
        return None
    c = next((c for c in chunks if c.i <= j + 3 <= c.j), None)  # the phrase that holds the adjective
    return person_after(chunks, c, doc) if c is not None else None
