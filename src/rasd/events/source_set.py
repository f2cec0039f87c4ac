"""One helper for the passes that name an event's source after the fact: the entity replaces any unnamed source
phrase («لكنه أعلن» → أوباما: the phrase read before is dropped, and its span with it)."""

from __future__ import annotations

from ..doc import Event


def name_source(ev: Event, eid: str) -> None:
    """Make entity ``eid`` the source of ``ev``; no unnamed source phrase (text or span) stays beside it."""
    ev.source = eid
    ev.attrs.pop("source_text", None)
    ev.attrs["source_span"] = None


__all__ = ["name_source"]
