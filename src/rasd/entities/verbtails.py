"""Round 72: a person's name never runs on over «لـ» and a present verb («ينطلق السيد ظريف ليرى أن»: Zarif sets
out to see that): the last word of a person's mention of two words or more that is «ل» and an imperfect verb (a
prefix «ي», «ت» or «ن» after the «ل», the rest a word frequent in the news) and is no listed name word or surname
is cut off; the name ends on the word before it."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer
from .mentionedits import reend

_NAME_FLAGS = set("gfFW")  # as in .wordreadings
_VERB_ZIPF10 = 35  # the verb without «ل» («يرى»), frequent as a word of the news


def _listed(key: str, gaz: Gazetteer) -> bool:
    """A given, family, female or common Western name of the lists, or a listed surname (not a transliteration
    list's word alone: they hold «ليري», Leary)."""
    w = gaz.name_word(key)
    return w is not None and bool(_NAME_FLAGS & set(w.flags)) or key in gaz.surnames


def _lam_verb(word: str, gaz: Gazetteer) -> bool:
    """Is ``word`` «ل» and a present verb («ليرى», «لتؤكد», «لنبحث»), no name of the lists («ليلى», «ليث»)?"""
    k = norm_key(word)
    rest = k[1:]
    if len(k) < 4 or not k.startswith("ل") or rest[:1] not in "يتن" or _listed(k, gaz) or _listed(rest, gaz):
        return False
    return load_lexicon().freq.get(rest, 0) >= _VERB_ZIPF10


def lam_verb_tails(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Cut «لـ» and a present verb off the end of a person's name (see the module's doc)."""
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or len(words) < 2 or not _lam_verb(words[-1], gaz):
            continue
        cut = m.text.rstrip()[: -len(words[-1])].rstrip()
        reend(doc, m, m.start + len(cut))
        m.attrs["cut_verb"] = words[-1]
