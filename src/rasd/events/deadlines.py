"""The one a deadline is given to does the act it is given for.

«وأمام الكونغرس حتى 17 سبتمبر لقبول الاتفاق أو رفضه», «أمام المجلس مهلة حتى نهاية الشهر للرد»: «أمام X» (function words
``deadline_openers``), a named party right after it, then within a few words «حتى» (``deadline_until``) and, still in
the clause, an act with «لـ» on it («لقبول», «للرد»): X has until then to do it. An event with no source whose trigger
is that act, or the act after it joined by «أو/و» («لقبول أو رفض»), takes X as its source.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .word_tests import clause_stop

UNTIL_REACH = 4  # tokens from the party's name to «حتى» («مهلة» may stand between)
ACT_REACH = 8  # tokens from «حتى» to the act with «لـ» (the date between)


def _party_at(doc: Doc, k: int) -> tuple[str, int] | None:
    """The entity of the mention starting at token ``k`` and the token after it, else None."""
    tok = doc.tokens[k]
    m = next((m for m in doc.mentions if m.start == tok.start and m.entity is not None), None)
    if m is None or m.entity is None:
        return None
    after = doc.token_from(m.end)
    return (m.entity, after if after is not None else len(doc.tokens))


def _given_to(doc: Doc, ev: Event) -> str | None:
    """The party given a deadline for the act of ``ev`` (module docstring), else None."""
    t = doc.token_at(ev.trigger.start)
    start = doc.token_from(ev.sentence.start)
    if t is None or start is None:
        return None
    toks = doc.tokens
    act = t
    if not toks[act].norm_key.startswith("ل") and act - 2 >= start and toks[act - 1].norm_key in ("او", "و"):
        act -= 2  # «لقبول أو رفض»: the first act carries the «لـ»
    if not toks[act].norm_key.startswith("ل"):
        return None
    for k in range(act - 1, max(start, act - ACT_REACH) - 1, -1):
        if clause_stop(toks[k].text):
            return None
        if toks[k].norm_key not in fw("deadline_until"):
            continue
        for o in range(k - 1, max(start, k - UNTIL_REACH - 2) - 1, -1):
            if clause_stop(toks[o].text):
                return None
            if toks[o].norm_key.removeprefix("و") in fw("deadline_openers"):
                party = _party_at(doc, o + 1) if o + 1 < k else None
                if party is None or k - party[1] > UNTIL_REACH:
                    return None
                return party[0]
        return None
    return None


def deadline_sources(doc: Doc, events: list[Event]) -> None:
    """Give an act a deadline is given for the party it is given to, where it has no source (module docstring)."""
    for ev in events:
        if ev.source is not None:
            continue
        party = _given_to(doc, ev)
        if party is not None and party != ev.target:
            ev.source = party
            ev.attrs["source_deadline"] = True
