"""The entity gazetteers (``src/rasd/data/gazetteer/``) loaded once, read-only, and keyed for n-gram lookup.

Every name form is stored under the tuple of the ``norm_key`` of its words, so a lookup is one dict access per
n-gram. Clitics are handled on the text side (:func:`clitic_variants`), never by storing prefixed forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..text.normalize import norm_key
from ..text.numbers import is_ordinal
from .clitics import (  # re-exported: the entity rules and the tests import these from here
    INITIALS as INITIALS, clitic_head_offset as clitic_head_offset, clitic_keys as clitic_keys,
    clitic_variants as clitic_variants)

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"

Key = tuple[str, ...]


OFFICIAL = frozenset({"GOV", "MIL", "LEG", "JUD", "PTY", "OPP", "REB"})


@dataclass(slots=True, unsafe_hash=True)
class Entry:
    """One gazetteer referent: a place, an organisation or a known person."""

    id: str  # stable id within the gazetteer: "LOC:IRQ", "LOC:city:الموصل", "ORG:ISIS", "PER:نوري المالكي"
    type: str  # PERSON, ORGANIZATION, LOCATION
    kind: str  # country, capital, city, region, group, igo, gov, leg, mil, party, media, coalition, person
    name: str
    latin: str | None = None
    country: str | None = None
    actor: str | None = None
    codes: tuple[tuple[str, str, str], ...] = ()  # (code, start, end) role periods of a person actor

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        id: str,
        type: str,
        kind: str,
        name: str,
        latin: str | None = None,
        country: str | None = None,
        actor: str | None = None,
        codes: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        self.id = id
        self.type = type
        self.kind = kind
        self.name = name
        self.latin = latin
        self.country = country
        self.actor = actor
        self.codes = codes


@dataclass(frozen=True, slots=True)
class Title:
    sector: str | None
    kind: str  # office, rank, relation
    country: str | None = None  # a title only one state's office holder bears («خادم الحرمين الشريفين»: SAU)


@dataclass(slots=True, unsafe_hash=True)
class NameWord:
    latin: str
    flags: str  # g given, f family, w Western (Wikidata transliteration), n seen in a name list, F female given
    arabic: str = ""  # the Arabic-source reading where it differs from ``latin``; "-": none, the letter rules read it
    given: str = ""  # the form as the first name of a Western name where it differs («باول»: Powell, Paul)

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, latin: str, flags: str, arabic: str = "", given: str = "") -> None:
        self.latin = latin
        self.flags = flags
        self.arabic = arabic
        self.given = given


@dataclass(frozen=True, slots=True)
class Alternative:
    entry: Entry
    context: frozenset[str]  # country codes whose mention nearby selects this reading


class Table(dict[Key, Any]):
    """Phrase key → value, with the phrase lengths that start with each first word (longest first)."""

    def __init__(self, items: dict[Key, Any]) -> None:
        super().__init__(items)
        lens: dict[str, set[int]] = {}
        for k in items:
            lens.setdefault(k[0], set()).add(len(k))
        self.lens: dict[str, tuple[int, ...]] = {w: tuple(sorted(n, reverse=True)) for w, n in lens.items()}


@dataclass(frozen=True)
class Gazetteer:
    phrases: Table  # Key → Entry
    nisba: dict[str, str]  # adjective key → iso3
    titles: Table  # Key → Title
    complements: Table  # Key → sector override (str | None)
    org_heads: Table  # Key → (sector, needs a complement, stands alone: "2" as the article's state's body, "3" of no
    # country by itself, "" not alone)
    names: dict[str, NameWord]
    stop: frozenset[str]
    ambiguous: dict[Key, Alternative]
    anaphors: dict[Key, tuple[frozenset[str], int]] = field(default_factory=dict)
    gov_verbs: frozenset[str] = frozenset()
    max_len: int = 1
    by_id: dict[str, Entry] = field(default_factory=dict)
    surnames: dict[str, tuple[Entry, ...]] = field(default_factory=dict)  # last-name key → known persons
    givens: dict[str, tuple[Entry, ...]] = field(default_factory=dict)  # first-name key → known persons
    # the skeleton of a foreign last name (:func:`skeleton`) → known persons: «موغريني» finds «موغيريني»
    skeletons: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    # a country name that is also an adjective (adjectival_places.tsv): its key → the country's entry
    adjectival: dict[str, Entry] = field(default_factory=dict)
    country_nouns: frozenset[str] = frozenset()  # «دولة», «جمهورية»: a country's name follows
    # words for a people, a religious community or a sect (peoples.txt): «الشيعة», «الأكراد» name no body
    peoples: frozenset[str] = frozenset()
    # a town's key → the countries that have a town so named (places_multi.tsv: «البيضاء» in Libya and Yemen)
    towns_in: dict[str, frozenset[str]] = field(default_factory=dict)

    def people_adjective(self, key: str) -> bool:
        """Is ``key`` the adjective of a people or community of :attr:`peoples` («الكردي», «كردي», «الكردية»,
        «الشيعي», «المسيحي»), which alone names no one? Not a country's adjective («الألماني»: the people's
        word «الألمان» is listed, the adjective says the country)."""
        if key in self.nisba:
            return False
        word = key.removeprefix("ال")
        stem = word[:-2] if word.endswith("يه") else word[:-1] if word.endswith("ي") else ""
        return len(stem) >= 2 and any(f in self.peoples for f in (stem, stem + "ه", stem + "يين", "ال" + stem,
                                                                  "ال" + stem + "يين"))

    def official_surname(self, key: str) -> bool:
        """Is ``key`` the surname of a listed person who held an office at some time («الأسد», «السيسي»)?"""
        return any(c[0][3:6] in OFFICIAL for e in self.surnames.get(key, ()) for c in e.codes)

    @staticmethod
    def officials(people: Iterable[Entry], date: str | None) -> list[Entry]:
        """The ``people`` whose actor code at ``date`` is an official one (:data:`OFFICIAL`)."""
        return [e for e in people if (actor_at(e.codes, date) or "")[3:6] in OFFICIAL]

    def known_by_surname(self, key: str, date: str | None) -> Entry | None:
        """The one known person (actor lexicon) called by this surname alone: «أوباما» → Barack Obama.

        Only for a word that is neither a given name («عباس»), a common word nor a country adjective («كندي»),
        and only when a single person with an official role (government, military, legislature, judiciary, party,
        opposition, rebels) bears it; with a document date, that role must be held then."""
        if not self.surname_alone(key):
            return None
        found = in_office(self.officials(self.surnames.get(key, ()), date), date)
        return found[0] if len(found) == 1 else None

    def surname_alone(self, key: str) -> bool:
        """May ``key`` alone stand for a person's surname? Not a given name («عباس»), a common word nor a country
        adjective («كندي»: Canadian)."""
        w = self.name_word(key)
        return not ((w is not None and ("g" in w.flags or "c" in w.flags)) or key in self.nisba)

    def known_variant(self, keys: Sequence[str], date: str | None, same: Callable[[str, str], bool]) -> Entry | None:
        """The one known person whose name is ``keys`` (a name of two words or more) spelt a little otherwise:
        the same first or last word, and every other word equal or a variant by ``same`` («فرنسوا هولاند» is
        «فرانسوا هولاند», «فيديريكا موغريني» is «فيديريكا موغيريني»), holding a role at the document's date; never
        between two Arabic given names, nor without a date."""
        if len(keys) < 2 or not date:
            return None  # without a date, a variant could be anyone of that name
        found: dict[str, Entry] = {}
        # both words may be spelt otherwise («فديريكا موغريني»): a foreign last name is looked up by its skeleton
        loose = self.skeletons.get(skeleton(keys[-1]), ()) if not keys[-1].startswith("ال") else ()
        for e in (*self.surnames.get(keys[-1], ()), *self.givens.get(keys[0], ()), *loose):
            words = [norm_key(w) for w in e.name.split()]
            if len(words) == len(keys) and all(a == b or (same(a, b) and not self._arab_given(a, b))
                                               for a, b in zip(words, keys, strict=True)):
                found[e.id] = e
        people = in_office(list(found.values()), date)
        return people[0] if len(people) == 1 else None

    def _arab_given(self, a: str, b: str) -> bool:
        """Both Arabic given names: «محمود» and «محمد» are two names, not two spellings of one."""
        wa, wb = self.name_word(a), self.name_word(b)
        return wa is not None and wb is not None and "g" in wa.flags and "g" in wb.flags

    def name_word(self, key: str) -> NameWord | None:
        """The name-list entry of a word, also for «ال» + name (العبادي → عبادي)."""
        got = self.names.get(key)
        if got is None and key.startswith("ال") and len(key) > 4:
            got = self.names.get(key[2:])
        return got

    def is_name_word(self, key: str) -> bool:
        if key in self.stop or key in self.nisba or (key,) in self.titles or (key,) in self.complements:
            return False
        if (key,) in self.org_heads or (key,) in self.phrases:
            return False
        w = self.name_word(key)
        return w is not None and "c" not in w.flags


def _rows(path: Path) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def _word_set(path: Path) -> frozenset[str]:
    """The matching keys of the words of a word-list file (whitespace-separated; «#» lines are comments)."""
    return frozenset(norm_key(w) for line in path.read_text("utf-8").splitlines() if not line.startswith("#")
                     for w in line.split())


def phrase_of(text: str) -> Key:
    return tuple(norm_key(w) for w in text.split())


def _codes(spec: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    for part in spec.split(";"):
        code, _, rng = part.partition(":")
        start, _, end = rng.partition("-")
        out.append((code, start, end))
    return tuple(out)


def in_office(people: list[Entry], date: str | None) -> list[Entry]:
    """The ``people`` holding some role at ``date`` (all of them without a date)."""
    if not date:
        return people
    d = date.replace("-", "")
    return [e for e in people if any((not a or a <= d) and (not b or d <= b) for _, a, b in e.codes)]


def actor_at(codes: tuple[tuple[str, str, str], ...], date: str | None) -> str | None:
    """The actor code valid at ``date`` (ISO), else the open-ended or latest one; for a date after every role
    has ended, the country's elite (``EGYELI`` for a former president: no longer the government)."""
    if not codes:
        return None
    if date:
        d = date.replace("-", "")[:8].ljust(8, "0")
        for code, start, end in codes:
            if (not start or start <= d) and (not end or d <= end):
                return code
        if all(end and end < d for _, _, end in codes):
            latest = max(codes, key=lambda c: c[2])[0]
            if latest[:3].isalpha() and latest[:3].isupper() and latest[:3] not in ("IGO", "IMG", "NGO"):
                return latest[:3] + "ELI"
    open_ended = [c for c, s, e in codes if not e]
    if open_ended:
        return open_ended[-1]
    return max(codes, key=lambda c: c[2])[0]


# «عبد الفتاح», «أبو بكر»: compound given names, also written as one word
_JOINED_COMPOUND = re.compile(r"\b(عبد|أبو|ابو) (?=\S)")


@lru_cache(maxsize=2)
def load(directory: str | None = None) -> Gazetteer:
    d = Path(directory) if directory else DATA_DIR
    phrases: dict[Key, Entry] = {}
    by_id: dict[str, Entry] = {}

    def put(form: str, e: Entry, *, override: bool = True) -> None:
        k = phrase_of(form)
        if k and (override or k not in phrases):
            phrases[k] = e
        by_id.setdefault(e.id, e)

    for form, kind, iso3, name, latin in (r[:5] for r in _rows(d / "places.tsv")):
        eid = f"LOC:{iso3}" if kind == "country" else f"LOC:{kind}:{norm_key(name)}"
        actor = iso3 if kind == "country" else None
        put(form, Entry(eid, "LOCATION", kind, name, latin or None, iso3 or None, actor))
    states = {e.country for e in phrases.values() if e.kind == "country" and e.country}
    for r in _rows(d / "persons.tsv"):
        codes = _codes(r[1])
        # the first role with a real country code («INTGOV», «IMGREB» name none: علي عبد الله صالح is YEM)
        country = next((c[0][:3] for c in codes if c[0][:3] in states), None)
        e = Entry(f"PER:{norm_key(r[0])}", "PERSON", "person", r[0], None, country, None, codes)
        put(r[0], e, override=False)
        joined = _JOINED_COMPOUND.sub(r"\1", r[0])
        if joined != r[0]:
            put(joined, e, override=False)  # «عبدالفتاح السيسي» as often as «عبد الفتاح السيسي»
    for r in _rows(d / "orgs.tsv") + _rows(d / "orgs_extra.tsv"):
        eid, typ, forms, name, latin, country, actor, kind = r[:8]
        e = Entry(f"ORG:{eid}", typ, kind, name, latin or None, country or None, actor or None)
        for form in forms.split("|"):
            put(form, e)
    for eid, forms, name, latin, country in (r[:5] for r in _rows(d / "companies.tsv")):
        e = Entry(f"ORG:{eid}", "ORGANIZATION", "company", name, latin or None, country or None,
                  f"{country}BUS" if country else "BUS")  # a firm: its country's business sector (CAMEO BUS)
        for form in forms.split("|"):
            put(form, e)
    for forms, name, latin, iso3 in (r[:4] for r in _rows(d / "sites.tsv")):
        e = Entry(f"LOC:site:{norm_key(name)}", "LOCATION", "site", name, latin or None, iso3 or None, None)
        for form in forms.split("|"):
            put(form, e)
    ambiguous: dict[Key, Alternative] = {}
    for form, kind, iso3, name, latin, ctx in (r[:6] for r in _rows(d / "ambiguous.tsv")):
        e = Entry(f"LOC:{kind}:{norm_key(name)}:{iso3}", "LOCATION", kind, name, latin or None, iso3, None)
        ambiguous[phrase_of(form)] = Alternative(e, frozenset(ctx.split("|")))
        by_id.setdefault(e.id, e)
    nisba = {norm_key(r[0]): r[1] for r in _rows(d / "nisba.tsv")}
    titles = {phrase_of(r[0]): Title(None if r[1] == "-" else r[1], r[2], r[3] if len(r) > 3 and r[3] else None)
              for r in _rows(d / "titles.tsv")}
    complements = {phrase_of(r[0]): (None if r[1] == "-" else r[1]) for r in _rows(d / "complements.tsv")}
    heads = {phrase_of(r[0]): (r[1], r[2] == "1", r[2] if r[2] in ("2", "3") else "") for r in _rows(d / "org_heads.tsv")}
    names = {r[0]: NameWord(r[1], r[2] if len(r) > 2 else "", r[3] if len(r) > 3 else "", r[4] if len(r) > 4 else "")
             for r in _rows(d / "names.tsv")}
    stop = _word_set(d / "stopwords.txt")
    peoples = _word_set(d / "peoples.txt")
    anaphors = {phrase_of(r[0]): (frozenset(r[1].split("|")), int(r[2])) for r in _rows(d / "anaphors.tsv")}
    gov_verbs = _word_set(d / "gov_verbs.txt")
    adj_rows = _rows(d / "adjectival_places.tsv")
    adjectival = {norm_key(r[1]): by_id[f"LOC:{r[2]}"] for r in adj_rows if r[0] == "place" and f"LOC:{r[2]}" in by_id}
    country_nouns = frozenset(norm_key(r[1]) for r in adj_rows if r[0] == "head")
    max_len = max(len(k) for k in list(phrases) + list(titles))
    surnames: dict[str, list[Entry]] = {}
    givens: dict[str, list[Entry]] = {}
    skeletons: dict[str, list[Entry]] = {}
    for e in by_id.values():
        if e.kind == "person" and len(e.name.split()) >= 2:
            last = norm_key(e.name.split()[-1])
            if not is_ordinal(last):  # «عبد الله الثاني»: a regnal number is no surname
                surnames.setdefault(last, []).append(e)
                if not last.startswith("ال") and len(skeleton(last)) >= 4:
                    skeletons.setdefault(skeleton(last), []).append(e)
            givens.setdefault(norm_key(e.name.split()[0]), []).append(e)
    return Gazetteer(Table(phrases), nisba, Table(titles), Table(complements), Table(heads), names, stop, ambiguous,
                     anaphors, gov_verbs, max_len, by_id, {k: tuple(v) for k, v in surnames.items()},
                     {k: tuple(v) for k, v in givens.items()}, {k: tuple(v) for k, v in skeletons.items()},
                     adjectival, country_nouns, peoples,
                     {r[0]: frozenset(r[1].split("|")) for r in _rows(d / "places_multi.tsv")})


G_SOUND = str.maketrans("ج", "غ")  # a foreign G is written ج or غ: «جوردون» / «غوردن»; one way for matching
_LONG_VOWELS = str.maketrans({"ا": None, "و": None, "ي": None})


def skeleton(key: str) -> str:
    """A name word without its long vowel letters, G written one way: the spellings of one foreign name share it
    («موغيريني», «موغريني», «موجيريني» → «مغرن»)."""
    return key.translate(G_SOUND).translate(_LONG_VOWELS)


ENCLITICS = ("هما", "هم", "ها", "ه")

# Arab League members: their towns are news; a town elsewhere rarely is. With their neighbours, the states whose
# smaller towns (GeoNames) the gazetteer keeps; a town elsewhere is one of 100,000 people or more, and one whose
# name is also a person's («سولانا», Sullana in Peru) gives way to a person there (``far_town``).
ARAB_STATES = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU",
    "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
})  # fmt: skip
NEAR_STATES = ARAB_STATES | {"TUR", "IRN", "AFG", "PAK", "ISR", "UKR", "ETH", "ERI", "TCD", "MLI", "NER", "CYP"}


