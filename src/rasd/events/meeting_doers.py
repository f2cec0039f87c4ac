"""Round ev417: who holds a meeting named by a meeting noun with «لـ» + a name.

«وقدم تسيبراس الاقتراح في مستهل اجتماع للجنة المركزية للحزب», «على هامش الاجتماعات السنوية لرابطة دول جنوب شرقي
آسيا», «منذ آخر اجتماع لمجلس الوزراء»: a meeting noun (function words ``body_meeting_nouns``) with no possessive
pronoun, then at most two adjectives of its own («السنوية», «رسمي»), then «لـ» on a named body or person (a mention
that starts right there) is that body's or person's meeting: its source, read as ``attack_doers.lam_doer`` reads an
attack's. The name the argument rules took as the meeting's target («اجتماع رسمي لمجلس الوزراء برئاسة فلان») is
moved to the source. Not «لقاء» (an interview given to a medium: «في لقاء لقناة الجزيرة»), not a masdar («اجتماع
لبحث»: no name), nor a phrase whose head is no name («اجتماع لأعضاء المجلس»), nor a place («اجتماع لتركيا»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attack_doers import lam_doer
from .source_set import name_party
from .word_tests import sentence_end

CONSULT = "04"  # the codes of meetings and talks


def meeting_doers(doc: Doc, events: list[Event]) -> None:
    """Give a meeting noun with «لـ» + a name and no source that name as its source (module docstring)."""
    for ev in events:
        if ev.source is not None or not ev.code.startswith(CONSULT) or ev.attrs.get("pos") != "N":
            continue
        who = lam_doer(doc, ev.trigger, sentence_end(doc, ev), "body_meeting_nouns")
        if who is None:
            continue
        if ev.target == who:
            name_party(ev, "target", None)
        name_party(ev, "source", who)
        ev.attrs["source_meeting"] = "lam"
