"""Round ev1010: places an act is told to be near (see ``location.event_location``); the place named is the act's
location, a town the act was near (the contract's location is an entity: the precision lost is accepted), each
reading narrow: a null is better than a wrong place.

- ``nearby_place``: «سقطت قذيفة بالقرب من مدينة الرمادي», «على مقربة من X», «انفجرت سيارة على بعد كيلومترين من
  مدينة كركوك»: a place after «من» (over one place word) that a word of nearness (function words ``nearby_links``:
  «بالقرب», «مقربة») or a distance («على بعد» + a count and a unit, ``distance_units``) opens is where the act was
  near. Not a place after «مع» («بالقرب من الحدود مع سوريا»: a border, either side of it), nor one an adjective of
  nearness describes («القريبة من»: the place before it is the one located). So too «قرب X» right after a «في»
  phrase of an unnamed area («في منطقة جبلية قرب الشيشان»): the area is named by the town it is near.
- ``light_clause_place``: «أن سبع ضربات نفذت قرب الحسكة واستهدفت وحدات»: a verb of force in «و» right after the
  place of a verb of carrying out or happening (function words ``force_light_verbs``, ``happened_predicates``)
  that its subject goes on from, the place said with «في/قرب» or a compass word (over a place word), no comma or
  other word between: the place the strikes were carried out is where they hit.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw, fw_keys, nkey
from .lexicon import Hit
from .readings import place_word

PHYSICAL = ("14", "17", "18", "19", "20")  # protest, coerce, assault, fight, mass violence
DISTANCE_REACH = 4  # tokens from «بعد» to «من» («على بعد 20 كيلومترا من», «على بعد نحو كيلومترين من»)
PHRASE_WORDS = 3  # place and compass words before the name («قرب مدينة», «جنوب شرقي», «في شمال غرب»)
LIGHT_PREPS = frozenset(nkey(w) for w in ("في", "قرب"))  # a light verb's place («نفذت قرب الحسكة», «وقعت في الموصل»)
FROM, DISTANCE, ON = nkey("من"), nkey("بعد"), nkey("على")


def _key(doc: Doc, t: int) -> str:
    return nkey(doc.tokens[t].text).removeprefix("و")


def _name_start(doc: Doc, chunks: list[Chunk], k: int) -> int:
    """The first token of the place chunk ``k``'s phrase: back over one place word chunk right before it
    («مدينة الرمادي»)."""
    c = chunks[k]
    if k > 0 and c.prep is None and chunks[k - 1].entity is None and chunks[k - 1].i == chunks[k - 1].j == c.i - 1 \
            and place_word(_key(doc, c.i - 1)):
        return c.i - 1
    return c.i


def nearby_place(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """Whether the place chunk ``k`` is where an act was near: after «بالقرب من», «على مقربة من» or «على بعد» + a
    distance + «من» (module docstring)."""
    c = chunks[k]
    if c.entity is None or c.etype not in PLACES:
        return False
    if c.prep == "قرب" and k > 0 and (area := chunks[k - 1]).prep == "في" and area.entity is None \
            and area.j == c.i - 2 and place_word(_key(doc, area.i)):
        return True  # «اشتبكت مع مسلحين في منطقة جبلية قرب الشيشان»: an area named by the town it is near
    s = _name_start(doc, chunks, k)
    if s < 2 or _key(doc, s - 1) != FROM:
        return False
    if _key(doc, s - 2) in fw_keys("nearby_links"):
        return True  # «بالقرب من», «على مقربة من»
    for t in range(s - 2, max(0, s - 2 - DISTANCE_REACH), -1):
        key = _key(doc, t)
        if key == DISTANCE:
            return t > 0 and _key(doc, t - 1) == ON and any(
                _key(doc, u) in fw_keys("distance_units") for u in range(t + 1, s - 1))
        if doc.tokens[t].text in ("،", ",", ".") or (key not in fw_keys("distance_units") and not _count(key)):
            return False
    return False


def _count(key: str) -> bool:
    """A figure or a word of about before a distance («20», «نحو», «حوالي»)."""
    return key.isdigit() or key in fw_keys("distance_counts")


def light_clause_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The place of the light verb that the «و» verb of force ``hit`` goes on from (module docstring), else None."""
    toks = doc.tokens
    if hit.pos != "V" or not hit.entry.code.startswith(PHYSICAL) or not toks[hit.i].norm_key.startswith("و"):
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.entity is None or c.etype not in PLACES:
        return None
    s, compass = c.i, False
    while s > 0 and c.i - s < PHRASE_WORDS and (place_word(_key(doc, s - 1)) or _key(doc, s - 1) in fw("compass")):
        compass = compass or _key(doc, s - 1) in fw("compass")
        s -= 1
    if s > 0 and _key(doc, s - 1) in LIGHT_PREPS:
        s -= 1
    elif not compass:
        return None
    if s == 0:
        return None
    verb = nkey(toks[s - 1].text)
    return c if verb in fw_keys("force_light_verbs") or verb in fw_keys("happened_predicates") else None


__all__ = ["light_clause_place", "nearby_place"]
