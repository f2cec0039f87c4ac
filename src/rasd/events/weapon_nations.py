"""Round ev459: the country of a weapon or a campaign that is the subject of a verb of force does the act.

«قتلت غارة جوية أميركية الزرقاوي», «وقتل صاروخ إسرائيلي ثلاثة فلسطينيين», «وقصفت المدفعية التركية مواقع الحزب»: a verb
trigger of force (CAMEO 18, 19) with no source, right after it (its subject, in the verb-first order) a noun of a
weapon or a campaign of force (function words ``nation_weapon_heads``: «غارة», «صاروخ», «المدفعية»; no preposition
or conjunction on it, no accusative «ـا»), then at most two adjectives of its own and a country adjective that
agree with it (``object_adjectives.adjective_of``; definite with a definite noun): that country does the act, its
entity in the article, else its armed forces (``nisba_topics.force_country``), else one made from the gazetteer
(``homelands.make_country``, as for a doer phrase: «قوات بريطانية»).

Only where the act's object (its target, named or not) stands after that phrase: without diacritics the verb may be
a passive whose subject is the weapon struck («استهدفت طائرة تركية»). Not where the adjective is on the object
(«أسقطت الدفاعات السورية طائرة تركية»: the defences are no listed weapon; the plane is not right after the verb),
nor where the phrase's head is a doer the groups stage names with its country's forces («وقصفت طائرة حربية روسية
مواقع»: a GROUP, RUSMIL, where the source phrase opens on it).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..entities import gazetteer
from .forms import fw, nkey
from .homelands import make_country
from .nisba_topics import force_country
from .object_adjectives import adjective_of, bare_definite

FORCE = ("18", "19")  # CAMEO: assault, fight
OWN_ADJECTIVES = 2  # adjectives of the weapon's own before the country's («غارة جوية أميركية»)


def _weapon_head(word: str) -> bool:
    """A noun of ``nation_weapon_heads``, bare or with the article, no clitic before it."""
    k = nkey(word)
    return not k.startswith(("و", "ف", "ب", "ل", "ك")) and k.removeprefix("ال") in fw("nation_weapon_heads") \
        and not word.endswith(("ا", "ً"))


def weapon_country(doc: Doc, h: int, end: int) -> tuple[str, int] | None:
    """The country (iso3) of the adjective that qualifies the weapon noun at token ``h`` (module docstring) and that
    adjective's token, the phrase ending before token ``end``; else None."""
    toks = doc.tokens
    noun = toks[h].text
    if not _weapon_head(noun):
        return None
    n_def = bare_definite(noun)[0]
    nisba = gazetteer.load().nisba
    for k in range(h + 1, min(end, h + 2 + OWN_ADJECTIVES)):
        word = toks[k].text
        iso = nisba.get(toks[k].norm_key)  # (a country's adjective is no noun in construct: the object may follow)
        after = "" if n_def or iso is not None or k + 1 >= end else toks[k + 1].text
        if nkey(word).startswith("و") or nkey(word).startswith("ال") != n_def or not adjective_of(noun, word, after):
            return None
        if iso is not None:
            return iso, k
    return None


def _object_after(doc: Doc, ev: Event, at: int) -> bool:
    """Whether the event's target (an unnamed phrase, or a named one's mention in its sentence) starts at or after
    character ``at``."""
    span = ev.attrs.get("target_span")
    if isinstance(span, list) and len(span) == 2:
        return bool(span[0] >= at)
    target = doc.entity(ev.target)
    return target is not None and any(at <= m.start < ev.sentence.end for m in target.mentions)


def _doer(doc: Doc, ev: Event) -> Entity | None:
    """The country that does the verb of force ``ev`` through its weapon subject (module docstring), else None."""
    v = doc.token_at(ev.trigger.end - 1)
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    if v is None or v + 2 >= end:
        return None
    got = weapon_country(doc, v + 1, end)
    if got is None or not _object_after(doc, ev, doc.tokens[got[1]].end):
        return None
    span = ev.attrs.get("source_span")
    if isinstance(span, list) and span and span[0] == doc.tokens[v + 1].start and \
            nkey(doc.tokens[v + 1].text).removeprefix("ال") in fw("gentilic_doer_heads"):
        return None  # (the groups stage names the doer phrase: «طائرة حربية روسية», RUSMIL)
    adj = doc.tokens[got[1]]
    return force_country(doc, got[0]) or make_country(doc, got[0], adj.start, adj.end)


def weapon_nations(doc: Doc, events: list[Event]) -> None:
    """Give a verb of force with no source the country of its weapon subject's adjective (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "V" or not ev.code.startswith(FORCE):
            continue
        ent = _doer(doc, ev)
        if ent is not None and ent.id != ev.target:
            ev.source = ent.id
            ev.attrs["source_national"] = "weapon"
