"""A name written with a letter that looks like a proclitic («باردو», «فلوريان», «ويندي») is read whole.

The gazetteer's clitic readings take «ب/ل/ف/و/ك» off a token's first letter to find a name behind it
(«بداعش» → «داعش»). Where the token is itself a name word of the segmenter's vocabulary and its remainder is
no better attested («باردو»: the Bardo, not ب + «اردو»), the letter belongs to the name and no clitic reading
is made; a remainder that is the commoner word keeps its reading («بروسيا»: ب + «روسيا»).
"""

from __future__ import annotations

from functools import lru_cache

from ..text.clitics import vocab
from ..text.normalize import normalize


@lru_cache(maxsize=65536)
def whole_name(surface: str) -> bool:
    """Is ``surface`` a known name word whose first letter is its own, not a proclitic?"""
    w = normalize(surface)
    v = vocab()
    if len(w) < 4 or w[0] not in "بلفوك" or w not in v.names:
        return False
    rest = w[1:]
    return v.counts.get(w, 0) >= v.counts.get(rest, 0) + v.counts.get("ال" + rest, 0)
