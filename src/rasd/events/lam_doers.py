"""Round an401: the named doer of an attack noun told by «لـ» before the attack's own preposition.

«القصف الحربي لحزب الله على إسرائيل», «هجمات لتنظيم داعش ضد الجيش»: an attack noun (ASSAULT) with a name of a
person or an organization in «لـ» right after it (past its adjectives), and right after that name the phrase of a
preposition of the act's frame («على», «ضد»: its target), has that name as its doer: the «لـ» of the doer
(``parties.force_owner`` reads it for a force that is not named: «غارات لطائرات التحالف على»). Nothing where no
preposition of the act follows the name («التصدي لهجوم لحزب الله»: whose, or whom, is not said), nor for a place
(«قصف لسوريا»: a country there may be struck).
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import Chunk
from .chunks import mention_index
from .lexicon import Hit
from .object_adjectives import trigger_adjectives

DOERS = ("PERSON", "ORGANIZATION")


def named_lam_doer(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> Chunk | None:
    """The person or body named in «لـ» after the attack ``hit`` before its own preposition (module docstring)."""
    if hit.entry.plover != "ASSAULT" or not hit.entry.preps:
        return None
    at = max(trigger_adjectives(doc, hit, sent_end, mention_index(doc)).stop, hit.j + 1)
    c = next((c for c in chunks if c.i == at), None)
    if c is None or c.prep != "ل" or c.entity is None or c.etype not in DOERS:
        return None
    after = next((d for d in chunks if d.i > c.j), None)
    if after is None or after.i > c.j + 2 or after.i >= sent_end or after.prep not in hit.entry.preps:
        return None  # (a free preposition is a word of its own: «لحزب الله | على | إسرائيل»)
    if after.i == c.j + 2 and doc.tokens[c.j + 1].norm_key not in hit.entry.preps:
        return None  # (only the preposition itself between)
    return Chunk(c.i, c.j, c.start, c.end, c.entity, c.etype, None, False, c.title, c.definite, c.number)
