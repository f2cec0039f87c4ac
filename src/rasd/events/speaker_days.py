"""Round tm592, after :func:`linked_days`: the day of an occasion carried on to what the same speaker says next.

«وقال السفير الألماني فلان في مؤتمر صحافي أمس الاثنين إن ...» then, some paragraphs on, «وأكد السفير على أهمية
...», «وأضاف أن ...»: a statement or other speech act (``SPEECH`` codes) told as fact with no time in its own
sentence, dated by default (the article's day), whose source is that of the nearest earlier statement or meeting
(CAMEO 01x, 04x) of the same speaker dated to a recent day before the article's, takes that day; a verb with no
named source that opens its sentence («وأضاف أن», «وتابع») goes on for the last speaker told.

Not where another named speaker speaks in between (he takes over), where a time other than that day is told in
between or in the act's own sentence (its own day wins), where another meeting of another day is told in between,
for a present verb («وتؤكد تركيا»: a stance held now), for an act inside someone's words, where its own sentence tells
a subject that does not name that speaker («واتهم المتمردون الحكومة» after «وحذر الرئيس الأميركي ... أمس»), or past
``SENTENCE_REACH`` sentences.

Round ti961: the occasion of a sentence with no statement act of its own is an anchor too, where its first word (a
verb) is followed right away by its named subject and then, within ``OCCASION_WINDOW`` tokens and no comma, by
«في/خلال» + a speech noun (``speech_nouns``, ``setting_nouns``) and a day: «وأعربت وزارة الخارجية القطرية في بيان
الثلاثاء، ... عن «تحفظ ...»» then «وأكدت الخارجية القطرية أن ...»: of Tuesday (``_occasion_anchors``)."""

from __future__ import annotations

from datetime import date, timedelta

from ..doc import Doc, Event, Span, trigger_start
from .attached import default_day
from .dating import dated
from .forms import fw_keys, nkey
from .linked_days import _said, _told_times, linked_days
from .said_when import cue_day
from .modality import FACTUAL
from .when import RECENT_DAYS
from .word_tests import clause_stop, mention_holding, past_conjunction

__all__ = ["speaker_days"]

SPEECH = ("01", "02", "051", "10", "11", "12", "13")  # statement, appeal, praise, demand, disapprove, reject, threaten
MEETINGS = "04"  # consult, visit, meet: an occasion whose day its speaker's next words keep
SENTENCE_REACH = 10  # sentences from the occasion to the act that takes its day
OCCASION_WINDOW = 6  # tokens after a sentence's opening verb's named subject to «في بيان» + its day
OCCASION_PREPOSITIONS = frozenset(("في", "خلال", "وفي", "وخلال"))
DAY_REACH = 3  # tokens after the speech noun to its day («في مؤتمر صحافي أمس»)


def _told_out(doc: Doc, ev: Event) -> bool:
    """Whether ``ev`` is told by the writer (not inside a quote's words or quotation marks)."""
    return not _said(doc, ev.sentence, ev.trigger.start)


def _present(doc: Doc, ev: Event) -> bool:
    """A present verb trigger («وتؤكد», «ينفي»: a stance held now, no act of one day)."""
    k = doc.token_at(ev.trigger.start)
    if k is None or ev.attrs.get("pos") != "V":
        return False
    key = past_conjunction(doc.tokens[k].norm_key, 4)
    return len(key) >= 4 and key[0] in ("ي", "ت", "ن") and not key.startswith("تم")


def _opens(doc: Doc, ev: Event) -> bool:
    """Whether the verb trigger ``ev`` is the first token of its sentence («وأضاف أن»)."""
    return ev.attrs.get("pos") == "V" and doc.token_at(ev.trigger.start) == doc.token_at(ev.sentence.start)


def _own_day(doc: Doc, ev: Event) -> bool:
    """Whether ``ev``'s date is that of a time its own sentence tells outside quotes («لدى اجتماعه أمس»), not one
    carried to it."""
    return any(dated(ts.value) == ev.date for ts in _told_times(doc, ev.sentence))


def _named(doc: Doc, ev: Event) -> bool:
    """Whether ``ev``'s source is named in its own sentence («وأكد السفير»), or it is a verb with no named source
    opening its sentence («وأضاف أن»): not an act another rule gave a source told elsewhere («جميعها حثت»)."""
    if ev.source is None:
        return _opens(doc, ev)
    return _mentioned(doc, ev)  # (not a source another rule carried: «واتهم المتمردون» given the one told before)


