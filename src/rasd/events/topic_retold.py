"""Round 281: a topic noun that names an act the article told before takes that act's day (see
``described_acts.topic_noun``, which leaves a noun after «بشأن/حول/بخصوص» undated).

«ودانت الجامعة العربية أول من أمس القصف التركي» then «تحفظ قطر على البيان الصادر ... بشأن استنكار جامعة الدول
العربية للقصف التركي»: what a statement is about is mostly a kind of act, of no day («منقسمة بشأن محادثات السلام»);
but where its doer and the one it is done to are those of an act of the same code told earlier in the article with a
day of its own (not the article's day given by default), it is that act named again, and takes its day.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .forms import fw_keys, nkey
from .described_acts import NOT_TOPIC
from .modality import FACTUAL


def _after_topic_word(doc: Doc, ev: Event) -> bool:
    """Is the word right before ``ev``'s trigger a topic preposition (``topic_prepositions`` but «عن»)?"""
    k = doc.token_at(ev.trigger.start)
    if k is None or k == 0:
        return False
    key = nkey(doc.tokens[k - 1].text)
    return key in fw_keys("topic_prepositions") and key not in NOT_TOPIC


def topic_retold(doc: Doc, events: list[Event]) -> None:
    """Each factual undated noun act right after a topic preposition, with a source and a target, takes the date of
    the last act before it of the same code, source and target dated by a time of its own (a day)."""
    default = default_day(doc)
    for ev in events:
        if ev.date is not None or ev.modality not in FACTUAL or ev.attrs.get("pos") != "N" \
                or ev.source is None or ev.target is None or not _after_topic_word(doc, ev):
            continue
        before = [o for o in events if o.trigger.end <= ev.trigger.start and o.code == ev.code
                  and o.source == ev.source and o.target == ev.target and o.modality in FACTUAL
                  and o.date is not None and len(o.date) == 10 and o.date != default]
        if before:
            ev.date = max(before, key=lambda o: o.trigger.start).date
