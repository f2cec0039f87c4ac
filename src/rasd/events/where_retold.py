"""Round lo935: a meeting told again takes the place of the meeting it retells (see ``where_carry.carried_places``);
narrow: a null is better than a wrong place.

- «... لدى لقائه عادل الجبير، أول من أمس في أبوظبي ... . وجرى خلال اللقاء بحث ...»: «اللقاء» is that meeting;
- «استقبل الأمير ... الوزير في الرياض ... . وقال الوزير إن اجتماعنا هذا ...»: «اجتماعنا هذا» is the reception;
- «وكان في استقبال ولي العهد ... الأمير ... . وقد أجريت لولي العهد مراسم استقبال رسمية»: the ceremony is part of the
  reception told just before, at its place.

A meeting (CAMEO 04, not a visit) with no place, told by a noun that refers back (``lead_meeting_nouns`` or
``reception_heads`` with the article, with a possessive pronoun, or followed by a demonstrative:
``retold_meeting_demonstratives``), its sentence naming no place of another country before it (a place after it
is a topic: «بحث العلاقات بين الإمارات واليمن»), takes the place of the last meeting, reception or visit with a
place told before it in the article that shares one of its parties (source or target), of the same day (one dated
by default, as a retelling is until ``retold_meetings`` dates it: no time of another day told since that one's
sentence); nothing where a meeting or visit placed in another country was told between (a change of scene). A reception ceremony («مراسم استقبال»: ``reception_ceremony_heads`` right before a reception
noun) takes the place of the last reception or visit with a place told in one of the ``CEREMONY_SENTENCES``
sentences before (one that shares a party with it, where it has one: round ev957 gives it its guest), of the same
day, on the same condition.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .forms import fw_keys, nkey
from .trip_meetings import other_place_in
from .where_links import other_day
from .word_tests import sentence_index

MEETINGS = "04"  # consult, visit, negotiate
VISIT = "042"
PRONOUNS = ("هما", "هم", "ها", "نا", "ه")  # «لقائه», «اجتماعنا»: the meeting of its party
CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")  # «وخلال اللقاء» has its «و» on «خلال»; «باللقاء», «واللقاء»
CEREMONY_SENTENCES = 2  # sentences back in which the reception of a ceremony with no parties is looked for


def _nouns() -> frozenset[str]:
    """The referring meeting nouns without their article («لقاء», «اجتماع», «استقبال»)."""
    words = fw_keys("lead_meeting_nouns") | fw_keys("reception_heads")
    return frozenset(w.removeprefix("ال") for w in words if w.startswith("ال"))


def _bound(nouns: frozenset[str]) -> frozenset[str]:
    """The meeting nouns as they stand before a pronoun («لقاء» → «لقائـ», «قمة» → «قمتـ»), keys folded."""
    return nouns | frozenset(n[:-1] + "ت" for n in nouns if n.endswith("ه")) \
        | frozenset(n + "ي" for n in nouns if n.endswith("ا"))


def _bare(key: str) -> str:
    """``key`` less one proclitic («واللقاء» → «اللقاء», «بلقائه» → «لقائه»)."""
    for pre in CLITICS:
        if key.startswith(pre) and len(key) > len(pre) + 2:
            return key[len(pre):]
    return key


def _refers_back(doc: Doc, ev: Event) -> bool:
    """Whether the trigger of ``ev`` is one meeting noun that refers back: with the article, a possessive pronoun
    or a demonstrative right after it («اللقاء», «لقائه», «اجتماعنا», «الاجتماع الثلاثي», «اجتماعنا هذا»)."""
    text = doc.text[ev.trigger.start:ev.trigger.end].strip()
    if " " in text:
        return False
    nouns = _nouns()
    bound = _bound(nouns)
    for key in (nkey(text), _bare(nkey(text))):
        if key.startswith("ال") and key[2:] in nouns:
            return True
        if any(key.endswith(end) and key[: -len(end)] in bound for end in PRONOUNS):
            return True
        if key in nouns:
            k = doc.token_at(ev.trigger.end - 1)
            if k is not None and k + 1 < len(doc.tokens) \
                    and doc.tokens[k + 1].norm_key in fw_keys("retold_meeting_demonstratives"):
                return True
    return False


def _ceremony(doc: Doc, ev: Event) -> bool:
    """Whether ``ev`` is a reception noun right after a ceremony noun («مراسم استقبال»)."""
    if not ev.code.startswith("043"):
        return False
    k = doc.token_at(ev.trigger.start)
    return k is not None and k > 0 and doc.tokens[k - 1].norm_key in fw_keys("reception_ceremony_heads") \
        and _bare(nkey(doc.text[ev.trigger.start:ev.trigger.end])) in _nouns()


def _parties(ev: Event) -> set[str]:
    """The source and target of ``ev`` that are given."""
    return {p for p in (ev.source, ev.target) if p is not None}


def _same_time(doc: Doc, ev: Event, last: Event) -> bool:
    """Whether ``ev`` may be of the time of ``last``: of its day, or dated by default (the day the text was
    written: a retelling is dated later, ``retold_meetings``) with no time of another day told from the end of
    ``last``'s sentence to the end of ``ev``'s («وكان الطرفان التقيا في مايو الماضي»: another meeting)."""
    if ev.date != default_day(doc):
        return not other_day(ev.date, last.date)
    return not any(last.sentence.end <= t.start < ev.sentence.end and other_day(t.value, last.date)
                   for t in doc.times if t.value)


def _retold(doc: Doc, ev: Event, events: list[Event], ceremony: bool) -> Event | None:
    """The last placed meeting or visit before ``ev`` that it retells (module docstring), or None."""
    here = sentence_index(doc, ev.trigger.start)
    if here is None:
        return None
    before = [o for o in events if o is not ev and o.code.startswith(MEETINGS) and o.location is not None
              and o.trigger.end <= ev.trigger.start]
    if ceremony:
        told = [o for o in before if o.code.startswith(("042", "043"))
                and (not _parties(ev) or _parties(o) & _parties(ev))]  # round ev957: its guest's, where told
    else:
        told = [o for o in before if _parties(o) & _parties(ev)]
    if not told:
        return None
    last = max(told, key=lambda o: o.trigger.start)
    there = sentence_index(doc, last.trigger.start)
    if there is None or ceremony and here - there > CEREMONY_SENTENCES or not _same_time(doc, ev, last):
        return None
    if last.location is None:
        return None
    place = doc.entity(last.location)
    for o in before:
        if o.trigger.start > last.trigger.start and o.location != last.location:
            elsewhere = doc.entity(o.location) if o.location is not None else None
            if place is None or elsewhere is None or elsewhere.country != place.country:
                return None  # a meeting or visit in another country told between: another scene
    return last


def retold_meeting_places(doc: Doc, events: list[Event]) -> None:
    """Give a meeting told again by a referring noun the place of the meeting it retells (module docstring)."""
    for ev in sorted(events, key=lambda v: v.trigger.start):
        if ev.location is not None or not ev.code.startswith(MEETINGS) or ev.code.startswith(VISIT) \
                or ev.attrs.get("pos") != "N":
            continue
        ceremony = _ceremony(doc, ev)
        if not ceremony and (not _parties(ev) or not _refers_back(doc, ev)):
            continue
        told = _retold(doc, ev, events, ceremony)
        if told is None or told.location is None \
                or other_place_in(doc, told.location, ev.sentence.start, ev.trigger.start):
            continue
        ev.location = told.location


__all__ = ["retold_meeting_places"]
