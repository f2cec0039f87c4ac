"""Round ev487: an unnamed party phrase that is, word for word, the title one person of the article holds.

«اتصال هاتفي مع الرئيس المصري» where the article names «الرئيس المصري عبد الفتاح السيسي»; «مقتل رئيس المخابرات
السابق في بوروندي» over «... أدولف نشيميريمانا، رئيس المخابرات السابق»: an event's ``source_text`` or
``target_text`` of two words or more, headed by a title word, with no name in it, that is a role of exactly one
person of the article (:func:`title_holders.role_holder`, here wherever in the article that person is named: a
headline tells the title before the name) is that person. Nothing where two people hold it («الرئيس» when two
presidents are named: one word, no phrase here), where it is only a part of a role («وزير الخارجية» of «وزير
الخارجية الأميركي»), or where that person is already the event's other party.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .arg_edges import phrase_span
from .title_holders import role_holder

OTHER = {"source": "target", "target": "source"}


def held_title_parties(doc: Doc, events: list[Event]) -> None:
    """Link, in place, each unnamed title phrase to the one person holding that title (module docstring)."""
    for ev in events:
        for role in ("source", "target"):
            span = phrase_span(ev, role)
            if getattr(ev, role) is not None or span is None:
                continue
            who = role_holder(doc, span[0], span[1], anywhere=True)
            if who is None or who == getattr(ev, OTHER[role]):
                continue
            setattr(ev, role, who)
            for key in (f"{role}_text", f"{role}_span"):
                ev.attrs.pop(key, None)


__all__ = ["held_title_parties"]
