"""Round ev465: talks «بين» one plural phrase are held by those it names, not with them.

«تبدأ اليوم جولة جديدة من محادثات السلام بين كافة الأطراف الليبية»: a talk or meeting event (CAMEO 03 to 06) with
no source, whose target is the unnamed phrase right after «بين» (the argument rules read it as the object of «بين»
when no second side follows it in «و»), has the parties talking among themselves: the phrase is its source, and it
has no target.

Nothing where a side follows the phrase in «و» or «وبين» (two sides: ``two_sides``, ``between_named``), where the
phrase is a named entity (``between_peoples``, the named sides) or a dual of both sides («بين الطرفين», «بين
البلدين»: ``both_sides``, two parties told before), or where the act is no talk («قتلى بين المدنيين»: among them, its
victims).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .source_set import drop_phrase, set_phrase

TALK_FAMILIES = ("03", "04", "05", "06")
BETWEEN = nkey("بين")


def _lone_side(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` opens right after «بين», is no dual of both sides, and no «و» side follows."""
    first, last = doc.token_at(start), doc.token_at(end - 1)
    if first is None or last is None or first < 1 or doc.tokens[first - 1].norm_key != BETWEEN:
        return False
    if doc.tokens[first].start != start or any(t.norm_key in fw("both_sides") for t in doc.tokens[first : last + 1]):
        return False
    nxt = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    return nxt is None or not (nxt.norm_key.startswith("و") and nxt.text[1:2].isalpha())


def between_many(doc: Doc, events: list[Event]) -> None:
    """Make the plural phrase after «بين» of a talk with no source its source, with no target (module doc)."""
    for ev in events:
        if not ev.code.startswith(TALK_FAMILIES) or ev.source is not None or ev.target is not None:
            continue
        if ev.attrs.get("source_text"):
            continue
        span = ev.attrs.get("target_span")
        if not isinstance(span, list) or len(span) != 2:
            continue
        start, end = int(span[0]), int(span[1])
        if not _lone_side(doc, start, end):
            continue
        set_phrase(ev, "source", doc.text, start, end)
        drop_phrase(ev, "target")
