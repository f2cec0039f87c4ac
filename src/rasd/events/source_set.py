"""One set of helpers for the passes that set an event's source or target after the fact.

A party («source» or «target») is either an entity id or, where no entity names it, an unnamed phrase: its text
(``<role>_text``) and its character span (``<role>_span``). The two never stand side by side:

- ``name_party`` / ``name_source``: the entity replaces any unnamed phrase («لكنه أعلن» → أوباما: the phrase read
  before is dropped, and its span with it);
- ``set_phrase``: the unnamed phrase over ``text[start:end]`` («طالب المحتجون» → source_text «المحتجون»);
- ``set_party``: the entity where one names the party, else the phrase, the other dropped («دفعت جهات سياسية إلى
  مطالبة»: no entity names «جهات سياسية», so the source is that phrase);
- ``copy_phrase``: the unnamed phrase of another event («نفذه مسلحون» → the act it is the setting of);
- ``drop_phrase``: the unnamed phrase forgotten, the entity left as it is;
- ``take_party``: the entity put in a role unless it is the event's other party (its phrase left to the caller).
"""

from __future__ import annotations

from ..doc import Event


def drop_phrase(ev: Event, role: str) -> None:
    """Forget the phrase the argument finder read for ``role`` («source», «target»): its text and span."""
    ev.attrs.pop(f"{role}_text", None)
    ev.attrs.pop(f"{role}_span", None)


def set_phrase(ev: Event, role: str, text: str, start: int, end: int) -> None:
    """Make ``text[start:end]`` the unnamed phrase of ``role``; the entity of the role is left as it is."""
    ev.attrs[f"{role}_span"] = [start, end]
    ev.attrs[f"{role}_text"] = text[start:end]


def name_party(ev: Event, role: str, eid: str | None) -> None:
    """Make ``eid`` (None: no one) the entity of ``role``; no unnamed phrase (text or span) stays beside it."""
    if role == "source":
        ev.source = eid
    else:
        ev.target = eid
    drop_phrase(ev, role)


def name_source(ev: Event, eid: str) -> None:
    """Make entity ``eid`` the source of ``ev``; no unnamed source phrase (text or span) stays beside it."""
    name_party(ev, "source", eid)


def copy_phrase(ev: Event, role: str, other: Event) -> None:
    """Give ``ev`` the unnamed phrase of ``role`` that ``other`` has, a copy of its span and its text («هجوم نفذه
    مسلحون» → «قتلوا في هجوم ...»: the attack's doer phrase); ``other`` has a span for the role."""
    ev.attrs[f"{role}_span"] = list(other.attrs[f"{role}_span"])
    ev.attrs[f"{role}_text"] = other.attrs.get(f"{role}_text")


def take_party(ev: Event, role: str, eid: str) -> bool:
    """Put entity ``eid`` in ``role`` unless it already is the event's other party (one party is not both sides of
    one act); whether it did. Any phrase of the role is left to the caller."""
    if (ev.target if role == "source" else ev.source) == eid:
        return False
    if role == "source":
        ev.source = eid
    else:
        ev.target = eid
    return True


def unsourced(ev: Event) -> bool:
    """Whether ``ev`` has no entity as its source. A call, not an inline test, where a pass may set the source between
    two tests: mypyc keeps the narrowing of an inline ``ev.source is None`` across the calls between and would
    reject the string they set."""
    return ev.source is None


def set_party(ev: Event, role: str, eid: str | None, text: str, start: int, end: int) -> None:
    """Make entity ``eid`` the party of ``role``, dropping any phrase; where ``eid`` is None, the party is no
    entity but the phrase ``text[start:end]``."""
    name_party(ev, role, eid)
    if eid is None:
        set_phrase(ev, role, text, start, end)


__all__ = ["copy_phrase", "drop_phrase", "name_party", "name_source", "set_party", "set_phrase", "take_party", "unsourced"]
