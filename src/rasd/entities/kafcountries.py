"""Round ents95: a country's name behind the particle «ك» (like), and the word «ناسف» (explosive), are read right.

- «وتهيمن عليه دولة أجنبية كتركيا وأميركا» (a foreign state like Turkey and America): the tagger's one-word place
  «كتركيا», which no list holds, whose letters after «ك» (or «وك») are a listed country's name, is a mention of
  that country over the name alone («تركيا», its gazetteer id). Not a place whose whole word is listed («كوبا»,
  «كندا»), nor letters after «ك» that name no country.
- «حزام ناسف», «عبوة ناسفة», «عبوات ناسفة»: «ناسف» (explosive) is an adjective of the device, never a place nor a
  name; a one-word mention of it is dropped."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer

_EXPLOSIVE = frozenset(norm_key(w) for w in ("ناسف", "ناسفة", "ناسفات", "ناسفتين", "ناسفتان", "الناسف",
                                            "الناسفة", "الناسفات"))


def _kaf_country(gaz: Gazetteer, key: str) -> tuple[int, Entry] | None:
    """(letters before the name, the listed country) of a key «ك» + country («كتركيا», «وكتركيا»), or None."""
    if gaz.phrases.get((key,)) is not None:
        return None  # («كوبا», «كندا»: the place is the whole word)
    for n in (1, 2):
        if key[:n] not in ("ك", "وك") or len(key) - n < 3:
            continue
        got = gaz.phrases.get((key[n:],))
        if isinstance(got, Entry) and got.type == "LOCATION" and got.kind == "country" and got.country:
            return n, got
    return None


def kaf_countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«دولة أجنبية كتركيا» → the place «تركيا» (TUR) in place of «كتركيا»; drop the mentions «ناسف» (in place)."""
    del doc
    keep: list[Mention] = []
    for m in mentions:
        word = m.text.strip()
        if " " in word:
            keep.append(m)
            continue
        if m.key in _EXPLOSIVE or norm_key(word) in _EXPLOSIVE:
            continue  # («حزام ناسف»: the device's adjective)
        if m.type == "LOCATION" and not m.attrs.get("gid") and (got := _kaf_country(gaz, norm_key(word))):
            n, entry = got
            lead = len(m.text) - len(m.text.lstrip())
            m.start += lead + n
            m.text = m.text[lead + n:].strip()
            m.end = m.start + len(m.text)
            m.key = norm_key(m.text)
            m.attrs["gid"] = entry.id
            m.attrs["kind"] = "country"
        keep.append(m)
    mentions[:] = keep
