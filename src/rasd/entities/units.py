"""What the rules (:mod:`.recognize`) read and find: a sentence as units (a token with its clitic readings and
whether a quote mark stands before it), the titles and mentions found, and the name particles, quote marks and
the adverb of manner after a name that the rules and the stage share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..doc import Doc, Mention, Token
from ..text.normalize import has_tanween, norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants

QUOTES = frozenset('"«»“”„\'‘’')
OPENING_QUOTES = frozenset('"«“„')
# Name particles that never make a mention by themselves.
PARTICLES = frozenset(norm_key(w) for w in ("بن", "ابن", "بنت", "آل", "ال", "دي", "دو", "الملا",
                                            "فون", "فان", "لا", "لو", "ولد", "ابو", "ابا"))
# First halves of compound names: the word after them is part of the name whatever it is (عبد ربه, أبو مازن).
JOINERS = frozenset(norm_key(w) for w in ("عبد", "أبو", "أبا", "أبي"))
# Particles of descent: «بن», «بنت», «ولد» (Mauritanian «ولد الشيخ»), «آل».
NASAB = frozenset(norm_key(w) for w in ("بن", "ابن", "بنت", "ولد", "آل"))
# The words that always take the next one into a name («أبو العيش», «عبد السلام», «بن سالم»): no name ends in them.
TAKES_NEXT = JOINERS | NASAB
# «بن», «ابن», «بنت»: the particles of descent proper (son or daughter of)
DESCENT = frozenset(norm_key(w) for w in ("بن", "ابن", "بنت"))
# Stems (the key less its accusative «ا») of the participles that follow a speaker's name as a circumstantial
# («قال كيري مازحا», «مبتسما», «مؤكدا», «متسائلا», «مستغربا»): فاعل, مُفعِل, مُفاعِل, مُتفعِّل, مُفتعِل, مُنفعِل,
# مُتفاعِل, مُستفعِل
PARTICIPLE = re.compile(r"^(?:.ا..|م...|م.ا..|مت...|م.ت..|من...|مت.ا..|مست...)$")


def next_char(text: str, at: int, step: int) -> str:
    """The first character that is no space before offset ``at`` (``step`` -1) or from it on (``step`` 1), or ""
    (read in place: no copy of the text before or after it)."""
    k = at - 1 if step < 0 else at
    while 0 <= k < len(text) and text[k].isspace():
        k += step
    return text[k] if 0 <= k < len(text) else ""


def circumstantial(surface: str, gaz: Gazetteer) -> bool:
    """Is the word after a name an adverb of manner, which no name runs through: a word with tanween
    («مبتسمًا»), or an accusative participle in «ا» that no name list has («مازحا», «مضيفا», «متسائلا»);
    not «ماريا», «ماكينا» (name words) nor «مارتيلا» (no participle's shape)."""
    if has_tanween(surface):
        return True
    k = norm_key(surface)
    return k.endswith("ا") and gaz.name_word(k) is None and bool(PARTICIPLE.match(k[:-1]))


@dataclass(slots=True)
class Unit:
    tok: Token
    key: str
    variants: tuple[tuple[str, int, str], ...]
    punct: bool
    gap: bool = False  # a quote mark stands between this word and the one before («...» ends a name)

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        tok: Token,
        key: str,
        variants: tuple[tuple[str, int, str], ...],
        punct: bool,
        gap: bool = False,
    ) -> None:
        self.tok = tok
        self.key = key
        self.variants = variants
        self.punct = punct
        self.gap = gap


@dataclass(slots=True)
class TitleHit:
    """A title (with its complements) seen in the text, with or without a name after it."""

    start: int
    end: int
    head: str  # key of the title head without the article («وزير», «جنرال»)
    kind: str
    sector: str | None
    country: str | None
    definite: bool
    relation: bool  # نظيره / نائبه: refers to the person before
    sentence: int
    person: Mention | None = None
    portfolio: tuple[str, ...] = ()  # keys of the definite complements it took («الخارجية» of «وزير الخارجية»)


@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)
    titles: list[TitleHit] = field(default_factory=list)
    evidence: list[set[str]] = field(default_factory=list)  # per sentence: countries named in it


def joiner(u: Unit) -> bool:
    """Is ``u`` a first half of a compound name («عبد», «أبو», «أبي»: :data:`JOINERS`)? Not a word spelt with
    madda that folds to one («آبي»: Abe, a Japanese name, is no «أبي», father of; the kunya never takes «آ»)."""
    return u.key in JOINERS and "آ" not in u.tok.text


