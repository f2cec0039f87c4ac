"""Round 271: where a guest was received, said with «بـ» between the masdar of hosting and its host («وكان في
استقباله بمطار طنجة، رئيس الحكومة فلان», «كان في استقبال الرئيس بالقصر الجمهوري الأمير فلان»): the venue."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, clause_stop
from .forms import PLACES, fw, nkey
from .readings import PLACE_WORDS


def reception_venue(doc: Doc, chunks: list[Chunk], hit_j: int, host: Chunk) -> Chunk | None:
    """The place phrase with «بـ» after the trigger (last token ``hit_j``) and before its ``host`` (found by
    :func:`.agents.reception_host`), in one clause (the comma before the host aside), else None; a place with
    «من/إلى» says whence or whither, none with «في» is left here (the location rules read it); after a site word
    with «بـ» not named itself («بمطار طنجة»), the place named right after it."""
    for c in chunks:
        if c.i <= hit_j or c.i >= host.i:
            continue
        if any(clause_stop(doc.tokens[t].text) for t in range(hit_j + 1, c.i)):
            return None
        if c.etype in PLACES and c.prep == "ب":
            return c
        if c.prep == "ب" and c.entity is None and _site_word(doc, c.j):
            return next((n for n in chunks if n.i == c.j + 1 and n.etype in PLACES and n.prep is None), None)
    return None


def _site_word(doc: Doc, t: int) -> bool:
    """Token ``t`` is a place or a seat word with «بـ» or after it («بمطار», «بالعاصمة», «بقصر»: function words
    ``place_heads``, ``meeting_seats``, :data:`.readings.PLACE_WORDS`)."""
    key = doc.tokens[t].norm_key.removeprefix("ب").removeprefix("ال")
    return key in fw("place_heads") or key in fw("meeting_seats") or key in PLACE_WORDS
