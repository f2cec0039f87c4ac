"""Round en564: a state's own body named with no country takes the country its context gives.

A body of a state — a ministry, the cabinet, the parliament, the army, the police, the public prosecution, a court,
a central bank (``domestic_body_heads``: the opening words of its name and its sector) — named with no country of
its own («الأمن المركزي», «المحكمة العليا», «النيابة العامة») is the body of:

1. the one country its sentences name (a country, its adjective or a town of it: «اقتحم الأمن المركزي ساحة التغيير
   في صنعاء»: Yemen's, YEMCOP), where all the sentences that name it name that one only;
2. else the country the article is about: the one the resolver found (``home``), else the one named in at least
   :data:`SHARE` of the sentences that name a country, and in :data:`MIN_SENTENCES` of them at least, the
   dateline's town (where it has one) in it;
3. else none: an article about two countries as much («مصر وإثيوبيا») leaves it open.

A body that names its country keeps it («الجيش السوري» in an article on Lebanon); an international body («مجلس
الأمن», «الأمم المتحدة») has its code already and is never touched, nor is a name with an international adjective
(«المحكمة الجنائية الدولية») or a war's force of no state («الجيش الوطني», ``org_heads.tsv`` «3»). Its code is the
country and the sector of its head («YEM» + «COP»). Run by the resolver after the article's country has placed the
bodies it places (:func:`.homeland.home_towns`), in place of :func:`.homeland.sole_country_bodies`'s call.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ..doc import Doc, Entity
from ..events.forms import fw
from ..text.normalize import norm_key
from .homeland import sole_country_bodies

SHARE = 0.6  # the share of the country-naming sentences that name the article's dominant country
MIN_SENTENCES = 3  # the fewest sentences that name it (two are too few: «ماليزيا» twice in a French inquiry)
_NO_STATE = frozenset(norm_key(w) for w in ("الجيش الوطني", "المقاومة الشعبية"))  # org_heads.tsv «3»: no state's


def _heads() -> list[tuple[list[str], str]]:
    """The opening words of each state body's name (folded) and its sector, the longest first."""
    rows = [(row.split()[1:], row.split()[0].upper()) for row in fw("domestic_body_heads")]
    return sorted(rows, key=lambda r: -len(r[0]))


def body_sector(e: Entity) -> str | None:
    """The sector of a state's own body of no country («النيابة العامة»: JUD, «وزارة الداخلية»: GOV), else None (an
    international name: «المحكمة الجنائية الدولية»; a war's force: «الجيش الوطني»)."""
    words = norm_key(e.name).split()
    if " ".join(words) in _NO_STATE or any(w in fw("international_adjectives") for w in words[1:]):
        return None
    bare = e.attrs.get("bare_sector")
    if bare:
        return str(bare)
    return next((sec for head, sec in _heads() if words[: len(head)] == head), None)


def _sentence_countries(doc: Doc, ents: list[Entity], evidence: list[set[str]]) -> list[set[str]]:
    """The countries each sentence names: its country words and adjectives (``evidence``) and its located places."""
    got = [set(s) for s in evidence]
    starts = [s.start for s in doc.sentences]
    for x in ents:
        if x.type == "LOCATION" and x.country:
            for sp in x.mentions:
                k = bisect_right(starts, sp.start) - 1
                if 0 <= k < len(got):
                    got[k].add(x.country)
    return got


def dominant_country(doc: Doc, ents: list[Entity], named: list[set[str]]) -> str | None:
    """The country named in at least :data:`SHARE` of the sentences that name one and in :data:`MIN_SENTENCES`,
    the dateline's town (if any) in it; else None («مصر وإثيوبيا» named as often: none)."""
    count = Counter(iso for s in named for iso in s)
    if not count:
        return None
    iso, n = sorted(count.items(), key=lambda x: (-x[1], x[0]))[0]
    if n < MIN_SENTENCES or n < SHARE * sum(count.values()):
        return None
    line = doc.dateline.place if doc.dateline is not None else None
    town = next((x.country for x in ents if x.type == "LOCATION" and line is not None
                 and any(sp.start == line.start for sp in x.mentions)), None)
    return iso if town in (None, iso) else None


def context_bodies(doc: Doc, ents: list[Entity], evidence: list[set[str]], home: str | None) -> None:
    """Give each state's body of no country the one country of its sentences, else the article's (in place)."""
    if home is None:
        sole_country_bodies(ents)  # «وزارة الداخلية» in an article that names Morocco only (round 83)
    todo = [(e, sec) for e in ents if e.type == "ORGANIZATION" and not e.country and not e.actor
            and (sec := body_sector(e))]
    if not todo:
        return
    named = _sentence_countries(doc, ents, evidence)
    starts = [s.start for s in doc.sentences]
    article = dominant_country(doc, ents, named)
    most = max(Counter(iso for s in named for iso in s).values(), default=0)
    for e, sec in todo:
        near: set[str] = set()
        for sp in e.mentions:
            k = bisect_right(starts, sp.start) - 1
            near |= named[k] if 0 <= k < len(named) else set()
        one = next(iter(near)) if len(near) == 1 else None
        if one and sum(one in s for s in named) < most:
            one = None  # «استدعت وزارة الخارجية السفير الإيراني»: a partner named in passing, not the body's state
        iso = home or one or article
        if iso:
            e.country, e.actor = iso, iso + sec
            e.attrs["country_from"] = "article" if iso != one else "sentence"


def dominant_officers(doc: Doc, ents: list[Entity], evidence: list[set[str]], officers: list[Entity]) -> None:
    """Round en877: give each officer of a state with no country (``officers``: «وقال اللواء رفعت قمصان» in an article
    on Egypt's elections) the article's dominant country (:func:`dominant_country`: a large majority of the sentences
    that name a country name it), where none of the sentences that name him names another country («ويمثلها الوزير
    X» in a sentence naming Algeria and Iran stays open); for an article the resolver found no one country for
    (in place: his country; the actor follows from it and his sector)."""
    if not officers:
        return
    named = _sentence_countries(doc, ents, evidence)
    article = dominant_country(doc, ents, named)
    if article is None:
        return
    starts = [s.start for s in doc.sentences]
    for e in officers:
        near: set[str] = set()
        for sp in e.mentions:
            k = bisect_right(starts, sp.start) - 1
            near |= named[k] if 0 <= k < len(named) else set()
        if near <= {article}:
            e.country = article
            e.attrs["country_from"] = "article"
