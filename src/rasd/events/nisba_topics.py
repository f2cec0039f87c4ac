"""Round ev445: the country of a campaign of force that is its sentence's subject does that sentence's other strikes.

«وتركزت العمليات التركية حتى الآن على أهداف للحزب التي تعرضت لعشرات الغارات، فيما لم يعلن سوى عن ثلاث غارات»,
«بدأت الغارات التركية الأسبوع الماضي باستهداف مواقع»: a definite noun of a military campaign (function words
``force_topic_nouns``: «العمليات», «الغارات», «القصف») with a definite country adjective right after it
(«التركية»), opening the sentence or right after its opening verb, is what the sentence is about; a noun act of
military force (CAMEO 19) later in that sentence with no doer of its own, not even an unnamed phrase, is that
country's, where the article names the country (a country entity; an id is never made up, as in events.nationals), or
else its armed forces (the one body of the article with the country's MIL actor: «القوات المسلحة التركية»).
Not where the adjective is on another noun («وتعرضت المواقع التركية لقصف»: the target), nor on a noun after a
preposition («القصف على المواقع التركية»), nor where the campaign noun is an object further on («وأدانت أنقرة
الغارات الروسية»), nor for a killing or an arrest (CAMEO 18, 17: a country word there may be the victim's).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event, Token
from ..entities import gazetteer
from ..text.verb_gender import feminine_verb_strict
from .forms import fw_keys, nkey
from .gentilics import country_entity
from .word_tests import finite_verb

FORCE = "19"  # CAMEO: use conventional military force
VERB_LETTERS = 4  # letters of an opening verb of a feminine shape («بدأت»; not «تحت», a preposition)
MILITARY = "MIL"  # the actor sector of a state's armed forces


def force_country(doc: Doc, iso: str) -> Entity | None:
    """Who a country adjective names as the doer of an act of force («غارة جوية تركية»): the article's entity of the
    country (``gentilics.country_entity``), else the one body of the article that is that country's armed forces
    («القوات المسلحة التركية», TURMIL) where the article names no country entity; else None."""
    ent = country_entity(doc, iso)
    if ent is not None:
        return ent
    forces = [e for e in doc.entities if e.type == "ORGANIZATION" and e.actor == iso + MILITARY]
    return forces[0] if len(forces) == 1 else None


def _opening_verb(tok: Token) -> bool:
    """A finite verb (``word_tests.finite_verb``) or a word of a feminine verb's shape, past a clitic «و/ف», with no
    article («بدأت», «تواصل»: the campaign nouns are mostly feminine plurals, their verb agrees); round ev459: or a
    verb of the campaign going on or begun (function words ``campaign_opening_verbs``: «استمر القصف الروسي»)."""
    word = tok.text.removeprefix("و").removeprefix("ف")  # (the text, not the key: «بدأت», not «بدات» of a plural)
    shaped = len(word) >= VERB_LETTERS and not word.startswith("ال") and feminine_verb_strict(word)
    return finite_verb(tok) or shaped or nkey(word) in fw_keys("campaign_opening_verbs")


def _topic_country(doc: Doc, first: int, trigger: int) -> str | None:
    """The country (iso3) of the campaign noun and its adjective that open the sentence whose first token is
    ``first``, or follow its opening verb, before token ``trigger`` (module docstring); else None."""
    toks = doc.tokens
    for n in (first, first + 1):
        if n + 1 >= trigger:
            return None
        if n > first and not _opening_verb(toks[first]):
            return None  # (only the subject of the opening verb)
        adjective = toks[n + 1].norm_key
        if toks[n].norm_key.removeprefix("و") in fw_keys("force_topic_nouns") and adjective.startswith("ال"):
            iso = gazetteer.load().nisba.get(adjective)
            if iso is not None:
                return iso
    return None


def topic_sources(doc: Doc, events: list[Event]) -> None:
    """Give a noun act of military force with no source the country of its sentence's campaign subject (module
    docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") is not None or ev.attrs.get("pos") != "N" \
                or not ev.code.startswith(FORCE):
            continue
        first, trigger = doc.token_from(ev.sentence.start), doc.token_at(ev.trigger.start)
        iso = _topic_country(doc, first, trigger) if first is not None and trigger is not None else None
        ent = force_country(doc, iso) if iso is not None else None
        if ent is not None and ent.id != ev.target:
            ev.source = ent.id
            ev.attrs["source_national"] = "topic"
