"""The ``dateline`` stage: a leading «PLACE: SOURCE», «PLACE - REPORTER» or Saudi Press Agency line
«PLACE 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس» at the start of the first paragraph (or of the second,
when the first is a lead).

The place must be a known place (``rasd/data/time/places.txt``, built by ``scripts/build_time_tables.py``);
the date of an agency line is read by the time grammar, its Hijri and Gregorian sides checked against each
other.  When the document has no date yet, the dateline's becomes ``doc.date`` (date_source "dateline").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import islice, takewhile

from ..doc import Dateline, Doc, Span, Token
from ..pipeline import stage
from ..time.grammar import find_times
from ..time.lexicon import DATA, lexicon, make_units
from .normalize import norm_key, strip_diacritics

_MAX_PLACE_TOKENS = 3
_MAX_SOURCE_TOKENS = 6
_QUOTES = {"«": "»", "{": "}", '"': '"', "“": "”"}
_SENTENCE_END = frozenset({".", "!", "?", "؟", "،", ","})


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    lines = (DATA / "places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(norm_key(ln.strip()) for ln in lines if ln.strip() and not ln.startswith("#"))


def is_place(words: list[str]) -> bool:
    return bool(words) and norm_key(" ".join(words)) in places()


# An agency line «PLACE 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس» fits in this many tokens.
_MAX_AGENCY_LINE_TOKENS = 24


def _paragraph_starts(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the first two non-empty paragraphs (lines when no paragraph layer exists)."""
    spans = [(p.start, p.end) for p in doc.paragraphs]
    if not spans:
        pos = 0
        for line in doc.text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                spans.append((pos + lead, pos + len(line.rstrip())))
            pos += len(line) + 1
    return spans[:2]


def _place_parts(toks: list[Token]) -> tuple[Span, str] | None:
    """The first place of «بيروت - إسطنبول», «الأحواز (إيران)», «مكة المكرمة»: its span and text."""
    words: list[Token] = []
    for t in toks:
        if t.text in ("-", "(", "/", "،", ","):
            break
        if not strip_diacritics(t.text).isalpha():
            return None
        words.append(t)
    if not words or len(words) > _MAX_PLACE_TOKENS:
        return None
    for n in range(len(words), 0, -1):
        if is_place([w.text for w in words[:n]]) and n == len(words):
            return Span(words[0].start, words[n - 1].end), " ".join(w.text for w in words[:n])
    return None


def _agency(toks: list[Token], k: int) -> tuple[str, int] | None:
    """An agency name at ``toks[k]`` (dots skipped: «د.ب.أ», «.واس»): (name, index after it)."""
    rest = [t for t in toks[k:] if t.text != "."]
    if not rest:
        return None
    m = lexicon().match(make_units(rest), 0, "agency")
    if m is None:
        return None
    name, n, _ = m
    return str(name), toks.index(rest[n - 1]) + 1


def _line_end(doc: Doc, start: int, para_end: int) -> int:
    nl = doc.text.find("\n", start)
    return para_end if nl < 0 else min(nl, para_end)


def _after_colon(doc: Doc, toks: list[Token], k: int, line_end: int) -> tuple[str | None, int]:
    """Source after «PLACE:»: a quoted agency «الشرق الأوسط», a short reporter line, or none."""
    if k < len(toks) and toks[k].text in _QUOTES:
        close = _QUOTES[toks[k].text]
        for m in range(k + 1, min(len(toks), k + 2 + _MAX_SOURCE_TOKENS)):
            if toks[m].text == close:
                return doc.text[toks[k + 1].start : toks[m - 1].end] if m > k + 1 else None, toks[m].end
    rest = [t for t in toks[k:] if t.end <= line_end]
    more_follows = bool(doc.text[line_end:].strip())
    if rest and more_follows and len(rest) <= _MAX_SOURCE_TOKENS and not any(t.text in _SENTENCE_END for t in rest):
        return doc.text[rest[0].start : rest[-1].end], rest[-1].end
    ag = _agency(toks, k)
    if ag is not None:
        return ag[0], toks[ag[1] - 1].end
    return None, toks[k - 1].end


