"""Round 287: a meeting told again by its definite masdar takes the day the article gave the meeting.

«جاءت تأكيدات ولي العهد لدى لقائه وزير الخارجية، أول من أمس في أبوظبي» ... «واستعرض اللقاء العلاقات الثنائية»,
«حضر اللقاء الشيخ فلان»: «اللقاء» (a definite singular meeting masdar, ``retold_masdars``: «اللقاء», «الاجتماع»,
«الاستقبال», «المباحثات») with no time in its sentence is the meeting told last before it, and of its day, not the
article's day given by default. :mod:`rasd.events.retold` joins such a masdar to that meeting only where it names
no party of its own; one that names a party («حضر اللقاء فلان») stays an event of its own, and is dated here.

Only where the meeting told before is factual, of a meeting code (``RETOLD_CODES``), dated by a day of its own (not
the default), last mentioned at most ``REACH`` characters before the masdar, and no time is told between the end of
its sentence and the masdar («وكان الطرفان التقيا في مايو الماضي» between: the masdar may be that meeting).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .modality import FACTUAL
from .retold import REACH, RETOLD_CODES, _latest_mention, _retelling


def _own_day(o: Event, default: str) -> bool:
    return o.modality in FACTUAL and o.date is not None and len(o.date) == 10 and o.date != default


def retold_meetings(doc: Doc, events: list[Event]) -> None:
    """Each factual default-dated meeting masdar with no time in its sentence takes the day of the meeting told last
    before it (see the module)."""
    default = default_day(doc)
    if default is None:
        return
    for ev in events:
        if ev.date != default or ev.modality not in FACTUAL or ev.attrs.get("pos") != "N" \
                or not ev.code.startswith(RETOLD_CODES) or not _retelling(ev, doc.text):
            continue
        at = ev.trigger.start
        if any(ev.sentence.start <= t.start < ev.sentence.end for t in doc.times if t.value):
            continue
        told = [o for o in events if o is not ev and o.trigger.start < at and o.code.startswith(RETOLD_CODES)]
        if not told:
            continue
        last = max(told, key=lambda o: _latest_mention(o, at))
        mention = _latest_mention(last, at)
        if not _own_day(last, default) or at - mention > REACH:
            continue
        told_end = max(last.sentence.end, mention)
        if any(told_end <= t.start < at for t in doc.times if t.value):
            continue
        ev.date = last.date