def _mentioned(doc: Doc, ev: Event) -> bool:
    """Whether ``ev``'s source entity has a mention in ``ev``'s sentence."""
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent is not None and any(ev.sentence.start <= m.start < ev.sentence.end for m in ent.mentions)


def _subject_names(doc: Doc, ev: Event, speaker: str) -> bool:
    """Whether the subject phrase ``ev``'s own sentence tells for it (``source_span``) names ``speaker``: a mention
    of that entity over it, or words all in one of its mentions («وأكد السفير», «وأكد هابر» after «وقال السفير
    الألماني هانس يورغ هابر»). No phrase: the act goes on for him («وأضاف أن»). Not «واتهم المتمردون الحكومة» after
    «وحذر الرئيس الأميركي أمس»: another subject after the verb, whatever source it was given."""
    span, ent = ev.attrs.get("source_span"), doc.entity(speaker)
    if not isinstance(span, list) or len(span) != 2:
        return True
    if ent is None:
        return False
    words = {nkey(w).removeprefix("ال") for w in doc.text[span[0]:span[1]].split()}
    return any(m.start < span[1] and span[0] < m.end
               or words <= {nkey(w).removeprefix("ال") for w in doc.text[m.start:m.end].split()}
               for m in ent.mentions)


def _recent(value: str | None, default: str) -> bool:
    """Whether ``value`` is a day within ``RECENT_DAYS`` before the day ``default``."""
    try:
        day, today = date.fromisoformat(value or ""), date.fromisoformat(default[:10])
    except ValueError:
        return False
    return today - timedelta(days=RECENT_DAYS) <= day < today


def _speech(ev: Event) -> bool:
    return ev.code.startswith(SPEECH)


def _other_speaker(doc: Doc, events: list[Event], speaker: str, lo: int, hi: int) -> bool:
    """Whether someone other than ``speaker`` is told speaking between offsets ``lo`` and ``hi``: the named speaker
    of a quote cued there, or the named source of a speech act told there outside quotes."""
    for q in doc.quotes:
        who = q.actor()
        if who is not None and who != speaker and lo <= q.cue.start < hi:
            return True
    return any(o.source is not None and o.source != speaker and _speech(o) and lo <= o.trigger.start < hi
               and _told_out(doc, o) for o in events)


Anchor = tuple[int, int, str | None, str]  # (start, end, day, speaker) of a statement, meeting or quote cue


def _broken(doc: Doc, events: list[Event], anchor: Anchor, ev: Event) -> bool:
    """Whether a time other than ``anchor``'s day is told (outside quotes) between it and ``ev``, any time stands in
    ``ev``'s own sentence, or another meeting of another day is told between them."""
    _, end, day, _ = anchor
    for sent in doc.sentences:
        if sent.end <= end or sent.start > ev.trigger.start:
            continue
        if sent.start == ev.sentence.start:  # any time of its own sentence, even in the words it reports
            if any(ts.value and sent.start <= ts.start < sent.end for ts in doc.times):
                return True
            continue
        if any(ts.start >= end and dated(ts.value) != day for ts in _told_times(doc, sent)):
            return True
    return any(o.code.startswith(MEETINGS) and o.date != day and _told_out(doc, o)
               and end <= o.trigger.start < ev.trigger.start for o in events)


def _anchors(doc: Doc, events: list[Event]) -> list[Anchor]:
    """The statements and meetings told as fact outside quotes with a named source, dated by a time of their own
    sentence (their dates), and the quotes cued by a named speaker (the day told at the cue: «وقال فلان في مؤتمر صحافي
    أمس إن»), in order. Read once per article: an act this stage dates has no time in its sentence, so it never
    becomes an anchor."""
    out: list[Anchor] = [(o.trigger.start, o.trigger.end, o.date, o.source) for o in events
                         if o.modality in FACTUAL and o.source is not None
                         and (_speech(o) or o.code.startswith(MEETINGS)) and _told_out(doc, o)
                         and not _present(doc, o) and _own_day(doc, o) and _mentioned(doc, o)]
    out.extend(_occasion_anchors(doc))
    for q in doc.quotes:
        who, sent = q.actor(), doc.sentence_of(q.cue.start)
        day = cue_day(doc, q.cue, q.content, sent) if sent is not None else None
        if who is not None and sent is not None and day is not None and not _said(doc, sent, q.cue.start):
            out.append((q.cue.start, q.cue.end, day, who))
    return sorted(out, key=lambda a: (a[0], a[1]))


