"""Round gr423: talks held «to discuss» a matter are the meeting told right before, not a second meeting.

«عقدت ميركل اجتماعا لبحث استراتيجية الحزب مع الأمين العام للحزب», «للتحضير لاجتماع مع كيري اليوم لبحث الاتفاق
النووي مع إيران», «خلال اجتماع مع نظرائه في مجلس التعاون الخليجي لمناقشة الاتفاق النووي»: a masdar of discussing
(entries ``discuss``, ``discuss_with``: «بحث», «مناقشة», whichever part of speech the lexicon read) with the
purpose «لـ», at most ``PURPOSE_REACH`` words after a
meeting (040, 043, 046) of its sentence with no comma or clause mark between, tells what that meeting is for: one
event with both triggers. Its «مع» names the matter's other side («الاتفاق النووي مع إيران»), not a party met; the
meeting takes the person met from it only where it names none («اجتماعا لبحث ... مع الأمين العام»: the secretary).
Only where the two are told alike (one modality, or both as fact): «وسوف يعقد ... اجتماعا ... لمناقشة» read as fact
and as planned stays two readings.

A visit «لمناقشة» matters with the hosts («بزيارة رسمية لإيران ... لمناقشة ... مع السلطات الإيرانية») is a visit and
its talks, two acts, as before; so is a «لبحث» after a comma or further on.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import nkey
from .modality import FACTUAL
from .repeats import join_triggers

DISCUSS_ENTRIES = frozenset(("discuss", "discuss_with"))
MEETINGS = ("040", "043", "046")  # meet, host a visit, negotiate
PURPOSE_REACH = 7  # words from the meeting to the masdar («اجتماع مع نظرائه في مجلس التعاون الخليجي لمناقشة»)
CLAUSE_MARKS = "،,.؛;:"
_MASDARS = frozenset(nkey(w) for w in ("بحث", "مناقشة"))  # the masdars of the two entries (not «ليبحث», a verb)


def _purpose_masdar(doc: Doc, ev: Event) -> bool:
    """Whether ``ev`` is a masdar of discussing with the purpose «لـ» («لبحث», «ولمناقشة»)."""
    if ev.attrs.get("trigger_id") not in DISCUSS_ENTRIES:
        return False
    word = nkey(doc.text[ev.trigger.start : ev.trigger.end]).removeprefix("و")
    return word.startswith("ل") and word[1:] in _MASDARS  # («لبحث» is read as a verb too: the masdar all the same)


def _meeting_for(doc: Doc, kept: list[Event], ev: Event) -> Event | None:
    """The meeting of ``kept`` the purpose masdar ``ev`` tells the aim of (see the module), if any."""
    before = [o for o in kept if o.sentence == ev.sentence and o.trigger.end <= ev.trigger.start
              and o.code.startswith("04")]
    if not before:
        return None
    host = max(before, key=lambda o: o.trigger.start)
    between = doc.text[host.trigger.end : ev.trigger.start]
    if not host.code.startswith(MEETINGS) or len(between.split()) > PURPOSE_REACH \
            or any(c in between for c in CLAUSE_MARKS):
        return None
    told_alike = host.modality == ev.modality or host.modality in FACTUAL and ev.modality in FACTUAL
    return host if told_alike else None


def purpose_talks(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each talks masdar of purpose joined to the meeting it is for (see the module)."""
    kept: list[Event] = []
    for ev in events:
        host = _meeting_for(doc, kept, ev) if _purpose_masdar(doc, ev) else None
        if host is None:
            kept.append(ev)
            continue
        join_triggers(host, ev)
        met = doc.entity(ev.target)
        if host.target is None and met is not None and met.type == "PERSON" and ev.target != host.source:
            host.target = ev.target  # (a person met; a country after «مع» is as often the matter's other side)
    return kept
