"""A name word between a title and the tagger's name: «رئيس جنوب السودان سلفا | كير ميارديت», «مساعدة وزير
الخارجية آن | باترسون», «ونظيرته البنغلادشية شيخة | حسينة» — the tagger took the person without the given name the
title stands right before; the word is his (her) given name, one name."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .attach import after_title, grow_back
from .gazetteer import Gazetteer
from .units import Found


def _no_given(k: str, gaz: Gazetteer) -> bool:
    """Is the word ``k`` surely no given name: a function word, preposition, definite word, title, complement,
    country adjective, listed place or body (also after a preposition: «للدرك», «لليمن»), a noun a pronoun owns
    that no list has, or an adverb in «-يا» («هاتفيا», «رسميا») no list reads as a name?"""
    if k.startswith(("ال", "وال", "لل", "بال", "فال", "كال")) or k in gaz.stop or k in gaz.nisba or k in fw("prepositions"):
        return True
    if (k,) in gaz.titles or (k,) in gaz.complements or (k,) in gaz.phrases or (k,) in gaz.org_heads:
        return True
    w = gaz.name_word(k)
    if w is None and k.endswith(("ه", "ها", "هم", "هما")):
        return True  # «مضيفه», «نظيرها»: a noun a pronoun owns (his host), no list's name
    return k.endswith("يا") and not (w is not None and {"g", "F"} & set(w.flags))


def title_gap_given(doc: Doc, found: Found, tagged: list[Mention], have: Sequence[Mention], gaz: Gazetteer) -> None:
    """A tagger's person right after one word that follows a title (or a title and its possessed portfolio): the
    word is the person's first name, taken in. Not a word that is surely none (:func:`_no_given`), nor one another
    mention holds («الرئيس أوباما | بوتين»: two men)."""
    ends = {t.end for t in found.titles}
    others = (*have, *tagged)
    for m in tagged:
        if m.type != "PERSON" or m.attrs.get("gid") or not doc.text[: m.start].endswith(" "):
            continue
        head, _, word = doc.text[: m.start].rstrip().rpartition(" ")
        if after_title(doc.text[: m.start].rstrip(), ends, gaz):
            continue  # the word is the title's own («ووزير خارجيته | الطيب بكوش»)
        if not word.isalpha() or _no_given(norm_key(word), gaz) or not after_title(head.rstrip(), ends, gaz):
            continue
        start = m.start - 1 - len(word)
        if any(o is not m and o.start <= start < o.end for o in others):
            continue
        if grow_back(doc, m, start, others):
            m.attrs["gap_given"] = True
