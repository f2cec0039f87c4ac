"""A relative's country: a person of no known country named right after a kinship noun («نجله سيف الإسلام
القذافي», «وشقيقه X») who bears the family name of the article's persons of one known country is of that country
(the son named after «العقيد الراحل معمر القذافي» is Libyan)."""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

# possessive pronouns a kinship noun takes («نجله», «ابنتها», «أبناؤهم» is no kinship noun of the list)
_POSSESSIVES = ("هما", "ها", "هم", "ه")


def _kin_word(word: str) -> bool:
    """Is ``word`` a kinship noun of the list, with or without «و» before it and a possessive pronoun after it
    («نجله», «وشقيقه», «زوجته», «نجل»)?"""
    nouns = {norm_key(k) for k in fw("kinship_nouns")}
    key = norm_key(word.strip("،,(«"))
    for k in (key, key[1:] if key.startswith(("و", "ف")) else ""):
        if not k:
            continue
        if k in nouns:
            return True
        for p in _POSSESSIVES:
            stem = k[: -len(p)]
            if k.endswith(p) and len(stem) >= 3 and (stem in nouns or stem.endswith("ت") and stem[:-1] + "ه" in nouns):
                return True
    return False


def _family(name: str) -> str | None:
    """The family name of a person's name of two parts or more (its last word), else None."""
    words = norm_key(name).split()
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 3 else None


def kin_countries(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """A person of no country named right after a kinship noun takes the one country of the article's other
    persons with their family name (in place); none where those persons are of several countries or none."""
    homes: dict[str, set[str]] = {}
    for e in ents:
        if e.type == "PERSON" and e.country and (fam := _family(e.name)):
            homes.setdefault(fam, set()).add(e.country)
    for e in ents:
        if e.type != "PERSON" or e.country or (fam := _family(e.name)) is None or len(homes.get(fam, ())) != 1:
            continue
        for m in by_entity.get(e.id, ()):
            before = doc.text[max(0, m.start - 20) : m.start].split()
            if before and doc.text[m.start - 1 : m.start].isspace() and _kin_word(before[-1]):
                e.country = next(iter(homes[fam]))
                e.attrs["country_from"] = "kin"
                break


_WORD = re.compile(r"\S+")
_PUNCT = re.compile(r"[.،,؛:()«»\"\n!?؟]")
# the kinship nouns of blood after a name (not a spouse's: a wife may be of another country than her husband)
_BLOOD = frozenset(norm_key(w) for w in ("ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "حفيد", "حفيدة", "أخت"))


def kin_after(doc: Doc, ents: list[Entity], g: Gazetteer) -> None:
    """A person of no country named right before a kinship noun of blood and a person of a known country («مهدي
    هاشمي نجل رفسنجاني», «فلان، شقيق الرئيس X») is of that person's country (round 81; in place); where no person
    is named there, a noun and a country's adjective right after the kinship noun («حميد رضا محمدي، شقيق الناشطة
    الإيرانية»: the relative is of that country, and so is he; round en433)."""
    starts: dict[int, Entity] = {}
    for x in ents:
        if x.type == "PERSON" and x.country:
            for sp in x.mentions:
                starts[sp.start] = x
    for e in ents:
        if e.type != "PERSON" or e.country:
            continue
        for sp in e.mentions:
            rest = doc.text[sp.end : sp.end + 12]
            lead = 2 if rest.startswith(("، ", ", ")) else 1 if rest.startswith(" ") else 0
            word = rest[lead:].split(" ", 1)[0] if lead else ""
            if not word or norm_key(word) not in _BLOOD:
                continue
            at = sp.end + lead + len(word) + 1
            # the relative's name right after the noun, or after his title («شقيق الرئيس اللبناني X»: up to
            # four words, no punctuation between)
            gap = doc.text[at : at + 60]
            word_starts = [at + w.start() for w in _WORD.finditer(gap)][:5]
            kin = next((starts[p] for p in word_starts if p in starts and not _PUNCT.search(doc.text[at:p])), None)
            if kin is not None and kin is not e:
                e.country = kin.country
                e.attrs["country_from"] = "kin:" + kin.id
                break
            iso = _described_kin(g, gap) if kin is None else None
            if iso is not None:
                e.country = iso
                e.attrs["country_from"] = "kin_adjective"
                break


def _described_kin(g: Gazetteer, gap: str) -> str | None:
    """The country of the adjective right after the relative's noun at the start of ``gap`` («الناشطة الإيرانية»,
    «المعارض السوري البارز»: the second or third word, no punctuation nor preposition before it), else None."""
    words = _PUNCT.split(gap, 1)[0].split()[:3]
    preps = fw("prepositions")
    for w in words[1:]:
        k = norm_key(w)
        if k in preps:
            return None  # («شقيق الناشط في الأميركية للإغاثة»: where he works)
        if k.startswith("ال") and k in g.nisba:
            return g.nisba[k]
    return None