def _occasion_anchors(doc: Doc) -> list[Anchor]:
    """Round ti961: (the opening verb's start and end, the day, the subject's entity) of each sentence told outside
    quotes whose first word is followed right away by a named subject, then (no comma between) by «في/خلال» + a speech
    noun and a day told within ``DAY_REACH`` tokens after it: «وأعربت وزارة الخارجية القطرية في بيان الثلاثاء عن»,
    «وتحدث الوزير في كلمة الأحد عن» (not «ونقلت الوكالة عن فلان في مؤتمر صحافي أمس»: the agency is no speaker)."""
    out: list[Anchor] = []
    nouns = fw_keys("speech_nouns") | fw_keys("setting_nouns")
    for sent in doc.sentences:
        a = doc.token_at(sent.start)
        if a is None or a + 2 >= len(doc.tokens) or doc.tokens[a + 1].start >= sent.end \
                or _said(doc, sent, doc.tokens[a].start):
            continue
        m = mention_holding(doc, a + 1)
        if m is None or m.entity is None or m.start != doc.tokens[a + 1].start:
            continue
        last = doc.token_at(m.end - 1)
        if last is None:
            continue
        day = _occasion_day(doc, sent, last + 1, nouns)
        if day is not None:
            out.append((doc.tokens[a].start, doc.tokens[a].end, day, m.entity))
    return out


def _occasion_day(doc: Doc, sent: Span, k: int, nouns: frozenset[str]) -> str | None:
    """The day told right after «في/خلال» + a speech noun within ``OCCASION_WINDOW`` tokens from token ``k`` of
    ``sent``, no comma or complementizer before it; None where none is."""
    end = doc.token_at(sent.end - 1)
    if end is None:
        return None
    told = [ts for ts in _told_times(doc, sent) if _day(ts.value) is not None]
    for t in range(k, min(end, k + OCCASION_WINDOW)):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or tok.norm_key in fw_keys("complementizers"):
            return None
        if tok.norm_key not in OCCASION_PREPOSITIONS or doc.tokens[t + 1].norm_key not in nouns:
            continue
        reach = doc.tokens[min(end, t + 1 + DAY_REACH)].end
        after = doc.tokens[t + 1].end
        for ts in told:
            if after <= ts.start < reach and not any(clause_stop(x.text) for x in doc.tokens[t + 1 : end + 1]
                                                    if after <= x.start < ts.start):
                return ts.value
        return None
    return None


def _day(value: str | None) -> date | None:
    """The day ``value`` names; None for a month, a range or nothing."""
    try:
        return date.fromisoformat(value or "") if len(value or "") == 10 else None
    except ValueError:
        return None


def _anchor(doc: Doc, anchors: list[Anchor], ev: Event) -> Anchor | None:
    """The nearest statement, meeting or quote of ``ev``'s source before its sentence (for a verb with no named
    source opening its sentence, of the last one told speaking before it)."""
    before = [a for a in anchors if a[0] < ev.sentence.start]
    speaker = ev.source
    if speaker is None:
        said = [a for a in before if a[3] not in (None, "")]
        if not _opens(doc, ev) or not said:
            return None
        speaker = said[-1][3]
    own = [a for a in before if a[3] == speaker]
    return own[-1] if own and _subject_names(doc, ev, speaker) else None


def speaker_days(doc: Doc, events: list[Event]) -> None:
    """:func:`linked_days`, then each speech act dated by default with no time in its sentence takes the recent day
    of its speaker's last statement or meeting told before (see the module)."""
    linked_days(doc, events)
    default = default_day(doc)
    if default is None or not doc.sentences:
        return
    ordered = sorted(events, key=trigger_start)
    anchors: list[Anchor] | None = None
    for ev in ordered:
        if not _speech(ev) or ev.date != default or ev.modality not in FACTUAL or not _told_out(doc, ev) \
                or _present(doc, ev) or not _named(doc, ev):
            continue
        if anchors is None:
            anchors = _anchors(doc, ordered)
        anchor = _anchor(doc, anchors, ev)
        if anchor is None or not _recent(anchor[2], default):
            continue
        if sum(doc.sentence_of(anchor[0]) is not s and anchor[0] < s.start <= ev.sentence.start
               for s in doc.sentences) > SENTENCE_REACH:
            continue
        if _other_speaker(doc, ordered, anchor[3], anchor[1], ev.trigger.start) or _broken(doc, ordered, anchor, ev):
            continue
        ev.date = anchor[2]
