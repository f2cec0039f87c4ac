"""Tokens and clitic words (sentences: :mod:`rasd.text.sentences`).

``tokenize`` cuts the text into surface tokens (whitespace/punctuation delimited; harakat, tanwin and tatweel
stay inside a word; ``3.5``, ``1,000``, ``١٥٠``, ``2014-10-09`` are one token; each punctuation mark is its own
token) and splits each Arabic token into syntactic words, stanza style: proclitics (و ف ب ل ك س), the stem (with
its article ال inside, as in UD) and a pronoun enclitic (ه ها هم نا …). Every word slices the surface; ``form``
restores what the surface elides (ل + «لعراق» → form «العراق»; «حكومت»+ه → «حكومة»; «علي»+ه → «على»).

Splits are decided by a small engine over two data tables: ``data/segment/rules.json`` (the clitic inventory and
its constraints, hand-written) and ``data/segment/vocab.tsv`` (word frequencies from ANERcorp train and known name
words, built by ``scripts/build_segment_vocab.py``). A clitic is split off when what remains is a known word (in
the vocabulary, in a sibling form such as «ال»+stem, or elsewhere in the same document) and the whole token is
not itself much better attested; names are not broken.

The clitic data lives in :mod:`.clitics`, the splitter in :mod:`.segmenter`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final

from ..doc import Doc, Token, Word
from ..memo import remember
from ..pipeline import stage
from .clitics import ARTICLE, Piece, piece, rules
from .normalize import STRIPPED, TATWEEL, normalize, strip_diacritics
from .segmenter import Segmenter

_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_TOKEN = re.compile(
    rf"(?P<number>{_DIGIT}+(?:[.,\u066b\u066c:/\-]{_DIGIT}+)*)"
    rf"|(?P<latin>[{_LATIN_LETTER}]+(?:['\u2019][{_LATIN_LETTER}]+)*{_DIGIT}*)"
    rf"|(?P<word>(?:[\u0621-\u063a\u0641-\u064a{_MARK}]++|[^\W\d_{_LATIN_LETTER}])++)"  # possessive: no backtracking
    r"|(?P<punct>\.{2,}|\S)",
)


def _letters(surface: str) -> list[int]:
    """Positions in ``surface`` of the characters that survive ``normalize`` (not diacritics or tatweel)."""
    return [i for i, ch in enumerate(surface) if ch not in STRIPPED]


def _restore_surface(piece_surface: str, restore: str, norm_piece: str) -> str:
    """The written form of a piece whose normalised letters ``norm_piece`` are restored to ``restore``."""
    if restore.startswith(ARTICLE) and restore[1:] == norm_piece:  # ل + «لعراق» → «العراق»
        return "ا" + piece_surface
    idx = _letters(piece_surface)
    if idx and len(restore) == len(norm_piece):  # last letter restored: ت→ة, ا/ي→ى
        last = idx[-1]
        ch = restore[-1]
        if ch == "ي":
            ch = "ى"
        return piece_surface[:last] + ch + piece_surface[last + 1 :]
    return restore


def split_words(surface: str, start: int, pieces: Sequence[Piece]) -> list[Word]:
    """Words slicing ``surface`` (which begins at ``start`` in the text) by normalised ``pieces``."""
    idx = _letters(surface)
    words: list[Word] = []
    k = 0
    pos = 0
    for n, (size, kind, restore) in enumerate(pieces):
        k_end = k + size
        end = len(surface) if n == len(pieces) - 1 else idx[k_end]
        seg = surface[pos:end]
        form = seg
        if restore is not None:
            if restore in rules().host_restore.values():
                form = restore
            else:
                form = _restore_surface(seg, restore, normalize(seg))
        words.append(Word(start + pos, start + end, form, normalize(form), kind))
        pos = end
        k = k_end
    return words


_TATWEEL_CLITIC = re.compile(r"^([وف]?[بلك]|[وف])\u0640+")


# The letters ``is_arabic_letter`` accepts (tatweel excluded).
_ARABIC_LETTERS = re.compile("[\u0621-\u063f\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06fc]+")


# _surface's answers (:mod:`rasd.memo`), up to 65,536 (a table of 32,768 filled and emptied once on the 347)
_SURFACES: Final[dict[str, tuple[str, bool, bool]]] = {}


def _surface(s: str) -> tuple[str, bool, bool]:
    """(normalised form, is a plain Arabic word, may end in the pronoun ي) of a word token; cached."""
    got = _SURFACES.get(s)
    if got is not None:
        return got
    n = normalize(s)
    arabic = _ARABIC_LETTERS.fullmatch(n) is not None
    return remember(_SURFACES, s, (n, arabic, not strip_diacritics(s).endswith("ى")), 1 << 16)


def _tatweel_split(surface: str, norm: str, analyze: Callable[[str], tuple[Piece, ...]]) -> tuple[Piece, ...] | None:
    """«لـداعش», «وبـ…»: a tatweel right after proclitic letters marks the boundary explicitly."""
    m = _TATWEEL_CLITIC.match(surface)
    if not m or len(norm) - len(m.group(1)) < 2:
        return None
    procs = tuple(piece(1, "proclitic") for _ in m.group(1))
    return procs + analyze(norm[len(m.group(1)) :])


@lru_cache(maxsize=1)
def _vocab_segmenter() -> Segmenter:
    """The segmenter without document evidence (its analyses are memoised by ``_vocab_pieces``, not by it)."""
    return Segmenter()


@lru_cache(maxsize=32768)
def _vocab_pieces(norm: str, final_ya: bool) -> tuple[Piece, ...]:
    """The analysis of ``norm`` from the vocabulary alone (no document evidence); cached across documents."""
    return _vocab_segmenter()._analyze(norm, final_ya)


# The words of a token as (start, end, form, norm, kind), offsets relative to the token's start.
RelativeWords = tuple[tuple[int, int, str, str, str], ...]


@lru_cache(maxsize=16384)
def _relative_words(surface: str, pieces: tuple[Piece, ...]) -> RelativeWords:
    return tuple((w.start, w.end, w.form, w.norm, w.kind) for w in split_words(surface, 0, pieces))


def _words_of(
    surface: str, norm: str, final_ya: bool, analyze: Callable[[str, bool], tuple[Piece, ...]]
) -> RelativeWords | None:
    """The words of an Arabic word token as split by ``analyze``; None when it is one stem."""
    tat = _tatweel_split(surface, norm, lambda x: analyze(x, final_ya)) if TATWEEL in surface else None
    pieces = tat or analyze(norm, final_ya)
    return _relative_words(surface, pieces) if len(pieces) > 1 else None


# _vocab_words' answers (:mod:`rasd.memo`), up to 65,536 (the 347 sample articles ask it of 32,582 words)
_VOCAB_WORDS: Final[dict[str, tuple[bool, RelativeWords | None]]] = {}


def _vocab_words(surface: str) -> tuple[bool, RelativeWords | None]:
    """For an Arabic word token: whether the vocabulary reads its letters as one stem (then evidence from the
    document may still split it), and its words from the vocabulary alone; cached across documents."""
    got = _VOCAB_WORDS.get(surface)
    return got if got is not None else remember(_VOCAB_WORDS, surface, _read_vocab_words(surface), 1 << 16)


def _read_vocab_words(surface: str) -> tuple[bool, RelativeWords | None]:
    """:func:`_vocab_words`, made."""
    norm, _, final_ya = _surface(surface)
    return len(_vocab_pieces(norm, final_ya)) == 1, _words_of(surface, norm, final_ya, _vocab_pieces)


_PROCLITIC_LETTERS = frozenset("وفبلكس")
_ENCLITIC_LAST = frozenset("هامنيك")


def _doc_may_matter(n: str, doc: dict[str, int]) -> bool:
    """Whether a remainder or stem of ``n`` occurs in the document (so document evidence may change its split)."""
    pro = n[0] in _PROCLITIC_LETTERS
    enc = n[-1] in _ENCLITIC_LAST
    if not (pro or enc):
        return False
    for k in (1, 2, 3):
        if len(n) - k < 2:
            break
        if pro and (n[k:] in doc or "ا" + n[k:] in doc):
            return True
        if enc and n[:-k] in doc:
            return True
    return False


def tokenize(text: str) -> list[Token]:
    """Surface tokens of ``text`` with the syntactic words inside each (offsets index ``text``).

    A word's split comes from the vocabulary; where a remainder or stem of it occurs elsewhere in the same text
    («بداعش» beside «داعش»), that document evidence is added.
    """
    # First pass: every token, complete except the words of word tokens, which wait for the document's counts.
    tokens: list[Token] = []
    pending: list[Token] = []  # the word tokens
    doc: dict[str, int] = {}  # normalised word -> its count in this text
    append = tokens.append
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        s = m.group()
        n = _surface(s)[0]
        start, end = m.span()
        if kind == "word":
            tok = Token(start, end, s, n, [])
            pending.append(tok)
            doc[n] = doc.get(n, 0) + 1
        else:
            tok = Token(start, end, s, n, [Word(start, end, s, n, kind)])
        append(tok)
    seg: Segmenter | None = None
    # surface -> its words relative to the token start, or None for a single stem; for this text only
    memo: dict[str, RelativeWords | None] = {}
    for tok in pending:
        s = tok.text
        if s in memo:
            rel = memo[s]
        else:
            rel = None
            n, arabic, final_ya = _surface(s)
            if arabic:
                whole, rel = _vocab_words(s)
                if whole and _doc_may_matter(n, doc):
                    seg = seg or Segmenter(doc)
                    rel = _words_of(s, n, final_ya, seg.analyze)
            memo[s] = rel
        start = tok.start
        if rel is None:
            tok.words.append(Word(start, tok.end, s, tok.norm, "stem"))
        else:
            tok.words = [Word(start + a, start + b, f, wn, k) for a, b, f, wn, k in rel]
    return tokens


@stage("tokens", assigns=("tokens",))
def tokens_stage(doc: Doc) -> None:
    doc.tokens = tokenize(doc.text)
