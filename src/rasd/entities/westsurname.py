"""A Western surname that is also an Arabic word, after a title and a Western given name: «المتحدث باسم الجيش فيليب
أغير» (Aguer; «أغير», I change). The name lists know the given name (a frequent word of Wikidata person names), not
the surname, and the rules for an unknown word refuse it (a verb's «أ», four letters).

The word is taken where it is no function word, place, title or body head, no verb of the event lexicon, not
frequent (under ``MAX_ZIPF10``: «أعلن», «زار», «هاجم» are more), of four letters or more with no proclitic, article
or plural ending, and a clause goes on after it (punctuation, a function word or a word that is no name):
«وزير الخارجية فيليب هاموند» needs no rule; «السفير جون أمس» is no name (a function word).

:func:`madda_given` (round en456): a Western given name spelt with an initial madda that folds to a function word
(«آن», Anne, folds with «أن», «إن»), after a title and before a foreign surname («مساعدة وزير الخارجية الأميركي
آن باترسون»), opens the name: the madda is no spelling of the particles («أن كيري» stays the particle)."""

from __future__ import annotations

from ..events.trigger_table import verb_forms  # data only (the events layer's trigger table), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer
from .units import Unit

MAX_ZIPF10 = 42


def _western_given(g: Gazetteer, u: Unit) -> bool:
    w = g.name_word(u.key)
    return w is not None and "W" in w.flags and "c" not in w.flags and not u.key.startswith("ال")


def western_surname(g: Gazetteer, units: list[Unit], j: int, n: int) -> bool:
    """Is ``units[j + n]``, after the one-word Western given name at ``j`` (a title before it), its surname?"""
    if n != 1 or j + 1 >= len(units) or not _western_given(g, units[j]):
        return False
    u = units[j + 1]
    k = u.key
    if u.punct or u.gap or len(k) < 4 or k in g.stop or k in g.nisba or (k,) in g.phrases or (k,) in g.titles:
        return False
    if (k,) in g.complements or (k,) in g.org_heads or k in verb_forms() or g.name_word(k) is not None:
        return False
    if len(u.tok.words) != 1 or not all("\u0621" <= ch <= "\u064a" for ch in k):
        return False  # a clitic on a word («وأكد», «لمنع»)
    if k.startswith(("ال", "ي", "ت", "ن", "و", "ف")) or k.endswith(("ون", "ين", "ات", "ه", "ا", "ة")):
        return False
    if load_lexicon().freq.get(k, 0) >= MAX_ZIPF10:
        return False
    if j + 2 >= len(units):
        return True
    nxt = units[j + 2]
    return nxt.punct or nxt.gap or nxt.key in g.stop or g.name_word(nxt.key) is None or nxt.tok.norm_key in g.stop


def madda_given(g: Gazetteer, units: list[Unit], j: int) -> bool:
    """For the title run: is ``units[j]`` a Western given name spelt with «آ» («آن», «آلان»; listed as a common
    word by its folded key) right before a foreign surname (a name word of Wikidata persons, no common word nor
    given name: «باترسون»)?"""
    if j + 1 >= len(units) or units[j].punct or units[j + 1].punct or units[j + 1].gap:
        return False
    u, nxt = units[j], units[j + 1]
    w, sur = g.name_word(u.key), g.name_word(nxt.key)
    return len(u.tok.words) == 1 and u.tok.text.startswith("آ") and w is not None and "W" in w.flags \
        and sur is not None and "w" in sur.flags and not set("cgF") & set(sur.flags) and not nxt.key.startswith("ال")
