"""Round ti874, after :func:`speaker_days`: a time told in one sentence carried on to the act of the same actor that
goes on with the story in the next.

«وفي العاشر من يوليو، أدانت المحكمة فلانا ...» then «واتهمت المحكمة ثلاثة آخرين ...», «في 16 يونيو أصدر فلان
بيانا ...» then «وأكد في البيان أن ...», «وتظاهر عشرات الأكراد ... مساء السبت» then «وخرج أكراد ... في مسيرة»: a
past verb told by the writer as fact (not inside anyone's words), with no time in its own sentence, dated by default
(the article's day), by nothing or by a day carried from further off (the lead's «أمس»), takes the date of the last
act of the sentence right before that has the same source and is dated by a time that sentence tells outside
quotes, where its own subject names that source or is dropped.

Not for a pluperfect («وكانت المحكمة قد ...»: a past before it) or after one («وكان السفير زار صنعاء في يونيو»:
an aside, the story goes back to the news), a present verb (a stance held now), a sentence that tells of an earlier
time («في وقت سابق», «قبل ذلك», «قبلها»), a quote of another speaker cued between the two acts, a statement (CAMEO 01x) after an act
that is none («وأعلن التنظيم مسؤوليته» after the attack: the claim is told later), or a day after the article's."""

from __future__ import annotations

from ..doc import Doc, Event, Span, trigger_start
from .attached import default_day
from .background import earlier_phrase_in
from .dating import dated
from .forms import fw, nkey
from .linked_days import _told_times
from .modality import FACTUAL
from .speaker_days import MEETINGS, _other_speaker, _present, _speech, _subject_names, _told_out
from .when import _earlier
from .word_tests import kana_before, sentence_index

__all__ = ["continued_days"]

STATEMENT = "01"  # make a public statement (CAMEO 01x): after an act of no speech, told later («وأعلن مسؤوليته»)


def _pluperfect(doc: Doc, ev: Event) -> bool:
    """Whether a pluperfect's «كان» stands before ``ev``'s trigger in its clause («وكانت المحكمة، أمس، قد أدانت»;
    ``kana_before``), not in a clause a «لكن» closes before it («كانت بعض الدول تسعى لإبرامها، لكنه أعلن»)."""
    a, k = doc.token_at(ev.sentence.start), doc.token_at(ev.trigger.start)
    if a is None or k is None:
        return False
    first = next((t + 1 for t in range(k, a - 1, -1) if doc.tokens[t].norm_key in fw("but_words")), a)
    return kana_before(doc, k - 1, first, True) is not None


def _phrase(doc: Doc, ev: Event) -> frozenset[str]:
    """The words of ``ev``'s unnamed source phrase (``source_span``) without the article; empty where none."""
    span = ev.attrs.get("source_span")
    if not isinstance(span, list) or len(span) != 2:
        return frozenset()
    return frozenset(nkey(w).removeprefix("ال") for w in doc.text[span[0]:span[1]].split())


def _same_source(doc: Doc, o: Event, ev: Event) -> bool:
    """Whether ``o`` and ``ev`` have one source: the same entity, or (neither named yet: a group the groups stage
    names later) phrases one of whose words holds the other's («عشرات الأكراد» ... «أكراد»)."""
    if o.source is not None or ev.source is not None:
        return o.source == ev.source
    mine, theirs = _phrase(doc, ev), _phrase(doc, o)
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _anchor(doc: Doc, events: list[Event], ev: Event, prev: Span) -> Event | None:
    """The last factual act told by the writer in ``prev`` whose source is ``ev``'s and whose date is that of a time
    ``prev`` tells outside quotes, not a pluperfect."""
    told = {dated(ts.value) for ts in _told_times(doc, prev)} - {None}
    best: Event | None = None
    for o in events:
        if not (prev.start <= o.trigger.start < prev.end) or not _same_source(doc, o, ev) or o.modality not in FACTUAL \
                or o.date is None or o.date not in told or not _told_out(doc, o) or _pluperfect(doc, o):
            continue  # (not «وكان السفير زار صنعاء في يونيو»: a past aside, the story goes back to the news)
        if best is None or o.trigger.start > best.trigger.start:
            best = o
    return best


def _fits(doc: Doc, ev: Event) -> bool:
    """Whether ``ev`` may take a day from the sentence before: a past verb told as fact by the writer with a
    source, in a sentence with no time (its date, if any, is the default or one carried from further off), no earlier
    time and no «كان» before it."""
    if ev.attrs.get("pos") != "V" or (ev.source is None and not _phrase(doc, ev)) or ev.modality not in FACTUAL \
            or _present(doc, ev) or not _told_out(doc, ev):
        return False
    sent = ev.sentence
    if any(ts.value and sent.start <= ts.start < sent.end for ts in doc.times):
        return False
    a, b = doc.token_at(sent.start), doc.token_at(sent.end - 1)
    if a is None or b is None or _earlier(doc, a, b + 1) or earlier_phrase_in(doc, a, b + 1):
        return False
    return not _pluperfect(doc, ev)


def continued_days(doc: Doc, events: list[Event]) -> None:
    """Each act that goes on from the sentence right before with the same source (see the module) takes the date
    that sentence's own time gave that source's act."""
    default = default_day(doc)
    if default is None or len(doc.sentences) < 2:
        return
    ordered = sorted(events, key=trigger_start)
    for ev in ordered:
        if not _fits(doc, ev):
            continue
        k = sentence_index(doc, ev.sentence.start)
        if k is None or k == 0:
            continue
        anchor = _anchor(doc, ordered, ev, doc.sentences[k - 1])
        if anchor is None or anchor.date is None or anchor.date == ev.date or anchor.date > default:
            continue
        if ev.code.startswith(STATEMENT) and not (_speech(anchor) or anchor.code.startswith(MEETINGS)):
            continue  # «وأعلن التنظيم مسؤوليته» after the attack: the claim is told later, of no known day
        if ev.source is not None and not _subject_names(doc, ev, ev.source):
            continue
        if _other_speaker(doc, ordered, ev.source or "", anchor.trigger.end, ev.trigger.start):
            continue
        ev.date = anchor.date
