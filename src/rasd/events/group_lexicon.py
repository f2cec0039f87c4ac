"""Round gr390: the words of the ``groups`` stage (rasd.events.groups): the lexicon of agent nouns
(``data/events/agent_groups.tsv``: a head's forms, CAMEO sector, English label and flags), the English demonyms of
``data/gazetteer/demonyms.tsv`` for the Latin labels, and the country a word says (a country adjective or a
people's plural, reusing the entity layer's nisba list and ``events.gentilics.people_country``). Round gr402: the
peoples of no one country (``data/events/agent_peoples.tsv``: «الأكراد» KUR, «اليهود» JEW, «الأوروبيين» EUR), whose
code stands in the actor where a country's would, with no country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from ..entities import gazetteer
from .forms import fw_keys, nkey, read_tsv
from .gentilics import people_country


@dataclass(frozen=True, slots=True)
class Head:
    """A lexicon row: its first form (the row's id), CAMEO sector, English label and flags: whether it stands only
    bare (or with a country, or before a preposition), only with a country, the words it never stands before, and
    whether it is of the body named after «في/من» (``owned``: officials)."""

    form: str
    sector: str
    label: str
    bare: bool = False
    country_only: bool = False
    not_before: frozenset[str] = frozenset()
    owned: bool = False
    kind: bool = False  # (round gr402: an indefinite head before an indefinite noun names a kind: «حكومة تكنوقراط»)
    described: bool = False  # (round en607: its sector from an adjective: «جهات رسمية عراقية» GOV, group_sectors)
    home: str | None = None  # (round en877: "of=ISO", the one country a head of no country word is of: settlers ISR)


def bare_key(key: str) -> str:
    """A key without its article («المتظاهرين» → «متظاهرين»)."""
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


@lru_cache(maxsize=None)  # (a fixed word list: the same set each call)
def bare_list_keys(name: str) -> frozenset[str]:
    """The keys of the function-word list ``name`` without their article (:func:`bare_key`): the heads a phrase's
    :func:`word_key` is matched against («قوات», «جيش»)."""
    return frozenset(bare_key(k) for k in fw_keys(name))


def word_key(tok: Token) -> str:
    """A token's key past its proclitics and enclitics, without the article («وللمتظاهرين» → «متظاهرين»)."""
    stem = [w.form for w in tok.words if w.kind != "proclitic" and w.kind != "enclitic"]
    return bare_key(nkey("".join(stem) if stem else tok.text))


def stem_start(tok: Token, text: str) -> int:
    """Where a token's word starts past its proclitics («وللمتظاهرين» → «المتظاهرين»); the token's start where the
    word's form is not its surface («للجيش»: ل + الجيش)."""
    for w in tok.words:
        if w.kind != "proclitic":
            return w.start if text[w.start : w.end] == w.form else tok.start
    return tok.start


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, ...], tuple[Head, bool]]:
    """agent_groups.tsv: the keys (without the article) of each form's words → its row, and whether the form is a
    singular of one person (marked ``*``)."""
    out: dict[tuple[str, ...], tuple[Head, bool]] = {}
    for row in read_tsv("agent_groups.tsv"):
        forms, sector, label = row[0].split("|"), row[1], row[2]
        flags = row[3].split(",") if len(row) > 3 else []
        avoid = frozenset(nkey(f.split("=")[1]) for f in flags if f.startswith("notbefore="))
        home = next((f.split("=")[1] for f in flags if f.startswith("of=")), None)
        head = Head(forms[0].rstrip("*"), sector, label, "bare" in flags, "country" in flags, avoid, "owned" in flags,
                    "kind" in flags, "described" in flags, home)
        for form in forms:
            out[tuple(bare_key(nkey(w)) for w in form.rstrip("*").split())] = (head, form.endswith("*"))
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, str]]:
    """gazetteer/demonyms.tsv: iso3 → (English adjective, English plural of its people)."""
    rows = (gazetteer.DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines()
    return {r[0]: (r[1], r[2]) for r in (line.split("\t") for line in rows if line and not line.startswith("#"))}


def country_word(key: str) -> str | None:
    """The country (iso3) a word's key says: a country adjective («العراقية», «إسرائيلي») or a people's plural
    («الفلسطينيين», «سوريين»), or the code of a people of no one country («أكراد», «يهودية»: :func:`people_code`);
    None for any other word."""
    nisba = gazetteer.load().nisba
    return nisba.get(key) or nisba.get(bare_key(key)) or people_country(key if key.startswith("ال") else "ال" + key) \
        or nisba.get(nisba_base(bare_key(key))) or people_code(key) \
        or _accusative_people(key)  # («جنديا أوكرانيا»: the accusative)


def _accusative_people(key: str) -> str | None:
    """Round ev987: the people an indefinite accusative broken plural says («أكرادا», «أتراكا» → KUR, TUR)."""
    if not key.endswith("ا") or key.startswith("ال") or len(key) < 5:
        return None
    return people_country("ال" + key[:-1]) or people_code(key[:-1])


@lru_cache(maxsize=1)
def peoples() -> dict[str, tuple[str, str, str]]:
    """agent_peoples.tsv: a form's key (without the article) → its code, English adjective and English plural."""
    out: dict[str, tuple[str, str, str]] = {}
    for row in read_tsv("agent_peoples.tsv"):
        for form in row[3].split("|"):
            out[bare_key(nkey(form))] = (row[0], row[1], row[2])
    return out


def people_code(word: str) -> str | None:
    """The code of a people of no one country a word or its key says («الأكراد», «كرديا» → KUR), else None."""
    got = peoples().get(bare_key(nkey(word)))
    return got[0] if got is not None else None


def is_people_code(code: str | None) -> bool:
    """Whether a group's country slot holds a people's code (KUR), not a country's: the entity has no country."""
    return code is not None and any(code == row[0] for row in peoples().values())


def country_latin(iso: str) -> str:
    """The gazetteer's Latin name of a country («Sri Lanka»), else its code."""
    ent = gazetteer.load().by_id.get(f"LOC:{iso}")
    return ent.latin if ent is not None and ent.latin else iso


def nisba_base(key: str) -> str:
    """A nisba's key without its plural, dual, feminine or accusative ending («حوثيين», «حوثيان», «حوثيا», «حوثية»
    → «حوثي»); the key itself where it has none. Round ev973: the nominative dual «ـيان» («جنديان تركيان»)."""
    for suffix in ("يين", "يون", "يان", "يه", "يا"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[: -len(suffix)] + "ي"
    return key


def latin_label(head: Head, country: str | None) -> str:
    """The English label of a group: the lexicon's, after the country's adjective where it has one."""
    if country is None or head.form.startswith("people:"):
        return head.label
    adjective = demonyms().get(country, ("", ""))[0] or next((r[1] for r in peoples().values() if r[0] == country), "")
    return f"{adjective} {head.label}" if adjective else f"{head.label} ({country_latin(country)})"
