"""Round ev371: a meeting of a body's ministers or leaders, told by its genitive, is that body's.

«أثناء اجتماع وزراء خارجية رابطة دول جنوب شرقي آسيا (آسيان)», «للمشاركة في اجتماع وزراء خارجية دول مجلس التعاون»:
a noun trigger of meeting or talks (CAMEO 03 to 06) with no source whose genitive, right after it, is a head of
members (function words ``meeting_member_heads``: «وزراء», «قادة», «زعماء»), then at most a portfolio word
(``portfolio_words``: «خارجية», «الدفاع») and «دول», and then (past a quotation mark) an organisation whose
mention starts there, has that organisation as its source: its members meet as it («عقد وزراء خارجية دول مجلس
التعاون اجتماعا» reads the same by the subject, :mod:`.member_subjects`).

Nothing where the name is no organisation («اجتماع وزراء خارجية مصر»: who meets whom is not said by this), where
it is the event's target, or where the genitive opens with no members' head («اجتماع لجنة ...»).
Round ev435: a plural honorific before the head is read past (function words ``plural_honorifics``: «اجتماع أصحاب
السمو والمعالي وزراء خارجية دول مجلس التعاون»).

Round ev435: such an event's unnamed source or target phrase that opens with a members' head, bare or in «و»,
with the organisation right after it (past a portfolio word, «دول» or «في»): «الاجتماع المشترك بين وزراء خارجية دول
مجلس التعاون الخليجي ووزير الخارجية الأميركي» (source the GCC), «مباحثات بين الوزير فلان ووزراء الخارجية في مجلس
التعاون الخليجي» (target the GCC), is that organisation too; not «ووزراء الخارجية في مصر» (a country).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.marks import OPEN_QUOTES
from .arg_edges import phrase_span
from .forms import fw_keys, nkey
from .min_agents import past_act_noun
from .source_set import name_party
from .word_tests import entity_starting

FAMILIES = ("03", "04", "05", "06")
STATES = frozenset((nkey("دول"), nkey("الدول")))
AT = nkey("في")
AND = "و"


def _member_body(doc: Doc, ev: Event) -> Entity | None:
    """The organisation whose members' meeting the event is (module docstring), or None."""
    k, last = past_act_noun(doc, ev), doc.token_at(ev.trigger.end - 1)
    toks = doc.tokens
    if k is None or last is None or k != last + 1:
        return None  # (the genitive right after the noun: «اجتماع وزراء», not «الاجتماع الوزاري لـ»)
    span = phrase_span(ev, "source")
    if span is not None and span[0] < toks[k].start:
        return None  # (a source phrase read before the noun stands)
    while toks[k].norm_key in fw_keys("plural_honorifics") and k + 1 < len(toks):
        k += 1  # round ev435: «اجتماع أصحاب السمو والمعالي وزراء خارجية دول مجلس التعاون»
    if toks[k].norm_key not in fw_keys("meeting_member_heads"):
        return None
    ent = _body_after(doc, k + 1, False)
    return None if ent is None or ent.id == ev.target else ent


def _body_after(doc: Doc, n: int, at: bool) -> Entity | None:
    """The organisation named after a members' head right before token ``n``: past at most a portfolio word,
    «دول» and (with ``at``) «في», and a quotation mark; None where none starts there."""
    toks = doc.tokens
    if n < len(toks) and toks[n].norm_key in fw_keys("portfolio_words"):
        n += 1
    if n < len(toks) and toks[n].norm_key in STATES:
        n += 1
    if at and n < len(toks) and toks[n].norm_key == AT:
        n += 1
    if n < len(toks) and toks[n].text in OPEN_QUOTES:
        n += 1
    ent = entity_starting(doc, n) if n < len(toks) else None
    return ent if ent is not None and ent.type == "ORGANIZATION" else None


def _phrase_body(doc: Doc, ev: Event, role: str) -> Entity | None:
    """Round ev435: the event's unnamed ``role`` phrase opens with a members' head, bare or in «و» («بين وزراء
    خارجية دول مجلس التعاون الخليجي ووزير الخارجية الأميركي», «بين الوزير فلان ووزراء الخارجية في مجلس التعاون»):
    the organisation named right after it (its portfolio, «دول» or «في» between), else None."""
    span = phrase_span(ev, role)
    k = doc.token_at(span[0]) if span is not None else None
    if k is None:
        return None
    key, heads = doc.tokens[k].norm_key, fw_keys("meeting_member_heads")
    if key not in heads and not (key.startswith(AND) and key[1:] in heads):
        return None
    return _body_after(doc, k + 1, True)


def member_meetings(doc: Doc, events: list[Event]) -> None:
    """Give a meeting of a body's ministers or leaders that body as its source (module docstring)."""
    for ev in events:
        if ev.source is not None or not ev.code.startswith(FAMILIES):
            continue
        ent = _member_body(doc, ev)
        if ent is not None:
            name_party(ev, "source", ent.id)
    for ev in events:  # round ev435: a party phrase of a body's ministers is the body
        if not ev.code.startswith(FAMILIES):
            continue
        for role, other in (("source", ev.target), ("target", ev.source)):
            if getattr(ev, role) is not None:
                continue
            ent = _phrase_body(doc, ev, role)
            if ent is not None and ent.id != other:
                name_party(ev, role, ent.id)