def _token_start(t: Token) -> int:
    return t.start


def find_dateline(doc: Doc, start: int, end: int) -> Dateline | None:
    # the tokens inside [start, end): sorted and disjoint, so a run from the first one starting at ``start``
    i = bisect_left(doc.tokens, start, key=_token_start)
    toks = list(takewhile(lambda t: t.end <= end, islice(doc.tokens, i, None)))
    if not toks:
        return None
    line_end = _line_end(doc, start, end)
    head = toks[: _MAX_PLACE_TOKENS + 6]
    # «PLACE: …» / «PLACE - PLACE: …» / «PLACE (COUNTRY): …»
    colon = next((k for k, t in enumerate(head) if t.text == ":"), None)
    if colon is not None and colon > 0:
        place = _place_parts(toks[:colon])
        if place is not None:
            source, dl_end = _after_colon(doc, toks, colon + 1, line_end)
            dash = next((k for k, t in enumerate(toks[:colon]) if t.text == "-"), None)
            if dash is not None and not is_place([t.text for t in toks[dash + 1 : colon]]):
                # «سيدني - د.ب.أ: …»: the agency sits between the place and the colon
                source, dl_end = doc.text[toks[dash + 1].start : toks[colon - 1].end], toks[colon].end
            return Dateline(start, dl_end, place[0], place[1], source)
    # agency line: «PLACE 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس»
    line = [t for t in toks if t.end <= line_end][:_MAX_AGENCY_LINE_TOKENS]
    hits = find_times(line, [], None)
    if hits and hits[0].day is not None and hits[0].value is not None and not hits[0].anchored:
        h = hits[0]
        before = [t for t in line if t.end <= h.start]
        place = _place_parts(before) if 0 < len(before) <= _MAX_PLACE_TOKENS else None
        k = next((n for n, t in enumerate(line) if t.start >= h.end), len(line))
        ag = _agency(line, k)
        if place is not None or (ag is not None and 0 < len(before) <= _MAX_PLACE_TOKENS):
            span = place[0] if place else Span(before[0].start, before[-1].end)
            text = place[1] if place else doc.text[span.start : span.end]
            dl_end = line[ag[1] - 1].end if ag else h.end
            return Dateline(
                start, dl_end, span, text, ag[0] if ag else None, h.value, h.hijri, list(h.warnings)
            )
    # «PLACE - REPORTER» on its own line, «PLACE - AGENCY:»
    dash = next((k for k, t in enumerate(head) if t.text == "-"), None)
    if dash is not None and dash > 0:
        place = _place_parts(toks[:dash])
        if place is not None:
            rest = [t for t in line[dash + 1 :]]
            colon2 = next((k for k, t in enumerate(rest) if t.text == ":"), None)
            if colon2 is not None and 0 < colon2 <= _MAX_SOURCE_TOKENS:
                return Dateline(
                    start, rest[colon2].end, place[0], place[1], doc.text[rest[0].start : rest[colon2 - 1].end]
                )
            if rest and len(rest) <= _MAX_SOURCE_TOKENS and not any(t.text in _SENTENCE_END for t in rest):
                return Dateline(start, rest[-1].end, place[0], place[1], doc.text[rest[0].start : rest[-1].end])
    return None


@stage("dateline", requires=("tokens",), assigns=("dateline",))
def dateline_stage(doc: Doc) -> None:
    doc.dateline = None
    for start, end in _paragraph_starts(doc):
        dl = find_dateline(doc, start, end)
        if dl is not None:
            doc.dateline = dl
            break
    if doc.dateline is None:
        return
    doc.warnings.extend(w for w in doc.dateline.warnings if w not in doc.warnings)
    if doc.date is None and doc.dateline.date is not None:
        doc.date, doc.date_source = doc.dateline.date, "dateline"
