"""Round ev361: «أما X فقد أعلنت»: the topic «أما» sets up is the subject of the verb of its «فـ» clause.

««داعش» امتداد لجماعة الزرقاوي ...، أما «النصرة» فقد أعلنت رسميًا أنها تتبع لقيادة الظواهري»: a verb trigger
opening the «فـ» answer of «أما» («فأعلنت», «فقد أعلنت», «فإنها أعلنت»), right after the topic, a person or a body the
entity layer names (past quotation marks), is done by that topic: it replaces the source carried from the clause
before. The topic is at most ``TOPIC`` tokens long and nothing but the «فـ» word stands between it and the verb.

Nothing where a name or an unnamed subject read by the argument rules follows the verb (a VSO subject of its own:
«أما الاتفاق فقد أعلنه الرئيس فلان»), nor where the topic is no actor (a place, a thing: «أما في العراق فقد
أعلنت»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import QUOTE_MARKS
from .forms import nkey
from .source_set import name_party
from .word_tests import mention_holding

AMMA = nkey("أما")
FA_WORDS = frozenset(nkey(w) for w in ("فقد", "فإن", "فإنه", "فإنها", "فإنهم"))  # the «فـ» word before the verb
ACTORS = ("PERSON", "ORGANIZATION")
TOPIC = 6  # tokens from «أما» to the verb's «فـ» at most


def _topic(doc: Doc, k: int) -> str | None:
    """The actor named right after «أما» at or before the verb at token ``k`` (module docstring)."""
    n = k - 1
    if doc.tokens[k].norm_key.startswith("ف") and doc.tokens[k].words[0].kind == "proclitic":
        n = k  # («فأعلنت»: the «فـ» on the verb)
    elif n < 0 or doc.tokens[n].norm_key not in FA_WORDS:
        return None
    t = n - 1
    while t >= 0 and doc.tokens[t].text in QUOTE_MARKS:
        t -= 1
    m = mention_holding(doc, t) if t >= 0 else None
    ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
    if m is None or ent is None or ent.type not in ACTORS:
        return None
    first = doc.token_at(m.start)
    a = first - 1 if first is not None else -1
    while a >= 0 and doc.tokens[a].text in QUOTE_MARKS:
        a -= 1
    if a < 0 or doc.tokens[a].norm_key.removeprefix("و") != AMMA or n - a > TOPIC:
        return None
    return ent.id


def amma_topics(doc: Doc, events: list[Event]) -> None:
    """Give a verb of the «فـ» answer of «أما X» the topic X as its source (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k + 1 >= len(doc.tokens) or mention_holding(doc, k + 1) is not None:
            continue
        span = ev.attrs.get("source_span")
        if isinstance(span, list) and int(span[0]) >= ev.trigger.end:
            continue  # (an unnamed subject read after the verb: «فقد أعلنت وزارة ...»)
        eid = _topic(doc, k)
        if eid is None or eid == ev.source or eid == ev.target:
            continue
        name_party(ev, "source", eid)
        ev.attrs.pop("source_carried", None)
        ev.attrs["source_amma"] = True
