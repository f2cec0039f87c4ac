"""Round ev453: the adjective of a meeting noun is no party to the meeting. «ستدعو القيادة إلى اجتماع موسع لحل
مشكلة القيادة»: an unnamed target phrase that starts right after a meeting noun (function words
``convened_meetings``) with a word that agrees with it as its adjective («موسع», «طارئ», «ثلاثي»:
``object_adjectives.adjective_of``) describes the meeting and its purpose, never whom it meets; a genitive
(«اجتماع مسؤولي الحكومة») or a name («اجتماع طارئ لمجلس الأمن») is left as it was.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys
from .object_adjectives import adjective_of
from .source_set import drop_phrase


def adjective_target(doc: Doc, ev: Event) -> None:
    """Drop the target phrase of ``ev`` where it is the adjective of the meeting noun right before it."""
    span = ev.attrs.get("target_span")
    if ev.target is not None or not isinstance(span, list):
        return
    t = doc.token_at(span[0])
    if t is None or t < 1 or t + 1 >= len(doc.tokens):
        return
    noun = doc.tokens[t - 1]
    if noun.norm_key.removeprefix("ال") not in fw_keys("convened_meetings") and noun.norm_key not in fw_keys(
            "convened_meetings"):
        return
    if adjective_of(noun.text, doc.tokens[t].text, doc.tokens[t + 1].text):
        drop_phrase(ev, "target")
