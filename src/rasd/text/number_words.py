"""The engine that reads numbers written in words, for the numbers stage (text.numbers): the table of number words
(``data/numbers/words.tsv``) and the parser that reads a run of words with it («مائة وخمسون», «الحادي والعشرين»,
«400 ألف»), plus digits in a string (``parse_digits``). text.numbers re-exports these names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from ..memo import remember
from .normalize import ascii_digits, normalize, proclitic_readings


Number = int | float
MAX_WORDS = 12  # the longest run of words read as one number


@dataclass(frozen=True, slots=True)
class Entry:
    """One written form of a number word (a row of words.tsv)."""

    value: Number
    kind: str  # unit, ten, hundred, scale, fraction
    teen: int | None  # value as the first part of a teen («ثلاثة عشر»)
    ordinal: bool = False
    compound: bool = False  # never a number alone
    marker: bool = False  # the teen marker عشر/عشرة
    plural: bool = False  # scale plural: needs a count
    dual: bool = False  # scale dual: counts two already
    typo: bool = False  # only read as a teen unit


def word_key(s: str) -> str:
    """The key number words are read with: diacritics, tatweel, digits, punctuation folded and ة→ه, but hamza
    seats and ى kept (مئة is not مية, «الأولى» is not «الأولي» "primary"); alef variants are folded only at
    lookup, after the proclitics are split off (so «وأحد» is و + أحد, not واحد)."""
    return normalize(s, alef=False, yaa=False, ta_marbuta=True)


# the shipped tables, beside the code (a path: importlib.resources would import its zip readers for nothing)
_DATA = Path(__file__).resolve().parents[1] / "data" / "numbers"


def fold(key: str) -> str:
    """A word key folded as the number table is (``normalize`` without folding «ى» to «ي»)."""
    return normalize(key, yaa=False)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Entry]:
    """``fold(word_key(form))`` → entry, read once from the shipped table."""
    table: dict[str, Entry] = {}
    text = (_DATA / "words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, value, kind, teen, flags = line.split("\t")
        fl = set(flags.split(","))
        num: Number = float(value) if "." in value else int(value)
        table[fold(word_key(form))] = Entry(
            value=num,
            kind=kind,
            teen=None if teen == "-" else int(teen),
            ordinal="ord" in fl,
            compound="compound" in fl,
            marker="marker" in fl,
            plural="plural" in fl,
            dual="dual" in fl,
            typo="typo" in fl,
        )
    return table


def is_ordinal(word: str) -> bool:
    """Is ``word``, with or without the article, an ordinal number word («الثاني», «ثالثة», «الأولى»)?"""
    e = lexicon().get(fold(word_key(word)).removeprefix("ال"))
    return e is not None and e.ordinal


@dataclass(slots=True, unsafe_hash=True)
class Reading:
    """A word read as proclitics + a number word."""

    prefix: int  # length of the proclitics in the normalised word
    stem: str  # the word without them, folded
    conj: bool  # starts with the conjunction و
    definite: bool
    entry: Entry

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, prefix: int, stem: str, conj: bool, definite: bool, entry: Entry) -> None:
        self.prefix = prefix
        self.stem = stem
        self.conj = conj
        self.definite = definite
        self.entry = entry


def _readings(key: str, first: bool) -> list[Reading]:
    """Number readings of one normalised word. Inside a number only و and ال may be attached."""
    out = []
    for n, stem, definite in proclitic_readings(key, prep=first):
        if n == 0 and key[:1] in "وفبلك" and key[1:2] in "أإآ":
            continue  # a hamza after the first letter: that letter is a proclitic («وأحد», «بألف»)
        e = lexicon().get(fold(stem))
        if e is None:
            continue
        head = key[: n - 2] if definite and key[n - 2 : n] == "ال" else key[:n]
        if not first and head not in ("", "و"):
            continue
        out.append(Reading(n, fold(stem), head.startswith("و"), definite, e))
    return out


_DIGITS = re.compile(r"^[0-9]+(?:[.,][0-9]+)*$")


def parse_digits(s: str) -> Number | None:
    """«1,000» → 1000, «٣٫٥» → 3.5, «١٬٠٠٠٬٠٠٠» → 1000000; ``None`` for what is not one number."""
    s = ascii_digits(s).replace("٫", ".").replace("٬", ",")
    if not _DIGITS.match(s):
        return None
    parts = s.split(",")
    if len(parts) > 1:
        if all(len(p) == 3 for p in parts[1:-1]) and len(parts[-1].split(".")[0]) == 3 and len(parts[0]) <= 3:
            s = "".join(parts)
        elif len(parts) == 2 and "." not in s:  # «3,5»: a decimal comma
            s = parts[0] + "." + parts[1]
        else:
            return None
    if s.count(".") > 1:
        return None
    if "." in s:
        return float(s)
    return int(s)


def _tidy(v: float) -> Number:
    return int(v) if float(v).is_integer() else v


def parse_number_words(words: Sequence[str]) -> tuple[Number, int, bool] | None:
    """Read a number from the start of ``words``: ``(value, words consumed, ordinal)`` or ``None``.

    ``words`` are surface words (normalised here); the first may carry proclitics (وبثلاثة), the others only
    و and ال («مائة وخمسون», «الحادي والعشرين»). Digits may start the run before a scale («400 ألف»).
    """
    if not words or not _may_start(words[0]):
        return None  # most words start no number: rejected by a cached test before reading the run
    res = parse_keys([word_key(w) for w in words])
    return None if res is None else (res.value, res.consumed, res.ordinal)


@dataclass(slots=True, unsafe_hash=True)
class _Parse:
    value: Number
    consumed: int
    ordinal: bool
    prefix: int  # proclitic length (normalised) of the first word, the article excluded
    first: Entry | None = None  # the first word's entry (None for digits)
    definite: bool = False  # the first word has the article
    stem: str = ""  # the first word without proclitics, folded

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        value: Number,
        consumed: int,
        ordinal: bool,
        prefix: int,
        first: Entry | None = None,
        definite: bool = False,
        stem: str = "",
    ) -> None:
        self.value = value
        self.consumed = consumed
        self.ordinal = ordinal
        self.prefix = prefix
        self.first = first
        self.definite = definite
        self.stem = stem


@dataclass(slots=True)
class _State:
    """What has been read so far of one number."""

    total: float = 0.0  # the part above the last scale
    group: float = 0.0  # the part below it
    last: str = ""  # kind of the last part: digits, unit, teen, ten, hundred, scale, fraction, half
    unit: float = 0.0  # value of the last unit (it may still take عشر or مائة)
    teen: int | None = None  # its teen value
    scale: float = float("inf")  # the last scale; a later one must be smaller
    fraction: float = 0.0  # a fraction waiting for its scale («نصف مليون»)
    ordinal: bool = False

    def step(self, r: Reading) -> str | None:
        """The action for reading ``r`` after what was read; ``None`` ends the number before it."""
        e, last = r.entry, self.last
        if e.typo or (e.ordinal and not e.marker):
            return None  # ordinal forms start a number; they never continue one
        if e.marker and not r.conj and not r.definite and last in ("unit", "fraction") and self.teen is not None:
            return "teen"
        if self.ordinal and not (last == "unit" and r.conj and e.kind == "ten"):
            return None  # an ordinal takes only عشر or a ten («الحادي والعشرين»), never a scale
        if e.kind == "fraction":
            ok = r.conj and e.value == 0.5 and last in ("unit", "teen", "ten", "hundred", "scale")
            return "half" if ok else None
        if e.kind == "scale":
            if e.value >= self.scale or r.definite:
                return None
            if r.conj:
                return "scale" if last == "scale" and not e.plural else None
            if last in ("digits", "unit", "teen", "ten", "hundred", "fraction") and not e.dual:
                return "scale"
            return None
        if e.kind == "hundred":
            if not r.conj and last == "unit" and e.value == 100 and 3 <= self.unit <= 9:
                return "times100"
            return "add" if r.conj and last == "scale" else None
        if not r.conj:
            return None
        if e.kind == "ten":
            return "add" if (last == "unit" and 1 <= self.unit <= 9) or last in ("hundred", "scale") else None
        if e.kind == "unit":
            return "add" if last in ("hundred", "scale") else None
        return None

    def start(self, e: Entry) -> None:
        if e.kind == "fraction":
            self.fraction, self.teen = float(e.value), e.teen
        elif e.kind == "scale":
            self.total, self.scale = float(e.value), float(e.value) / (2 if e.dual else 1)
        else:
            self.group, self.unit, self.teen = float(e.value), float(e.value), e.teen
        self.last = e.kind

    def apply(self, action: str, e: Entry) -> None:
        if action == "teen":
            assert self.teen is not None
            base = self.group if self.last == "fraction" else self.group - self.unit
            self.group, self.fraction, self.last = base + 10 + self.teen, 0.0, "teen"
        elif action == "add":
            self.group += float(e.value)
            self.last, self.unit, self.teen = e.kind, float(e.value), e.teen
        elif action == "times100":
            self.group += self.unit * 99
            self.last = "hundred"
        elif action == "scale":
            scale = float(e.value)
            if e.dual:
                self.total += scale
                scale /= 2
            else:
                count = self.fraction or self.group
                self.total += (count or 1) * scale
            self.group, self.fraction, self.last, self.scale = 0.0, 0.0, "scale", scale
        elif action == "half":
            if self.last == "scale":
                self.total += 0.5 * self.scale
            else:
                self.group += 0.5
            self.last = "half"


def parse_keys(keys: Sequence[str]) -> _Parse | None:
    """Read a number from normalised words (see ``parse_number_words``)."""
    st = _State()
    first: Entry | None = None
    prefix = consumed = 0
    definite = False
    stem = ""
    for i, key in enumerate(keys[:MAX_WORDS]):
        if i == 0:
            digits = parse_digits(key)
            if digits is not None:
                st.group, st.last, consumed = float(digits), "digits", 1
                continue
            readings = _readings(key, first=True)
            if not readings:
                return None
            r = readings[0]
            first = r.entry
            prefix = r.prefix - (2 if r.definite and key[r.prefix - 2 : r.prefix] == "ال" else 0)
            definite, stem = r.definite, r.stem
            st.ordinal = first.ordinal
            st.start(first)
            consumed = 1
            continue
        if i < consumed:
            continue  # the word after a detached و, read with it
        width = 1
        if key == "و" and i + 1 < min(len(keys), MAX_WORDS):  # a detached و: «خمسة و عشرون»
            key, width = "و" + keys[i + 1], 2
        for r in _readings(key, first=False):
            action = st.step(r)
            if action is not None:
                st.apply(action, r.entry)
                break
        else:
            break
        consumed = i + width
        if first is not None and first.typo and st.last == "teen":
            st.ordinal = True
    if consumed == 0 or st.last == "fraction":
        return None
    if first is not None and (first.typo and st.last != "teen" or consumed == 1 and (first.compound or first.plural)):
        return None
    # a definite ten or hundred is an ordinal («القرن العشرين», «الذكرى المئة») unless it counts a scale
    ordinal = st.ordinal or (definite and first is not None and first.kind in ("ten", "hundred") and not st.total)
    return _Parse(_tidy(st.total + st.group), consumed, ordinal, prefix, first, definite, stem)


# maybe_number's answers (:mod:`rasd.memo`), up to 65,536 (a table of 32,768 filled and emptied once on the 347)
_MAYBE: Final[dict[str, bool]] = {}


def maybe_number(token: str) -> bool:
    """A quick test: can this token start a number written in words? (cached)"""
    got = _MAYBE.get(token)
    return got if got is not None else remember(_MAYBE, token, _maybe_number(token), 1 << 16)


def _maybe_number(token: str) -> bool:
    """:func:`maybe_number`, uncached."""
    folded = normalize(token, yaa=False, ta_marbuta=True)
    table = lexicon()
    if not any(folded[n:] in table for n in range(min(5, len(folded)))):  # proclitics: 4 letters at most
        return False
    return bool(_readings(word_key(token), first=True))


@lru_cache(maxsize=32768)
def _may_start(word: str) -> bool:
    """Can ``word`` be the first word read by ``parse_keys``: digits, or a number word (with proclitics)?"""
    return maybe_number(word) or parse_digits(word_key(word)) is not None


def may_start_number(word: str) -> bool:
    """Whether ``parse_number_words`` may read a number from a run of words opening with ``word`` (when not, it
    returns None): the time grammar's test of a day in words."""
    return _may_start(word)
