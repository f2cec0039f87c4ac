"""Round 287: a meeting told again by its definite masdar takes the day the article gave the meeting.

«جاءت تأكيدات ولي العهد لدى لقائه وزير الخارجية، أول من أمس في أبوظبي» ... «واستعرض اللقاء العلاقات الثنائية»,
«حضر اللقاء الشيخ فلان»: «اللقاء» (a definite singular meeting masdar, ``retold_masdars``: «اللقاء», «الاجتماع»,
«الاستقبال», «المباحثات») with no time in its sentence is the meeting told last before it, and of its day, not the
article's day given by default. :mod:`rasd.events.retold` joins such a masdar to that meeting only where it names
no party of its own; one that names a party («حضر اللقاء فلان») stays an event of its own, and is dated here.

Only where the meeting told before is factual, of a meeting code (``RETOLD_CODES``), dated by a day of its own (not
the default), last mentioned at most ``REACH`` characters before the masdar, and no time is told between the end of
its sentence and the masdar («وكان الطرفان التقيا في مايو الماضي» between: the masdar may be that meeting).

:func:`reception_days`: «وكان الأمير وصل أمس إلى عمان، وكان في استقباله بالمطار الأمير فلان»: a reception told
after an arrival with no time of its own is of the arrival's day.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .attached import default_day
from .forms import nkey
from .modality import FACTUAL
from .retold import REACH, RETOLD_CODES, latest_mention, retelling
from .word_tests import OBJECT_PRONOUNS


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
                or not ev.code.startswith(RETOLD_CODES) or not retelling(ev, doc.text):
            continue
        at = ev.trigger.start
        if any(ev.sentence.start <= t.start < ev.sentence.end for t in doc.times if t.value):
            continue
        told = [o for o in events if o is not ev and o.trigger.start < at and o.code.startswith(RETOLD_CODES)]
        if not told:
            continue
        last = max(told, key=lambda o: latest_mention(o, at))
        mention = latest_mention(last, at)
        if not _own_day(last, default) or at - mention > REACH:
            continue
        told_end = max(last.sentence.end, mention)
        if any(told_end <= t.start < at for t in doc.times if t.value):
            continue
        ev.date = last.date


ARRIVAL_CODES = ("042", "043")  # a visit or an arrival, a reception
RECEPTION_SENTENCES = 1  # sentences before the reception's own where the arrival may be told


_WELCOME_BEFORE = frozenset(("في", "مراسم", "مراسيم"))  # «كان في استقباله», «مراسم استقبال رسمية»


def _welcome(doc: Doc, ev: Event) -> bool:
    """Is the reception noun of ``ev`` the welcome of a guest: with his pronoun («استقباله») or after «في» or «مراسم»
    («كان في استقبال ولي العهد», «مراسم استقبال رسمية»)? Not a reception held as a party («أقيم حفل استقبال»)."""
    k = doc.token_at(ev.trigger.start)
    if k is None:
        return False
    if nkey(doc.text[ev.trigger.start : ev.trigger.end]).endswith(OBJECT_PRONOUNS):
        return True
    return k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و") in _WELCOME_BEFORE


def reception_days(doc: Doc, events: list[Event]) -> None:
    """«وكان الأمير وصل أمس إلى عمان، وكان في استقباله بالمطار الأمير فلان», «كما كان في استقباله السفير», «وأجريت
    له مراسم استقبال رسمية»: a guest's welcome (a noun of code 043 with the guest's pronoun or after «في/مراسم»: not
    «أقيم حفل استقبال», a party) dated by default, with no time in its sentence
    after it, is of the day of the arrival or the reception told last before it, in its sentence or the one before,
    dated by a day of its own, where every time told between gives that day."""
    default = default_day(doc)
    if default is None:
        return
    starts = [s.start for s in doc.sentences]
    for ev in events:
        if ev.date != default or ev.modality not in FACTUAL or ev.attrs.get("pos") != "N" \
                or not ev.code.startswith("043") or not _welcome(doc, ev):
            continue
        at = ev.trigger.start
        if any(at <= t.start < ev.sentence.end for t in doc.times if t.value):
            continue  # a time of its own after it
        k = bisect_right(starts, ev.sentence.start) - 1
        lo = doc.sentences[max(0, k - RECEPTION_SENTENCES)].start
        told = [o for o in events if o is not ev and lo <= o.trigger.start < at and o.code.startswith(ARRIVAL_CODES)]
        if not told:
            continue
        last = max(told, key=lambda o: o.trigger.start)
        if not _own_day(last, default):
            continue
        if any(last.trigger.start <= t.start < at and t.value and t.value[:10] != last.date for t in doc.times):
            continue
        ev.date = last.date
