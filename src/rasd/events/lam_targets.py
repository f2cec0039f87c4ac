"""Round ev371: whom an act noun of disapproval or threat is directed at, told by «لـ», «إلى» or «ضد» after it.

«ووجهت المنظمات انتقادات لاذعة لوزير الخارجية الفرنسي فلان», «ووجهت الولايات المتحدة انتقادات إلى روسيا»,
«اتهامات ضد قطر»: a noun trigger of criticising, denouncing or accusing, rejecting or threatening (CAMEO 11, 12, 13)
with no target, followed right away (past its own adjectives, :func:`.min_agents.past_act_noun`) by «إلى» or «ضد»
and a name, or by a word with a glued «لـ» that a name starts in («لروسيا», «للحكومة التركية»), has that one as its
target (past a participle of directing, ``directed_participles``: «الاتهام الموجه لفلان»): a person (also past a
title, «لوزير الخارجية الفرنسي فلان»: :func:`.min_agents.titled_person`), an organisation, or a place that acts (an
actor code: a state). An unnamed target phrase read there gives way.

Nothing for acts of force («هجوم لحزب العمال»: the «لـ» of the doer), for a verb trigger, where a word of another
kind stands between («انتقادات في حديث لصحيفة»: where it was said), or where the one named is the source.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .arg_edges import phrase_span
from .forms import fw_keys, nkey
from .min_agents import past_act_noun, titled_person
from .source_set import name_party
from .word_tests import entity_starting, entity_within

FAMILIES = ("11", "12", "13")
TOWARD = frozenset(nkey(w) for w in ("إلى", "الى", "ضد"))
LAM_WIDTH = 2  # characters of a glued «ل»/«لل» before the name inside the token


def lam_named(doc: Doc, k: int) -> Entity | None:
    """The entity whose mention starts inside token ``k`` right past its glued «ل» («لروسيا», «للحكومة»)."""
    tok = doc.tokens[k]
    if not tok.words or tok.words[0].kind != "proclitic" or nkey(tok.words[0].form) != nkey("ل"):
        return titled_person(doc, k) if tok.norm_key[:1] == "ل" else None
    ent = entity_within(doc, k)
    if ent is None or not any(tok.start < m.start <= tok.start + LAM_WIDTH for m in ent.mentions):
        return titled_person(doc, k)
    return ent


def _addressee(doc: Doc, ev: Event) -> Entity | None:
    """The one the act noun is directed at (module docstring), or None."""
    k = past_act_noun(doc, ev)
    if k is None:
        return None
    toks = doc.tokens
    if toks[k].norm_key in fw_keys("directed_participles") and k + 2 < len(toks):
        k += 1  # («الاتهام الموجه لنتنياهو»: directed at him)
    if toks[k].norm_key in TOWARD:
        ent = entity_starting(doc, k + 1) or titled_person(doc, k + 1)
    else:
        ent = lam_named(doc, k)
    if ent is None or ent.id == ev.source:
        return None
    if ent.type in ("PERSON", "ORGANIZATION") or ent.type == "LOCATION" and ent.actor:
        span = phrase_span(ev, "target")
        mentions = [m for m in ent.mentions if toks[k].start <= m.start]
        if span is None or any(span[0] <= m.start < span[1] for m in mentions):
            return ent
    return None


def lam_targets(doc: Doc, events: list[Event]) -> None:
    """Give an act noun of disapproval or threat the one it is directed at as its target (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(FAMILIES):
            continue
        ent = _addressee(doc, ev)
        if ent is not None:
            name_party(ev, "target", ent.id)
