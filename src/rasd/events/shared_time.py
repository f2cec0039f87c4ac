"""Round 107, after the events are dated: a time one act of a clause tells is shared by the act coordinated with it.

- «ودانت الجامعة أول من أمس القصف في الشمال، وطالبت أنقرة باحترام ...», «تصريحاته التي أطلقها خلال اليومين
  الماضيين، وانتقد فيها»: a perfect verb with «و» that has no time of its own (dated by default with the day the
  text was written) and the subject of the act before it (the same source, or none for both) takes the time that
  dates that act when it is said between the two, the last time before the verb, with no complementizer, relative,
  quotation mark or end of a sentence between it and the verb.
- round 287, a chain: «وبثت الرسالة أول من أمس، وحث فيها الملا أنصار الحركة على الوحدة وتعهد بمواصلة القتال»: a
  perfect verb with «و» dated by default, no time in its clause, right after a verb of the same named subject in its
  sentence (no other act, complementizer, relative or quotation mark between) that a day of its own dates, is the
  next act of that clause and takes that day (:func:`_chained`).
- round mn979, a parallel: «وحكم على فلان في أبريل الماضي بالمؤبد، بينما حكم على والده بالإعدام في القضية ذاتها»: a
  verb right after «بينما/فيما» (``simultaneous_openers``) dated by default, no time in its clause, told by the same
  trigger entry as the act right before it in its sentence that a time of its own dates, goes on in that time
  (:func:`_parallel`).
- «هجوما انتحاريا بواسطة جرار مفخخ، استهدف فجر الأحد مخفرا»: a noun of force that is the subject of a verb of force
  after it (no other act, no complementizer or relative between) is that verb's act, of the day the verb's own time
  after it gives.
"""

from __future__ import annotations

from ..doc import Doc, Event, TimeSpan
from ..text.marks import ENDS_AND_QUOTES
from ..text.normalize import COMMAS
from .attached import default_day
from .dating import dated
from .elsewhere import elsewhere
from .forms import fw, nkey
from .modality import FACTUAL, imperfect
from .lexicon import past_keys
from .word_tests import valued_times

SHARE_REACH = 16  # tokens at most from the time shared to the coordinated verb
SUBJECT_REACH = 18  # tokens at most from a noun of force to the verb it is the subject of
FORCE = ("18", "19", "20")  # unconventional violence, fight, mass violence (CAMEO)


def act_before(events: list[Event], ev: Event, at: int | None = None) -> Event | None:
    """The event whose trigger comes last before ``ev``'s (before character ``at`` where given) in ``ev``'s sentence
    (the first such in ``events`` on a tie), or None."""
    end = ev.trigger.start if at is None else at
    before = [o for o in events if o is not ev and ev.sentence.start <= o.trigger.start and o.trigger.end <= end]
    return max(before, key=lambda o: o.trigger.start) if before else None


def open_between(doc: Doc, a: int, b: int, commas: bool = False) -> bool:
    """Whether the tokens ``a``..``b`` (exclusive) hold no complementizer, relative, quotation mark or end mark (nor
    a comma, with ``commas``: round ev709's chain «عزمه التوجه ... للقاء ... وبحث» stays in one clause)."""
    for t in range(a, b):
        text = doc.tokens[t].text
        key = nkey(text).removeprefix("و")
        if text in ENDS_AND_QUOTES or (commas and text in COMMAS) or key in fw("complementizers") \
                or key in fw("relatives"):
            return False
    return True


def _perfect_and(doc: Doc, ev: Event) -> bool:
    """A verb trigger of one token written with «و» that reads as a perfect verb («وطالبت», «وانتقد»)."""
    k = doc.token_at(ev.trigger.start)
    if k is None or ev.attrs.get("pos") != "V":
        return False
    key = doc.tokens[k].norm_key
    if not key.startswith("و") or len(key) < 4:
        return False
    stem = key[1:]
    return not imperfect(stem, True) or stem in past_keys()


def _clause_end(doc: Doc, k: int, sent_end: int) -> int:
    """Where the clause of token ``k`` ends: the first comma, end mark or quotation mark after it, else ``sent_end``."""
    stop = next((t for t in range(k + 1, len(doc.tokens)) if doc.tokens[t].start >= sent_end
                 or doc.tokens[t].text in ENDS_AND_QUOTES | {"،", ","}), None)
    return doc.tokens[stop].start if stop is not None else sent_end


