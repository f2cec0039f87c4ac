"""Round ti972, after :func:`speaker_days`: the date of a statement ``said_apart`` kept apart from its speaker's first one.

«وأعلن الرئيس أمس أن الشغور يلحق أضرارا بالبلاد.» … «وشدد على أن الحلول ستتبلور قريبا.»: ``dedup`` keeps two statements
of one speaker that say different things as two acts (round mn947) and marks the later one with the trigger of the
first of its chain (``SAID_AFTER``). The later one, told as fact by the writer and dated by default (the article's
day), takes the day the chain was told on: the first statement's, where that is a recent day before the article's,
its own sentence tells no day of its own (outside quotes: «ومذكرا بأن العام الماضي شهد» is what he said, a year) and
no act of the speaker told between the two is of another day (days of others' acts between are asides). Where its own clause, before what it says, marks an earlier
occasion no day names («وكان الوزير قد أكد», «وسبق أن أكد», «أكد في وقت سابق»), it is retold from then: no date.

Unlike :func:`speaker_days`, the later statement need not name its speaker («وشدد على أن» after a statement whose
speaker another rule found in the sentence before), nor the first be dated by a time of its own sentence: the two are
one chain by ``dedup``'s reading (same source, both dated)."""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .background import earlier_phrase_in
from .continued_days import _pluperfect
from .forms import fw, fw_keys, nkey
from .linked_days import _told_times
from .modality import FACTUAL
from .speaker_days import _day, _present, _recent, _told_out

__all__ = ["chain_days", "SAID_AFTER"]

SABAQA = nkey("سبق")  # «سبق أن قال»: he has said before
PRONOUN_LAM = frozenset(nkey(w) for w in ("له", "لها", "لهم", "لهما"))  # «سبق له أن»
SAID_AFTER = "said_after"  # attrs key: the trigger start of the first statement of the chain a statement was kept apart from


def _first(events: list[Event], at: int) -> Event | None:
    """The event holding a trigger that starts at ``at`` (the first statement, or the act it joined)."""
    return next((o for o in events if any(t.start == at for t in o.triggers)), None)


def _retold(doc: Doc, ev: Event) -> bool:
    """Whether ``ev``'s own clause, up to what it says (the first complementizer or quotation mark after the trigger),
    marks an earlier occasion no day names: a pluperfect («وكان الوزير قد أكد»), «سبق أن» before it or an
    earlier-time phrase («في وقت سابق», «في السابق»)."""
    a, k, b = doc.token_at(ev.sentence.start), doc.token_at(ev.trigger.start), doc.token_at(ev.sentence.end - 1)
    if a is None or k is None or b is None:
        return False
    if _pluperfect(doc, ev) or _said_before(doc, a, k):
        return True
    end = next((t for t in range(k + 1, b + 1)
                if doc.tokens[t].norm_key in fw("complementizers") or doc.tokens[t].text in ("«", ":", "\"")), b + 1)
    return earlier_phrase_in(doc, a, end)


def _said_before(doc: Doc, a: int, k: int) -> bool:
    """Whether the verb at token ``k`` follows «سبق أن» / «سبق له أن» (from token ``a`` on): «وسبق أن أكد الوزير»,
    said on some earlier occasion."""
    keys = [nkey(doc.tokens[t].text).removeprefix("و") for t in range(max(a, k - 3), k)]
    return len(keys) >= 2 and keys[-1] in fw_keys("complementizers") and (
        keys[-2] == SABAQA or (len(keys) == 3 and keys[0] == SABAQA and keys[1] in PRONOUN_LAM))


def _other_day(events: list[Event], first: Event, ev: Event, default: str) -> bool:
    """Whether an act of ``ev``'s source told between ``first`` and ``ev`` is dated to a day other than ``first``'s and
    the article's: the speaker is told acting on another day in between (the chain is broken). Days told of others'
    acts there («ووافقت الخارجية الأميركية يوم الأربعاء على ...»), of history («25 يناير») or of what is to come are
    asides: the story goes back to the speaker's occasion."""
    return any(o.source == ev.source and first.trigger.start < o.trigger.start < ev.trigger.start
               and o.date not in (first.date, default) and _day(o.date) is not None for o in events)


def chain_days(doc: Doc, events: list[Event]) -> None:
    """Each statement kept apart from its speaker's first one takes that one's day, or none (see the module)."""
    default = default_day(doc)
    if default is None:
        return
    for ev in events:
        at = ev.attrs.get(SAID_AFTER)
        if not isinstance(at, int) or ev.modality not in FACTUAL or not _told_out(doc, ev) or _present(doc, ev):
            continue
        if _retold(doc, ev):
            ev.date = None
            continue
        first = _first(events, at)
        if first is None or first is ev or ev.date != default or not _recent(first.date, default):
            continue
        if any(_day(ts.value) is not None for ts in _told_times(doc, ev.sentence)):
            continue  # (its own day wins, or another act's: «وبموجب الاتفاقية التي وقعت في 14 يوليو، ... وشدد»)
        if _other_day(events, first, ev, default):
            continue
        ev.date = first.date
