"""The person a subject phrase names after its head, for the quotes stage: a title phrase («مفتي السعودية السابق
الشيخ فلان»), a name set off by commas after it («نائبة المتحدث ...، فلانة،»), and the name after a head no title
list has («عالم الاجتماع الفرنسي فلان»).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk, is_function_word
from ..events.forms import fw, fw_keys, nkey
from .cues import QUOTE_MARK
from .phrases import governed, honorific_len, source_heads, title_head


TITLE_REACH = 14  # tokens after a title phrase's head to look for the person it names


def named_after_title(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int, noun: bool = False) -> Chunk | None:
    """The person a title phrase in the subject's place names within a few words, past what describes the title
    («مفتي السعودية السابق الشيخ فلان», «القيادي في التحالف ... وعضو لجنة ... السابق فلان»: the words of a
    preposition, names of places and bodies, definite adjectives, more titles), before ``limit`` («أن») and any comma;
    None where a plain noun, a person after a preposition, or a person right after a title in a preposition's phrase
    («مسؤول في مكتب الرئيس فلان»: the president's office) comes first. With ``noun``, any head will do (see
    _named_after_noun)."""
    if c.entity is not None or not (noun or title_head(doc, c)):
        return None
    prev = c
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i - c.i <= TITLE_REACH and d.i < limit and _set_off_name(doc, d, prev):
            return d  # «وقالت نائبة المتحدث باسم الحكومة الألمانية، فلانة، أمس»: the name the commas set off
        if d.i - c.i > TITLE_REACH or d.i >= limit or any(
                doc.tokens[u].text in ("،", ",", ":") or QUOTE_MARK.fullmatch(doc.tokens[u].text)
                or doc.tokens[u].norm_key in fw("source_outsiders") for u in range(prev.i, d.i)):
            return None
        if d.etype == "PERSON":
            after_title = governed(doc, prev) and doc.tokens[prev.j].norm_key.removeprefix("ال") in fw("titles")
            return None if governed(doc, d) or after_title else d
        rest = d.i == d.j and any(e.i == d.j + 1 and e.etype == "PERSON" for e in chunks)  # «سلمى | حداد»: a name
        if d.entity is None and not (rest or governed(doc, d) or d.definite or title_head(doc, d)
                                     or honorific_len(doc, d.i)):
            return None  # «في حوار», «تصريحات»: the title phrase has ended
        prev = d
    return None


def _set_off_name(doc: Doc, d: Chunk, prev: Chunk) -> bool:
    """The phrase ``d`` is a person's name right after the title phrase ending with ``prev``, between two commas
    (an apposition: «المتحدث باسم الحكومة الألمانية، فلانة، أمس»), of no preposition."""
    toks = doc.tokens
    return (d.etype == "PERSON" and prev.j + 2 <= d.i <= prev.j + 3 and toks[d.i - 1].text in ("،", ",")
            and not any(toks[u].text in ("،", ",", ":") or QUOTE_MARK.fullmatch(toks[u].text)
                        for u in range(prev.i, d.i - 1))
            and d.j + 1 < len(toks) and toks[d.j + 1].text in ("،", ",") and not governed(doc, d))


_LEADS = fw_keys("led_by_words")  # «المجلس بزعامة فلان»: the body led by him
_COMPARING = frozenset(nkey(w) for w in ("كما", "مثلما"))


def compared_after(doc: Doc, first: Chunk, named: Chunk) -> Chunk:
    """The subject phrase ``first`` itself where the name the title resolution found for it (``named``) stands after
    «كما/مثلما» («ويرى البحر كما يرى المضف»: the other one compared with, the subject of another verb); else
    ``named``."""
    if named.i <= first.j or not any(doc.tokens[u].norm_key in _COMPARING for u in range(first.j + 1, named.i)):
        return named
    return first


def named_after_noun(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> Chunk | None:
    """The person a subject phrase with a head no title list has names (``named_after_title``: «سكرتير الدولة
    للشؤون المحلية فلان», «عالم الاجتماع الفرنسي فلان», «رئيسها فلان», «الأستاذة في جامعة ... فلانة»); None where
    the head is governed or a source («مصدر», «عناصر»: some of a body), where a leader's phrase stands between
    («المجلس الأعلى بزعامة فلان»), or where a head with no article and no pronoun takes the person, or a title
    before him, as its genitive («محامي كلينتون», «إدارة الرئيس الأميركي فلان», «منتقدو الرئيس فلان»)."""
    head = doc.tokens[c.i].norm_key.removeprefix("و")
    if (c.entity is not None or governed(doc, c) or c.number or is_function_word(head)
            or head in ("ما", "مما", "عما")):
        return None  # «أوضح مما فعله فلان»: no subject
    described = c.definite and head.removeprefix("ال") in fw_keys("described_person_nouns")  # «الخبير»
    if (head.removeprefix("ال") in source_heads() and not described) or head in fw("unnamed_groups"):
        return None
    d = named_after_title(doc, chunks, c, limit, noun=True)
    if d is None:
        return None
    if described and head.removeprefix("ال") in source_heads() and not any(
            e.title and e.j + 1 == d.i and e.i > c.j for e in chunks):
        return None  # round 246: «الخبير في الشؤون العسكرية العميد ركن فلان»: the name with a title of its own
    between = range(c.i + 1, d.i)
    if any(doc.tokens[u].norm_key.removeprefix("و") in _LEADS for u in between):
        return None
    bound = c.definite or any(w.kind == "enclitic" for w in doc.tokens[c.i].words)
    bound = bound or doc.tokens[d.i - 1].text in ("،", ",")  # «نائبة المتحدث باسم الحكومة، فلانة،»: set off
    if not bound and (d.i == c.i + 1 or any(doc.tokens[u].norm_key in fw("titles") for u in between)):
        return None
    return d
