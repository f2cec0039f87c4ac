"""Round gr423: agreeing on a view expresses accord (CAMEO 019), not an intent to cooperate (03).

«وقد اتفق الجانبان المصري واليمني على ذلك» (on what was just said), «اتفق مع شكري على أهمية أن تكون الانتخابات
حرة», «ويتفقان على نفس الرؤية»: an event of the verb «اتفق» (entry ``agree``) whose «على» (the first after the verb,
within ``lexicon.NEAR_WINDOW`` words, no sentence end between) is followed by a word of a view (function words
``accord_objects``: «ذلك», «أهمية», «ضرورة», «الرؤية», «الموقف»...) shares an opinion: code 019. «اتفقوا على تطوير
التعاون», «اتفقتا على بحث فرص», «اتفق المجتمعون على ألا تكون هناك حملة» (an act to do) stay 030. («اتفق على أنّ» + a
nominal clause is a view shared, no event at all: ``nonevents._view_agreed``, round 49.)

Run once the events are made (:func:`~rasd.events.passes.made_passes`): the code alone changes; the parties, place
and day stay those the agreement was read with.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .lexicon import NEAR_WINDOW
from .trigger_table import plover_of
from .word_tests import clause_break

ACCORD = "019"  # express accord
AGREE_ENTRY = "agree"


def _on_a_view(doc: Doc, ev: Event) -> bool:
    """Whether the «على» after the verb of ``ev`` is followed by a word of a view (see the module)."""
    k = doc.token_at(ev.trigger.start)
    if k is None:
        return False
    end = doc.token_at(ev.sentence.end - 1)
    b = len(doc.tokens) if end is None else end + 1
    for t in range(k + 1, min(b, k + 1 + NEAR_WINDOW)):
        if clause_break(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key == nkey("على"):
            return t + 1 < b and nkey(doc.tokens[t + 1].text) in fw_keys("accord_objects")
    return False


def accord_codes(doc: Doc, events: list[Event]) -> None:
    """Recode each agreement of ``events`` on a view as accord expressed (see the module)."""
    for ev in events:
        if ev.attrs.get("trigger_id") == AGREE_ENTRY and ev.attrs.get("pos") == "V" and _on_a_view(doc, ev):
            ev.code, ev.plover = ACCORD, plover_of(ACCORD)


__all__ = ["accord_codes"]
