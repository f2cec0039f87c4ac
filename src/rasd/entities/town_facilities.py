"""Round en631: a hotel, a resort, a stadium, a port or an airport named by the listed town right after it («فندق
سوسة», «مطار بغداد», «ملعب القاهرة») is one organisation, a facility of the town's country (a hotel or a resort a
business, «BUS»: ``town_named_lodgings``; the others ``town_named_facilities``), so that an attack on it has the
facility as its target («الهجوم على فندق سوسة»). The town's place mention stays inside the facility's: the place of
what happens there («وصل الوزير إلى مطار بغداد» is in Baghdad; :mod:`rasd.events.where_facility` reads it). A hotel
named by a rare name word of its own («فندق الشيراتون») is a facility of no country, but of the town's that «في»
names right after it («فندق الشيراتون في عدن»: Yemen's; then a definite common word is its name too: «فندق القصر في
بغداد», round en704). Called by :mod:`.facilities`."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer
from .mentionedits import cover
from .units import gap, mentions_over

TOWN_KINDS = ("city", "capital", "town")  # a facility is named by a town, not by a country («ملعب قطر»: a team's)
FACILITY = "facility"  # the kind of the facility's organisation (read by events.where_facility)


def facility_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(the lodgings' heads, the other facilities' heads): «فندق», «منتجع»; «ملعب», «ميناء», «مطار»."""
    return fw_keys("town_named_lodgings"), fw_keys("town_named_facilities")


def town_facility(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int, off: int, lodging: bool) -> int:
    """«فندق سوسة», «مطار بغداد» at ``i`` (the head ``off`` letters into its token): the facility's organisation
    (as :func:`.facilities._town_body` makes one) with the town's mention kept inside it; «فندق الشيراتون»: a
    hotel's own name. Returns where reading goes on (``i + 1`` where it is none of them)."""
    from .facilities import _rare, _town_body, _adjective_shape, _name_word  # (that module calls this one)
    toks = doc.tokens
    nxt = toks[i + 1]
    place = next((m for m in mentions if m.start == nxt.start and m.type == "LOCATION"), None)
    if place is not None:
        if place.attrs.get("kind") not in TOWN_KINDS:
            return i + 1
        j = _town_body(doc, mentions, gaz, i, off, "BUS" if lodging else "")
        if j == i + 1 or place in mentions:
            return j
        mentions[-1].attrs["kind"] = FACILITY
        mentions.append(place)  # (the town stays: the place of what happens at the facility)
        return j
    country = town_after(doc, mentions, gaz, i + 2)
    if not lodging or not gap(doc, toks[i], nxt) or nxt.text[:1] in "بلوكف" or mentions_over(mentions, nxt.start, nxt.end) \
            or not _name_word(nxt, gaz) or _adjective_shape(nxt.norm_key) \
            or not (_rare(nxt, gaz) or country and nxt.norm_key.startswith("ال")):  # «فندق القصر في بغداد»
        return i + 1
    start = toks[i].start + off
    if cover(doc, mentions, start, nxt.end, "ORGANIZATION", {}):  # «فندق الشيراتون»
        m = mentions[-1]
        m.attrs.update(gid="ORGH:" + norm_key(m.text) + ":" + country, kind=FACILITY)
        if country:  # «فندق الشيراتون في عدن»: a business of Yemen (round en704)
            m.attrs.update(country=country, actor=country + "BUS")
        return i + 2
    return i + 1


def town_after(doc: Doc, mentions: list[Mention], gaz: Gazetteer, k: int) -> str:
    """The country of the listed town after «في» at token ``k`` («فندق الشيراتون في عدن»: YEM), else ""."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].norm_key != "في" or not gap(doc, toks[k - 1], toks[k]):
        return ""
    place = next((m for m in mentions if m.start == toks[k + 1].start and m.type == "LOCATION"), None)
    if place is None or place.attrs.get("kind") not in TOWN_KINDS:
        return ""
    e = gaz.phrases.get(tuple(norm_key(w) for w in place.text.split()))
    return e.country if isinstance(e, Entry) and e.type == "LOCATION" and e.country else ""
