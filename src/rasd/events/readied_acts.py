"""Round au1021: the doer of an act that a verb of readying, planning or seeking governs with «لـ/إلى».

«ويستعد نشطاء آخرون لتنظيم مظاهرات يوم الجمعة», «ويسعى الجيش للسيطرة على المدينة», «ويخطط المتمردون لشن هجوم»,
«وتستعد الفصائل المسلحة لشن هجوم»: a noun event with no source (named or phrase), governed by «لـ» or «إلى» (on the
trigger itself, or on a light masdar right before it: ``pushed_doers.act_marker``; or «لـ/إلى الخروج في» right
before it: «للخروج في مظاهرة») after a verb of readying, planning, seeking or resorting (function words
``readying_verbs``: «استعد، تأهب، خطط، سعى، عمد، لجأ، اضطر») in its clause, is done by that verb's subject, read as
``governed_acts`` reads the subject of «قام بـ»: the entity or unnamed phrase of people or of a body between the
verb and the marker («يستعد ناشطون مدنيون للخروج»), else the entity ending right before the verb («إن الجيش يسعى
للسيطرة»). Nothing where the subject found is the event's target, or a phrase that names no people or body
(«يسعى الحوار إلى التوصل»).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import nkey
from .governed_acts import governing_verb, usable_subject, verb_subject
from .pushed_doers import act_marker
from .source_set import name_party, set_phrase

OUTING = frozenset(nkey(w) for w in ("للخروج", "الخروج", "والخروج"))  # «للخروج في مظاهرة», «إلى الخروج في»
IN_WORD = nkey("في")
TO_WORD = nkey("إلى")


def _outing_marker(doc: Doc, k: int) -> int | None:
    """«للخروج في مظاهرة», «إلى الخروج في مظاهرة»: the «لـ/إلى» of the going out in which the act at ``k`` is held."""
    if k < 2 or doc.tokens[k - 1].norm_key != IN_WORD or doc.tokens[k - 2].norm_key not in OUTING:
        return None
    if doc.tokens[k - 2].norm_key.startswith("لل"):
        return k - 2
    return k - 3 if k >= 3 and doc.tokens[k - 3].norm_key == TO_WORD else None


def readied_acts(doc: Doc, events: list[Event]) -> None:
    """Give an act governed by «يستعد/يسعى/يخطط ... لـ/إلى» with no source the verb's subject (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "N" or ev.source is not None or ev.attrs.get("source_text"):
            continue
        k = doc.token_at(ev.trigger.start)
        lo = doc.token_at(ev.sentence.start)
        if k is None or lo is None:
            continue
        m = act_marker(doc, k)
        if m is None:
            m = _outing_marker(doc, k)
        v = governing_verb(doc, m, lo, "readying_verbs") if m is not None else None
        if m is None or v is None:
            continue
        who = usable_subject(doc, ev, verb_subject(doc, v, m, lo))
        if isinstance(who, Entity):
            name_party(ev, "source", who.id)
        elif who is not None:
            set_phrase(ev, "source", doc.text, who.start, who.end)
