"""The reviewed trigger table (data/events/triggers.tsv) read once: its entries and their frames, indexed by
normalised form (:func:`lexicon`), the perfect forms of its verbs (:func:`past_keys`), and the PLOVER category of
a CAMEO code (:func:`plover_of`). Matching the table against words is :mod:`.lexicon`'s."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .forms import nkey, past_forms, present_forms, read_tsv, split_forms


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    code: str
    plover: str | None
    next: frozenset[str]
    near: frozenset[str]
    obj: bool
    preps: frozenset[str]
    gen: str | None  # "src" / "tgt": role of a genitive after a noun trigger
    loc: bool  # the target must be a LOCATION
    addressee: bool
    order: int
    around: bool = False  # a «near» word may also stand before the trigger in its clause («المتظاهرون ... تدفقوا»)
    heads: frozenset[str] = frozenset()  # a noun the trigger must complement («وقف إطلاق النار»): the hit opens at it
    content: bool = False  # mostly the content of another act («دعا إلى وقف إطلاق النار»): see stage._content_event
    human: bool = False  # the subject must be a person, a named body or a group of people (stage._visitor)
    act: bool = False  # «لـ» + an act (a masdar) follows within ACT_WINDOW words: «دعوته لوقف إطلاق النار»
    close: bool = False  # the «near» word is within CLOSE_WINDOW words: «جولة ثانية من المحادثات»
    means: bool = False  # a noun trigger needs what it threatens with, «بـ» + a word within ACT_WINDOW words
    # («تهديد التنظيم بقتل الرهائن»), or an object pronoun («وتهديدهم»): else it names a threat, not an act


@lru_cache(maxsize=1)
def plover_table() -> tuple[tuple[str, str | None], ...]:
    rows = [(r[0], None if r[1] == "-" else r[1]) for r in read_tsv("cameo_plover.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def plover_of(code: str) -> str | None:
    for prefix, cat in plover_table():
        if code.startswith(prefix):
            return cat
    return None


_FLAGS = ("obj", "loc", "addressee", "around", "content", "human", "act", "close", "means")  # items without a value


def _parse_frame(
    frame: str,
) -> tuple[bool, frozenset[str], str | None, bool, bool, bool, frozenset[str], bool, bool, bool, bool, bool]:
    flags: set[str] = set()  # the frame's plain items (see _FLAGS)
    preps: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    gen: str | None = None
    for item in (x.strip() for x in frame.split(",") if x.strip()):
        if item in _FLAGS:
            flags.add(item)
        elif item.startswith("prep:"):
            preps = frozenset(nkey(p) for p in split_forms(item[5:]))
        elif item.startswith("gen:"):
            gen = item[4:]
        elif item.startswith("head:"):
            heads = frozenset(nkey(p) for p in split_forms(item[5:]))
        else:
            raise ValueError(f"triggers.tsv: unknown frame item {item!r}")
    obj, loc, addressee, around, content, human, act, close, means = (f in flags for f in _FLAGS)
    return obj, preps, gen, loc, addressee, around, heads, content, human, act, close, means


def lexicon() -> dict[str, tuple[tuple[Entry, str], ...]]:
    """norm_key form → (entry, pos) pairs in file order."""
    return _load()[0]


@lru_cache(maxsize=1)
def verb_forms() -> frozenset[str]:
    """The verb forms of the table («أعلن», «وقصفت»): the verbs that open a VSO clause before a name."""
    return frozenset(form for form, hits in lexicon().items() if any(pos == "V" for _, pos in hits))


def past_keys() -> frozenset[str]:
    """Every perfect form of a trigger verb («تظاهر», «تعرض»: a «ت» that is no imperfect prefix)."""
    return _load()[1]


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, tuple[tuple[Entry, str], ...]], frozenset[str]]:
    """triggers.tsv read once: the index of :func:`lexicon` and the perfect forms of :func:`past_keys`."""
    index: dict[str, list[tuple[Entry, str]]] = {}
    past_keys: set[str] = set()
    for order, row in enumerate(read_tsv("triggers.tsv")):
        row = row + [""] * (10 - len(row))
        eid, past, present, nouns, code, nxt, near, frame = row[:8]
        obj, preps, gen, loc, addressee, around, heads, content, human, act, close, means = _parse_frame(frame)
        entry = Entry(
            id=eid,
            code=code,
            plover=plover_of(code),
            next=frozenset(nkey(w) for w in split_forms(nxt)),
            near=frozenset(nkey(w) for w in split_forms(near)),
            obj=obj,
            preps=preps,
            gen=gen,
            loc=loc,
            addressee=addressee,
            order=order,
            around=around,
            heads=heads,
            content=content,
            human=human,
            act=act,
            close=close,
            means=means,
        )
        verb_forms: set[str] = set()
        for p in split_forms(past):
            verb_forms |= past_forms(p)
        past_keys |= verb_forms
        for p in split_forms(present):
            verb_forms |= present_forms(p)
        noun_forms = {_indefinite(nkey(n)) for n in split_forms(nouns)}
        for form in sorted(verb_forms):
            index.setdefault(form, []).append((entry, "V"))
        for form in sorted(noun_forms):
            index.setdefault(form, []).append((entry, "N"))
    return {k: tuple(v) for k, v in index.items()}, frozenset(past_keys)


def _indefinite(form: str) -> str:
    """Nouns are indexed without the article: the clitic reader strips «ال» and records it."""
    return form[2:] if form.startswith("ال") and len(form) > 4 else form
