"""Round 281: an act named again takes the day the article gives it elsewhere.

- :func:`topic_retold`: a topic noun that names an act the article told before takes that act's day (see
  ``described_acts.topic_noun``, which leaves a noun after «بشأن/حول/بخصوص» undated).

«ودانت الجامعة العربية أول من أمس القصف التركي» then «تحفظ قطر على البيان الصادر ... بشأن استنكار جامعة الدول
العربية للقصف التركي»: what a statement is about is mostly a kind of act, of no day («منقسمة بشأن محادثات السلام»);
but where its doer and the one it is done to are those of an act of the same code told earlier in the article with a
day of its own (not the article's day given by default), it is that act named again, and takes its day.

- :func:`body_dated`: «تحفظت قطر على موقف الجامعة العربية، التي استنكرت القصف التركي» (a lead with no time), then
  «ودانت الجامعة العربية أول من أمس القصف التركي»: a lead or a summary names an act that the next sentences tell
  with its day; an act with no time in its sentence (dated by default) whose doer and the one it is done to are
  those of an act of the same code told in one of the ``NEXT_SENTENCES`` sentences after it with a day of its own
  is that act, and takes its day.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .attached import default_day
from .forms import fw_keys, nkey
from .described_acts import NOT_TOPIC
from .modality import FACTUAL

NEXT_SENTENCES = 2  # sentences after a default-dated act where the same act may be told with its day


def _after_topic_word(doc: Doc, ev: Event) -> bool:
    """Is the word right before ``ev``'s trigger a topic preposition (``topic_prepositions`` but «عن»)?"""
    k = doc.token_at(ev.trigger.start)
    if k is None or k == 0:
        return False
    key = doc.tokens[k - 1].norm_key
    return key in fw_keys("topic_prepositions") and key not in NOT_TOPIC


def topic_retold(doc: Doc, events: list[Event]) -> None:
    """Each factual undated noun act right after a topic preposition, with a source and a target, takes the date of
    the last act before it of the same code, source and target dated by a time of its own (a day)."""
    default = default_day(doc)
    for ev in events:
        if ev.date is not None or ev.modality not in FACTUAL or ev.attrs.get("pos") != "N" \
                or ev.source is None or ev.target is None or not _after_topic_word(doc, ev):
            continue
        before = [o for o in events if o.trigger.end <= ev.trigger.start and _same_act(ev, o, default)]
        if before:
            ev.date = max(before, key=lambda o: o.trigger.start).date


def _same_act(ev: Event, o: Event, default: str | None) -> bool:
    """Is ``o`` a factual act of ``ev``'s code, source and target, dated by a day of its own (not ``default``)?"""
    return o.code == ev.code and o.source == ev.source and o.target == ev.target and o.modality in FACTUAL \
        and o.date is not None and len(o.date) == 10 and o.date != default


def body_dated(doc: Doc, events: list[Event]) -> None:
    """Each factual act with a source and a target dated by default, no time told in its sentence, takes the date
    of the first act after it of the same code, source and target told in the next ``NEXT_SENTENCES`` sentences
    with a day of its own."""
    default = default_day(doc)
    if default is None:
        return
    starts = [s.start for s in doc.sentences]
    for ev in events:
        if ev.date != default or ev.modality not in FACTUAL or ev.source is None or ev.target is None:
            continue
        k = bisect_right(starts, ev.sentence.start) - 1
        if k < 0 or any(ev.sentence.start <= t.start < ev.sentence.end for t in doc.times):
            continue
        last = doc.sentences[min(k + NEXT_SENTENCES, len(starts) - 1)].end
        later = [o for o in events if ev.sentence.end <= o.trigger.start < last and _same_act(ev, o, default)]
        if later:
            ev.date = min(later, key=lambda o: o.trigger.start).date


VISIT = "042"  # a visit, or an arrival for one («وصل أمس إلى الأردن»)


def visit_days(doc: Doc, events: list[Event]) -> None:
    """Round mn971: «مبينا أن زيارة الأمير ... إلى الأردن ... تتم في إطار» after «وكان الأمير وصل أمس إلى الأردن»: a
    factual visit noun dated by default, no time in its sentence, whose visitor and place visited are those of the
    visits and arrivals the article tells with a day of their own, all of one day, is that visit: it takes that day.
    Nothing where they tell two days (two visits) or none."""
    default = default_day(doc)
    if default is None:
        return
    for ev in events:
        if ev.code != VISIT or ev.date != default or ev.modality not in FACTUAL or ev.attrs.get("pos") != "N" \
                or ev.source is None or ev.target is None \
                or any(ev.sentence.start <= t.start < ev.sentence.end for t in doc.times):
            continue
        days = {o.date for o in events if o is not ev and _same_act(ev, o, default)}
        if len(days) == 1:
            ev.date = days.pop()
