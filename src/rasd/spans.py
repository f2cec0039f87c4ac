"""The span classes that a `Doc` holds: a plain ``Span``, the surface ``Token`` and the ``Word`` inside it, and
one class per layer (numbers, times, the dateline, mentions, entities, events, quotes) with its contract JSON.

Offsets are Python ``str`` indices into ``Doc.text`` (end exclusive). ``rasd.doc`` re-exports every name here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from sys import intern
from typing import Any

from .text.normalize import norm_key as _norm_key

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Span:
    """A plain character span of ``Doc.text``."""

    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self, text: str) -> JSON:
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end]}


@dataclass(slots=True)
class Word:
    """A syntactic word inside a token (stanza's split): «وبالأردن» → و + ب + الأردن.

    ``start``/``end`` slice the surface; ``form`` is the word as written in full (the ``ا`` of ``ال`` restored
    after ``لل``), ``norm`` its matching key, ``kind`` one of ``proclitic``, ``stem``, ``enclitic``, ``punct``,
    ``number``, ``latin``.
    """

    start: int
    end: int
    form: str
    norm: str
    kind: str

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, start: int, end: int, form: str, norm: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.norm = norm
        self.kind = kind


@dataclass(slots=True)
class Token:
    """A surface token (whitespace/punctuation delimited) with the words inside it."""

    start: int
    end: int
    text: str
    norm: str
    words: list[Word] = field(default_factory=list)
    # matching readings of the token, computed once by the stage that first needs them (events, quotes)
    readings: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)
    # ``norm_key(text)``, made once here: the rules ask the key of the same tokens ~40 times per token (the text of
    # a token is never rewritten, so it cannot go stale)
    norm_key: str = field(default="", repr=False, compare=False)

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        norm: str,
        words: list[Word] | None = None,
        readings: tuple[Any, ...] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        # interned: the per-word memo tables (:mod:`rasd.memo`) then find a token's text by identity, without
        # reading the key stored there (a cache miss) and comparing its letters
        self.text = intern(text)
        self.norm = norm
        self.words = [] if words is None else words
        self.readings = readings
        self.norm_key = _norm_key(text)

    @property
    def stem(self) -> Word:
        """The content word of the token (the last ``stem`` word, else the token itself)."""
        for w in reversed(self.words):
            if w.kind != "proclitic" and w.kind != "enclitic":
                return w
        return self.words[-1]

    @property
    def proclitics(self) -> list[str]:
        return [w.norm for w in self.words if w.kind == "proclitic"]


@dataclass(slots=True)
class NumberSpan:
    """A number in the text («51», «مائة وخمسون») and its value; ``ordinal`` for «الحادي والعشرين»."""

    start: int
    end: int
    text: str
    value: int | float
    ordinal: bool = False

    def to_dict(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


@dataclass(slots=True)
class TimeSpan:
    """A time expression and its normalised ``value`` (an ISO day, month, year, week or a range of them)."""

    start: int
    end: int
    text: str
    value: str
    kind: str = "date"  # date, month, year, week, range, time, present («اليوم» as nowadays: the year)
    anchored: bool = True  # resolved against the document date (False: absolute in the text)

    def to_dict(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value, "kind": self.kind}


@dataclass(slots=True)
class Dateline:
    """A leading dateline: «بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس», «لندن:»."""

    start: int
    end: int
    place: Span | None = None
    place_text: str | None = None
    source: str | None = None  # reporter or agency
    date: str | None = None  # ISO date when the line carries one
    hijri: str | None = None  # ISO-like Hijri date "1436-10-25" as stated
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, text: str) -> JSON:
        return {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "place": self.place_text,
            "source": self.source,
            "date": self.date,
            "hijri": self.hijri,
        }


@dataclass(slots=True)
class Mention:
    """A recognised name or title mention, before or after clustering into entities."""

    start: int
    end: int
    text: str
    type: str  # PERSON, ORGANIZATION, LOCATION, MISC
    source: str = "model"  # model, gazetteer, title, coref
    key: str = ""  # normalised matching key
    entity: str | None = None  # entity id once resolved
    attrs: JSON = field(default_factory=dict)


@dataclass(slots=True)
class Entity:
    """A named entity: its mentions clustered, with its name, type, country and CAMEO actor code."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    latin: str | None = None
    country: str | None = None
    actor: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    attrs: JSON = field(default_factory=dict)

    def to_dict(self, text: str) -> JSON:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "latin": self.latin,
            "country": self.country,
            "actor": self.actor,
            "roles": list(self.roles),
            "gender": self.attrs.get("gender"),  # persons: f / m where a title or given name tells, else null
            "mentions": [self._mention_dict(m, text) for m in sorted(self.mentions, key=lambda s: (s.start, s.end))],
        }

    def _mention_dict(self, m: Span, text: str) -> JSON:
        """A mention's span; where the entity's mentions differ in actor code (a capital that is its government in
        one, «قالت واشنطن», and a town in another, «شركة في واشنطن»), each mention's own (rasd addition)."""
        out = m.to_dict(text)
        actors = self.attrs.get("mention_actors")
        if isinstance(actors, dict):
            out["actor"] = actors.get(m.start)
        return out


