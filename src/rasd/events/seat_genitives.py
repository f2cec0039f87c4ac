"""Round ar427: a body named as the owner of a seat is where an act is, not who does it.

«تبدأ اليوم بمقر الأمم المتحدة في جنيف جولة جديدة من محادثات السلام», «وعقد في مقر الجامعة العربية بالقاهرة
اجتماع»: a name right after a seat noun (``meeting_seats``: «مقر», «مكتب», «قصر», «قاعة» ...) that a preposition
governs («في مقر», glued «بمقر», «داخل مقر»), or that opens its clause after a verb («تبدأ بمقر»), is in the
genitive of where the act is held. The noun act before which it stands takes no subject from it. Not a seat noun
that is the clause's subject itself («مقر الأمم المتحدة يستضيف»: no preposition before it).
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import Chunk
from .forms import bare, fw, keys_of


def seat_genitive(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Whether ``c`` is a name in the genitive of a seat noun a preposition governs (see the module)."""
    if c.prep is not None or c.entity is None or c.i < 1 or c not in chunks:
        return False
    k = chunks.index(c)
    seat = chunks[k - 1] if k > 0 else None
    if seat is None or seat.j + 1 != c.i or seat.entity is not None or seat.i != seat.j:
        return False
    tok = doc.tokens[seat.i]
    if keys_of(tok).isdisjoint(fw("meeting_seats")):
        return False
    glued = len(tok.words) > 1 and tok.words[0].kind == "proclitic" and tok.words[0].norm in ("ب", "ل")
    before = doc.tokens[seat.i - 1].norm_key if seat.i > 0 else ""
    return seat.prep is not None or glued or bare(before, "prepositions") in fw("prepositions")
