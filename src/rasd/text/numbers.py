"""Numbers in digits and in words: «51», «١٬٠٠٠», «٣٫٥», «400 ألف», «مائة وخمسون», «الحادي والعشرين».

The number words and their values are the table ``data/numbers/words.tsv``; this module is the small engine
that reads a run of words with it. Digits are found in ``Doc.text`` directly (so a change in tokenisation does
not move them); number words are read token by token from ``Token.text``, with proclitics (و ف ب ل ك ال)
stripped here, so tokens need not be split into clitic words. Dates written in digits (2014-10-09, 11/9/2001)
and clock times are left to the time layer. The word table and the parser of a run of number words are in
text.number_words (re-exported here); this module finds the numbers of a document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..doc import Doc, NumberSpan, Token
from ..pipeline import stage
from .number_words import (  # re-exported: the time layer and the tests import these from here
    Number as Number,
    is_ordinal as is_ordinal,
    lexicon as lexicon,
    may_start_number as may_start_number,
    parse_digits as parse_digits,
    parse_number_words as parse_number_words,
)
from .number_words import MAX_WORDS, fold, maybe_number, parse_keys, word_key
from .prefixes import past_and

# Context rules, as data: surface words that look like a number word with a clitic but are not one, words
# after which an ordinal is part of a name (month names: «كانون الأول», «تشرين الثاني», «ربيع الأول»), and the
# words that make «المائة» a percentage («في المائة», «بالمائة»).
_NOT_NUMBERS = frozenset(word_key(w) for w in ("لست", "ولست", "فلست", "الست", "فاول", "باول"))
_ORDINAL_NAMES = frozenset(fold(word_key(w)) for w in ("كانون", "تشرين", "ربيع", "جمادى"))
_PERCENT_BEFORE = frozenset(fold(word_key(w)) for w in ("في",))
_WEEKDAY_DEFINITE = frozenset(fold(word_key(w)) for w in ("اثنين",))  # «الاثنين» alone is Monday


# -- the stage ---------------------------------------------------------------------------------------------
_D = "0-9\u0660-\u0669\u06f0-\u06f9"
# A run of digits with what may join digit groups; runs joined by - / : are dates, ranges or clock times.
_DIGIT_RUN = re.compile(rf"[{_D}]+(?:[.,\u066b\u066c/:\-][{_D}]+)*")
_LATIN = re.compile(r"[A-Za-z]")
_ARTICLE_BEFORE = re.compile("(?:^|(?<=[\\s(«\"]))[وفبلك]?ال(?:\u0640+ ?)?$")  # «الـ13», «الـ 13»


def _surface_offset(surface: str, n: int) -> int:
    """Index in ``surface`` after its first ``n`` normalised characters (diacritics and tatweel skipped)."""
    if n == 0:
        return 0
    count = 0
    for i, ch in enumerate(surface):
        if word_key(ch):
            count += 1
            if count == n:
                j = i + 1
                while j < len(surface) and not word_key(surface[j]):
                    j += 1
                return j
    return len(surface)


def _next_words(tokens: Sequence[Token], i: int, text: str) -> list[Token]:
    """Tokens from ``i`` on that follow each other with only spaces between (no line break, no punctuation)."""
    run = [tokens[i]]
    for t in tokens[i + 1 : i + MAX_WORDS]:
        gap = text[run[-1].end : t.start]
        if gap.strip() or "\n" in gap:
            break
        run.append(t)
    return run


def _digit_numbers(doc: Doc) -> list[NumberSpan]:
    text = doc.text
    out = []
    for m in _DIGIT_RUN.finditer(text):
        s, e = m.span()
        run = m.group(0)
        if any(c in run for c in "/:-") or run.count(".") + run.count("\u066b") > 1:
            continue  # a date, a range or a time
        if (s > 0 and _LATIN.match(text[s - 1])) or (e < len(text) and _LATIN.match(text[e])):
            continue  # part of a code or a model name: F16, G20
        value = parse_digits(run)
        if value is None:
            continue
        ordinal = bool(_ARTICLE_BEFORE.search(text[max(0, s - 8) : s]))
        out.append(NumberSpan(s, e, run, value, ordinal))
    return out


def _word_number(doc: Doc, tokens: Sequence[Token], i: int, after_number: bool) -> tuple[NumberSpan, int] | None:
    run = _next_words(tokens, i, doc.text)
    keys = [word_key(t.text) for t in run]
    if keys[0] in _NOT_NUMBERS:
        return None
    res = parse_keys(keys)
    if res is None:
        return None
    first = run[0]
    prev = fold(word_key(tokens[i - 1].text)) if i > 0 else ""
    prev = past_and(prev, _ORDINAL_NAMES)
    entry, definite = res.first, res.definite
    if res.consumed == 1 and entry is not None:
        if entry.ordinal and (prev in _ORDINAL_NAMES or (after_number and not definite)):
            return None  # «كانون الأول»; «30 ثانية» (seconds)
        if definite and res.stem in _WEEKDAY_DEFINITE:
            return None  # «الاثنين» is Monday
        if definite and entry.kind == "hundred" and entry.value == 100 and (res.prefix > 0 or prev in _PERCENT_BEFORE):
            return None  # «في المائة», «بالمائة»
    start = first.start + _surface_offset(first.text, res.prefix)
    end = run[res.consumed - 1].end
    return NumberSpan(start, end, doc.text[start:end], res.value, res.ordinal), res.consumed


def _with_scale(doc: Doc, num: NumberSpan, tokens: Sequence[Token], by_start: dict[int, int]) -> NumberSpan:
    """Extend digits with the scale words after them: «400 ألف», «1.5 مليون»."""
    text = doc.text
    j = num.end
    while j < len(text) and text[j] == " ":
        j += 1
    k = by_start.get(j)
    if k is None or j == num.end:
        return num
    run = _next_words(tokens, k, text)
    res = parse_keys([word_key(num.text)] + [word_key(t.text) for t in run])
    if res is None or res.consumed < 2:
        return num
    end = run[res.consumed - 2].end
    return NumberSpan(num.start, end, text[num.start : end], res.value, num.ordinal)


@stage("numbers", requires=("tokens",), assigns=("numbers",))
def numbers_stage(doc: Doc) -> None:
    tokens = doc.tokens
    by_start = {t.start: i for i, t in enumerate(tokens)}
    found = [_with_scale(doc, n, tokens, by_start) for n in _digit_numbers(doc)]
    starts = [t.start for t in tokens]
    covered = [False] * len(tokens)
    for n in found:
        i = max(0, bisect_right(starts, n.start) - 1)
        while i < len(tokens) and tokens[i].start < n.end:
            covered[i] = covered[i] or tokens[i].end > n.start
            i += 1
    i = 0
    while i < len(tokens):
        if covered[i] or not maybe_number(tokens[i].text):
            i += 1
            continue
        after_number = i > 0 and covered[i - 1]
        got = _word_number(doc, tokens, i, after_number)
        if got is None:
            i += 1
            continue
        span, used = got
        found.append(span)
        i += used
    found.sort(key=lambda n: (n.start, n.end))
    doc.numbers = found


