"""Round dt363: a past act retold in what a statement says, with no time of its own, takes no date (run by the
``events`` stage after the passes that date acts from the story).

«وأعلن التنظيم مسؤوليته، وقال إنه استولى على ذخيرة، مشيرا إلى أن مجموعة من مقاتليه اقتحمت بوابة الجيش», «وأعلنت
هيئة الدفاع خلال مؤتمر صحافي أمس أن الجبالي أمضى قرارا بتسليم المحمودي ما ترتب عنه تعذيبه»: the storming and the
torture are told by the statement as done, at a time it does not say; the statement's day, said («أمس») or the
article's, is only the latest day they may have been. A perfect verb trigger inside the content of a quote
(``doc.quotes``; not the cue of a statement itself, nor in the content of a word of attribution: «وبحسب مصادر،
أكدت أن») that is dated by the article's day by default (``date_default``) or by a day said before that content in
its sentence (``stated_day.statement_day``, ``said_when.said_days``), and by no time inside the content, loses that
date. A present or a future one («أكد أن بلاده ترفض», «سيزور») keeps the article's day, as an act outside a
statement does; a day the story told in a sentence before (``when.told_before``) is not the statement's. Not a verb
of agreeing («اتفقتا»: ``agreeing_words``): the outcome of the talks a statement is made at, of its day.
"""

from __future__ import annotations

from ..doc import Doc, Event, Quote
from .dating import _dated
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


def retelling(doc: Doc, ev: Event) -> Quote | None:
    """The quote in whose content the trigger of ``ev`` is a perfect verb, outside any quote's cue and not framed
    by :func:`_framing`; None where there is none, and for a verb of agreeing."""
    k = doc.token_at(ev.trigger.start)
    if ev.attrs.get("pos") != "V" or k is None:
        return None
    stem = past_conjunction(key_at(doc, k), 4)
    if (imperfect(stem, True) and stem not in past_keys()) or stem in fw_keys("agreeing_words"):
        return None
    start = ev.trigger.start
    if any(q.cue.start <= start < q.cue.end for q in doc.quotes):
        return None
    return next((q for q in doc.quotes if q.content.start <= start < q.content.end and not _framing(doc, q)), None)


def _told_day(doc: Doc, ev: Event, q: Quote) -> bool:
    """Whether the date of ``ev`` is the statement's: the article's day by default, or a time said before the content
    of ``q`` in the sentence; and no time inside that content gives it."""
    if any(q.content.start <= ts.start < q.content.end and _dated(ts.value) == ev.date for ts in doc.times):
        return False
    if ev.attrs.get("date_default") and ev.date == doc.date:
        return True
    return any(ev.sentence.start <= ts.start and ts.end <= q.content.start and _dated(ts.value) == ev.date
               for ts in doc.times)


def retold_undated(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, each past act retold in a statement (:func:`retelling`) dated by the statement's day
    (:func:`_told_day`) made undated (in place)."""
    for ev in events:
        if ev.date is not None and (q := retelling(doc, ev)) is not None and _told_day(doc, ev, q):
            ev.date = None
    return events