# words before a place that show it is one: a preposition of place or a place noun
PLACE_CUES = frozenset(norm_key(w) for w in ("في", "إلى", "الى", "من", "منطقة", "مدينة", "محافظة", "بلدة", "ريف"))


def _after_cue(prev: str, cues: frozenset[str]) -> bool:
    """Is ``prev``, the word before (or "" where none), one of ``cues``, also with a proclitic?"""
    return bool(prev) and clitic_head_offset(prev, cues) is not None


def pronoun_reading(surface: str, e: Entry, prev: str) -> bool:
    """Is ``surface`` (a word without its proclitic), which the gazetteer reads as the place ``e`` written with
    «ة» («بريدة», «جدة»), rather a noun with the pronoun «ه» («بريده»: his mail, «جده»: his grandfather)? So it is
    where the word ends in «ه» and the word before (``prev``) is no preposition of place nor a place noun."""
    if e.type != "LOCATION" or not e.name.endswith("ة") or not surface.endswith("ه"):
        return False
    return not _after_cue(prev, PLACE_CUES)


# a place named by a common noun («مشهد»: a scene), and the words before it that make it the place
_NOUN_PLACES = frozenset(norm_key(w) for w in ("مشهد",))
_PLACE_NOUNS = frozenset(norm_key(w) for w in ("إلى", "الى", "منطقة", "مدينة", "محافظة", "بلدة", "مسجد", "مطار"))


