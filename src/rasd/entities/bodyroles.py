"""A person's country and sector from the body named in his apposition or in the body he joins (round en811).

* «قال جنرال جوزيف إل. فوتيل، رئيس قيادة العمليات الخاصة لدى البنتاغون»: the clause after the name and one
  comma (up to the next comma or stop) opens on a title («رئيس») or a noun of a post (``body_role_nouns``:
  «محلل»، «الخبير»، «المسؤول») and names, after «لدى», «في» or a proclitic «بـ»/«لـ», a body with a country
  (an organisation, not a place): the person takes its country and sector (the Pentagon: USA, MIL).
* «والتحق نور الدين ديمرتاش بمتمردي حزب العمال الكردستاني»: a verb of joining (``joining_verbs``) right before
  the name, and «بـ» or «إلى» right after it, with at most one noun of the body's men (``joined_member_nouns``)
  before the body: the body's country and sector (TUR, REB).

The body's sector replaces one a bare title gave («رئيس»: GOV): «رئيس ... لدى «بي إن بي باريبا»» is BUS, and a
body of no sector («المعهد الملكي لدراسات الأمن والدفاع») leaves the country alone.

Not an envoy («سفير فرنسا لدى الأمم المتحدة»: ``envoy_heads``), not a clause that names a person, a place or
another body before the body, nor a body of no country. Only for a person of no country yet: a nisba or the
actor lexicon that gave him one is left as it is.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_variants

_CLAUSE_END = re.compile(r"[،,.؟!\n:؛]|\s(?:الذي|التي|الذين)\s")  # (a relative clause tells a past post: «الذي كان يعمل في»)
_BODY_PREP = re.compile(r"(?:^|\s)(?:لدى|في|ب|ل)\s?«?$")
_JOIN_PREP = re.compile(r"\s(?:إلى|الى|ب)")


def apposed_body(doc: Doc, g: Gazetteer, m: Mention, by_start: dict[int, Entity],
                 starts: set[int], openers: frozenset[str] = frozenset()) -> Entity | None:
    """«X، رئيس قيادة العمليات الخاصة لدى البنتاغون»: the body with a country the role clause right after the
    mention ``m`` names after «لدى/في/بـ/لـ»; None elsewhere. ``by_start``: organisations with a country by the
    start of a mention; ``starts``: the starts of every entity mention (a clause naming one before the body is
    not read); ``openers``: more words that open a role («أستاذ» for :mod:`.academicstaff`)."""
    rest = doc.text[m.end : m.end + 120]
    lead = len(rest) - len(rest.lstrip(" "))
    if not rest[lead:].startswith("،") and not rest[lead:].startswith(","):
        return None
    at = m.end + lead + 1
    end_hit = _CLAUSE_END.search(doc.text, at, at + 100)
    end = end_hit.start() if end_hit else min(len(doc.text), at + 100)
    words = doc.text[at:end].split()
    if len(words) < 2 or not (_opens_role(g, words[0]) or _opener(words[0], openers)):
        return None
    for p in range(at, end):
        if p in starts and p not in by_start:
            return None  # (a person, a place or a body of no country named first: «المسؤول في وزارة ... بالعراق»)
        if p in by_start:
            if _BODY_PREP.search(doc.text[at:p]) is None:
                return None  # (the body in construct inside the role: :mod:`.rolebodies` reads it)
            return by_start[p]
    return None


def _opens_role(g: Gazetteer, word: str) -> bool:
    """Does ``word`` open a role: a title («رئيس»، «قائد») or a noun of a post («محلل»), not an envoy («سفير»)?"""
    keys = {k for k, _, _ in clitic_variants(word)}
    if keys & fw_keys("envoy_heads") or any(k.removeprefix("ال") in fw_keys("envoy_heads") for k in keys):
        return False
    return bool(keys & fw_keys("body_role_nouns")) or any((k,) in g.titles for k in keys)


def _opener(word: str, openers: frozenset[str]) -> bool:
    """Is ``word`` (with its clitics and article) one of the caller's ``openers``?"""
    return any(k.removeprefix("ال") in openers for k, _, _ in clitic_variants(word)) if openers else False


def joined_body(doc: Doc, m: Mention, by_start: dict[int, Entity]) -> Entity | None:
    """«والتحق X بمتمردي حزب العمال الكردستاني»: the body with a country the person of mention ``m`` joins; None
    where no verb of joining stands right before the name or no body right after «بـ/إلى»."""
    before = doc.text[max(0, m.start - 12) : m.start].split()
    if not before or norm_key(before[-1]) not in fw_keys("joining_verbs"):
        return None
    got = _JOIN_PREP.match(doc.text, m.end)
    if got is None:
        return None
    at = got.end() + (1 if got.group().strip() != "ب" else 0)
    body = next((by_start[p] for p in (at, at + 1) if p in by_start), None)
    if body is not None:
        return body
    word = re.match(r"\S+", doc.text[at:])
    if word is None or norm_key(word.group()) not in fw_keys("joined_member_nouns"):
        return None
    return by_start.get(at + word.end() + 1)


def take_body(e: Entity, body: Entity) -> None:
    """``e`` takes the country of ``body`` and its sector (none where the body's actor code has none)."""
    country, actor = str(body.country), body.actor or ""
    e.country = country
    e.attrs["country_from"] = "role_body:" + body.id
    if actor.startswith(country) and len(actor) > len(country):
        e.attrs["sector"] = actor[len(country) :]
    else:
        e.attrs.pop("sector", None)
