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
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..doc import Doc, Token, Word
from ..pipeline import stage
from .normalize import STRIPPED, TATWEEL, normalize, strip_diacritics

_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_TOKEN = re.compile(
    rf"(?P<number>{_DIGIT}+(?:[.,\u066b\u066c:/\-]{_DIGIT}+)*)"
    rf"|(?P<latin>[{_LATIN_LETTER}]+(?:['\u2019][{_LATIN_LETTER}]+)*{_DIGIT}*)"
    rf"|(?P<word>(?:[\u0621-\u063a\u0641-\u064a{_MARK}]++|[^\W\d_{_LATIN_LETTER}])++)"  # possessive: no backtracking
    r"|(?P<punct>\.{2,}|\S)",
)
ARTICLE = "ال"


# -- data -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rules:
    """The clitic inventory and its constraints (``data/segment/rules.json``)."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: str
    imperfect_prefixes: str
    min_rest_conj: int
    min_rest_prep: int
    enclitics: tuple[str, ...]
    host_only_enclitics: tuple[str, ...]
    hosts: frozenset[str]
    pronoun_after_prep: dict[str, frozenset[str]]
    host_restore: dict[str, str]
    closed_stems: frozenset[str]
    never_split: frozenset[str]
    proclitic_ratio: dict[str, float]
    enclitic_ratio: float
    min_support: int
    name_weight: int
    name_support: int
    default_conjunctions: frozenset[str]
    default_enclitics: frozenset[str]
    min_default_rest: int
    min_default_conj_rest: int
    abbreviations: frozenset[str]
    sentence_end: frozenset[str]
    quote_pairs: dict[str, str]
    symmetric_quotes: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> Rules:
    d = json.loads(resources.files("rasd").joinpath("data/segment/rules.json").read_text(encoding="utf-8"))

    def by_len(xs: list[str]) -> tuple[str, ...]:
        return tuple(sorted(xs, key=len, reverse=True))

    return Rules(
        conjunctions=tuple(d["conjunctions"]),
        prepositions=tuple(d["prepositions"]),
        future=d["future"],
        imperfect_prefixes=d["imperfect_prefixes"],
        min_rest_conj=int(d["min_rest_after_conjunction"]),
        min_rest_prep=int(d["min_rest_after_preposition"]),
        enclitics=by_len(d["enclitics"]),
        host_only_enclitics=by_len(d["host_only_enclitics"]),
        hosts=frozenset(d["enclitic_hosts"]),
        pronoun_after_prep={k: frozenset(v) for k, v in d["pronoun_after_preposition"].items()},
        host_restore=dict(d["host_restore"]),
        closed_stems=frozenset(d["closed_stems"]),
        never_split=frozenset(d["never_split"]),
        proclitic_ratio={k: float(v) for k, v in d["proclitic_ratio"].items()},
        enclitic_ratio=float(d["enclitic_ratio"]),
        min_support=int(d["min_support"]),
        name_weight=int(d["name_weight"]),
        name_support=int(d["name_support"]),
        default_conjunctions=frozenset(d["default_split_conjunctions"]),
        default_enclitics=frozenset(d["default_split_enclitics"]),
        min_default_rest=int(d["min_default_rest"]),
        min_default_conj_rest=int(d["min_default_conjunction_rest"]),
        abbreviations=frozenset(d["abbreviations"]),
        sentence_end=frozenset(d["sentence_end"]),
        quote_pairs=dict(d["quote_pairs"]),
        symmetric_quotes=frozenset(d["symmetric_quotes"]),
    )


@dataclass(frozen=True)
class Vocab:
    counts: dict[str, int]
    names: frozenset[str]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    counts: dict[str, int] = {}
    names: set[str] = set()
    text = resources.files("rasd").joinpath("data/segment/vocab.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, count, name = line.split("\t")
        if count != "0":
            counts[form] = int(count)
        if name == "1":
            names.add(form)
    return Vocab(counts, frozenset(names))


def strip_article(s: str) -> str:
    """``s`` without a leading article: «العراق» → «عراق», «للعراق» → «عراق» (a short word is left alone)."""
    if (s.startswith(ARTICLE) or s.startswith("لل")) and len(s) >= 5:
        return s[2:]
    return s


# -- clitic segmentation --------------------------------------------------------------------------------------
# One word of a segmented token, in normalised letters: (its length, its kind, the full normalised form where
# the surface elides a letter, else None). A plain tuple of plain values: the caches hold many analyses, and the
# garbage collector stops tracking such tuples (it keeps scanning named tuples and dataclass instances).
Piece = tuple[int, str, str | None]


def piece(size: int, kind: str, restore: str | None = None) -> Piece:
    return (size, kind, restore)


_HAMZA_SEATS = ("ؤ", "ئ")


class Segmenter:
    """Decides clitic splits for the tokens of one document (``doc_counts`` holds its own word counts).

    Evidence for a split is what the vocabulary (and the document) says about the remainder: its count as a
    word, with or without the article, and (once attested) with other clitics. Against it stands the count of
    the whole token as a word of its own (its own count, with the article, or as a known name).
    """

    def __init__(self, doc_counts: dict[str, int] | None = None) -> None:
        self.rules = rules()
        self.vocab = vocab()
        self.doc = doc_counts or {}
        self._cache: dict[tuple[str, bool], tuple[Piece, ...]] = {}
        r = self.rules
        # what a token must begin or end with for any split to be considered
        self._openers = r.conjunctions + r.prepositions + (r.future,)
        self._endings = r.enclitics + r.host_only_enclitics
        # the same enclitics, in the same order, by their last letter: a stem is tried only against those
        # it can end with
        self._endings_by_last: dict[str, tuple[str, ...]] = {}
        for e in self._endings:
            self._endings_by_last[e[-1]] = self._endings_by_last.get(e[-1], ()) + (e,)

    # evidence -------------------------------------------------------------------------------------------------
    def freq(self, x: str) -> int:
        """Count of ``x`` in the vocabulary, plus twice its count in this document."""
        return self.vocab.counts.get(x, 0) + 2 * self.doc.get(x, 0)

    def whole(self, w: str) -> int:
        """How well ``w`` is attested as a word in its own right."""
        v = self.vocab.counts
        n = v.get(w, 0) + (v.get(ARTICLE + w, 0) if not w.startswith(ARTICLE) else 0)
        return n + (self.rules.name_weight if w in self.vocab.names else 0)

    def support(self, r: str, exclude: str) -> int:
        """Evidence that ``r`` is a word: its count, its article/bare sibling and, once attested, clitic variants."""
        f = self.freq
        if r.startswith(ARTICLE) and len(r) >= 4:
            bare = r[2:]
            base = f(r) + f(bare)
            forms = [c + r for c in ("و", "ف", "ب", "ك", "وب", "فب")] + ["لل" + bare, "ولل" + bare]
        else:
            base = f(r) + f(ARTICLE + r)
            forms = [c + r for c in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "فب")]
            if len(r) >= 4 and r[0] in "يت":
                other = ("ت" if r[0] == "ي" else "ي") + r[1:]
                forms += [other, "س" + r, "س" + other]
        if base < self.rules.min_support:
            return base
        return base + sum(f(x) for x in forms if x != exclude)

    def enclitic_support(self, s: str, e: str, word: str) -> tuple[int, str | None]:
        """Evidence that ``s`` + enclitic ``e`` is a stem with a pronoun, and the stem's restored form."""
        r = self.rules
        if s in r.hosts:
            return 1000, r.host_restore.get(s)
        if e in r.host_only_enclitics or len(s) < 2 or s.startswith(ARTICLE):
            return 0, None
        f = self.freq
        n = f(s) + f(ARTICLE + s) + sum(f(s + x) for x in r.enclitics if x != e and s + x != word)
        restore: str | None = None
        alt = ""
        if s.endswith("ت"):
            alt = s[:-1] + "ة"
        elif s.endswith("ا") and len(s) >= 3:
            alt = s[:-1] + "ي"
        elif s.endswith(_HAMZA_SEATS):
            alt = s[:-1] + "ء"
        if alt:
            m = f(alt) + f(ARTICLE + alt)
            if m > f(s):
                restore = alt
            n += m
        if len(s) == 2 and n < 10:
            return 0, None
        if n < r.min_support and e in r.default_enclitics and len(s) >= r.min_default_rest and self.whole(word) == 0:
            return r.min_support, None  # an unknown word with a clear pronoun ending
        return n, restore

    # analysis -------------------------------------------------------------------------------------------------
    def analyze(self, w: str, final_ya: bool = True) -> tuple[Piece, ...]:
        """Split the normalised Arabic word ``w`` into pieces (proclitics, stem, enclitic).

        ``final_ya`` is False when the surface ends in alif maqsura (ى), which is never the pronoun ي.
        """
        key = (w, final_ya)
        got = self._cache.get(key)
        if got is None:
            got = self._analyze(w, final_ya)
            self._cache[key] = got
        return got

    def _prefixes(self, w: str) -> Iterable[tuple[tuple[str, ...], str, str | None]]:
        """Candidate proclitic sequences: (proclitics, remaining letters, restored remainder or None)."""
        r = self.rules
        yield (), w, None
        for c in ("",) + r.conjunctions:
            if c and not w.startswith(c):
                continue
            rest1 = w[len(c) :]
            if c and (len(rest1) >= r.min_rest_conj or rest1 in r.closed_stems):
                yield (c,), rest1, None
            for p in r.prepositions + (r.future,):
                if not rest1.startswith(p):
                    continue
                rest2 = rest1[1:]
                procs = (c, p) if c else (p,)
                if p == r.future:
                    if len(rest2) >= 3 and rest2[0] in r.imperfect_prefixes:
                        yield procs, rest2, None
                    continue
                if p in r.pronoun_after_prep and rest2 in r.pronoun_after_prep[p]:
                    yield procs, rest2, "pronoun"
                    continue
                if len(rest2) < r.min_rest_prep and rest2 not in r.closed_stems:
                    continue
                yield procs, rest2, None
                if p == "ل" and rest2.startswith("ل") and len(rest2) >= 3:
                    yield procs, rest2, ARTICLE + rest2[1:]

    def _enclitic(self, s: str, word: str, final_ya: bool) -> tuple[int, list[Piece]]:
        """The best stem+enclitic split of ``s`` (support, pieces); support 0 where there is none."""
        r = self.rules
        best: tuple[int, list[Piece]] = (0, [])
        if s in r.never_split or s in r.closed_stems:
            return best
        for e in self._endings_by_last.get(s[-1:], ()):
            if not s.endswith(e) or len(s) - len(e) < 2 or (not final_ya and e.endswith("ي")):
                continue
            stem = s[: -len(e)]
            sup, restore = self.enclitic_support(stem, e, word)
            if sup >= r.min_support and (sup >= 1000 or self.whole(word) <= r.enclitic_ratio * sup):
                if sup > best[0]:
                    best = (sup, [piece(len(stem), "stem", restore), piece(len(e), "enclitic")])
        return best

    def _analyze(self, w: str, final_ya: bool) -> tuple[Piece, ...]:
        r = self.rules
        whole: tuple[Piece, ...] = (piece(len(w), "stem"),)
        if len(w) < 2 or w in r.never_split:
            return whole
        if not w.startswith(self._openers) and not w.endswith(self._endings):
            return whole  # no proclitic, no enclitic: nothing to split off
        is_name = w in self.vocab.names
        w_whole = self.whole(w)
        best_score = 0.0
        plain = 0.0  # support of the best reading without proclitics (stem + enclitic)
        best: list[Piece] | None = None
        for procs, rest, restore in self._prefixes(w):
            pre = [piece(len(p), "proclitic") for p in procs]
            if restore == "pronoun":
                return tuple(pre + [piece(len(rest), "enclitic")])
            if not procs:
                sup, pieces = self._enclitic(rest, w, final_ya)
                if sup and (sup >= 1000 or not is_name) and sup > best_score:
                    best_score, best = float(sup), pieces
                    plain = float(sup)
                continue
            stem = restore or rest
            tail: list[Piece] = [piece(len(rest), "stem", restore)]
            if rest in r.closed_stems:
                score = 2000.0 + len(rest)  # a particle or pronoun after a clitic: always split
            else:
                if is_name and not stem.startswith(ARTICLE):
                    continue
                sup = self.support(stem, w)
                if not stem.startswith(ARTICLE):
                    esup, epieces = self._enclitic(rest, rest, final_ya)
                    if esup > sup:
                        sup, tail = esup, epieces
                ratio = min(r.proclitic_ratio.get(p, 1.0) for p in procs)
                if sup >= r.min_support:
                    if w_whole > ratio * sup:
                        continue
                elif w_whole == 0 and not is_name and self._default_split(procs, rest):
                    sup = r.min_support
                else:
                    continue
                score = float(sup + len(procs))  # ties go to the longer proclitic chain
            if score > best_score and score > plain:
                best_score, best = score, pre + tail
        return tuple(best) if best else whole

    def _default_split(self, procs: tuple[str, ...], rest: str) -> bool:
        """Whether an unknown token splits with no evidence for its remainder (morphology alone)."""
        r = self.rules
        if len(rest) < r.min_default_rest:
            return False
        if procs[-1] == r.future:
            return rest[0] != "ا"  # س + imperfect verb (سأ… needs evidence: the fold ا/أ hides the hamza)
        if rest.startswith(ARTICLE):
            return True  # و/ب/ل/ك/ف + a word with the article
        if procs[-1] == "ل" and rest.startswith("ل"):
            return False  # «لل…» is read as ل + ال, handled by the restored candidate
        if rest in self.vocab.names:
            return True  # «وماكغورك»: a known name after a clitic
        if rest[0] == "ا" and len(rest) < 6:
            return False  # «واجهت», «واصل»: form III verbs begin with وا
        return len(procs) == 1 and procs[0] in r.default_conjunctions and len(rest) >= r.min_default_conj_rest


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


@lru_cache(maxsize=32768)
def _surface(s: str) -> tuple[str, bool, bool]:
    """(normalised form, is a plain Arabic word, may end in the pronoun ي) of a word token; cached."""
    n = normalize(s)
    arabic = _ARABIC_LETTERS.fullmatch(n) is not None
    return n, arabic, not strip_diacritics(s).endswith("ى")


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


@lru_cache(maxsize=32768)
def _vocab_words(surface: str) -> tuple[bool, RelativeWords | None]:
    """For an Arabic word token: whether the vocabulary reads its letters as one stem (then evidence from the
    document may still split it), and its words from the vocabulary alone; cached across documents."""
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
