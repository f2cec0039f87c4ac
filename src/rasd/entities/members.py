"""Round 125 of real news: a country a person's apposition gives him, and the country of a body a person is said
to belong to.

«شيرانجيب جوش، وهو مسؤول محلي في منطقة «كوش بيهار» في الهند»: an apposition «، وهو/وهي» + a noun of a post held
(``held_posts``: «مسؤول», «موظف», «ضابط»; not an envoy's, who serves another state) with «في» + a country later in
its clause (or a body with its country's adjective: «وهو جندي في البحرية الإيرانية», round en395) gives a person of
no country that country. «هاموند، النافذ في حزب «المحافظين» الحاكم»: a body of no
country and no actor named in the apposition of a person of known country by a word of membership
(``member_words``: «النافذ في», «القيادي في», «عضو») is of his country (a party, «حزب» before its name, is his
country's party: ISO + PTY). A facility named with no country of its own («ميناء مبارك») is left without one: the
context alone names no safe owner.

Round 63: «وحزب الشعب بزعامة زهير المغزاوي»: a person of no country named right after a body of known country and
«بزعامة», «برئاسة» or «بقيادة» (led by) is its leader, of its country (and of its actor where that is of the
country: a party's leader is of its party, TUNPTY)."""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer
from .personloops import person_mentions, unplaced_persons

_STOPS = frozenset(".،,؛:()\"\n!?؟")
_QUOTES = "«»"
APPOSITION_WORDS = 12  # words of an apposition read for «في» + a country
MEMBER_GAP = 60  # characters at most between a person's name and the body of his apposition
# («X (29 عاما)، من مدينة أصفهان، وهو»: his age and where he is from may come first, round en395)
_LEAD = re.compile(r"\s*(?:\(\s*\d+\s*(?:عاما|عامًا|سنة)\s*\)\s*)?(?:[،,]\s*من\s+(?:[^\s،,.()«»]+\s+){0,2}"
                   r"[^\s،,.()«»]+\s*)?[،,]\s*(?:وهو|وهي)\s+")
_LED_BY = re.compile(r"[»\"]?\s*(?:بزعامة|برئاسة|بقيادة)\s+$")
_LEADER = re.compile(r"(?:^|\s)(?:ال)?(?:زعيم|قائد)(?:\s+(?:ال)?جديد)?\s+لـ?\s*[«\"]?$")
_DEPUTIES = re.compile(r"\s*[،,]\s*و?(?:نائبيه|نائباه|نائبه)\s+(?:[^\s،,.«»]+\s+)?")  # («مولاي»: a word of rank)
_AND = re.compile(r"(?:\s+[^\s،,.«»]+)?\s+و")  # («أخوندزاده»: a last word the name left out)


def _country_at(g: Gazetteer, words: list[str], i: int) -> str | None:
    for n in (2, 1):
        got = g.phrases.get(tuple(words[i : i + n])) if i + n <= len(words) else None
        if isinstance(got, Entry) and got.type == "LOCATION" and got.kind == "country" and got.country:
            return got.country
    return None


def post_in_country(g: Gazetteer, text: str, m: Mention) -> str | None:
    """The country of «، وهو مسؤول ... في X» right after mention ``m`` (X the first country after «في» in the
    clause), or None."""
    lead = _LEAD.match(text, m.end)
    if lead is None:
        return None
    rest = text[lead.end() : lead.end() + 200]
    cut = next((i for i, ch in enumerate(rest) if ch in _STOPS), len(rest))
    words = [norm_key(w.strip(_QUOTES)) for w in rest[:cut].split()][:APPOSITION_WORDS]
    if not words or words[0].removeprefix("ال") not in fw("held_posts"):
        return None
    for i, w in enumerate(words[:-1]):
        if w == "في" and (iso := _country_at(g, words, i + 1)):
            return iso
        if w == "في" and i + 2 < len(words) and words[i + 1].startswith("ال") and words[i + 2] in g.nisba:
            return g.nisba[words[i + 2]]  # «وهو جندي في البحرية الإيرانية»: a state's body (round en395)
    return None


