"""Round ev457: «التقى الملك الرئيس أوباما خلال زيارته إلى واشنطن»: the visitor is the one who meets.

A visit noun with a singular possessive pronoun («زيارته», «زيارتها»), governed by a word of circumstance right
before it (function words ``circumstance_preps``, ``during_words``: «خلال», «أثناء», «على هامش»), whose source was
read as the phrase just before it, is the visit of the subject of the meeting verb that opens its clause, where
that phrase is the meeting's object: «ـه» stands for who meets, not whom he met. The meeting is a verb event of
CAMEO 04 (not a visit, 042, nor a reception, 043) before the visit in its sentence, within ``REACH`` tokens, with no
other verb event between; where its subject is unnamed («وكان الملك قد التقى الرئيس أوباما خلال زيارته»), the
visit has no named source either.

Nothing for a reception («استقبل الملك الرئيس أوباما خلال زيارته للرياض»: the guest visits), where the meeting's
object is not the visit's source, or where another verb stands between («التقى الوزير فلانا وبحثا ... خلال زيارته»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys
from .word_tests import enclitic

VISIT = "042"
HOST = "043"
TALKS = "04"
REACH = 20  # tokens from the meeting verb to the visit noun
PRONOUNS = ("ه", "ها")


def _meeting_before(doc: Doc, visit: Event, k: int, events: list[Event]) -> Event | None:
    """The verb event of meeting whose clause holds the visit noun at token ``k``, or None (module docstring)."""
    lo = doc.tokens[max(0, k - REACH)].start
    verbs = [e for e in events if e.attrs.get("pos") == "V" and e.sentence.start == visit.sentence.start
             and lo <= e.trigger.start < visit.trigger.start]
    if not verbs:
        return None
    last = max(verbs, key=lambda e: e.trigger.start)
    if not last.code.startswith(TALKS) or last.code in (VISIT, HOST):
        return None
    return last


def visit_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a visit «خلال زيارته» told after «التقى فلان فلانا» the one who meets as visitor (module docstring)."""
    for ev in events:
        if ev.code != VISIT or ev.attrs.get("pos") != "N" or ev.source is None:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 1 or enclitic(doc.tokens[k]) not in PRONOUNS:
            continue
        if doc.tokens[k - 1].norm_key not in fw_keys("circumstance_preps") | fw_keys("during_words"):
            continue
        meeting = _meeting_before(doc, ev, k, events)
        if meeting is None or meeting.target != ev.source or meeting.source is not None and meeting.source == ev.target:
            continue
        ev.source = meeting.source
        ev.attrs["source_span"] = meeting.attrs.get("source_span")  # the phrase of who meets, named or not