@dataclass(slots=True)
class Event:
    """A CAMEO event: its trigger, the entity ids of its source and target, its place, date and modality."""

    id: str
    code: str
    plover: str | None
    trigger: Span
    sentence: Span
    source: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    modality: str = "asserted"
    triggers: list[Span] = field(default_factory=list)  # all triggers after dedup
    attrs: JSON = field(default_factory=dict)

    def to_dict(self, text: str) -> JSON:
        d: JSON = {
            "id": self.id,
            "code": self.code,
            "plover": self.plover,
            "source": self.source,
            "target": self.target,
            "location": self.location,
            "date": self.date,
            "modality": self.modality,
            # rasd addition: a told happening (false for a generic, figurative or background mention)
            "specific": bool(self.attrs.get("specific", True)),
            "trigger": self.trigger.to_dict(text),
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
        }
        if len(self.triggers) > 1:
            d["triggers"] = [t.to_dict(text) for t in self.triggers]
        if self.date is None and isinstance(self.attrs.get("year"), int):
            d["year"] = self.attrs["year"]  # rasd addition (round 102): the year of an event no day or month dates
        for role in ("source", "target"):  # rasd addition: the actor phrase where no entity is named
            if (phrase := self.unnamed(role, text)) is not None:
                d[f"{role}_text"] = phrase
        return d

    def unnamed(self, role: str, text: str) -> JSON | None:
        """The phrase of ``role`` ("source" or "target") where no entity names it («ممثلو الدول المشاركة»), as
        ``{"start", "end", "text"}``; None where an entity does or no phrase was found."""
        eid = self.source if role == "source" else self.target
        span = self.attrs.get(f"{role}_span")
        if eid is not None or not self.attrs.get(f"{role}_text") or not isinstance(span, list) or len(span) != 2:
            return None
        if role == "source" and span == self.attrs.get("target_span"):
            return None  # one phrase cannot be both who acts and whom it is done to
        return {"start": span[0], "end": span[1], "text": text[span[0] : span[1]]}


@dataclass(slots=True)
class Quote:
    """Reported speech: its cue, its content, whether it is direct, and the entity id of its speaker."""

    cue: Span
    content: Span
    direct: bool
    speaker: str | None = None
    attrs: JSON = field(default_factory=dict)

    def to_dict(self, text: str) -> JSON:
        d: JSON = {
            "speaker": self.speaker,
            "cue": self.cue.to_dict(text),
            "content": self.content.to_dict(text),
            "direct": self.direct,
        }
        if self.attrs.get("denied") is True:
            d["denied"] = True  # the speaker denies the content («نفى أن ...»)
        parts = self.attrs.get("content_parts")
        if isinstance(parts, list):
            d["content_parts"] = [p.to_dict(text) for p in parts if isinstance(p, Span)]  # around a «، كما» aside
        if self.attrs.get("kind") == "interview":
            d["form"] = "interview"  # a printed interview's answer, set off by its line's dash (`quotes.interview`)
        both = self.attrs.get("speakers")
        if isinstance(both, list) and len(both) == 2 and self.speaker == both[0]:
            d["speakers"] = list(both)  # a dual cue («وشددا»): the two named before it, the first the speaker
        phrase = self.attrs.get("speaker_text")
        if self.speaker is None and isinstance(phrase, Span):  # an unnamed source («مصادر قضائية»)
            d["speaker_text"] = phrase.to_dict(text)
            body = self.attrs.get("affiliation")
            if isinstance(body, str):
                d["speaker_affiliation"] = body  # the named body it speaks for («مسؤول في الخارجية الأميركية»)
        return d

    def actor(self) -> str | None:
        """Who stands for what was said, for events: the speaker, else the named body an unnamed speaker belongs to
        («مسؤول في الخارجية الأميركية»: the State Department acts)."""
        if self.speaker is not None:
            return self.speaker
        body = self.attrs.get("affiliation")
        return body if isinstance(body, str) else None


def mention_start(m: Mention) -> int:
    """A sort key: where mention ``m`` starts (a named function, not a lambda: the core is compiled)."""
    return m.start


def trigger_start(ev: Event) -> int:
    """A sort key: where event ``ev``'s trigger starts."""
    return ev.trigger.start
