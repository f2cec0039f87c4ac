"""Round ev351: names that a preposition before them governs, and so are no subject of an act after them.

- «سيعقد لافروف اجتماعا مع نظيريه الأميركي جون كيري والسعودي عادل الجبير خلال زيارة عمل»: a name in apposition
  right after an unnamed phrase that «مع» governs («مع نظيريه الأميركي»), and the names coordinated after it, are
  governed by «مع» too, the partners of the meeting: none is the subject of a noun act after them (the clause's
  subject before them is).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES

WITH = "مع"  # the partners of a meeting («اجتماع مع نظيره فلان»); other prepositions too often govern a name
# that the rules read as an agent («التصريحات التي صدرت عن نائب الرئيس فلان»)
APPOSITION_REACH = 4  # chunks from a name back to the governed phrase it stands in apposition to


def governed_apposition(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """The named chunk ``c`` (a person or a body) stands in apposition to an unnamed phrase right before it that
    «مع» governs, directly or past conjuncts and their nisba adjectives («مع نظيريه الأميركي جون كيري
    والسعودي عادل الجبير»): it is governed too. Nothing may stand between the chunks (a comma, a verb: a new clause
    starts; «في الرياض الأمير فلان»: a place before is no phrase it explains)."""
    if c.prep is not None or not _link(doc, c):
        return False
    by_end = {d.j: d for d in chunks}
    cur = c
    for _ in range(APPOSITION_REACH):
        d = by_end.get(cur.i - 1)
        if d is None:
            return False
        if d.prep is not None:
            return d.prep == WITH and d.entity is None and not d.number
        if not _link(doc, d):
            return False
        cur = d
    return False


def _link(doc: Doc, d: Chunk) -> bool:
    """A link of the apposition's chain: a name of a person or a body, or a conjunct's lone nisba («والسعودي»);
    not a place, a count or any other unnamed phrase (the clause's own subject or object)."""
    if d.number:
        return False
    if d.entity is not None:
        return d.etype not in PLACES
    return d.coord and d.i == d.j and doc.tokens[d.i].norm_key.removeprefix("و").startswith("ال")
