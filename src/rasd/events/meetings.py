"""The parties of a meeting or talks told by a noun right after the meeting's verb.

«التقى الأمير خالد بالوزير سعيد ... وبحث اللقاء العلاقات» and «وجرى خلال لقائهما»: a meeting noun (function words
``meeting_nouns``) with the article or the dual pronoun «ـهما», and no party of its own, is the meeting told by the
nearest meeting or talks event before it, in its sentence or the one before, that names both a source and a target:
it takes those two parties. Nothing is carried where that nearest event lacks a party (a null is better than a wrong
party or names a place, where the noun is indefinite («اجتماع آخر»), or for «ـهما» where the two parties are not both persons.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey

TALKS = "04"  # consult, meet, negotiate
PROCLITICS = ("و", "ف", "ب", "ل")
ACTORS = ("PERSON", "ORGANIZATION")  # the parties carried: a state or a town may be only where it was


def reference(text: str) -> str | None:
    """"def" for «اللقاء / واللقاء / بالاجتماع», "dual" for «لقائهما», else None (not a meeting noun that points back)."""
    key = nkey(text)
    for k in (key, key[1:]) if key[:1] in PROCLITICS else (key,):
        if k.startswith("ال") and k[2:] in fw("meeting_nouns"):
            return "def"
        if k.endswith("هما") and k[:-3] in fw("meeting_nouns"):
            return "dual"
    return None


def meeting_parties(doc: Doc, events: list[Event]) -> None:
    """Give a meeting noun with no party the two parties of the meeting event just before it (module docstring)."""
    starts = [s.start for s in doc.sentences]
    for ev in events:
        if not ev.code.startswith(TALKS) or ev.source is not None or ev.target is not None:
            continue
        words = doc.text[ev.trigger.start : ev.trigger.end].split()
        kind = reference(words[0]) if words else None
        if kind is None:
            continue
        before = [s for s in starts if s <= ev.sentence.start]
        lo = before[-2] if len(before) >= 2 else ev.sentence.start
        prior = [p for p in events if p is not ev and lo <= p.trigger.start < ev.trigger.start
                 and p.code.startswith(TALKS)]
        if not prior:
            continue
        p = max(prior, key=lambda x: x.trigger.start)
        if p.source is None or p.target is None or p.source == p.target:
            continue
        kinds = ("PERSON",) if kind == "dual" else ACTORS
        if any((e := doc.entity(x)) is None or e.type not in kinds for x in (p.source, p.target)):
            continue  # («وصل الوزير إلى القاهرة»: a place visited is no party to the talks)
        ev.source, ev.target = p.source, p.target
        ev.attrs["parties_carried"] = True
