"""Round ev582: the country of the people an act of force is done to, where the phrase names no group or body.

«أقدمت عصابة على إحراق عائلة فلسطينية», «حرق التنظيم للطيار الأردني», «استهداف مدرعة إسرائيلية»: an act of force
(CAMEO 18 to 20; not seizure, 192, whose «الحدود اللبنانية» is a place on one's own side) with no target, whose object
phrase (the one the argument rules left as text, or the bare genitive right after a masdar whose genitive is its
object: function words ``object_genitive_masdars``) has, within its first ``OBJECT_REACH`` words and before any
preposition, verb or clause break, a country adjective after a head noun or a people's plural: the act is done to
that country, where the article names it (``gentilics.country_entity``) and the source is not its own state.

Nothing where the phrase holds a name, or is a group of people the ``groups`` stage codes itself («الجنود اليمنيين»
YEMMIL, «آلاف الأفغان»: ``group_phrases.read_phrase``), nor after a masdar whose genitive is mostly its doer («هجوم
المستوطنين», «قصف الطائرات الإسرائيلية»).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span, Token
from ..entities import gazetteer
from .forms import fw, fw_keys, nkey
from .gentilics import country_entity, people_country
from .group_phrases import read_phrase
from .word_tests import clause_stop, finite_verb, mention_holding

FORCE_FAMILIES = ("18", "19", "20")  # assault, fight, mass violence
SEIZE = "192"  # occupy territory: its object is a place
OBJECT_REACH = 4  # words of an object phrase read for its country adjective («العشرات من السياح البريطانيين»)
GLUED = ("ب", "ل", "ك")  # glued prepositions
STATE_SECTORS = ("", "GOV", "MIL", "COP", "SPY", "JUD", "LEG")  # actor codes of a state's own bodies


def _object_masdar(word: str) -> bool:
    """«إحراق», «وقتل», «باغتيال»: a masdar whose bare genitive is its object (``object_genitive_masdars``)."""
    key = nkey(word)
    return key in fw_keys("object_genitive_masdars") or key[1:] in fw_keys("object_genitive_masdars")


def _object_span(doc: Doc, ev: Event) -> tuple[int, int] | None:
    """The character span of the act's object phrase: its target phrase, else a masdar's genitive up to the end of
    its sentence."""
    span = ev.attrs.get("target_span")
    if isinstance(span, list) and len(span) == 2:
        return span[0], span[1]
    if span is None and ev.attrs.get("pos") == "N" and _object_masdar(doc.text[ev.trigger.start : ev.trigger.end]):
        return ev.trigger.end, ev.sentence.end  # («إحراق عائلة فلسطينية»: the masdar's bare genitive)
    return None


def _glued_preposition(tok: Token) -> bool:
    """«بمخيم», «لدى»: a word with a glued «بـ/لـ/كـ», which opens a phrase of its own past the object's head."""
    w = tok.words
    return len(w) > 1 and any(x.kind == "proclitic" and x.form in GLUED for x in w[:-1])


def _phrase_country(doc: Doc, start: int, end: int) -> str | None:
    """The country of the head and adjective (or the people's plural) opening the phrase from ``start``."""
    first = doc.token_from(start)
    if first is None:
        return None
    nisba = gazetteer.load().nisba
    for k in range(first, min(len(doc.tokens), first + OBJECT_REACH)):
        tok = doc.tokens[k]
        if tok.start >= end or clause_stop(tok.text) or mention_holding(doc, k) is not None:
            return None
        if tok.norm_key in fw("prepositions") or finite_verb(tok) or k > first and _glued_preposition(tok):
            return None
        iso = (nisba.get(nkey(tok.text)) if k > first else None) or people_country(tok.text)
        if iso is not None:
            return iso
    return None


def _object_people(doc: Doc, ev: Event) -> str | None:
    """The id of the country whose people the act of force ``ev`` is done to (module docstring), or None."""
    if ev.code[:2] not in FORCE_FAMILIES or ev.code == SEIZE:
        return None
    span = _object_span(doc, ev)
    if span is None:
        return None
    iso = _phrase_country(doc, span[0], span[1])
    ent = country_entity(doc, iso) if iso is not None else None
    if ent is None or ent.id == ev.source or read_phrase(doc, Span(span[0], span[1])) is not None:
        return None
    src = doc.entity(ev.source)
    if src is not None and src.actor is not None and src.actor[:3] == iso and src.actor[3:] in STATE_SECTORS:
        return None  # (a state's own people: «قتل الجيش السوري مدنيين سوريين» is no act against Syria)
    return ent.id


def people_object_targets(doc: Doc, events: list[Event]) -> None:
    """Give an act of force with no target the country of the people it is done to (module docstring)."""
    for ev in events:
        if ev.target is not None:
            continue
        tid = _object_people(doc, ev)
        if tid is not None:
            ev.target = tid
            ev.attrs.pop("target_span", None)
            ev.attrs["target_people"] = True
