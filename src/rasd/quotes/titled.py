"""Noun-phrase chunks as the quotes layer reads them: the shared chunker's phrases, with a verb's object cut off the
title phrase of its subject where the chunker glued the two («ودعا المبعوث الأممي | الفصائل الليبية إلى الحوار»,
«واتهم المتحدث العسكري | المسلحين»), so that a cue after it («، وقال») finds its speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..doc import Doc, Token
from ..events.chunks import Chunk, build_chunks, plain_chunk
from ..events.forms import fw, nkey
from .own_part import own_part_end


def quote_chunks(doc: Doc, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]], skip: set[int]) -> list[Chunk]:
    """The chunks of doc.tokens[a:b] (``build_chunks`` without verbs), each phrase of a title and its nisba followed
    by a definite word that cannot be their adjective cut in two: the title phrase, then the object."""
    out: list[Chunk] = []
    for c in build_chunks(doc, a, b, mentions, skip):
        if c.prep is not None and c.i - 1 in skip and doc.tokens[c.i - 1].norm_key.removeprefix("و") == c.prep:
            c = replace(c, prep=None)  # «وبيّن الخبير»: the cue, not the preposition «بين» it folds with
        if c.entity is None and c.j > c.i and own_part_end(doc, c.i) == c.i + 1:
            c = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)  # «وقال من جهته رئيس الوزراء»: the title, after it
        cut = _title_end(doc.tokens, c) if c.entity is None else None
        if cut is None:
            out.append(c)
            continue
        out.append(replace(c, j=cut, end=doc.tokens[cut].end))
        out.append(plain_chunk(doc.tokens, cut + 1, c.j, c.end))
    return out


def _title_end(toks: Sequence[Token], c: Chunk) -> int | None:
    """The last token of a complete title and its nisba inside chunk ``c`` («المبعوث الأممي», «وزير الخارجية
    الفرنسي», with the adjectives after it: «المبعوث الأممي الخاص») when a definite word that cannot be their
    adjective follows it in the chunk; None where none does."""
    for p in range(c.i + 1, c.j):
        if not _masculine_nisba(toks[p].text) or not _titled(toks, c, p):
            continue
        for u in range(p + 1, c.j + 1):
            if _object_word(toks[u].text):
                return u - 1
            if not toks[u].text.startswith("ال"):
                break  # (an adjective has the article as the nisba does)
    return None


def _titled(toks: Sequence[Token], c: Chunk, p: int) -> bool:
    """A masculine title opens the definite words of chunk ``c`` before token ``p``: definite («المبعوث») or in
    construct («وزير الخارجية»)."""
    for q in range(p - 1, c.i - 1, -1):
        k = toks[q].norm_key
        k = k[1:] if q == c.i and c.coord else k
        if k.removeprefix("ال") in fw("titles") and not k.endswith("ه"):
            return True
        if not toks[q].text.startswith("ال"):
            return False
    return False


def _masculine_nisba(text: str) -> bool:
    """A definite masculine singular nisba adjective: «الأممي», «الفرنسي», «العسكري»."""
    return text.startswith("ال") and text.endswith("ي") and len(text) > 5 and not text.endswith("يي")


def _object_word(text: str) -> bool:
    """A definite word that no masculine singular title takes as its adjective: a feminine or a plural («الحكومة»,
    «المسلحين», «الفصائل», «الجهود», «الأطراف»), a people or a place («الأهالي», «المبنى»)."""
    if not text.startswith("ال"):
        return False
    n = nkey(text)
    stem = n[2:]
    if stem.endswith(("ه", "ات", "ين", "ون")) or n in fw("people_plurals") or n in fw("definite_place_nouns"):
        return True
    if len(stem) == 5 and stem[2] == "ا" and stem[0] != "م":
        return True  # «الفصائل», «القبائل», «العواصم» (not «المرافق», «المساعد»: participles as much as plurals)
    if len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا":
        return True  # «الأطراف», «الأحزاب»
    return len(stem) == 4 and stem[2] == "و"  # «الجهود», «الحقوق», «الشعوب»


def title_nisba(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` is a complete title and its nisba, definite («المبعوث الأممي», «المتحدثة العسكرية»): one
    whom the article describes in full, not only «الوزير», the minister named before."""
    return c.title and c.definite and any(
        _masculine_nisba(t.text) or (t.text.startswith("ال") and t.text.endswith("ية") and len(t.text) > 6)
        for t in doc.tokens[c.i + 1 : c.j + 1])
