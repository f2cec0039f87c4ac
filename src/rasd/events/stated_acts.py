"""Round dt363: a past act retold in what a statement says, dated by the article's day for want of a time, takes
no date (run by the ``events`` stage after the passes that date acts from the story).

«وأعلن التنظيم مسؤوليته، وقال إنه استولى على ذخيرة، مشيرا إلى أن مجموعة من مقاتليه اقتحمت بوابة الجيش»: the
storming is told by the statement as done, at a time it does not say, and the story tells no day for it; the
article's day is only the latest day it may have been. A perfect verb trigger inside the content of a quote
(``doc.quotes``, the cue's own words aside) still dated by default (``date_default``: ``dating.event_date`` found
no time for it, and no later pass, as ``said_when.said_days`` or ``conjuncts``, dated it) loses that date. A present
or a future one («أكد أن بلاده ترفض», «سيزور») and a noun keep the article's day, as an act outside a statement does.
"""

from __future__ import annotations

from ..doc import Doc, Event, Quote
from .forms import fw_keys
from .lexicon import past_keys
from .modality import imperfect
from .word_tests import key_at, past_conjunction


def _framing(doc: Doc, q: Quote) -> bool:
    """Whether the cue of ``q`` is a word of attribution («بحسب», «وفقا»: ``according_tails``): its content is the
    writer's own telling («وبحسب مصادر عسكرية، أكدت أن»), no statement retelling an act."""
    k = doc.token_at(q.cue.start)
    key = key_at(doc, k) if k is not None else ""
    return key in fw_keys("according_tails") or past_conjunction(key) in fw_keys("according_tails")


def retold_past(doc: Doc, ev: Event) -> bool:
    """Whether the trigger of ``ev`` is a perfect verb inside the content of a statement (not one framed by
    :func:`_framing`) and no cue of a statement itself, nor a verb of agreeing («اتفقتا»: ``agreeing_words``; the
    outcome of the talks a statement is made at, of its day)."""
    k = doc.token_at(ev.trigger.start)
    if ev.attrs.get("pos") != "V" or k is None:
        return False
    stem = past_conjunction(key_at(doc, k), 4)
    if (imperfect(stem, True) and stem not in past_keys()) or stem in fw_keys("agreeing_words"):
        return False
    start = ev.trigger.start
    if any(q.cue.start <= start < q.cue.end for q in doc.quotes):
        return False
    return any(q.content.start <= start < q.content.end and not _framing(doc, q) for q in doc.quotes)


def retold_undated(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, each factual past act retold in a statement (:func:`retold_past`) that is still dated by the
    article's day by default made undated (in place)."""
    for ev in events:
        if ev.date is not None and ev.date == doc.date and ev.attrs.get("date_default") and retold_past(doc, ev):
            ev.date = None
    return events
