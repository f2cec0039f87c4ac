"""Round ev307: an unnamed source close to someone is not that someone.

«لكن مصدرا مقربا من دوستم ينفي ذلك», «وأكدت مصادر مقربة من الحكومة أن»: a verb whose subject is a source noun
(function words ``source_heads``: «مصدر», «مصادر», «مسؤول») with an affiliation word after it (``affiliations``:
«مقرب», «موال», «تابع») and «من» + a name, right before the verb, is done by the unnamed source, not by the one
named in the «من» phrase: the event keeps the whole phrase as its unnamed source («مصدرا مقربا من دوستم»), no
entity. Not where the name itself opens the subject («دوستم ينفي»), nor with a name between the phrase and the
verb that is not the «من» name's mention.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .source_set import set_phrase
from .word_tests import key_at, past_conjunction

OF = nkey("من")
NAME_WORDS = 5  # words of the «من» name at most


def _key(doc: Doc, t: int) -> str:
    """Token ``t``'s key, a tanwin «ا» off («مصدرا» → «مصدر», «مقربا» → «مقرب»), «و/ف» off."""
    k = past_conjunction(key_at(doc, t))
    return k[:-1] if k.endswith("ا") and len(k) > 3 else k


def _close_phrase(doc: Doc, ev: Event) -> tuple[int, int] | None:
    """The characters of «مصدرا مقربا من X» where X is the event's source entity named right before its verb."""
    t = doc.token_at(ev.trigger.start)
    ent = next((e for e in doc.entities if e.id == ev.source), None)
    if t is None or ent is None:
        return None
    u = t - 1
    while u >= 0 and t - u <= NAME_WORDS and any(m.start <= doc.tokens[u].start < m.end for m in ent.mentions):
        u -= 1
    if u == t - 1 or u < 2 or doc.tokens[u].norm_key != OF:
        return None
    if _key(doc, u - 1) not in fw_keys("affiliations") or _key(doc, u - 2) not in fw_keys("source_heads"):
        return None
    return doc.tokens[u - 2].start, doc.tokens[t - 1].end


def close_sources(doc: Doc, events: list[Event]) -> None:
    """Give a verb whose subject is «مصدر مقرب من X» that phrase as its unnamed source, not X (module docstring)."""
    for ev in events:
        if ev.source is None or ev.attrs.get("pos") != "V":
            continue
        span = _close_phrase(doc, ev)
        if span is None:
            continue
        ev.source = None
        set_phrase(ev, "source", doc.text, span[0], span[1])
