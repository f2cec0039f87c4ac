"""Round en570: a name of two words or more that ends in an English compass word transliterated («نورث، ساوث،
إيست، ويست»: ``compass_suffixes``) is a place's (a British constituency, a district: «لمقعده عن ايسلينغتون
نورث»), not a person's: a person's mention so ended, right after a preposition («عن، في، من»), whose first word is
no given name of the name lists is retyped LOCATION. Not «أوليفر نورث» (a given name first: the compass word is a
family name), not «مغني الراب كانييه ويست» (no preposition before: a man's name as likely)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .gazetteer import Gazetteer


def _given(gaz: Gazetteer, k: str) -> bool:
    """Is ``k`` a given name of the name lists, Arabic or Western («أوليفر», «كانيي»)?"""
    w = gaz.name_word(k)
    return w is not None and bool({"g", "W"} & set(w.flags))


def compass_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Retype a person's mention that ends in a compass word after a word that is no given name (see the
    module) LOCATION, in place."""
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or len(words) < 2 or m.attrs.get("role"):
            continue
        before = doc.text[max(0, m.start - 20) : m.start].split()
        if norm_key(words[-1]) in fw_keys("compass_suffixes") and not _given(gaz, norm_key(words[0])) \
                and doc.text[m.start - 1 : m.start] == " " and bool(before) \
                and norm_key(before[-1]) in fw_keys("prepositions"):
            m.type = "LOCATION"
            m.attrs["retyped_by"] = "compass"
