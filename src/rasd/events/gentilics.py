"""A target named by its people or by a pronoun of a country, where an event has none.

«مباحثات معمقة مع الإسرائيليين» and «اعتداءات ضد المواطنين الأتراك»: after «مع» (function words
``gentilic_talks_prepositions``; only for talks and cooperation, CAMEO 03 to 06: a people is not its government for
every act) or «ضد» (``gentilic_against_prepositions``; any act), a few words after the trigger in its clause, a
people's plural («الإسرائيليين», «الإيرانيين»; broken plurals in ``gentilic_plurals.tsv``: «الأتراك») or a head
noun with a country adjective («الجانب الإسرائيلي», «الأراضي التركية», «المسؤولين المصريين»: ``gentilic_heads``)
stands for that country, where the article names it (a country entity). Nothing where the article does not name it,
or where the source is of that country (against it: its state).

«منذ زيارته الأولى لها», «واتهامه لها بتغذية الإرهاب» (round 192: also an act of disapproval, CAMEO 11): a visit
or disapproval noun with no target, then «لها» (``pronoun_her``) past at most one adjective, takes as target
the country named last before it in its sentence, where it is feminine (not one of ``masculine_countries``) and no
body, no woman and no other country stands between.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Entity, Event
from ..entities import gazetteer
from .forms import data_text, fw, fw_keys, nkey
from .word_tests import clause_stop

TALK_FAMILIES = ("03", "04", "05", "06")  # intend to cooperate, consult, cooperate diplomatically or materially
VISITS = ("042", "043")
REACH = 6  # tokens from the trigger to the preposition
STATE_SECTORS = ("", "GOV", "MIL", "COP", "SPY", "JUD", "LEG")  # actor codes of a state's own bodies
HER_REACH = 3  # tokens from a visit noun to «لها» (one adjective between)
HER_FAMILIES = ("11",)  # round 192: disapprove, accuse: «واتهامه لها بتغذية الإرهاب»


@lru_cache(maxsize=1)
def _plurals() -> dict[str, str]:
    """Broken plural key → its country adjective's key (``gentilic_plurals.tsv``)."""
    out: dict[str, str] = {}
    for line in data_text("gentilic_plurals.tsv").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        plural, adjective = line.split("\t")[:2]
        out[nkey(plural)] = nkey(adjective)
    return out


def people_country(word: str) -> str | None:
    """The country (iso3) of a definite people's plural («الإسرائيليين», «الإيرانيون», «الأتراك»), else None."""
    key = nkey(word)
    nisba = gazetteer.load().nisba
    if key in _plurals():
        return nisba.get(_plurals()[key])
    if key.startswith("ال") and len(key) > 6:
        for suffix in ("يين", "يون"):
            if key.endswith(suffix):
                return nisba.get(key[: -len(suffix)] + "ي")
    return None


def _phrase_country(doc: Doc, k: int, end: int) -> str | None:
    """The country of the phrase opening at token ``k``: a people's plural, or a head noun and its adjective."""
    toks = doc.tokens
    if k >= end or any(m.start < toks[k].end and toks[k].start < m.end for m in doc.mentions):
        return None  # (a name: the argument rules read it)
    iso = people_country(toks[k].text)
    if iso is None and toks[k].norm_key in fw_keys("gentilic_heads") and k + 1 < end:
        adjective = toks[k + 1].text
        iso = gazetteer.load().nisba.get(nkey(adjective)) or people_country(adjective)
    return iso


def country_entity(doc: Doc, iso: str) -> Entity | None:
    """The article's entity of the country ``iso`` (a place whose actor is the state), the most mentioned one."""
    found = [e for e in doc.entities if e.type == "LOCATION" and e.actor == iso]
    return max(found, key=lambda e: len(e.mentions)) if found else None


def _against(key: str) -> bool:
    return key.removeprefix("و") in fw("gentilic_against_prepositions")


def _own_side(src: Entity | None, iso: str, talks: bool) -> bool:
    """The source is of the country: for talks, anyone of it; against it, its state (a rebel group of the country
    acts against its people: «اعتداءات الحزب ضد المواطنين الأتراك»)."""
    if src is None:
        return False
    if talks:
        return src.country == iso
    return src.actor is not None and src.actor[:3] == iso and src.actor[3:] in STATE_SECTORS


def _people_target(doc: Doc, ev: Event) -> str | None:
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None
    end = min(len(doc.tokens), doc.token_from(ev.sentence.end) or len(doc.tokens))
    talks = ev.code[:2] in TALK_FAMILIES
    for k in range(first, min(end, first + REACH)):
        tok = doc.tokens[k]
        if clause_stop(tok.text):
            return None
        key = tok.norm_key
        if not (_against(key) or talks and key.removeprefix("و") in fw("gentilic_talks_prepositions")):
            continue
        iso = _phrase_country(doc, k + 1, end)
        ent = country_entity(doc, iso) if iso is not None else None
        if ent is None or ent.id == ev.source or iso is None or _own_side(doc.entity(ev.source), iso, talks):
            return None
        return ent.id
    return None


def _her_target(doc: Doc, ev: Event) -> str | None:
    """«زيارته الأولى لها»: the feminine country named last before the visit noun (module docstring)."""
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None
    if not any(doc.tokens[k].norm_key in fw("pronoun_her") for k in range(first, min(len(doc.tokens), first + HER_REACH))
               if doc.tokens[k].start < ev.sentence.end):
        return None
    before = sorted(((m.start, e) for e in doc.entities for m in e.mentions
                     if ev.sentence.start <= m.start and m.end <= ev.trigger.start), key=lambda x: x[0])
    if not before:
        return None
    last = before[-1][1]
    if last.type != "LOCATION" or not last.actor or len(last.actor) != 3 or last.id == ev.source:
        return None  # (a body, a woman or a town stands last: «لها» may be hers)
    if nkey(last.name) in fw("masculine_countries"):
        return None
    return last.id


def gentilic_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event with no target the country its people or «لها» name (module docstring)."""
    for ev in events:
        if ev.target is not None:
            continue
        tid = _people_target(doc, ev)
        if tid is None and (ev.code in VISITS or ev.code[:2] in HER_FAMILIES):
            tid = _her_target(doc, ev)
        if tid is not None:
            ev.target = tid
            ev.attrs.pop("target_span", None)
            ev.attrs["target_people"] = True
