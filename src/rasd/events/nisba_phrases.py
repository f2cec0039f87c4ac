"""Round ev987: a plural head of a group and its agreeing nisba or people adjective are one phrase, not two parties
(«هاجم المتمردون الحوثيون مواقع الجيش»: the Houthi rebels attacked, not the rebels attacked the Houthis; «المسلحون
الأكراد»: the Kurdish gunmen).

- The head: a chunk of no entity whose last word is a listed agent noun (``group_lexicon.lexicon``: rebels,
  gunmen, fighters ...) in a sound plural «ـون/ـين», with no pronoun.
- The adjective, the one word right after it (no «و», no preposition), of the head's definiteness:
  a name's nisba plural (an entity mention of a body, «الحوثيون», «حوثيين») in the head's case («ـون» after «ـون»,
  «ـين» after «ـين»: «هاجم المتمردون الحوثيين» is subject + object), or a people's broken plural («الأكراد», «أكراد»;
  the accusative «أكرادا» only after «ـين»: ``group_lexicon.country_word``).
- A people's adjective joins a head that is a chunk of its own («المسلحون | الأكراد»), not the last word of a longer
  one («عصابات المستوطنين | اليهود»: the rules that read a subject before its verb know the people's plural, not
  «عصابات»).
- The phrase is one chunk: the body's (its entity, whose actor the name gives: «المتمردون الحوثيون» YEMREB), or a
  phrase of no entity the ``groups`` stage reads whole («المسلحون الأكراد»: KUR, the country's REB in
  ``armed_sides``).
Called by :func:`.chunks.build_chunks` for the events layer; :func:`named_nisba` gives the ``groups`` stage the body
of an event's or a quote's speaker phrase of that shape («شن المتمردون الحوثيون هجوما», «وقال المتمردون الحوثيون
إن»: the Houthis).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span, Token
from .chunk_type import Chunk, new_chunk
from .forms import nkey
from .group_lexicon import country_word, lexicon, nisba_base, word_key

_BODIES = ("ORGANIZATION",)  # a name whose nisba plural describes a group's men («الحوثيون»)


def _stem_key(tok: Token) -> str:
    """A token's key past its proclitics, with its article («والمتمردون» → «المتمردون»)."""
    stem = [w.form for w in tok.words if w.kind != "proclitic"]
    return nkey(stem[0] if stem else tok.text)


def _plural_head(tok: Token) -> str | None:
    """The case ending («ون»/«ين») of a listed agent noun's sound plural with no pronoun, else None."""
    if any(w.kind == "enclitic" for w in tok.words):
        return None
    key = _stem_key(tok)
    ending = key[-2:]
    if ending not in ("ون", "ين") or (word_key(tok),) not in lexicon():
        return None
    return ending


def _agrees(head: Token, adj: Token, ending: str, named: bool) -> bool:
    """Whether ``adj`` is the head's nisba or people adjective (module docstring)."""
    if any(w.kind in ("proclitic", "enclitic") for w in adj.words):
        return False
    hk, ak = _stem_key(head), nkey(adj.text)
    if hk.startswith("ال") != ak.startswith("ال"):
        return False
    if named:  # a name's nisba plural in the head's case
        return ak.endswith("ي" + ending) and nisba_base(ak) != ak
    if ending == "ين" and ak.endswith("ا") and not ak.startswith("ال"):
        ak = ak[:-1]  # («مسلحين أكرادا»: the indefinite accusative after the oblique head)
    return ak[-2:] not in ("ون", "ين", "ان") and ak[-1:] not in "يهةا" and country_word(ak) is not None


def nisba_phrases(toks: Sequence[Token], chunks: list[Chunk]) -> list[Chunk]:
    """``chunks`` with each plural group head and its agreeing adjective made one chunk (module docstring)."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        # (the word tests last: most chunks have no phrase right after them, or one with a preposition)
        if nxt is None or c.entity is not None or nxt.i != c.j + 1 or nxt.prep is not None or nxt.coord \
                or (ending := _plural_head(toks[c.j])) is None:
            out.append(c)
            k += 1
            continue
        named = nxt.entity is not None
        if named and (nxt.etype not in _BODIES or nxt.j != nxt.i) or not named and c.i != c.j \
                or not _agrees(toks[c.j], toks[nxt.i], ending, named):
            out.append(c)
            k += 1
            continue
        end = nxt.end if named or nxt.j == nxt.i else toks[nxt.i].end
        out.append(new_chunk(toks, c.i, nxt.i, c.start, end, nxt.entity, nxt.etype, c.prep, c.coord))
        if not named and nxt.j > nxt.i:  # («الأكراد مواقع»: the words after the adjective, a phrase of their own)
            out.append(new_chunk(toks, nxt.i + 1, nxt.j, toks[nxt.i + 1].start, nxt.end, None, None, None, False))
        k += 2
    return out


def named_nisba(doc: Doc, span: Span) -> str | None:
    """The body whose nisba plural describes the plural group head of a phrase of just those two words («المتمردون
    الحوثيون»: the Houthis' entity id), else None."""
    toks = doc.tokens_in(span)
    if len(toks) != 2 or (ending := _plural_head(toks[0])) is None or not _agrees(toks[0], toks[1], ending, True):
        return None
    return next((e.id for e in doc.entities if e.type in _BODIES
                 and any(m.start == toks[1].start and m.end == toks[1].end for m in e.mentions)), None)
