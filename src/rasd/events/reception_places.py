"""Round lo927: a reception list carried on in the next sentence is at the place of the arrival or the reception
told right before it (see ``where_carry.carried_places``); narrow: a null is better than a wrong place.

- «وصل الملك إلى مدينة طنجة أمس، وكان في استقباله بمطار طنجة رئيس الحكومة ... . كما كان في استقبال خادم
  الحرمين الشريفين الأمير ...»: the second part of the list is at Tangier too;
- «وصل الأمير ... اليوم إلى المملكة الأردنية الهاشمية ... . وكان في استقبال ولي ولي العهد لدى وصوله المطار
  الأمير ...»: the reception is in Jordan, where he arrived.

A reception (CAMEO 043) with no place, told as fact in a sentence that opens with «(و)كان/كما كان (أيضا) في»
and a noun of reception (``reception_heads``), takes the place of the last arrival or reception (CAMEO 042/043)
with a place told in the sentence right before (a paragraph break between is no change of scene: the list goes
on) whose visitor is the one received (or any reception, where the sentence names none: «كما كان في
الاستقبال»), of the same day; else the place named right after «إلى» (within three words) following the last
arrival verb (``reception_arrival_verbs``) of that sentence. Nothing for a reception told another way («وقد أجريت
له مراسم استقبال»), nor from a sentence further back.
"""

from __future__ import annotations

from ..doc import Doc, Event, Token
from ..text.normalize import norm_key
from .forms import PLACES, fw
from .modality import FACTUAL
from .where_links import other_day
from .word_tests import has_letters, past_conjunction, sentence_index

RECEIVE = "043"
ARRIVALS = ("042", "043")  # a visit or arrival, a reception: the visitor is at the place
WINDOW = 3  # words after «إلى» where the arrival's place may begin («إلى مدينة عدن»)


def _words(tokens: list[Token]) -> list[Token]:
    """The tokens of words (any letter), punctuation left out."""
    return [t for t in tokens if has_letters(t.norm_key)]


def opens_reception(words: list[Token]) -> int | None:
    """Where the noun of reception starts, where the words open «(و)كان/كما كان (أيضا) في» + that noun."""
    keys = [t.norm_key for t in words[:6]]
    at = 0
    if keys[:1] == [norm_key("كما")]:
        at = 1
    if at >= len(keys) or past_conjunction(keys[at]) not in (norm_key("كان"), norm_key("كانت")):
        return None
    at += 1
    if at < len(keys) and keys[at] == norm_key("أيضا"):
        at += 1
    if at + 1 < len(keys) and keys[at] == norm_key("في") and keys[at + 1] in fw("reception_heads"):
        return words[at + 1].start
    return None


def _visitor(ev: Event) -> str | None:
    """Who arrives: a visit's source, a reception's target."""
    return ev.target if ev.code.startswith(RECEIVE) else ev.source


def _told_place(events: list[Event], ev: Event, lo: int, hi: int) -> str | None:
    """The place of the last arrival or reception told in lo..hi of the one ``ev`` receives, of its day."""
    found = [o for o in events if o is not ev and o.location is not None and o.code.startswith(ARRIVALS)
             and lo <= o.trigger.start < hi and not other_day(ev.date, o.date)
             and (_visitor(o) == ev.target if ev.target is not None else o.code.startswith(RECEIVE))]
    return max(found, key=lambda o: o.trigger.start).location if found else None


def _arrival_place(doc: Doc, words: list[Token]) -> str | None:
    """The place named within ``WINDOW`` words after the «إلى» that follows the last arrival verb of ``words``."""
    verbs = [n for n, t in enumerate(words) if past_conjunction(t.norm_key) in fw("reception_arrival_verbs")
             or t.norm_key in fw("reception_arrival_verbs")]
    if not verbs:
        return None
    to = next((n for n in range(verbs[-1] + 1, len(words)) if words[n].norm_key == norm_key("إلى")), None)
    if to is None:
        return None
    ahead = words[to + 1:to + 1 + WINDOW]
    if not ahead:
        return None
    lo, hi = ahead[0].start, ahead[-1].end
    named = [(m.start, e.id) for e in doc.entities if e.type in PLACES for m in e.mentions if lo <= m.start < hi]
    return min(named)[1] if named else None


def reception_places(doc: Doc, events: list[Event]) -> None:
    """Give a reception list carried on in its sentence the place told right before (module docstring)."""
    for ev in sorted(events, key=lambda v: v.trigger.start):
        if ev.location is not None or not ev.code.startswith(RECEIVE) or ev.modality not in FACTUAL:
            continue
        k = sentence_index(doc, ev.trigger.start)
        if not k or opens_reception(_words(doc.tokens_in(doc.sentences[k]))) != ev.trigger.start:
            continue
        before = doc.sentences[k - 1]
        place = _told_place(events, ev, before.start, before.end) \
            or _arrival_place(doc, _words(doc.tokens_in(before)))
        if place is not None:
            ev.location = place


__all__ = ["opens_reception", "reception_places"]
