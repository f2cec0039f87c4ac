"""Round q364: an unnamed source's «في» qualifier that a name ends, with the main verb's object after it and a
participle cue after the comma («وأكد عضو في مجلس ولاية غزني الحادث، مشيرا إلى»): the qualifier says where the
source sits up to the name (a construct chain ends at a proper name), the definite word after it is what the verb
took; the phrase runs on to the name's end (``qualified_source.qualified_extended`` finds no «إن/أن» to stop at).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .cues import match_cue

OBJECT_RUN = 2  # definite words of the main verb's object between the name and the comma («الحادث»)


def named_qualifier_end(doc: Doc, k: int, comma: int) -> int | None:
    """The last token of the name that ends the qualifier opening at token ``k`` («في»), where the tokens from its
    end to the comma at ``comma`` are one to OBJECT_RUN definite words with no clitic and a participle cue follows
    the comma; None otherwise."""
    toks = doc.tokens
    if doc.tokens[comma].text not in COMMAS or comma + 1 >= len(toks):
        return None
    cue = match_cue(doc, comma + 1)
    if cue is None or cue.kind != "participle":
        return None
    ends = {m.end for e in doc.entities if e.type in ("LOCATION", "ORGANIZATION") for m in e.mentions}
    for u in range(comma - 2, max(k, comma - 2 - OBJECT_RUN), -1):
        if toks[u].end in ends:
            obj = range(u + 1, comma)
            if all(len(toks[o].words) == 1 and toks[o].norm_key.startswith("ال") for o in obj):
                return u
            return None
    return None
