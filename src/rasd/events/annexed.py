"""Round 144 of real news: a performative announcement whose content is an act of taking territory.

«أعلنت (الحكومة) في يوم 9 أغسطس ضم الإقليم إلى البلاد» announces nothing but the act itself: the declaration annexes
the land (CAMEO 192, occupy territory), no statement (010). The act is a masdar of annexing (``annex_words``) within
a few words after a verb of announcing, the word right after it a place (a LOCATION mention) and «إلى» soon after
(the land joined to another); a «ضم» that joins people to a body («أعلن ضم لاعبين إلى الفريق») stays a statement.
An announcement noun a few words after a demand or an appeal in its clause («طالب بسرعة الإعلان عن موعد
الانتخابات», «دعا إلى الإعلان عن فتح باب الحوار») is what is asked for, none made: the demand is the event.
Round 150: an announcement that opens the way to dialogue («تعلن فتح الطريق للحوار») is an intent to negotiate
(036): :func:`opened_dialogue`."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from .forms import fw
from .lexicon import Entry, Hit, lexicon
from .word_tests import clause_stop, key_at

ANNEX_REACH = 8  # tokens after a verb of announcing read for the masdar of annexing (a date between)
JOINED_REACH = 4
ASKED_REACH = 4  # tokens before an announcement noun read for the demand or appeal that asks for it
ASKING = frozenset(("demand", "appeal", "appeal_act", "appeal2", "urge", "request"))  # tokens after the masdar read for «إلى»


@lru_cache(maxsize=1)
def occupation() -> Entry:
    """The lexicon's taking of territory (192)."""
    return next(e for options in lexicon().values() for e, _ in options if e.id == "seize")


def _place_at(doc: Doc, t: int) -> bool:
    start = doc.tokens[t].start
    return any(m.start == start for e in doc.entities if e.type == "LOCATION" for m in e.mentions)


def annexation(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the verb of announcing ``hit`` (its sentence ending at token ``b``) announces an annexation."""
    if hit.entry.id != "announce" or hit.pos != "V":
        return False
    return annexed_place(doc, hit.j, b) is not None


def annexed_place(doc: Doc, j: int, b: int) -> int | None:
    """The token of the place annexed after the verb of announcing ending at token ``j`` (its sentence ending at
    token ``b``): the place right after a masdar of annexing, «إلى» soon after; None where there is none."""
    for t in range(j + 1, min(b, j + 1 + ANNEX_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        if key_at(doc, t) in fw("annex_words"):
            if t + 1 >= b or not _place_at(doc, t + 1):
                return None
            joined = any(key_at(doc, u) in ("الي", "الى", "إلى") for u in range(t + 2, min(b, t + 2 + JOINED_REACH)))
            return t + 1 if joined else None
    return None


def asked_announcement(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """Whether the announcement noun ``hit`` (its sentence's triggers ``hits``, from token ``a``) is asked for."""
    if hit.entry.id != "announce" or hit.pos != "N":
        return False
    for h in hits:
        if h.entry.id in ASKING and max(a, hit.i - ASKED_REACH) <= h.j < hit.i and not any(
                clause_stop(doc.tokens[t].text) for t in range(h.j + 1, hit.i)):
            return True
    return False


DIALOGUE_REACH = 3  # tokens after the opened way read for the dialogue («فتح الطريق أمام الحوار»)


def opened_dialogue(doc: Doc, hit: Hit, b: int) -> bool:
    """Round 150: «أن تعلن (الحكومة) فتح الطريق للحوار», «أعلن فتح باب المفاوضات»: a verb of announcing whose
    object, within ``ANNEX_REACH`` tokens in its clause, opens the way (``opening_ways``) to a dialogue
    (``dialogue_objects`` within ``DIALOGUE_REACH`` tokens) performs an intent to negotiate (036), no statement."""
    if hit.entry.id != "announce" or hit.pos != "V":
        return False
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + ANNEX_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if f"{key_at(doc, t)} {key_at(doc, t + 1)}" in fw("opening_ways"):
            return any(key_at(doc, u) in fw("dialogue_objects") for u in range(t + 2, min(b, t + 2 + DIALOGUE_REACH)))
    return False
