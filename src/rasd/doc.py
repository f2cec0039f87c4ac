"""The `Doc`: one article's cleaned text and every layer found in it, as spans with offsets.

Offsets are Python ``str`` indices into ``Doc.text`` (end exclusive). The text is never rewritten after
cleaning: normalised forms used for matching live beside the surface (``Token.norm``, ``Word.norm``). The span and
layer classes are in ``rasd.spans``, re-exported here.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from collections.abc import Callable
from json.encoder import encode_basestring as _enc  # what json.dumps(ensure_ascii=False) writes for a str
from typing import TypeVar, cast

from .spans import (  # re-exported: the stages import the layer classes from here
    JSON as JSON,
    Dateline as Dateline,
    Entity as Entity,
    Event as Event,
    Mention as Mention,
    NumberSpan as NumberSpan,
    Quote as Quote,
    Span as Span,
    TimeSpan as TimeSpan,
    Token as Token,
    Word as Word,
    mention_start as mention_start,
    trigger_start as trigger_start,
)

_T = TypeVar("_T")
_TIMES_ONLY = ("times",)  # the layer of ``times_within``'s index
_TOKENS_ONLY = ("tokens",)  # the layers of most ``Doc.memoized`` entries (their shape checked inline)


@dataclass(slots=True)
class Doc:
    """One article and all that was found in it."""

    text: str
    id: str = "-"
    raw: str = ""
    offset_map: list[int] = field(default_factory=list)  # offset_map[i] = raw offset of text[i]
    date: str | None = None
    date_source: str | None = None  # given, dateline, inferred
    # round 93: the day the text's week-days say it was written, 1 to 3 days before a given ``date``
    # (``temporal.written_on``); undated acts told in it are of that day; not output
    written: str | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    numbers: list[NumberSpan] = field(default_factory=list)
    dateline: Dateline | None = None
    times: list[TimeSpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    layers: set[str] = field(default_factory=set)
    # indexes derived from the layers above that several functions of one stage read (``events.chunks.mention_index``):
    # each entry is kept with the shape of what it was derived from and rebuilt when that changes (``memoized``);
    # cleared after each stage; not output
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    # -- navigation helpers -------------------------------------------------------------------------------
    def raw_offset(self, i: int) -> int:
        """Offset in the raw input of ``text[i]`` (``len(raw)`` at the end)."""
        if not self.offset_map:
            return i
        if i >= len(self.offset_map):
            return len(self.raw)
        return self.offset_map[i]

    def sentence_of(self, offset: int) -> Span | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def token_at(self, offset: int) -> int | None:
        """The index of the token holding character ``offset``, found by bisection; None between tokens."""
        tokens = self.tokens
        kept = self.memo.get("token_starts")  # (``token_starts``'s own check, inline: a call less on the hottest
        # lookup of the events layer, ~800 per article)
        starts: list[int] = kept[2] if isinstance(kept, tuple) and kept[0] is tokens and kept[1] == len(tokens) \
            else self.token_starts()
        k = bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < tokens[k].end else None

    def token_starts(self) -> list[int]:
        """The start of every token, in token order: made once per token list (the bisections below then need no
        key function); read only. Kept the way :meth:`memoized` keeps an entry on "tokens", but checked inline:
        this is the hottest lookup of the pipeline (every bisection), where the generic shape is 2–3% of its CPU."""
        tokens = self.tokens
        kept = self.memo.get("token_starts")
        if isinstance(kept, tuple) and kept[0] is tokens and kept[1] == len(tokens):
            found: list[int] = kept[2]
            return found
        made = _token_starts(self)
        self.memo["token_starts"] = (tokens, len(tokens), made)
        return made

    def memoized(self, name: str, layers: tuple[str, ...], build: Callable[[Doc], _T]) -> _T:
        """``build(self)``, kept in ``memo`` under ``name`` with the shape of the ``layers`` it reads (of "text",
        "tokens", "mentions", "entities", "times", "quotes"): made again where one of them changed since — another
        list (or text) in its place, or another length (for "entities", also another count of their mentions).
        ``build`` is a named function of the doc (the core is compiled: no closure); what it made is read only."""
        kept = self.memo.get(name)  # (layers, refs, sizes, value)
        if isinstance(kept, tuple) and kept[0] == layers:
            if layers == _TOKENS_ONLY:  # (most entries: their shape read inline, as ``token_starts`` reads its own)
                if kept[1][0] is self.tokens and kept[2][0] == len(self.tokens):
                    return cast(_T, kept[3])
            elif self._same_shape(layers, kept[1], kept[2]):
                return cast(_T, kept[3])
        refs, sizes = self._shape(layers)  # (made only where the entry is made: most calls find it above)
        value = build(self)
        self.memo[name] = (layers, refs, sizes, value)
        return value

    def _same_shape(self, layers: tuple[str, ...], refs: list[object], sizes: list[int]) -> bool:
        """Whether ``layers`` still have the objects ``refs`` and the ``sizes`` that :meth:`_shape` gave when an entry
        was kept: what comparing a fresh ``_shape`` with them answers, read layer by layer without making the lists
        (:meth:`memoized` asks it ~200 times per article; the count of the entities' mentions is summed only where
        the rest of the entities' shape held)."""
        k = 0
        for n, layer in enumerate(layers):
            ref, size = self._layer(layer)
            if refs[n] is not ref or sizes[k] != size:
                return False
            k += 1
            if layer == "entities":
                if sizes[k] != sum([len(e.mentions) for e in self.entities]):
                    return False
                k += 1
        return True

    def _shape(self, layers: tuple[str, ...]) -> tuple[list[object], list[int]]:
        """The objects of ``layers`` (compared by identity) and their sizes (:meth:`memoized`)."""
        refs: list[object] = []
        sizes: list[int] = []
        for layer in layers:
            ref, size = self._layer(layer)
            refs.append(ref)
            sizes.append(size)
            if layer == "entities":
                sizes.append(sum([len(e.mentions) for e in self.entities]))
        return refs, sizes

    def _layer(self, layer: str) -> tuple[object, int]:
        """The object of the layer named ``layer`` and its length (:meth:`memoized`)."""
        if layer == "text":
            return self.text, len(self.text)
        if layer == "tokens":
            return self.tokens, len(self.tokens)
        if layer == "mentions":
            return self.mentions, len(self.mentions)
        if layer == "entities":
            return self.entities, len(self.entities)
        if layer == "times":
            return self.times, len(self.times)
        if layer == "quotes":
            return self.quotes, len(self.quotes)
        raise ValueError(f"no layer {layer!r} to memoize on")

    def token_range(self, span: Span) -> range:
        """The indices of the tokens inside ``span``, found by bisection (tokens are in text order and do not
        overlap, so those that end inside it are a run)."""
        starts = self.token_starts()
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, span.end, lo=lo)
        while hi > lo and self.tokens[hi - 1].end > span.end:
            hi -= 1
        return range(lo, hi)

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens inside ``span`` (:meth:`token_range`)."""
        return [self.tokens[k] for k in self.token_range(span)]

    def tokens_starting(self, lo: int, hi: int) -> list[Token]:
        """The tokens that start at an offset from ``lo`` up to ``hi`` (excluded), found by bisection: what
        ``[t for t in self.tokens if lo <= t.start < hi]`` gives (tokens are in text order)."""
        starts = self.token_starts()
        a = bisect_left(starts, lo)
        b = bisect_left(starts, hi, a) if hi > lo else a
        return self.tokens[a:b]

    def token_from(self, offset: int) -> int | None:
        """The index of the first token starting at or after ``offset``, found by bisection; None where none."""
        k = bisect_left(self.token_starts(), offset)
        return k if k < len(self.tokens) else None

    def times_within(self, lo: int, hi: int) -> list[TimeSpan]:
        """The time expressions from offset ``lo`` to ``hi`` (``lo <= ts.start and ts.end <= hi``), in the order of
        ``times``, found by bisection over their starts: what ``[ts for ts in self.times if lo <= ts.start and
        ts.end <= hi]`` gives, without a scan of the article's times for each trigger dated in a sentence."""
        starts, order = self.memoized("times_by_start", _TIMES_ONLY, _times_by_start)
        times = self.times
        return [times[k] for k in sorted(order[bisect_left(starts, lo) : bisect_right(starts, hi)]) if times[k].end <= hi]

    def next_entity_number(self) -> int:
        """The number after the highest «E<n>» id of the article's entities (for an entity a later stage adds)."""
        return 1 + max((int(e.id[1:]) for e in self.entities if e.id[:1] == "E" and e.id[1:].isdigit()), default=0)

    def entity(self, eid: str | None) -> Entity | None:
        if eid is None:
            return None
        for e in self.entities:
            if e.id == eid:
                return e
        return None

    def to_dict(self, *, tokens: bool = True) -> JSON:
        """The contract JSON of ``rasd analyze`` (see docs/output-contract.md), plus added fields; ``tokens``:
        with the surface tokens and their words (most of the size; ``rasd analyze`` adds them on ``--tokens``)."""
        d = self._dict(_tokens_json(self.tokens) if tokens else None)
        if not tokens:
            del d["tokens"]
        return d

    def to_json(self, *, tokens: bool = True) -> str:
        """``json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False)``, the same string made faster: the
        tokens are written straight to text, the other fields by ``json.dumps`` one at a time."""
        parts = []
        for key, value in self._dict(None).items():
            if key == "tokens":
                if not tokens:
                    continue
                val = _tokens_json_text(self.tokens)
            else:
                val = json.dumps(value, ensure_ascii=False)
            parts.append(f"{_enc(key)}: {val}")
        return "{" + ", ".join(parts) + "}"

    def _dict(self, tokens: list[JSON] | None) -> JSON:
        t = self.text
        return {
            "id": self.id,
            "date": self.date,
            "date_source": self.date_source,
            "text": t,
            "entities": [e.to_dict(t) for e in self.entities],
            "events": [e.to_dict(t) for e in self.events],
            "quotes": [q.to_dict(t) for q in self.quotes],
            "times": [s.to_dict() for s in self.times],
            "numbers": [n.to_dict() for n in self.numbers],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "tokens": tokens,
            "dateline": self.dateline.to_dict(t) if self.dateline else None,
            "warnings": list(self.warnings),
        }