def post_countries_apposed(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Persons of no country: the country their «، وهو مسؤول ... في X» apposition names (in place)."""
    for e, ms in unplaced_persons(ents, by_entity):
        for m in ms:
            if m.source in ("coref", "anaphor"):
                continue
            if (iso := post_in_country(g, doc.text, m)) is not None:
                e.country = iso
                e.attrs["country_from"] = "apposition"
                break


def _member_link(between: str) -> bool:
    """The words between a person's name and a body: «، النافذ في حزب «», «، القيادي في», «، عضو»."""
    if not between.lstrip().startswith(("،", ",")):
        return False
    words = [norm_key(w.strip(_QUOTES)) for w in between.strip().lstrip("،,").split()]
    if not words or any(ch in between.strip().lstrip("،,") for ch in _STOPS):
        return False
    first = words[0].removeprefix("ال")
    return first in fw("member_words") and all(w in ("في", "حزب", "لحزب", "بحزب", "") for w in words[1:])


def member_bodies(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Bodies of no country and no actor named in the apposition of membership of a person of known country take his
    country (in place)."""
    persons = sorted(((m, e) for e in ents if e.type == "PERSON" and e.country for m in by_entity.get(e.id, ())),
                     key=lambda p: p[0].end)
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.actor:
            continue
        for m in by_entity.get(e.id, ()):
            owner = next((p for pm, p in reversed(persons) if pm.end <= m.start and m.start - pm.end <= MEMBER_GAP
                          and _member_link(doc.text[pm.end : m.start])), None)
            if owner is None or owner.country is None:
                continue
            e.country = owner.country
            e.attrs["country_from"] = "member:" + owner.id
            before = [k for w in doc.text[max(0, m.start - 12) : m.start].split() if (k := norm_key(w.strip(_QUOTES)))]
            if "حزب" in {norm_key(w) for w in e.name.split()} or (before and before[-1].lstrip("وبل") == "حزب"):
                e.actor = owner.country + "PTY"
            break


def _leads(doc: Doc, g: Gazetteer, bm: Mention, m: Mention) -> bool:
    """Is the person of mention ``m`` the leader of the body of mention ``bm`` before him: «الحزب بزعامة X», or
    «الزعيم (الجديد) لـ«الحركة» (الملا) X» (a rank title alone between)?"""
    gap = doc.text[bm.end : m.start]
    if bm.end > m.start or len(gap) > 14:
        return False
    if _LED_BY.fullmatch(gap):
        return True
    lead = _LEADER.search(doc.text, max(0, bm.start - 30), bm.start)
    words = [norm_key(w) for w in gap.strip(" »\"").split()]
    return lead is not None and len(words) <= 1 and all((w,) in g.titles for w in words)


def led_bodies(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Persons of no country named as the leader of a body of known country («X بزعامة Y», «زعيم لـX Y») take its
    country and, where it is of that country, its actor; then his deputies named after him («، ونائبيه Y وZ»)
    take his (in place)."""
    bodies = sorted(((m, e) for e in ents if e.type == "ORGANIZATION" and e.country for m in by_entity.get(e.id, ())),
                    key=lambda p: p[0].end)
    persons = person_mentions(ents, by_entity)
    for e, ms in unplaced_persons(ents, by_entity):
        for m in ms:
            body = next((b for bm, b in reversed(bodies) if _leads(doc, g, bm, m)), None)
            if body is None or body.country is None:
                continue
            e.country = body.country
            e.attrs["country_from"] = "leader:" + body.id
            if body.actor and body.actor.startswith(body.country) and body.actor != body.country:
                e.actor = body.actor
            break
    for (pm, p), (m, e) in zip(persons, persons[1:]):  # «، ونائبيه Y وZ»: each deputy after the one before
        gap = doc.text[pm.end : m.start]
        if p.country and not e.country and (_DEPUTIES.fullmatch(gap) or _AND.fullmatch(gap) and str(
                p.attrs.get("country_from", "")).startswith("deputy")):
            e.country, e.actor = p.country, p.actor
            e.attrs["country_from"] = "deputy:" + p.id


MEMBER_WORDS = 6  # words at most between a person's name and the body he is said to be a member of
_FORMER = frozenset({"السابق", "السابقه", "سابق", "سابقا"})  # («العضو السابق في طالبان»: its country, not its actor)


def _member_of(between: str) -> bool:
    """The words between a person's name and a body after it: «عضو المكتب السياسي لجماعة», «، القيادي في»."""
    rest = between.strip()
    rest = rest[1:].strip() if rest[:1] in ("،", ",") else rest
    if any(ch in rest for ch in _STOPS):
        return False
    words = [norm_key(w.strip(_QUOTES)) for w in rest.split()]
    if words[:1] in (["وهو"], ["وهي"]):
        words = words[1:]
    return 0 < len(words) <= MEMBER_WORDS and words[0].removeprefix("ال") in fw("member_words")


def members_of_bodies(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Round 70: a person of no country named as a member of a body of known country right after his name («علي
    القحوم عضو المكتب السياسي لجماعة أنصار الله») takes its country and, where it is of that country and he is no
    former member («العضو السابق في»), its actor (in place)."""
    bodies = sorted(((m, e) for e in ents if e.type == "ORGANIZATION" and e.country for m in by_entity.get(e.id, ())),
                    key=lambda p: p[0].start)
    for e in ents:
        if e.type != "PERSON" or e.country:
            continue
        for m in sorted(by_entity.get(e.id, ()), key=lambda m: m.start):
            if m.source in ("coref", "anaphor"):
                continue
            body = next((b for bm, b in bodies if m.end <= bm.start and bm.start - m.end <= MEMBER_GAP
                         and _member_of(doc.text[m.end : bm.start])), None)
            if body is None or body.country is None:
                continue
            e.country = body.country
            e.attrs["country_from"] = "member_of:" + body.id
            former = _FORMER & {norm_key(w) for w in doc.text[m.end : m.end + MEMBER_GAP].split()}
            if body.actor and body.actor.startswith(body.country) and body.actor != body.country and not former:
                e.actor = body.actor
            break
