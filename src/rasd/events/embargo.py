"""An embargo is no siege, round 37 of real news: «الحصار الأميركي المفروض على كوبا», «رفع الحصار الاقتصادي» tell
an economic embargo on a state, CAMEO 163 (impose embargo, boycott or sanctions: PLOVER SANCTION), not a
military blockade of a town, a camp or a district (191: «حصار الفلوجة», «الحصار المفروض على المخيم»). What
decides is the blockade's adjective (function words ``economic_adjectives``: «الاقتصادي», «التجاري») or its
target: a country (a place the gazetteer lists of kind ``country``), not a town, a region or a capital."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc
from .chunks import clause_stop
from .forms import bare, fw, nkey
from .lexicon import Entry, Hit, plover_of

EMBARGO = "163"  # CAMEO impose embargo, boycott, or sanctions
REACH = 5  # words after «الحصار» read for its adjective and the «على/عن» of its target («الأميركي المفروض على»)
TARGET_PREPS = ("على", "علي", "عن")  # «المفروض على كوبا», «رفع الحصار عن كوبا»


def _country(doc: Doc, t: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether token ``t`` opens the mention of a country («كوبا», «إيران»), no town, region or capital."""
    m = mentions.get(t)
    if m is None:
        return False
    ent = doc.entity(m[0])
    return ent is not None and ent.attrs.get("kind") == "country"


def embargo(doc: Doc, hit: Hit, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the blockade noun ``hit`` («الحصار», «حصارا») is an economic embargo: an economic adjective within
    ``REACH`` words after it, or «على/عن» + a country there, in its clause («الحصار المفروض على كوبا»)."""
    if hit.entry.id != "besiege" or hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = nkey(doc.tokens[t].text)
        if bare(key, "economic_adjectives") in fw("economic_adjectives"):
            return True
        if key in TARGET_PREPS:
            return t + 1 < b and _country(doc, t + 1, mentions)
    return False


@lru_cache(maxsize=8)
def sanction(entry: Entry) -> Entry:
    """``entry`` (a blockade) recoded as an embargo: the same frame, CAMEO 163."""
    return replace(entry, id="embargo", code=EMBARGO, plover=plover_of(EMBARGO))
