"""Round 65 of real news: the country of a person or a body from the description set off beside its name.

- a body of no country and no actor (its head a civil body's: a bank, a company, a channel, a newspaper, an
  institute; ``described_body_heads``) described right after its name and «،» («X، مصرف فرنسي تعرض ...») or right
  before it («القناة الرسمية في ألمانيا «X»») takes the one country of the words that qualify that head: a country
  adjective agreeing with it («فرنسي», «الفرنسية») or «في» + a country; the description may open with «وهي/هي»
  («X» وهي شركة ...), an indefinite firm noun may name its trade first (``firm_trades``: «شركة محاماة»), and
  where no country or adjective is read, «في» + a listed town gives its state («شركة محاماة في واشنطن»: USA,
  round en451; a town never outvotes an adjective: «مصرف فرنسي في لندن» is French);
- a body of no country named with a second field joined by «و» that ends on a country adjective («لجنة الأمن
  القومي والسياسة الخارجية الإيراني») is of that country;
- a person of no country described after his name and «،» by a title or a noun of a trade
  (``described_person_nouns``: «العالم», «الكاتب») and its adjectives takes the country of a country adjective
  among them («X، العالم النفسي الألماني»); not «في» + a country, where he works («الباحث في لندن»).

The qualifying words run from the head while each is a country adjective, a definite adjective after a definite
head, or «في» + a country, and stop at anything else (a verb, a complement, «لدى»): «مصرف فرنسي تعرض لغرامة» reads
«فرنسي» and stops. Two countries among them give none.

And a person of no country named right after «خلفا لـ» takes the country of the holder of a state's office named
before him in the sentence (:func:`predecessors`).
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants
from .homeland import STATE_SECTORS
from .personloops import unplaced_persons

_STOPS = frozenset(".،,؛:()\"\n!?؟")
_QUOTES = "«»"
_WINDOW = 120  # characters read on either side of a name
MAX_QUALIFIERS = 4  # words that qualify the head (adjectives, «في» + a country)
_SUCCEEDS = re.compile(r"خلف[ًا]+\s+لـ?\s*$")  # «خلفا لـ», «خلفًا ل»: succeeding the man named next
_BUSINESS = frozenset(norm_key(w) for w in ("بنك", "مصرف", "شركة"))
_TOWNS = frozenset({"capital", "city"})  # the kinds of a listed town a body's seat «في» may name (round en451)


def _country(g: Gazetteer, words: list[str], i: int, kinds: frozenset[str] = frozenset({"country"})
             ) -> tuple[str, int] | None:
    """The country named at ``words[i]`` (one or two words; a place of one of ``kinds``: a country, or a town of
    that country) and its length in words, or None."""
    for n in (2, 1):
        if i + n > len(words):
            continue
        for v, _, _ in clitic_variants(" ".join(words[i : i + n])) if n == 1 else ((" ".join(words[i : i + n]), 0, ""),):
            got = g.phrases.get(tuple(v.split()))
            if isinstance(got, Entry) and got.type == "LOCATION" and got.kind in kinds and got.country:
                return got.country, n
    return None


def _qualified_country(g: Gazetteer, words: list[str], *, place: bool) -> str | None:
    """The one country of the words after a head noun (``words[0]``) that qualify it; ``place``: «في» + a country
    counts too."""
    definite = words[0].startswith("ال")
    isos: set[str] = set()
    towns: set[str] = set()
    i = 1
    if not definite and len(words) > 1 and words[1] in fw("firm_trades"):
        i = 2  # («شركة محاماة»: the firm's trade, then its qualifiers)
    while i < len(words) and i <= MAX_QUALIFIERS:
        k = words[i]
        if k in g.nisba and k.startswith("ال") == definite:
            isos.add(g.nisba[k])
            i += 1
        elif place and k == "في" and (got := _country(g, words, i + 1)) is not None:
            isos.add(got[0])
            i += 1 + got[1]
        elif place and k == "في" and (got := _country(g, words, i + 1, _TOWNS)) is not None:
            towns.add(got[0])
            i += 1 + got[1]
        elif definite and k.startswith("ال") and k not in g.nisba and (k,) not in g.titles and (k,) not in g.phrases:
            i += 1  # («القناة التلفزيونية الرسمية»: its adjectives)
        else:
            break
    if not isos:
        isos = towns
    return isos.pop() if len(isos) == 1 else None


def _head(g: Gazetteer, word: str, person: bool) -> bool:
    k = norm_key(word)
    bare = k.removeprefix("ال")
    if person:
        return bare in fw("described_person_nouns") or (bare,) in g.titles or (k,) in g.titles
    return bare in fw("described_body_heads")


def _after(text: str, m: Mention) -> list[str]:
    rest = text[m.end : m.end + _WINDOW].lstrip(_QUOTES)  # («X»، مصرف ...)
    comma = rest.startswith(("، ", ", "))
    rest = rest[2:] if comma else rest.lstrip(" ")
    first, _, tail = rest.partition(" ")
    if norm_key(first).removeprefix("و") in fw("copula_pronouns") and tail:
        rest = tail  # («X» وهي شركة ...: the description after a pronoun, round en451)
    elif not comma:
        return []
    cut = next((i for i, ch in enumerate(rest) if ch in _STOPS), len(rest))
    return [k for w in rest[:cut].split() if (k := norm_key(w.strip(_QUOTES)))]


def _before(text: str, m: Mention) -> list[str]:
    """The words of the clause right before ``m`` (its quote marks aside), up to the last stop."""
    lead = text[max(0, m.start - _WINDOW) : m.start].rstrip(" " + _QUOTES)
    cut = max((i for i, ch in enumerate(lead) if ch in _STOPS), default=-1)
    return [k for w in lead[cut + 1 :].split() if (k := norm_key(w.strip(_QUOTES)))]


def described_country(g: Gazetteer, text: str, m: Mention, person: bool) -> tuple[str, str] | None:
    """The country of the description of ``m`` (see the module's doc) and the head noun it qualifies (its key,
    without the article), or None."""
    words = _after(text, m)
    if words and _head(g, words[0], person):
        got = _qualified_country(g, words, place=not person)
        if got is not None:
            return got, words[0].removeprefix("ال")
    if person:
        return None
    if (iso := _conjunct_country(g, text, m)) is not None:
        return iso, ""
    words = _before(text, m)
    for h in range(max(0, len(words) - 1 - MAX_QUALIFIERS * 2), len(words) - 1):
        if (_head(g, words[h], person) and words[h].startswith("ال")) or (words[h].startswith("لل") and _head(
                g, "ال" + words[h][2:], person)):
            tail = ["ال" + words[h][2:] if words[h].startswith("لل") else words[h], *words[h + 1 :]]
            got = _qualified_country(g, tail, place=True)
            # every word up to the name qualifies the head: nothing else stands between them
            if got is not None and _reads_to_end(g, tail):
                return got, tail[0].removeprefix("ال")
    return None


def _conjunct_country(g: Gazetteer, text: str, m: Mention) -> str | None:
    """«لجنة الأمن القومي» + «والسياسة الخارجية الإيراني»: a second field of the body's name joined by «و» right
    after it, whose definite words end on a country adjective before anything else: that country."""
    rest = text[m.end : m.end + _WINDOW]
    if not rest.startswith(" "):
        return None
    words = [norm_key(w) for w in rest.split()[: MAX_QUALIFIERS + 1]]
    if not words or not words[0].startswith("وال"):
        return None
    for i, k in enumerate(words):
        if k.removeprefix("و").startswith("ال") and k in g.nisba:
            after = words[i + 1] if i + 1 < len(words) else ""
            return g.nisba[k] if i and not (after.startswith("ال") and after not in fw("former_adjectives")) else None
        if not k.removeprefix("و").startswith("ال") or (k.removeprefix("و"),) in g.phrases \
                or not k.isalpha():
            return None
    return None


def _reads_to_end(g: Gazetteer, words: list[str]) -> bool:
    """Do all the words after the head qualify it (so the name right after is the head's)?"""
    i = 1
    while i < len(words):
        k = words[i]
        if k == "في" and (got := _country(g, words, i + 1)) is not None:
            i += 1 + got[1]
        elif k.startswith("ال") and (k,) not in g.titles:
            i += 1
        else:
            return False
    return True


def described_countries(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Persons of no country and bodies of no country and no actor: the country their description gives (in
    place); a bank or a company described so is that country's business (<ISO>BUS), a channel or a newspaper its
    media (<ISO>MED)."""
    for e in ents:
        person = e.type == "PERSON"
        if e.country or not person and (e.type != "ORGANIZATION" or e.actor):
            continue
        for m in sorted(by_entity.get(e.id, ()), key=lambda m: m.start):
            if m.source in ("coref", "anaphor"):
                continue
            got = described_country(g, doc.text, m, person)
            if got is None:
                continue
            e.country = got[0]
            e.attrs["country_from"] = "description"
            if not person and got[1] in _BUSINESS:
                e.actor = got[0] + "BUS"
            elif not person and got[1] in fw("media_nouns"):
                e.actor = got[0] + "MED"
            break


def predecessors(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """«عين X رئيسا لهيئة الأركان التركية، خلفا لـY»: a person of no country named right after «خلفا لـ» takes the
    country of the nearest person before him in the sentence who holds a state's office (a government, military,
    legislative, judicial or security code of his country): he held that office before him. Not an office of no
    state (a federation's, a company's: a Swiss may succeed a Frenchman)."""
    of = {m.start: e for e in ents for m in by_entity.get(e.id, ())}
    starts = sorted(of)
    for e, ms in unplaced_persons(ents, by_entity):
        for m in ms:
            if not _SUCCEEDS.search(doc.text, max(0, m.start - 12), m.start):
                continue
            sent = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
            lo = sent.start if sent is not None else 0
            prev = next((of[p] for p in reversed(starts) if lo <= p < m.start and of[p].type == "PERSON"
                         and of[p] is not e), None)
            sector = prev.actor[len(prev.country) :] if prev is not None and prev.country and prev.actor \
                and prev.actor.startswith(prev.country) else str(prev.attrs.get("sector") or "") if prev else ""
            if prev is not None and prev.country and sector in STATE_SECTORS:
                e.country = prev.country
                e.attrs["country_from"] = "predecessor:" + prev.id
                break
