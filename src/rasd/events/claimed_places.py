"""Round ev817: a demand whose object is a place is a claim of ownership, no demand event (CAMEO has no claim
code): «لتعزيز مطالبتها بهذه المنطقة البحرية», «ولم يكن العراق ليطالب بالكويت», «وطالبت الصين بالجزر». Read by
``senses.not_an_event``.

The «بـ» word right after the demand («مطالبة/طالب/يطالب»), or right after its subject (one entity mention: VSO
«طالبت الصين بالجزر»), is a place entity (LOCATION) or a definite place noun of the function words
``claimed_place_nouns`` (or one after a demonstrative: «بهذه المنطقة»). Left alone: an act asked for («طالبت الحكومة
بإطلاق سراح», a masdar, no place), an addressee («طالبته بالأرض», «طالب الأهالي الحكومة بالأراضي»), a zone to be
made («طالبت بمنطقة عازلة», indefinite; «بالمنطقة الآمنة», ``made_zone_words``), and a place followed by another
«بـ» word (it is where the demand is made: «يطالبون بالقاهرة بإسقاط الحكومة»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import PLACES, fw_bare_keys, nkey
from .lexicon import Hit
from .word_tests import key_at

DEMONSTRATIVES = frozenset(nkey(w) for w in ("هذه", "هذا", "تلك", "ذلك"))


def _after(doc: Doc, t: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> int:
    """The token after the one at ``t``, past the whole mention it opens («بجزر القمر»)."""
    m = mentions.get(t)
    t += 1
    while m is not None and t < b and mentions.get(t) == m:
        t += 1
    return t


def _asked_here(doc: Doc, t: int, b: int) -> bool:
    """Whether token ``t`` (before ``b``) is another «بـ» word: the place before it is where one asks."""
    return t < b and key_at(doc, t).startswith("ب") and len(key_at(doc, t)) > 3


def place_object(doc: Doc, t: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the «بـ» word at token ``t`` names a place: a LOCATION entity («بالكويت») or a definite place noun
    («بالجزر», «بهذه المنطقة») not made a zone to set up (see the module)."""
    m = mentions.get(t)
    if m is not None:
        return m[1] in PLACES and not _asked_here(doc, _after(doc, t, b, mentions), b)
    rest = key_at(doc, t)[1:]
    if rest in DEMONSTRATIVES and t + 1 < b:
        t += 1
        rest = key_at(doc, t)
    elif not rest.startswith("ال"):
        return False
    if rest.removeprefix("ال") not in fw_bare_keys("claimed_place_nouns"):
        return False
    nxt = t + 1
    return not (nxt < b and key_at(doc, nxt).removeprefix("ال") in fw_bare_keys("made_zone_words")) \
        and not _asked_here(doc, nxt, b)


def _object_pronoun(doc: Doc, hit: Hit) -> bool:
    """Whether the verb ``hit`` carries a pronoun past its matched stem («وطالبته», «يطالبونه»: an addressee)."""
    return hit.cand.enclitic != "" or len(key_at(doc, hit.j)) > len("".join(hit.cand.proclitics) + hit.cand.key)


def claimed_place(doc: Doc, hit: Hit, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the demand ``hit`` (its sentence ending before token ``b``) claims a place (see the module)."""
    if hit.entry.id != "demand" or hit.entry.code != "100":
        return False
    if hit.pos == "V" and _object_pronoun(doc, hit):
        return False  # «طالبته بالأرض»: an addressee
    t = hit.j + 1
    if hit.pos == "V" and t < b and t in mentions and not key_at(doc, t).startswith("ب"):
        t = _after(doc, t, b, mentions)  # VSO: «وطالبت الصين بالجزر»
    if t >= b or not key_at(doc, t).startswith("ب") or len(key_at(doc, t)) < 3:
        return False
    return place_object(doc, t, b, mentions)


__all__ = ["claimed_place", "place_object"]
