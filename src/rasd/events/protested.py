"""Whom a protest is aimed at, said by a later «احتجاجا على» clause: the doer of the act or conduct it protests.

«وتظاهر عشرات الأكراد ... مساء السبت، احتجاجا على الغارات الجوية التركية», «يقتحمون الوزارة احتجاجا على سياسة
الصين»: a protest (CAMEO 14) with no target, with a word of protesting against (function words
``protest_against_words``: «احتجاجا», «للاحتجاج», «اعتراضا») and «على» after it in its sentence, before any clause
break, is aimed at whoever does the act or holds the conduct whose noun follows «على» (``criticised.doer_at``: a name in
its genitive, a country adjective of its own, «التي صدرت عن X»).

Round 280: the protest noun itself («احتجاجا على الغارات الجوية التركية على أهداف لحزب العمال»), with «على» right
after it, is aimed at that doer too, in place of a party the argument rules read past the act noun (the raids'
target, PKK): the doer of the raids, Turkey (:func:`_own_against`).

Nothing where «على» governs no act or conduct («احتجاجا على انقطاع الكهرباء»: no one named), or where its doer is
the protest's own side.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .criticised import doer_at
from .forms import bare, fw, nkey
from .source_set import name_party
from .word_tests import clause_break

PROTEST = "14"
ON = ("على", "علي")


def _against(doc: Doc, ev: Event, end: int) -> int | None:
    """The token after «على» of the first «احتجاجا على» after the trigger, before a clause break."""
    k = doc.token_from(ev.trigger.end)
    while k is not None and k + 2 < end:
        text = doc.tokens[k].text
        if clause_break(text):
            return None
        if bare(nkey(text), "protest_against_words") in fw("protest_against_words"):
            return k + 2 if doc.tokens[k + 1].norm_key in ON else None
        k += 1
    return None


def _own_against(doc: Doc, ev: Event, end: int) -> int | None:
    """The token after «على» right after the event's own trigger where it is a word of protesting against
    («احتجاجا على»), else None."""
    k = doc.token_at(ev.trigger.start)
    if k is None or k + 2 >= end or bare(doc.tokens[k].norm_key, "protest_against_words") not in fw(
            "protest_against_words"):
        return None
    return k + 2 if doc.tokens[k + 1].norm_key in ON else None


def protested_targets(doc: Doc, events: list[Event]) -> None:
    """Give a protest with no target the doer of what its «احتجاجا على» clause protests (module docstring)."""
    for ev in events:
        if not ev.code.startswith(PROTEST):
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if ev.target is not None:
            k = _own_against(doc, ev, end)  # round 280: «احتجاجا على الغارات التركية على أهداف لحزب»: Turkey
            tid = doer_at(doc, ev, events, k, end) if k is not None else None
            if tid is not None and tid != ev.source and tid != ev.target:
                ev.target = tid
                ev.attrs["target_protested"] = True
            continue
        k = _against(doc, ev, end)
        tid = doer_at(doc, ev, events, k, end) if k is not None else None
        if tid is not None:
            name_party(ev, "target", tid)
            ev.attrs["target_protested"] = True
