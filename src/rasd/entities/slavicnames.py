"""Round ents94: a Slavic woman's surname in Arabic spelling («أندرييفا», «زاخاروفا», «بيتروفسكايا») that the tagger
read as a place or a body is a person, with the given name right before it («مينا أندرييفا») (called by
:mod:`.stage`, after the tagger).

A tagger's one-word LOCATION, ORGANIZATION or MISC mention whose word ends in a feminine Slavic surname ending
(``-ova/-eva``: «وفا», «يفا»; ``-skaya``: «سكايا»), of six letters or more, that no list names as a place or a body
(«فيفا», the football federation, is four letters; «جنيفا» a listed place), is a PERSON; where the word right before
it, with only a space between, is a name word of the lists (``n``: «مينا», «ماريا», «يلينا»: also when it is a common
word, «مينا» as a spelling of «ميناء») with no article and no proclitic, not spelled as the noun («ميناء بتروفسكايا»: a port), and no mention holds it, the person's
mention begins there; after a title, the title run reads both words (:func:`slavic_given_pair`), so the person has
the title's role and sector. Not a masculine ending («-ov»: «خاركوف», «روستوف» are cities)."""

from __future__ import annotations


from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .units import Unit

_ENDS = tuple(norm_key(e) for e in ("وفا", "يفا", "سكايا"))
_PUNCT = "«»\"()،,.:؛!?؟"
_RETYPED = frozenset({"LOCATION", "ORGANIZATION", "MISC"})


def _spelt_as_name(surface: str) -> bool:
    """Not a noun's spelling that folds to a name: «ميناء» (a port, with its hamza) is no «مينا» (Mina)."""
    return not surface.endswith(("ء", "ئ", "ؤ", "ة"))


def _slavic_key(gaz: Gazetteer, k: str) -> bool:
    """Is ``k`` a feminine Slavic surname's key that no list names as a place or a body?"""
    return len(k) >= 6 and k.endswith(_ENDS) and not k.startswith("ال") and (k,) not in gaz.phrases \
        and (k,) not in gaz.org_heads


def slavic_given_pair(gaz: Gazetteer, units: list[Unit], j: int) -> bool:
    """For the title run (:func:`.namerun.name_run`): the unit at ``j`` is a listed name word (``n``, even one that is
    also a common word: «مينا») and the next one a Slavic woman's surname («المتحدثة باسم المفوضية الأوروبية مينا
    أندرييفا»: the title's name is both words)."""
    if j + 1 >= len(units) or units[j].punct or units[j + 1].punct or units[j + 1].gap:
        return False
    w = gaz.name_word(units[j].key)
    return w is not None and "n" in w.flags and not units[j].key.startswith("ال") and _spelt_as_name(units[j].tok.text) \
        and len(units[j].tok.words) == 1 and _slavic_key(gaz, units[j + 1].key)


def _surname(gaz: Gazetteer, m: Mention) -> bool:
    """Is ``m`` a tagger's one-word mention of a Slavic woman's surname that no list names?"""
    return m.source == "model" and m.type in _RETYPED and " " not in m.text.strip() and _slavic_key(gaz, norm_key(m.text))


def _given_before(doc: Doc, gaz: Gazetteer, m: Mention, mentions: list[Mention]) -> int | None:
    """Where the given name right before ``m`` begins («مينا» in «مينا أندرييفا»), else None."""
    i = next((n for n, t in enumerate(doc.tokens) if t.start == m.start), None)
    if not i:
        return None
    prev = doc.tokens[i - 1]
    if doc.text[prev.end : m.start] != " " or prev.text.rstrip(_PUNCT) != prev.text or len(prev.words) != 1:
        return None
    k = norm_key(prev.text)
    w = gaz.name_word(k)
    if w is None or "n" not in w.flags or k.startswith("ال") or not _spelt_as_name(prev.text) or any(o.start < prev.end and prev.start < o.end
                                                                      for o in mentions):
        return None
    return prev.start


def slavic_surnames(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«المتحدثة باسم المفوضية الأوروبية مينا أندرييفا» → PERSON «مينا أندرييفا» (the tagger's place «أندرييفا»)."""
    for m in mentions:
        if not _surname(gaz, m):
            continue
        start = _given_before(doc, gaz, m, mentions)
        m.type, m.attrs = "PERSON", {**m.attrs, "tag": "PERS"}
        if start is not None:
            span = doc.text[start : m.end]
            m.start, m.text, m.key = start, span, norm_key(span)