def _coordinated(doc: Doc, events: list[Event], ev: Event, default: str) -> tuple[bool, str | None]:
    """(whether ``ev`` shares the time of the act before it, the date that time gives: None for a span or a year
    that gives no day, as it gave the act before; see the module)."""
    if not _perfect_and(doc, ev) or ev.modality not in FACTUAL:
        return False, None
    sent = ev.sentence
    k = doc.token_at(ev.trigger.start)
    if k is None or k == 0 or doc.tokens[k - 1].text not in ("،", ","):
        return False, None  # (a new conjunct after a comma: «...، وطالبت»)
    if valued_times(doc, ev.trigger.end, _clause_end(doc, k, ev.sentence.end)):
        return False, None  # a time of its own in its clause
    before = valued_times(doc, sent.start, ev.trigger.start)
    if not before:
        return False, None
    last = max(before, key=lambda ts: ts.start)
    value = dated(last.value)
    e, s = doc.token_at(last.end - 1), doc.token_at(last.start)
    if value == default or e is None or s is None or k - e > SHARE_REACH \
            or not open_between(doc, e + 1, k):
        return False, None
    prior = [o for o in events if o is not ev and sent.start <= o.trigger.start and o.trigger.end <= last.start
             and o.date == value and o.modality in FACTUAL and o.source == ev.source]
    if not prior:
        return False, None
    p = max(prior, key=lambda o: o.trigger.start)
    if any(o.attrs.get("pos") == "V" and p.trigger.end <= o.trigger.start and o.trigger.end <= ev.trigger.start
           and o.source != ev.source for o in events):
        return False, None  # another actor's verb between: not the act it is coordinated with
    return True, value


def _chained(doc: Doc, events: list[Event], ev: Event, default: str) -> str | None:
    """The day of the verb right before ``ev`` that ``ev`` goes on from (see the module), or None."""
    if not _perfect_and(doc, ev) or ev.modality not in FACTUAL or ev.source is None:
        return None
    p = act_before(events, ev)
    if p is None:
        return None
    if p.attrs.get("pos") != "V" or p.source != ev.source or p.modality not in FACTUAL or p.date is None \
            or len(p.date) != 10 or p.date == default:
        return None
    a, k = doc.token_at(p.trigger.end - 1), doc.token_at(ev.trigger.start)
    if a is None or k is None or k - a > SHARE_REACH or not open_between(doc, a + 1, k):
        return None
    if valued_times(doc, p.trigger.end, _clause_end(doc, k, ev.sentence.end)):
        return None  # a time between the two or in its own clause
    return p.date


def _parallel(doc: Doc, events: list[Event], ev: Event, default: str) -> str | None:
    """The date of the act of the same entry right before ``ev`` that «بينما/فيما» sets it beside (see the module)."""
    k = doc.token_at(ev.trigger.start)
    if k is None or k == 0 or ev.attrs.get("pos") != "V" or ev.modality not in FACTUAL \
            or doc.tokens[k - 1].norm_key not in fw("simultaneous_openers"):
        return None
    p = act_before(events, ev)
    if p is None:
        return None
    if p.attrs.get("trigger_id") != ev.attrs.get("trigger_id") or p.modality not in FACTUAL or p.date is None \
            or p.date == default or p.attrs.get("date_default"):
        return None
    a = doc.token_at(p.trigger.end - 1)
    if a is None or not open_between(doc, a + 1, k):
        return None
    if valued_times(doc, ev.trigger.end, _clause_end(doc, k, ev.sentence.end)):
        return None  # a time of its own in its clause
    return p.date


def _subject_of_force(doc: Doc, events: list[Event], ev: Event) -> str | None:
    """The date of the verb of force a noun of force ``ev`` is the subject of (see the module), or None."""
    if ev.attrs.get("pos") != "N" or not ev.code.startswith(FORCE) or ev.modality not in FACTUAL:
        return None
    after = [o for o in events if o is not ev and ev.trigger.end <= o.trigger.start < ev.sentence.end]
    if not after:
        return None
    v = min(after, key=lambda o: o.trigger.start)
    if v.attrs.get("pos") != "V" or not v.code.startswith(FORCE) or v.modality not in FACTUAL or v.date is None:
        return None
    a, b = doc.token_at(ev.trigger.end - 1), doc.token_at(v.trigger.start)
    if a is None or b is None or b - a > SUBJECT_REACH or not open_between(doc, a + 1, b) \
            or doc.tokens[b].norm_key.startswith(("و", "ف")) and len(doc.tokens[b].norm_key) > 4:
        return None  # («هجوم ...، وقتل»: a verb of its own conjunct)
    own = valued_times(doc, v.trigger.end, ev.sentence.end)
    if not own:
        return None
    first = min(own, key=lambda ts: ts.start)
    f = doc.token_at(first.start)
    if f is None or f - b > 3 or dated(first.value) != v.date:
        return None  # the verb's own time, right after it («استهدف فجر الأحد»)
    return v.date


def shared_times(doc: Doc, events: list[Event]) -> None:
    """Each event dated by default (``default_day``) that shares the time of the act it is coordinated with, or of
    the verb it is the subject of, takes that time's date."""
    default = default_day(doc)
    if default is None:
        return
    for ev in sorted(events, key=lambda o: o.trigger.start):
        if ev.date != default:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is not None and elsewhere(doc, k):
            continue  # round 293: «...، واعتقلت الشرطة في مدينة أخرى»: another telling, not that day
        shared, value = _coordinated(doc, events, ev, default)
        if shared:
            ev.date = value
            continue
        value = _chained(doc, events, ev, default)
        if value is not None:
            ev.date = value
            continue
        value = _parallel(doc, events, ev, default)  # round mn979: «..., بينما حكم على والده»
        if value is None:
            value = _subject_of_force(doc, events, ev)
        if value is not None:
            ev.date = value
