"""A country named only by its adjective or its people as the one who acts, where an event has no source.

«الغارات الجوية التركية على قواعد للمتمردين», «ونددت بالاقتحام العراقي», «دعوة أميركية لوقف البناء»: a noun trigger (or
a verb's form right after a preposition only a noun follows: «إلى وعد تركي») with no source, then (past at most two
adjectives of its own: «الضربات العسكرية التركية») a country adjective that agrees with it (definite with a definite
noun, feminine with a feminine one: ``object_adjectives.adjective_of``) names the country that does the act, where the article
names that country (a country entity; an id is never made up). The adjective must qualify the trigger noun itself: a
noun between («الأراضي السورية», «على المواقع التركية») makes it another's, and the walk stops there. Only acts a state
does (the acts of force whose adjective names their doer, ``objects.NATIONAL_ACTS``, and the trigger ids of
``nisba_doer_acts``: a call, a charge, a protest, a visit, a siege): after a killing or an arrest a country word may be
the victim («مقتل أمريكي»), a war, a revolution or an election is only where it happens («الحرب السورية»), and talks are
among its people («المشاورات الليبية»); with two adjectives («المحادثات الأمريكية الإيرانية») talks are the first
country's with the second.

«بعد سيطرة العراقيين على تلفزيون الكويت»: a noun trigger whose source phrase (the genitive the argument rules read
as its agent) is a people's plural alone is that people's country, where the article names it.

Round ev445: for an act of force, where the article names no country entity, the one body of the article that is the
country's armed forces («القوات المسلحة التركية», TURMIL: ``nisba_topics.force_country``) does it.

Nothing where the country is already the event's target, or where the trigger carries a possessive pronoun
(«قصفه التركي»: the pronoun's owner acts).

Then :func:`.homelands.homeland_parties`: the country of a doer phrase's adjective («وحدة عسكرية أمريكية بقتل») and of
«بلاده» (round 101).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .chunks import enclitic
from .forms import fw, nkey
from .gentilics import country_entity, people_country
from .homeland_genitive import homeland_genitives
from .homelands import homeland_parties
from .nisba_topics import force_country, topic_sources
from .objects import NATIONAL_ACTS, adjective_of, bare_definite
from .weapon_nations import weapon_nations

OWN_ADJECTIVES = 2  # adjectives of the trigger's own before the country's («الغارات الجوية الأخيرة التركية»)
TALKS = ("04",)  # consult: one adjective is the talks' own people, two are its sides


def _country_of(word: str) -> str | None:
    """The country (iso3) of a bare country adjective («التركية», «أميركية»), no clitic before it."""
    return gazetteer.load().nisba.get(nkey(word))


def _doer_act(ev: Event) -> bool:
    tid = str(ev.attrs.get("trigger_id", ""))
    return tid in NATIONAL_ACTS or tid in fw("nisba_doer_acts")


def _after_preposition(doc: Doc, ev: Event) -> bool:
    """A verb's form right after a preposition only a noun follows («مشيرا إلى وعد تركي»): a masdar."""
    t = doc.token_at(ev.trigger.start)
    return t is not None and t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in fw("noun_only_prepositions")


def _adjective_countries(doc: Doc, ev: Event) -> list[str]:
    """The countries of the adjectives that qualify the noun trigger (module docstring), in order."""
    toks = doc.tokens
    head = doc.token_at(ev.trigger.start)
    first = doc.token_from(ev.trigger.end)
    if head is None or first is None or enclitic(toks[head]):
        return []
    noun = toks[head].text
    n_def = bare_definite(noun)[0]
    end = doc.token_from(ev.sentence.end) or len(toks)
    found: list[str] = []
    own = 0
    k = first
    while k < end and len(found) < 2:
        word = toks[k].text
        if nkey(word).startswith("و") and not found:
            return []  # («وتركية»: a coordinated word, no adjective of the trigger)
        w_def = nkey(word).startswith("ال")
        after = "" if n_def or k + 1 >= end else toks[k + 1].text
        if w_def != n_def or not adjective_of(noun, word, after):
            break
        iso = _country_of(word)
        if iso is None:
            if found or own == OWN_ADJECTIVES:
                break
            own += 1
        else:
            found.append(iso)
        k += 1
    return found


def _people_source(doc: Doc, ev: Event) -> str | None:
    """The country of a noun trigger's source phrase that is a people's plural alone («سيطرة العراقيين على»)."""
    span = ev.attrs.get("source_span")
    if ev.attrs.get("pos") != "N" or not isinstance(span, list) or len(span) != 2:
        return None
    words = doc.text[span[0] : span[1]].split()
    return people_country(words[0]) if len(words) == 1 else None


def _set_source(doc: Doc, ev: Event, iso: str, how: str) -> bool:
    """Make the country ``iso`` the source of ``ev``; for an act of force, its armed forces where the article names
    no country entity (round ev445: ``nisba_topics.force_country``)."""
    ent = force_country(doc, iso) if str(ev.attrs.get("trigger_id", "")) in NATIONAL_ACTS else country_entity(doc, iso)
    if ent is None or ent.id == ev.target:
        return False
    ev.source = ent.id
    ev.attrs["source_national"] = how
    return True


def _source_of(ev: Event) -> str | None:
    """``ev.source`` read afresh: the loop below narrowed it to None before ``_set_source`` set it (mypyc checks
    the narrowed type at run time)."""
    return ev.source


def national_sources(doc: Doc, events: list[Event]) -> None:
    """Give a noun trigger with no source the country its adjective or its people's plural names (module
    docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N" and not _after_preposition(doc, ev):
            continue
        iso = _people_source(doc, ev)
        if iso is not None and _set_source(doc, ev, iso, "people"):
            continue
        talks = ev.code.startswith(TALKS)
        if not talks and not _doer_act(ev):
            continue
        isos = _adjective_countries(doc, ev)
        if not isos or talks and (len(isos) < 2 or isos[0] == isos[1]):
            continue
        if _set_source(doc, ev, isos[0], "adjective") and talks:
            other = country_entity(doc, isos[1])
            if ev.target is None and other is not None and other.id != _source_of(ev):
                ev.target = other.id
                ev.attrs.pop("target_span", None)
    homeland_genitives(doc, events)  # round 229: «إدانة بلاده», «مفاوضات بلاده»: the country's own act
    homeland_parties(doc, events)  # «قوات أميركية بقصف», «إن بلاده ستواصل شن الغارات»: the doer's country
    weapon_nations(doc, events)  # ev459: «قتلت غارة جوية أميركية الزرقاوي»: the weapon's country
    topic_sources(doc, events)  # ev445: «وتركزت العمليات التركية ... عن ثلاث غارات»: the subject's country
