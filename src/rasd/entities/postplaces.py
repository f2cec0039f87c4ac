"""Round 85: a person's country from the place his post is at, named in the apposition after his name.

«عبد الرقيب العمري، نائب مدير عام مطار عدن الدولي»: a person of no country yet, «،» right after his name, a title
of office (or a relation: «نائب», «مساعد») opening the apposition, and within its first words, in a chain of nouns
no preposition breaks, a located place (a town or a country the lists give a country): the person takes that
country. A preposition or a stop ends the chain first («X، المبعوث الأممي إلى اليمن»: where he is sent, not his
own; «X، مراسل الصحيفة في القاهرة»: where he works, not whose he is).

Round en433: the same chain right before the name, the title opening it, «،» or nothing between («نائب مدير عام مطار
عدن الدولي، عبد الرقيب العمري», «المدير العام لآثار الأقصر مصطفى وزيري»); a preposition breaks it the same way
(«ممثل الائتلاف الوطني في واشنطن X»: where he represents it, not his own country).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Mention, mention_start
from ..text.normalize import COMMAS as _COMMAS, norm_key
from .bodies import AFFAIRS
from .gazetteer import Gazetteer

POST_REACH = 6  # words of the apposition a located place may stand at («نائب مدير عام مطار عدن»: the fifth)
_BREAKS = frozenset(norm_key(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "مع", "لدى", "بين", "و", "أو"))


def located_starts(ents: list[Entity]) -> dict[int, str]:
    """The start of each mention of a located town or country and its country."""
    out: dict[int, str] = {}
    for x in ents:
        if x.type == "LOCATION" and x.country:
            for sp in x.mentions:
                out[sp.start] = x.country
    return out


def _post_place(doc: Doc, g: Gazetteer, m: Mention, located: dict[int, str]) -> str | None:
    """The country of the located place in the apposition of office right after the mention ``m``; None where there
    is none."""
    i = doc.token_from(m.end)
    toks = doc.tokens
    if i is None or i >= len(toks) or toks[i].text not in _COMMAS:
        return None
    first = i + 1
    if first >= len(toks):
        return None
    head = toks[first].norm_key
    title = g.titles.get((head,))
    if title is None or title.kind not in ("office", "relation"):
        return None
    for k in range(first + 1, min(len(toks), first + POST_REACH)):
        t = toks[k]
        if not t.text.isalpha():
            return None  # a stop, a comma, a bracket: the apposition (or its first part) is over
        key = t.norm_key
        if key in _BREAKS:
            return None
        iso = located.get(t.start)
        if iso is not None:
            return iso
    return None


def _title_place(doc: Doc, g: Gazetteer, m: Mention, located: dict[int, str]) -> str | None:
    """The country of the located place in the chain of office titling the mention ``m`` right before it; None
    where there is none."""
    i = doc.token_from(m.start)
    toks = doc.tokens
    if i is None or i == 0 or toks[i].start != m.start:
        return None
    k = i - 1
    if toks[k].text in _COMMAS:
        k -= 1
    iso: str | None = None
    for j in range(k, max(-1, k - POST_REACH), -1):
        t = toks[j]
        if not t.text.isalpha() or t.norm_key in _BREAKS or t.norm_key.lstrip("ول") in AFFAIRS:
            return None  # (a stop, a bracket, a preposition, a portfolio «رئيس دائرة شؤون القدس»: no town's office)
        title = g.titles.get((t.norm_key,))
        if title is not None and title.kind in ("office", "relation") and j < k:
            return iso
        if iso is None:
            iso = located.get(t.start)
    return None


def post_places(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Give a person of no country the country of the place his post is at (see the module; in place)."""
    located = located_starts(ents)
    if not located:
        return
    for e in ents:
        if e.type != "PERSON" or e.country:
            continue
        for m in sorted(by_entity.get(e.id, ()), key=mention_start):
            iso = _post_place(doc, g, m, located) or _title_place(doc, g, m, located)
            if iso is not None:
                e.country = iso
                e.attrs["country_from"] = "post_place"
                break