def _times_by_start(doc: Doc) -> tuple[list[int], list[int]]:
    """The starts of ``doc.times`` in ascending order, and the index in ``doc.times`` of each (``times_within``)."""
    order = sorted(range(len(doc.times)), key=lambda k: doc.times[k].start)
    return [doc.times[k].start for k in order], order


def _token_starts(doc: Doc) -> list[int]:
    """The start of every token of ``doc`` (``Doc.token_starts``)."""
    return [tok.start for tok in doc.tokens]


def _tokens_json(tokens: list[Token]) -> list[JSON]:
    """The ``tokens`` of ``Doc.to_dict``: read back from their JSON text (one writer for both outputs)."""
    out: list[JSON] = json.loads(_tokens_json_text(tokens))
    return out


def _tokens_json_text(tokens: list[Token]) -> str:
    """The JSON text of the tokens, written directly (no dicts, one pass): for each token its offsets, text and
    words (offsets, form, kind)."""
    parts: list[str] = []
    append = parts.append
    for tok in tokens:
        words = tok.words
        if len(words) == 1:
            w = words[0]
            wl = f'{{"start": {w.start:d}, "end": {w.end:d}, "form": {_enc(w.form)}, "kind": {_enc(w.kind)}}}'
        else:
            wl = ", ".join(
                f'{{"start": {w.start:d}, "end": {w.end:d}, "form": {_enc(w.form)}, "kind": {_enc(w.kind)}}}'
                for w in words
            )
        append(f'{{"start": {tok.start:d}, "end": {tok.end:d}, "text": {_enc(tok.text)}, "words": [{wl}]}}')
    return "[" + ", ".join(parts) + "]"


