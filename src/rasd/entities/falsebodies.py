"""The tagger's organisations that are common words, round 55: a noun with a possessive pronoun («وحسب رأيه»: his
opinion) and a geographic common noun («الجزيرة» the island, «الساحل» the coast), alone or with a country adjective
(«الجزيرة القبرصية»), which the tagger reads as the channel or a body; and a surname alone («والحديث لسبيوتو»)
of a person the article names in full, which the tagger read as a body there.

A possessed noun is dropped where its stem is a frequent noun of the news with and without the article and the
word is no listed name nor name word. A geographic noun is a place (LOCATION) unless a medium's head is before it
(«قناة الجزيرة») or it stands alone in quotation marks («لـ«الجزيرة»»: the channel), or, one word alone, in a
sentence of sport («مباراة اليوم أمام الجزيرة في الدوري»: the club, as ANERcorp marks it), and then wherever
the article has the word alone («في لقائه أمام الجزيرة»). The nouns are
``geographic_common_nouns`` in ``function_words.json``."""

from __future__ import annotations

import re

from bisect import bisect_right

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_keys, clitic_variants
from .sport import sport_word
from .units import QUOTES

_POSSESSIVE = re.compile(r"^(\w{3,}?)(?:ه|ها|هم|هما|هن)$")
_AIMS = frozenset(norm_key(w) for w in ("هدف", "أهداف", "الهدف", "الأهداف"))  # an aim as often as a goal
_STEM_ZIPF10 = 45  # the stem is a frequent word of the news («رأي»: 51) ...
_STEM_ARTICLE_ZIPF10 = 40  # ... and a noun, which takes the article («الرأي»: 49)


def possessed_nouns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the tagger's one-word names that are a frequent noun with a possessive pronoun (see the module)."""
    freq = load_lexicon().freq
    drop: set[int] = set()
    for m in mentions:
        word = m.text.strip()
        if m.source != "model" or m.attrs.get("gid") or m.attrs.get("role") or " " in word:
            continue
        got = _POSSESSIVE.match(word)
        if got is None or word.endswith("ة"):
            continue
        k = norm_key(word)
        if gaz.name_word(k) is not None or k in gaz.surnames or gaz.phrases.get((k,)) is not None:
            continue
        stem = norm_key(got.group(1))
        if freq.get(stem, 0) >= _STEM_ZIPF10 and freq.get("ال" + stem, 0) >= _STEM_ARTICLE_ZIPF10:
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def geographic_nouns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """The tagger's organisations that are a geographic common noun, alone or with a country adjective, become
    places (see the module)."""
    nouns = fw("geographic_common_nouns")
    media = fw("quoted_media_heads")
    places: list[tuple[Mention, str]] = []
    clubs: set[str] = set()  # the nouns read as a club in a sentence of sport: the club elsewhere in the article too
    for m in mentions:
        if m.type != "ORGANIZATION" or m.source != "model" or m.attrs.get("gid"):
            continue
        words = m.text.split()
        noun = next((k if k in nouns else "ا" + k for k, _, _ in clitic_variants(words[0])
                     if k in nouns or "ا" + k in nouns), None) if words and len(words) <= 2 else None
        if noun is None:  # («لجزيرة»: the article's alef after «ل» is not written)
            continue
        if len(words) == 2 and not gaz.nisba.get(norm_key(words[1])):
            continue
        before = doc.text[: m.start].rstrip()
        prev = before.split()[-1] if before.split() else ""
        if any(k in media for k, _, _ in clitic_variants(prev)):
            continue  # «قناة الجزيرة»: the channel
        quoted = before.endswith(tuple(QUOTES)) and doc.text[m.end : m.end + 1] in QUOTES
        if quoted and len(words) == 1:
            continue  # «لـ«الجزيرة»»: the channel cited
        if len(words) == 1 and _in_sport(doc, m):
            clubs.add(noun)  # «مباراة اليوم أمام الجزيرة»: the club
            continue
        places.append((m, noun if len(words) == 1 else ""))
    for m, noun in places:
        if noun not in clubs:
            m.type = "LOCATION"
            m.attrs["retyped"] = "ORGANIZATION"


def _in_sport(doc: Doc, m: Mention) -> bool:
    """Is another word of the sentence of ``m`` one of sport (a match, a league, a team...), other than «هدف»
    («بهدف»: with the aim of, as often as a goal)?"""
    spans = doc.sentences
    k = bisect_right([s.start for s in spans], m.start) - 1
    lo, hi = (spans[k].start, spans[k].end) if k >= 0 else (0, len(doc.text))
    return any(sport_word(t) and not (clitic_keys(t.text) & _AIMS) for t in doc.tokens
               if lo <= t.start and t.end <= hi and not (m.start <= t.start < m.end or t.start <= m.start < t.end))


def surname_orgs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """The tagger's one-word organisations that are the last word of a person's name of two words or more found in
    the article (no listed name) become persons: his surname alone."""
    last = {norm_key(m.text.split()[-1]) for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2}
    for m in mentions:
        word = m.text.strip()
        if m.type != "ORGANIZATION" or m.source != "model" or m.attrs.get("gid") or " " in word:
            continue
        k = norm_key(word)
        if k in last and len(k) >= 4 and gaz.phrases.get((k,)) is None and k not in gaz.stop:
            m.type = "PERSON"
            m.attrs["retyped"] = "ORGANIZATION"


# «(باز فيد–Buzzfeed)»: a name set in brackets with its one Latin word after a dash (round ents86)
_GLOSSED = re.compile(r"\s*[–—-]\s*[A-Za-z][A-Za-z0-9.]*\)")


def latin_glossed_brands(doc: Doc, mentions: list[Mention]) -> None:
    """A person the tagger reads alone in brackets with one Latin word after a dash («موقع (باز فيد–Buzzfeed)») is
    a brand or a body written as its Latin name is (ORGANIZATION); a person's name in Latin has two words or more
    («(جون كيري - John Kerry)»), and a listed person stays."""
    for m in mentions:
        if m.type != "PERSON" or m.attrs.get("gid") or doc.text[: m.start].rstrip(" ")[-1:] != "(":
            continue
        if _GLOSSED.match(doc.text, m.end) is not None:
            m.type = "ORGANIZATION"
            m.attrs["retyped"] = "PERSON"
