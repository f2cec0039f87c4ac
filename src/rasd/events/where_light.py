"""Round lo408: a place said between a light or undergoing verb and its masdar, set off from the masdar by a comma
(«وقد تعرضت في وقت سابق في شرق بعلبك، لإطلاق صواريخ», «شنت الطائرات في شمال سوريا، غارات»), is the masdar's
place: the comma closes the verb's adverbials, not a clause (see ``location.event_location``, which otherwise takes
a compass place past a comma for another clause's)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw
from .lexicon import Hit
from .stops import clause_stop

LIGHT_REACH = 6  # tokens from the verb back from the place («تعرضت في وقت سابق في شرق بعلبك»)


def _light_verb(key: str) -> bool:
    """A light verb of doing or of undergoing (function words ``light_verbs``, ``force_light_verbs``,
    ``undergoing_verbs``), «و/ف» on it or not."""
    k = key.removeprefix("و").removeprefix("ف")
    return k in fw("light_verbs") or k in fw("force_light_verbs") or k in fw("undergoing_verbs")


def light_verb_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` stands between a light verb and the masdar ``hit`` it governs, with only one comma
    between the place and the masdar, and the verb at most ``LIGHT_REACH`` tokens before the place in its clause."""
    if hit.pos != "N" or c.j >= hit.i:
        return False
    between = [doc.tokens[t].text for t in range(c.j + 1, hit.i)]
    if between not in (["،"], [","]):
        return False
    for t in range(c.i - 1, max(-1, c.i - 1 - LIGHT_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _light_verb(doc.tokens[t].norm_key):
            return True
    return False
