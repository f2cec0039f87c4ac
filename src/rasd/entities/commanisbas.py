"""Two countries of a person the text makes clear that the earlier passes leave empty (round 81).

- :func:`comma_nisbas`: the country adjective that closes the role before a comma and the name: «بينما أكد
  الخبير الاقتصادي الإيطالي، فلان، أن ...» (ITA), «أحد أشهر المحامين الأميركيين في نيويورك، فلان» (USA: the
  plural adjective after «أحد»). The adjective is read as :func:`.nationality.nisba_before` reads one right
  before a name (not after a country noun, not after «لدى», not one that closes a body the person is the object
  of); a place after «في» between the adjective and the comma is passed over. One who speaks «باسم» a body the
  adjective closes is of its country («نائبة المتحدث باسم الحكومة الألمانية، فلانة»).
- :func:`lexicon_surnames`: a person named by one word that is the surname of the actor lexicon's people, all of
  one country, and a surname alone may stand for (not a given name, a common word, a country adjective): «قال
  نتنياهو» (ISR), «العقيد القذافي» (LBY), also of a leader of the past (no code: only the country); not where the
  article names another person by a full name ending in that word («موسى الصدر»: «الصدر» may be he), nor
  right after a name word («فالتر بوش»: the given name the tagger left out) or a word of naming («مدرب اسمه
  بيريز»: a man so named, not the one the lexicon knows).
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants
from .nationality import nisba_before
from .tagspans import TRIBES

_STOPS = re.compile(r"[.\n«»:؛!؟?،,()\"]")
_WINDOW = 90  # how far back the role before the comma is read
_FOR = frozenset(norm_key(w) for w in ("باسم", "بإسم"))
_ONE_OF = frozenset(norm_key(w) for w in ("أحد", "إحدى", "احد", "احدى"))


def _plural_nisba(g: Gazetteer, word: str) -> str | None:
    """The country of a masculine plural adjective («الأميركيين», «السوريون»)."""
    for k, _, _ in clitic_variants(word):
        if k.endswith(("ين", "ون")) and k[:-2] in g.nisba:
            return g.nisba[k[:-2]]
    return None


def _place(g: Gazetteer, words: list[str]) -> bool:
    """Are ``words`` (one or two) a place of the gazetteer («نيويورك», «القاهرة»)?"""
    got = g.phrases.get(tuple(norm_key(w) for w in words))
    return isinstance(got, Entry) and got.type == "LOCATION"


def comma_country(g: Gazetteer, text: str, start: int) -> str | None:
    """The country of the adjective that closes the role before «، » and a name starting at ``start``."""
    if start < 3 or text[start - 2 : start] not in ("، ", ", "):
        return None
    comma = start - 2
    clause = _STOPS.split(text[max(0, comma - _WINDOW) : comma])[-1]
    words = clause.split()
    for n in (1, 2):  # «... الأميركيين في نيويورك»: the place after «في» is passed over
        if len(words) > n + 2 and norm_key(words[-n - 1]) in ("في", "ب") and _place(g, words[-n:]):
            words = words[: -n - 1]
            break
    if len(words) < 2:
        return None
    plural = _plural_nisba(g, words[-1])
    if plural is not None:
        # a plural adjective names the person's country only as «one of» them («أحد المحامين الأميركيين»)
        return plural if any(norm_key(w) in _ONE_OF for w in words[-5:-1]) else None
    if not any(k in g.nisba for k, _, _ in clitic_variants(words[-1])):
        return None
    # read the adjective as one right before a name: the role's words, a space, a stand-in name after them
    head = " ".join(words)
    got = nisba_before(g, head + " x", Mention(len(head) + 1, len(head) + 2, "x", "PERSON"))
    if got is not None:
        return got[0]
    # «المتحدث باسم الحكومة الألمانية، فلان»: one who speaks for the body the adjective closes is of its country
    if any(norm_key(w) in _FOR for w in words[-5:-2]):
        return next(g.nisba[k] for k, _, _ in clitic_variants(words[-1]) if k in g.nisba)
    return None


def comma_nisbas(doc: Doc, g: Gazetteer, ents: list[Entity]) -> None:
    """Give a person of no country the country of the adjective closing the role before the comma before his
    name (see the module's doc; in place)."""
    for e in ents:
        if e.type != "PERSON" or e.country:
            continue
        names = set(e.aliases) | {e.name}
        for sp in sorted(e.mentions, key=lambda s: s.start):
            if doc.text[sp.start : sp.end] not in names:
                continue
            iso = comma_country(g, doc.text, sp.start)
            if iso is not None:
                e.country = iso
                e.attrs["country_from"] = "adjective"
                break


def _alone(text: str, g: Gazetteer, start: int) -> bool:
    """Does the surname at ``start`` stand alone: not right after a name word (the given name of another man
    the tagger left out: «فالتر بوش») nor after a word of naming («مدرب اسمه بيريز», «يدعى»: one so named)?"""
    words = text[max(0, start - 30) : start].split()
    if not words or not text[start - 1 : start].isspace():
        return True
    key = norm_key(words[-1])
    return not g.is_name_word(key) and key not in fw_keys("naming_verbs") and key not in fw_keys("known_as_words")


def lexicon_surnames(doc: Doc, g: Gazetteer, ents: list[Entity]) -> None:
    """Give a person named by a lexicon surname alone the one country of all the lexicon's people of that
    surname (see the module's doc; in place)."""
    fulls = [[norm_key(w) for w in e.name.split()] for e in ents if e.type == "PERSON"]
    for e in ents:
        if e.type != "PERSON" or e.country or e.actor or " " in e.name.strip():
            continue
        key = norm_key(e.name.strip())
        if key in TRIBES:
            continue  # «العتيبي» alone: one of a tribe's many men, of more than one country
        people = g.surnames.get(key, ())
        if not people or not g.surname_alone(key):
            continue
        isos = {p.country for p in people}
        if len(isos) != 1:
            continue
        iso = next(iter(isos))
        if iso is None or any(len(f) >= 2 and f[-1] == key for f in fulls) or not all(
                _alone(doc.text, g, sp.start) for sp in e.mentions):
            continue
        e.country = iso
        e.attrs["country_from"] = "surname"
