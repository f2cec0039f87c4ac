"""Round ev371: a meeting of a body's ministers or leaders, told by its genitive, is that body's.

«أثناء اجتماع وزراء خارجية رابطة دول جنوب شرقي آسيا (آسيان)», «للمشاركة في اجتماع وزراء خارجية دول مجلس التعاون»:
a noun trigger of meeting or talks (CAMEO 03 to 06) with no source whose genitive, right after it, is a head of
members (function words ``meeting_member_heads``: «وزراء», «قادة», «زعماء»), then at most a portfolio word
(``portfolio_words``: «خارجية», «الدفاع») and «دول», and then (past a quotation mark) an organisation whose
mention starts there, has that organisation as its source: its members meet as it («عقد وزراء خارجية دول مجلس
التعاون اجتماعا» reads the same by the subject, :mod:`.member_subjects`).

Nothing where the name is no organisation («اجتماع وزراء خارجية مصر»: who meets whom is not said by this), where
it is the event's target, or where the genitive opens with no members' head («اجتماع لجنة ...»).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .arg_edges import phrase_span
from .forms import fw_keys, nkey
from .min_agents import past_act_noun
from .source_set import name_party
from .word_tests import entity_starting

FAMILIES = ("03", "04", "05", "06")
STATES = frozenset((nkey("دول"), nkey("الدول")))
MARKS = ("«", '"', "“")


def _member_body(doc: Doc, ev: Event) -> Entity | None:
    """The organisation whose members' meeting the event is (module docstring), or None."""
    k, last = past_act_noun(doc, ev), doc.token_at(ev.trigger.end - 1)
    toks = doc.tokens
    if k is None or last is None or k != last + 1:
        return None  # (the genitive right after the noun: «اجتماع وزراء», not «الاجتماع الوزاري لـ»)
    span = phrase_span(ev, "source")
    if span is not None and span[0] < toks[k].start:
        return None  # (a source phrase read before the noun stands)
    if toks[k].norm_key not in fw_keys("meeting_member_heads"):
        return None
    n = k + 1
    if n < len(toks) and toks[n].norm_key in fw_keys("portfolio_words"):
        n += 1
    if n < len(toks) and toks[n].norm_key in STATES:
        n += 1
    if n < len(toks) and toks[n].text in MARKS:
        n += 1
    ent = entity_starting(doc, n) if n < len(toks) else None
    if ent is None or ent.type != "ORGANIZATION" or ent.id == ev.target:
        return None
    return ent


def member_meetings(doc: Doc, events: list[Event]) -> None:
    """Give a meeting of a body's ministers or leaders that body as its source (module docstring)."""
    for ev in events:
        if ev.source is not None or not ev.code.startswith(FAMILIES):
            continue
        ent = _member_body(doc, ev)
        if ent is not None:
            name_party(ev, "source", ent.id)