def noun_reading(surface: str, e: Entry, prev: str) -> bool:
    """Is ``surface``, which the gazetteer reads as the place ``e`` («مشهد»: Mashhad), the common noun («في مشهد
    مؤثر»: in a moving scene)? So it is unless the word before (``prev``) is a place noun or «إلى»."""
    if e.type != "LOCATION" or norm_key(surface) not in _NOUN_PLACES:
        return False
    return not _after_cue(prev, _PLACE_NOUNS)


def hamza_misread(surface: str, e: Entry) -> bool:
    """Is ``surface`` («مؤلمين», painful) another word than the one-word place ``e`` its key folds it onto («مولمين»,
    Mawlamyine): written with a hamza on «و» or «ي» that the place's name has nowhere? A writer may leave out a
    hamza, not add one; nor a madda: «لمآرب» (for ulterior ends) is no «مأرب»; nor a hamza on the line: «لملء» (ل +
    the verbal noun «ملء», to fill) is no «لمل» (Lommel)."""
    return e.type == "LOCATION" and " " not in e.name and any(c in surface for c in "ؤئآء") \
        and not any(c in e.name for c in "ؤئآء") or proclitic_hamza(surface, e)


def proclitic_hamza(surface: str, e: Entry) -> bool:
    """Is ``surface``, read whole as the one-word place ``e`` whose name has no hamza («بابنا», Pabna), a proclitic
    and a word written with its hamza («بأبناء»: to the sons of; «وأرى»: and I see)? The writer's hamza shows where
    the word starts."""
    return e.type == "LOCATION" and " " not in e.name and not any(c in e.name for c in "أإآءؤئ") and any(
        o and surface[o : o + 1] in "أإ" for _, o, _ in clitic_variants(surface))


def strip_enclitic(key: str) -> str | None:
    for e in ENCLITICS:
        if key.endswith(e) and len(key) - len(e) >= 3:
            return key[: -len(e)]
    return None
