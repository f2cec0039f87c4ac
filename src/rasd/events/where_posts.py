"""Round ev291, locations: a place inside a person's designation is his post, not where the act is done.

«خلال لقائه اليوم بالرياض مبعوث الأمم المتحدة في اليمن فلان», «قال قائد جبهة النصرة في اللاذقية فلان في تصريح»,
«حضر الاجتماع رئيس بعثة مجلس التعاون في اليمن السفير فلان»: a «في» place right after a body named in a title's
genitive (or right after a title) and right before the person that designation names (a name, or a title and a name)
tells where he serves: the meeting, the statement is not there. Not for an act of force or violence (CAMEO 17–20:
«اغتيال قائد الجبهة في اللاذقية فلان» may well be there), nor where the designation is the subject or object right
after a verb trigger («التقى أمين عام الجامعة في القاهرة وزير الخارجية فلان»: VSO, met in Cairo).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .lexicon import Hit

IN = "في"
FORCE_PREFIXES = ("17", "18", "19", "20")
VSO_REACH = 2  # tokens from a verb trigger to the designation it may open as its subject or object


def _named_after(chunks: list[Chunk], k: int) -> bool:
    """The chunk after the place chunk ``k`` is a person right after it, or a title right after it and a person."""
    c = chunks[k]
    nxt = chunks[k + 1] if k + 1 < len(chunks) else None
    if nxt is None or nxt.i != c.j + 1 or nxt.prep is not None:
        return False
    if nxt.etype == "PERSON":
        return True
    after = chunks[k + 2] if k + 2 < len(chunks) else None
    return nxt.title and after is not None and after.i == nxt.j + 1 and after.prep is None and after.etype == "PERSON"


def post_place(doc: Doc, chunks: list[Chunk], hit: Hit, k: int) -> bool:
    """Whether the place chunk ``k`` is a post inside a person's designation (module docstring)."""
    c = chunks[k]
    if hit.entry.code.startswith(FORCE_PREFIXES) or k < 1 or c.i < 2 or doc.tokens[c.i - 1].norm_key != IN:
        return False
    d = chunks[k - 1]
    if d.j != c.i - 2 or d.prep not in (None, "ل") or not (d.etype == "ORGANIZATION" or d.title):
        return False
    start = d.i
    if d.etype == "ORGANIZATION":
        e = chunks[k - 2] if k >= 2 else None
        if e is not None and e.j == d.i - 1 and e.prep is None and e.title:
            start = e.i  # «مبعوث أمين عام» + «الأمم المتحدة» (or «للأمم المتحدة»)
    if hit.i <= start <= hit.j + VSO_REACH and hit.pos == "V" or hit.i >= start and hit.j <= c.j:
        return False  # (the trigger's own subject or object; a trigger inside the designation)
    return _named_after(chunks, k)
