"""A bare «الجيش» as an act's source, in an article about one country, is that country's army where the article
names it, even after the act («وأعلن الجيش أمس ...» and «القوات المسلحة المصرية» later on): the one military body
(actor code of the country + «MIL») named anywhere in the article, where no other body whose name opens with the head
(«الجيش الحر», another state's army; a numbered unit of no other state, «الجيش الثاني الميداني», may be) is named in
it, and no «الجيش» before the act stands in another name."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ..doc import Doc, Entity
from ..entities.homeland import article_country
from .forms import fw, fw_keys, nkey

MILITARY = "MIL"


def _bare_army(doc: Doc, k: int) -> str | None:
    """The head of a bare definite «الجيش» at token ``k`` (army_body_heads, past «و/ف»), alone before a non-definite
    word; None otherwise."""
    key = doc.tokens[k].norm_key
    if key[:1] in ("و", "ف") and key[1:3] == "ال":
        key = key[1:]
    if key not in fw("army_body_heads"):
        return None
    nxt = doc.tokens[k + 1].norm_key if k + 1 < len(doc.tokens) else ""
    return None if nxt.startswith("ال") and nxt not in fw("weekday_words") else key


def article_home(doc: Doc) -> str | None:
    """The country the article is about (:func:`rasd.entities.homeland.article_country` over the countries of the
    entities each sentence names)."""
    starts = [s.start for s in doc.sentences]
    named: list[set[str]] = [set() for _ in starts]
    for e in doc.entities:
        if e.country and e.type in ("LOCATION", "ORGANIZATION"):
            for m in e.mentions:
                si = bisect_right(starts, m.start) - 1
                if 0 <= si < len(named):
                    named[si].add(e.country)
    evidence: Counter[str] = Counter()
    for countries in named:
        evidence.update(countries)
    return article_country(doc, doc.entities, evidence)


def _unit(e: Entity, ordinals: frozenset[str]) -> bool:
    """Is ``e`` a numbered unit of an army, its head then an ordinal («الجيش الثاني الميداني»)?"""
    words = e.name.split()
    return len(words) > 1 and nkey(words[1]) in ordinals


def home_army(doc: Doc, k: int) -> Entity | None:
    """The army a bare «الجيش» at token ``k`` stands for (module docstring); None otherwise."""
    head = _bare_army(doc, k)
    if head is None:
        return None
    home = article_home(doc)
    if home is None:
        return None
    ordinals = fw_keys("unit_ordinals")
    armies = [e for e in doc.entities if e.type == "ORGANIZATION" and e.actor == home + MILITARY
              and not _unit(e, ordinals)]  # («الجيش الثاني الميداني»: one of its units, round en564)
    if len(armies) != 1:
        return None
    army = armies[0]
    stem = head.removeprefix("ال")
    for e in doc.entities:
        words = e.name.split()
        if e is army or not words or nkey(words[0]).removeprefix("ال") != stem:
            continue
        if _unit(e, ordinals) and e.country in (None, home):
            continue  # «الجيش الثاني الميداني»: a unit of no other state, not another army
        return None  # «الجيش الحر», «الجيش التركي» named too: which army is open
    for j in range(k):
        t = doc.tokens[j]
        if stem in t.norm_key and any(m.start < t.end and t.start < m.end and m.entity != army.id
                                        for m in doc.mentions):
            return None  # a «الجيش» before it in another name
    return army
