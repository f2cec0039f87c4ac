"""Round 161: «أقدم X على <act>»: the one who undertakes the act does it. «وأقدم متظاهرون على قطع الطريق
الدولية», «أقدمت عصابة إرهابية، فجر أمس، على إحراق منزل»: an event whose trigger stands right after «على», with a
verb of undertaking (function words ``undertaking_verbs``) before it in the sentence, has as its source the phrase
between that verb and the first comma or «على» after it: the entity named there, else that phrase (a source read
elsewhere, such as a word after a verb-read trigger, «الدولية», is dropped). Nothing where the verb has no phrase of
its own («ما أقدمت عليه القوات»: «عليه» is no «على» before a trigger), or the phrase is the event's target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .source_set import set_phrase
from .word_tests import clause_break, entity_at

REACH = 14  # tokens before «على» read for the verb
STOPS = ("،", ",")


def _doer_tokens(doc: Doc, on: int) -> tuple[int, int] | None:
    """The tokens of the phrase after a verb of undertaking that the «على» at token ``on`` completes."""
    verbs = fw_keys("undertaking_verbs")
    for v in range(on - 1, max(-1, on - REACH), -1):
        text = doc.tokens[v].text
        if clause_break(text):
            return None
        key = nkey(text)
        if key in verbs or key.startswith(("و", "ف")) and key[1:] in verbs:
            end = v + 1
            while end < on and doc.tokens[end].text not in STOPS:
                end += 1
            return (v + 1, end - 1) if end > v + 1 else None
    return None


def undertaken_sources(doc: Doc, events: list[Event]) -> None:
    """Give each act right after «على» of «أقدم X على» the doer X (module docstring)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 2 or doc.tokens[k - 1].norm_key != nkey("على"):
            continue
        span = _doer_tokens(doc, k - 1)
        if span is None:
            continue
        ent = next((e for t in range(span[0], span[1] + 1) if (e := entity_at(doc, t)) is not None), None)
        if ent is not None:
            if ent.id != ev.target:
                ev.source = ent.id
                ev.attrs.pop("source_text", None)
            continue
        ev.source = None
        start, end = doc.tokens[span[0]].start, doc.tokens[span[1]].end
        set_phrase(ev, "source", doc.text, start, end)
