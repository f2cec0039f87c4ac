"""Read-only time tables and the token units the grammar walks over.

Every table key is folded with :func:`rasd.text.normalize.norm_key` when loaded, so the tables hold plain
spellings and matching ignores hamza seats, alef variants, ة/ه, ى/ي and diacritics.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from ..doc import Token
from ..entities.gazetteer import phrase_of
from ..memo import remember
from ..text.normalize import STRIPPED, is_arabic_letter, norm_key

DATA = Path(__file__).resolve().parents[1] / "data" / "time"

# Proclitics a time word may carry, longest first (وبعد, فاليوم, لعام, والشهر …).
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


# Tables whose words can open an expression; the others (stop lists, separators, eras, epithets, year
# introducers such as «في») only continue or qualify one, at most two words before an opener.
_OPENING = (
    "relative_day", "day_part", "weekday", "day_word", "unit", "unit_plain", "position", "season", "year_word",
    "month_word", "date_intro", "anniversary", "month_g", "month_h", "span_unit", "span_unit_def", "decade",
)  # fmt: skip


def _read_json(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


# per parser of ``grammar`` (by its function's name): the categories one of which its first unit opens
_GATES = {
    "p_relday": ("day_part", "relative_day"),
    "p_weekday": ("day_part", "day_word", "weekday"),
    "p_period": ("this", "season", "position"),
    "p_ago": ("span_ago",),
    "p_decade": ("position", "decade"),
    "p_month_range": ("range_from",),
    "p_day_pair": ("dual_day",),
    "p_window": ("span_window",),
}


class Unit(NamedTuple):
    """One token seen by the grammar: its span, its matching key, and a clitic-stripped variant.

    (A named tuple: built for every token of every document, it is cheaper to make than a frozen dataclass.)
    """

    start: int
    end: int
    text: str
    key: str
    bare_key: str  # the key without a leading proclitic ("" when there is none)
    bare_start: int  # offset where the bare word starts

    @property
    def number(self) -> int | None:
        k = self.key
        return int(k) if k.isascii() and k.isdigit() and len(k) <= 4 else None


def _strip_offset(surface: str, n_letters: int) -> int:
    """Offset in ``surface`` after its first ``n_letters`` base letters (diacritics skipped)."""
    seen = 0
    for i, ch in enumerate(surface):
        if ch in STRIPPED:  # what strip_diacritics removes
            continue
        if seen == n_letters:
            return i
        seen += 1
    return len(surface)


_NUMERIC_DATE = re.compile(r"\d+(?:[/.\-]\d+)+")
_PIECE = re.compile(r"\d+|[/.\-]")


# _text_keys' answers (:mod:`rasd.memo`), up to 65,536 (a table of 32,768 filled and emptied once on the 347)
_TEXT_KEYS: Final[dict[str, tuple[str, bool, bool, str, int]]] = {}


def _text_keys(text: str) -> tuple[str, bool, bool, str, int]:
    """:func:`_read_text_keys`, cached."""
    got = _TEXT_KEYS.get(text)
    return got if got is not None else remember(_TEXT_KEYS, text, _read_text_keys(text), 1 << 16)


def _read_text_keys(text: str) -> tuple[str, bool, bool, str, int]:
    """What a token's text alone says: (key, is a numeric date, starts with an Arabic letter, key without a
    proclitic found by stripping ("" when none), offset of that bare word in ``text``)."""
    key = norm_key(text)
    if _NUMERIC_DATE.fullmatch(key):
        return key, True, False, "", 0
    if not (key and is_arabic_letter(key[0])):
        return key, False, False, "", 0
    if key.startswith("لل") and len(key) > 3:
        return key, False, True, "ال" + key[2:], 0
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 2:
            return key, False, True, key[len(p) :], _strip_offset(text, len(p))
    return key, False, True, "", 0


def _clitic_split(t: Token, bare: str, offset: int) -> tuple[str, int]:
    """The key and start of ``t`` without its proclitics: from the tokenizer's words, else by stripping
    (``bare`` and ``offset`` from :func:`_text_keys`)."""
    words = t.words
    stems = [w for w in words if w.kind != "proclitic"]
    if len(stems) < len(words) and stems:
        return norm_key("".join(w.form for w in stems)), stems[0].start
    return bare, t.start + offset


def make_units(tokens: list[Token]) -> list[Unit]:
    units: list[Unit] = []
    append = units.append
    make = tuple.__new__  # what Unit(...) does, without the Python-level __new__ of a named tuple
    for t in tokens:
        text = t.text
        key, numeric, arabic, bare, offset = _text_keys(text)
        start = t.start
        if numeric:  # «26/4/1948» kept whole by the tokenizer
            for m in _PIECE.finditer(key):
                append(Unit(start + m.start(), start + m.end(), m.group(), m.group(), "", start))
            continue
        if not arabic:
            bare_start = start
        elif len(t.words) > 1:
            bare, bare_start = _clitic_split(t, bare, offset)
        else:
            bare_start = start + offset
        append(make(Unit, (start, t.end, text, key, bare, bare_start)))
    return units


class Lexicon:
    """Phrase tables by category: ``match(units, i, category)`` finds the longest phrase starting at ``i``."""

    def __init__(self) -> None:
        rel = _read_json("relative.json")
        months = _read_json("months.json")
        self.phrases: dict[str, dict[tuple[str, ...], Any]] = {}
        for cat, table in rel.items():
            if cat.startswith("_"):
                continue
            if isinstance(table, dict):
                self.phrases[cat] = {phrase_of(k): v for k, v in table.items()}
            else:
                self.phrases[cat] = {phrase_of(k): True for k in table}
        self.phrases["month_g"] = {phrase_of(k): int(v) for k, v in months["gregorian"].items()}
        self.phrases["month_h"] = {phrase_of(k): int(v) for k, v in months["hijri"].items()}
        self.phrases["named_event_day"], self.named_day_places = _named_days()
        self.max_len = {cat: max((len(k) for k in t), default=0) for cat, t in self.phrases.items()}
        # the phrase lengths of each table, longest first: ``match`` tries only these
        self.lengths = {cat: tuple(sorted({len(k) for k in t}, reverse=True)) for cat, t in self.phrases.items()}
        # first words of each table: most tokens start no phrase, and are rejected with one set lookup
        self.firsts = {cat: frozenset(k[0] for k in t) for cat, t in self.phrases.items()}
        self.position_days: dict[str, list[int]] = rel["position_days"]
        self.position_months: dict[str, list[int]] = rel["position_months"]
        self.future_stop = {norm_key(w) for w in rel["future_prefix_stop"]}
        self.ordinal_units = {norm_key(k): v for k, v in rel["ordinal_units"].items()}
        self.ordinal_tens = {norm_key(k): v for k, v in rel["ordinal_tens"].items()}
        self.ordinal_round = {norm_key(k): v for k, v in rel["ordinal_round"].items()}
        # every word that can open some expression: the grammar skips stretches without one
        self.openers = frozenset().union(*(self.firsts[c] for c in _OPENING if c in self.firsts)) | frozenset(
            set(self.ordinal_units) | set(self.ordinal_tens) | set(self.ordinal_round) | _number_words()
        )
        self.opener_keys = self.openers | frozenset("ال" + k for k in self.openers)  # with the article too
        # the first words of a calendar day (``dates.p_date``): its introducers, parts and names of a day, weekdays
        # and the word «شهر» (these also behind a proclitic), and as they stand month names and an opening bracket;
        # of a day counted in a month (``positions.p_unit``): a position, «هذا», a unit (also behind a proclitic).
        # A day's number, in digits or words, is tested apart (``components.may_open_day``)
        self.date_clitic_heads = frozenset().union(
            *(self.firsts[c] for c in ("date_intro", "day_part", "day_word", "weekday", "month_word"))
        )
        self.date_heads = self.date_clitic_heads.union(
            self.firsts["month_g"], self.firsts["month_h"], self.firsts["paren_open"]
        )
        self.unit_clitic_heads = frozenset().union(*(self.firsts[c] for c in ("position", "this", "unit")))
        # round sp290: the first words of the parsers that open with a phrase of one of a few categories, also behind
        # a proclitic (``grammar.find_times`` calls one only at a unit among them): a day named from the document date
        # (``days.p_relday``: «فجر اليوم», «أمس»), a weekday (``days.p_weekday``: «صباح الخميس», «يوم الخميس»), a part
        # or season of a period (``positions.p_period``: «مطلع عام», «هذا الصيف»), a span ago (``durations.p_ago``:
        # «قبل ثلاثة أيام»), a decade (``periods.p_decade``: «أواخر الستينات»), a range of months
        # (``periods.p_month_range``: «بين يناير ومارس») and a window (``durations.p_window``: «خلال الأشهر», or as
        # the word stands a definite unit or a detached article: «الأسابيع القليلة الماضية», «الـ 48 ساعة»)
        self.gate_heads: dict[str, frozenset[str]] = {
            name: frozenset().union(*(self.firsts[c] for c in cats)) for name, cats in _GATES.items()
        }
        self.window_key_heads = self.firsts["span_unit_def"] | frozenset(("ال", "الـ"))

    def match(
        self, units: list[Unit], i: int, cat: str, *, clitic: bool = False
    ) -> tuple[Any, int, int] | None:
        """Longest phrase of ``cat`` at ``units[i]``: (value, index after it, start offset) or None.

        With ``clitic`` the first word may carry a proclitic (the span then starts after it).
        """
        if i >= len(units):
            return None
        heads = self.firsts[cat]
        u = units[i]
        whole = u.key in heads
        bare = clitic and u.bare_key != "" and u.bare_key in heads
        if not (whole or bare):  # most words open no phrase of the category
            return None
        table = self.phrases[cat]
        firsts = [(u.key, u.start)] if whole else []
        if bare:
            firsts.append((u.bare_key, u.bare_start))
        room = len(units) - i
        lengths = self.lengths[cat]
        after = tuple([x.key for x in units[i + 1 : i + lengths[0]]]) if lengths[0] > 1 else ()
        for n in lengths:
            if n > room:
                continue
            rest = after[: n - 1]
            for first, start in firsts:
                v = table.get((first, *rest))
                if v is not None:
                    return v, i + n, start
        return None

    def could_open(self, u: Unit) -> bool:
        """Can an expression start at (or be introduced by) this unit? Digits, table words, number words
        (each also with the article)."""
        k, keys = u.key, self.opener_keys
        if k and (k[0].isdigit() or k in keys):
            return True
        k = u.bare_key
        return bool(k) and (k[0].isdigit() or k in keys)

    def has(self, cat: str, key: str) -> bool:
        return (key,) in self.phrases[cat]


def _named_days() -> tuple[dict[tuple[str, ...], dict[str, int]], dict[str, tuple[int, frozenset[str]]]]:
    """Round ti405: ``named_days.tsv`` as the ``named_event_day`` table (per event noun, «ثورة», the days it names
    by day/month, «25/1», and the year of each, 2011) and the days of a place (day/month → the year and the keys of
    the place's names, «مصر», «المصري»)."""
    nouns: dict[tuple[str, ...], dict[str, int]] = {}
    places: dict[str, tuple[int, frozenset[str]]] = {}
    for line in (DATA / "named_days.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        day, year, heads, names = line.split("\t")[:4]
        for noun in heads.split("|"):
            nouns.setdefault(phrase_of(noun), {})[day] = int(year)
        if names != "-":
            places[day] = (int(year), frozenset(norm_key(n) for n in names.split("|")))
    return nouns, places


def _number_words() -> set[str]:
    """Number words of the numbers layer, as matching keys (with and without the article)."""
    from ..text.numbers import lexicon as number_lexicon

    keys = {norm_key(k) for k in number_lexicon()}
    return keys | {k[2:] for k in keys if k.startswith("ال")}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
