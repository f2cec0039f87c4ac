"""The ``Chunk`` record of the events layer (a noun phrase: an entity mention or a short run of content words) and
the ways to make one: from a token run (``plain_chunk``, ``head_word``), with the flags its first word gives
(a title, the article, a number: ``chunk_flags``) and the preposition glued to it (``glued_prep``).
events.chunks finds the chunks of a sentence and re-exports these names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from .forms import fw, nkey


@dataclass(slots=True)
class Chunk:
    """A phrase of tokens ``i``..``j``: an entity mention (``entity``, ``etype``) or a run of content words, with the
    preposition governing it, an opening «و», and the flags of its first word (title, definite, number)."""

    i: int  # first token (index into doc.tokens)
    j: int  # last token, inclusive
    start: int
    end: int
    entity: str | None
    etype: str | None
    prep: str | None
    coord: bool
    title: bool
    definite: bool
    number: bool

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        i: int,
        j: int,
        start: int,
        end: int,
        entity: str | None,
        etype: str | None,
        prep: str | None,
        coord: bool,
        title: bool,
        definite: bool,
        number: bool,
    ) -> None:
        self.i = i
        self.j = j
        self.start = start
        self.end = end
        self.entity = entity
        self.etype = etype
        self.prep = prep
        self.coord = coord
        self.title = title
        self.definite = definite
        self.number = number


def glued_prep(k: str, coord: bool) -> str | None:
    """The preposition «بـ/لـ/كـ» glued to the first word (key ``k``) of an unnamed phrase («بالمدينة», «للحكومة»,
    «بإمكانيات»), past a clitic «و» where ``coord``."""
    body = k[1:] if coord else k
    if body.startswith(("بال", "لل", "كال")) or (body[:1] in ("ب", "ل") and len(body) >= 5):
        return body[0]
    return None


def new_chunk(
    toks: Sequence[Token], i: int, j: int, start: int, end: int, eid: str | None, etype: str | None,
    prep: str | None, coord: bool,
) -> Chunk:
    """A chunk of tokens ``i``..``j`` spanning ``start``..``end``, with the flags its first word gives."""
    title, definite, number = _flags_coord(toks[i].text) if coord else _flags_plain(toks[i].text)
    return Chunk(i, j, start, end, eid, etype, prep, coord, title=title, definite=definite, number=number)


def and_clitic(tok: Token) -> bool:
    """Whether the word layer reads a «و» clitic on ``tok`` («والأهداف»; «وزراء» is ministers)."""
    k = tok.norm_key
    return k.startswith("و") and len(k) > 3 and (len(tok.words) > 1 and tok.words[0].kind == "proclitic")


def head_word(toks: Sequence[Token], t: int) -> Chunk:
    """Token ``t`` alone as a plain phrase, its span past a clitic «و» («والأهداف التي تستهدفها»: «الأهداف»)."""
    tok = toks[t]
    return plain_chunk(toks, t, t) if not and_clitic(tok) else new_chunk(
        toks, t, t, tok.words[1].start, tok.end, None, None, None, False)


def plain_chunk(toks: Sequence[Token], i: int, j: int, end: int | None = None) -> Chunk:
    """A phrase of tokens i..j (inclusive) with no entity, preposition or coordination: part of a run of words
    («على يد | مسلحين»), or one word; ``end``: where it ends, when not at the end of token j."""
    return new_chunk(toks, i, j, toks[i].start, toks[j].end if end is None else end, None, None, None, False)


def chunk_flags(text: str, coord: bool) -> tuple[bool, bool, bool]:
    """(title word, definite, number) for the first token of a chunk; cached by the word alone, one cache for each
    ``coord`` (as ``_opens_none``)."""
    return _flags_coord(text) if coord else _flags_plain(text)


@lru_cache(maxsize=49152)
def _flags_plain(text: str) -> tuple[bool, bool, bool]:
    return _chunk_flags_of(text, False)


@lru_cache(maxsize=16384)  # (a phrase opening with «و» only)
def _flags_coord(text: str) -> tuple[bool, bool, bool]:
    return _chunk_flags_of(text, True)


def _chunk_flags_of(text: str, coord: bool) -> tuple[bool, bool, bool]:
    k = nkey(text)
    body = k[1:] if coord and k.startswith("و") else k
    titles = fw("titles")
    title = body in titles or (body.startswith("ال") and body[2:] in titles)
    number = any(ch.isdigit() for ch in text) or body in fw("numerals")
    return title, body.startswith("ال"), number