def units(tokens: Sequence[Token]) -> list[Unit]:
    out = []
    gap = False
    for t in tokens:
        text = t.text
        if text in QUOTES:
            gap = True
            continue
        punct = not text[:1].isalnum()
        variants = clitic_variants(text)
        out.append(Unit(t, variants[0][0], () if punct else variants, punct, gap))
        gap = False
    return out


def gap(doc: Doc, a: Token, b: Token) -> bool:
    """Token ``b`` follows ``a`` with nothing but spaces between them (or right after it)."""
    return a.end <= b.start and (a.end == b.start or doc.text[a.end : b.start].isspace())


def spaced(doc: Doc, a: Token, b: Token) -> bool:
    """Token ``b`` follows ``a`` after one or more spaces and nothing else."""
    return a.end <= b.start and doc.text[a.end : b.start].isspace()


def overlapping(mentions: Sequence[Mention], start: int, end: int) -> bool:
    """Whether a mention overlaps the characters ``start``..``end``."""
    return any(m.start < end and start < m.end for m in mentions)


def mentions_over(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that overlap the characters ``start``..``end``, in their order."""
    return [m for m in mentions if m.start < end and start < m.end]


def plain_unit(u: Unit) -> bool:
    """A word unit with no punctuation and no quote mark before it (a name may run on over it)."""
    return not u.punct and not u.gap


def free_span(mentions: Sequence[Mention], start: int, end: int) -> bool:
    """Whether no mention overlaps the characters ``start``..``end``."""
    return not overlapping(mentions, start, end)


BANKS = frozenset(norm_key(w) for w in ("مصرف", "بنك"))
_CENTRAL = norm_key("المركزي")
CENTRAL_BANK = "ORGH:بنك مركزي:"  # the id of a country's central bank, whatever its wording, + ISO3


def central_bank(units: Sequence[Unit], i: int, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """A country's central bank at ``units[i]``: «مصرف ليبيا المركزي», «بنك السودان المركزي» (a bank word, the
    country, «المركزي») or «البنك المركزي اليمني» (with its country adjective): the units it takes, the offset
    of its first word (a proclitic off: «لمصرف») and the country; None where there is none (the country alone in
    «مصرف ليبيا المركزي» is no place of the news, but the bank's)."""
    if i + 2 >= len(units) or any(u.punct for u in units[i : i + 3]):
        return None
    for v, off, _ in units[i].variants:
        bank = v.removeprefix("ال")
        if bank not in BANKS:
            continue
        if v.startswith("ال") and units[i + 1].key == _CENTRAL:  # «البنك المركزي اليمني»
            iso = gaz.nisba.get(units[i + 2].key)
            return (3, off, iso) if iso else None
        if v == bank:  # «مصرف ليبيا المركزي», «بنك الكويت المركزي» (a country of one or two words)
            for n in (1, 2):
                e = gaz.phrases.get(tuple(u.key for u in units[i + 1 : i + 1 + n]))
                if i + 1 + n < len(units) and units[i + 1 + n].key == _CENTRAL and isinstance(e, Entry) \
                        and e.kind == "country" and e.country:
                    return n + 2, off, e.country
    return None


_QUALIFIED_CENTRAL = re.compile(r"(?:ال)?(?:مصرف|بنك)\s+المركزي\s+ال\w+")


def bare_central_bank(doc: Doc, units: Sequence[Unit], i: int, gaz: Gazetteer) -> int:
    """Round en421: the offset of «البنك المركزي» / «المصرف المركزي» at ``units[i]`` named with no country after it
    (no country adjective nor any other definite word: «البنك المركزي الأوروبي» is the ECB's), the central bank of
    the state the article is about; -1 where there is none, or where the article names a central bank with its
    country or bloc elsewhere (the bare one is that bank's short form: «وفد يمثل المفوضية، والمصرف المركزي»)."""
    if i + 1 >= len(units) or units[i].punct or units[i + 1].punct or units[i + 1].key != _CENTRAL \
            or _QUALIFIED_CENTRAL.search(doc.text):
        return -1
    if i + 2 < len(units) and not units[i + 2].punct and not units[i + 2].gap \
            and (units[i + 2].key.startswith("ال") or units[i + 2].key in gaz.nisba):
        return -1
    return next((off for v, off, _ in units[i].variants if v.startswith("ال") and v.removeprefix("ال") in BANKS), -1)


def close_quote(doc: Doc, start: int, end: int) -> int:
    """Extend a span over a closing quote when it holds the opening one: «تنظيم "داعش"»."""
    inner = doc.text[start:end]
    if end < len(doc.text) and doc.text[end] in QUOTES and sum(inner.count(q) for q in QUOTES) % 2 == 1:
        return end + 1
    return end
