"""Round qu801: one speaker for one cue. A statement verb (CAMEO 01x) that is also the cue of a quote names the
same speaker in both layers; where they chose differently, the quotes stage, which reads the speaker's own clause
(the subject after the verb, an unnamed source of a named body, «وبحسب مصادر عسكرية، أكدت أن»), is the stronger,
and the event takes the quote's actor (:meth:`~rasd.spans.Quote.actor`: the speaker, else the named body of an
unnamed one, «مسؤول في الخارجية الأميركية»).

Not where the quote only carried its speaker from earlier words (via «carry»): then the event's own reading stands
(«أما «النصرة» فقد أعلنت»: the topic «أما» sets up, not «داعش» named before) — unless the event found no one and
the verb opens its clause (nothing before it that could be its subject: «. وشدد على أن» after «وأوضح فياض أن»);
«وكانت دائرة الأراضي في دبي قد أعلنت أن» keeps no source (the unnamed body before «قد» is the subject).
"""

from __future__ import annotations

from ..doc import Doc, Event, Quote, Span
from .forms import fw_keys, nkey
from .source_set import name_party, set_party

STATEMENTS = "01"  # CAMEO 01x: make a public statement
CARRIED = "carry"  # the quote's «via» where its speaker was carried from earlier words
CLAUSE_OPENERS = frozenset((".", "،", ",", "؛", ":", "!", "؟"))  # a token after which a verb opens its clause


def _opens_clause(doc: Doc, ev: Event, t: int) -> bool:
    """The verb at token ``t`` opens its clause: it starts the sentence or follows a stop («. وشدد على أن»)."""
    return t == 0 or doc.tokens[t - 1].end <= ev.sentence.start or doc.tokens[t - 1].text in CLAUSE_OPENERS


def cue_event(doc: Doc, q: Quote) -> Event | None:
    """The statement verb event whose trigger is quote ``q``'s cue and that names no source of its own, for the
    groups stage: the group it makes of the quote's unnamed speaker («وبحسب مصادر عسكرية، أكدت أن») is the
    event's source too."""
    return next((ev for ev in doc.events if ev.trigger.start == q.cue.start and ev.code.startswith(STATEMENTS)
                 and ev.attrs.get("pos") == "V" and ev.source is None and ev.unnamed("source", doc.text) is None),
                None)


def said_content(phrase: str) -> bool:
    """Round mend847: a demonstrative and a noun of what is said («هذه الاتهامات», «تلك المعلومات»:
    ``said_content_nouns``) before a statement verb's quote is what the verb confirms, its object, no speaker
    («وأكدت هذه الاتهامات التي تناولتها صحيفة ...، بالقول»); not «هذا التقرير» nor «هذه المصادر»."""
    words = [nkey(w) for w in phrase.split()]
    return len(words) == 2 and words[0] in fw_keys("subject_demonstratives") and words[1] in fw_keys("said_content_nouns")


def phrase_speakers(doc: Doc, events: list[Event]) -> None:
    """Round qu834: a statement verb with no source, or one only carried from before, whose quote has an unnamed
    speaker phrase of its own clause (not carried: «لكنَّ أصواتًا معارضة، وبينهم قانونيون، أكدوا أن») takes that
    phrase as its source, over «الرئاسة المصرية» named in the sentence before."""
    for q in doc.quotes:
        said_by = q.attrs.get("speaker_text")
        if q.actor() is not None or not isinstance(said_by, Span) or q.attrs.get("via") == CARRIED \
                or said_content(doc.text[said_by.start : said_by.end]):
            continue
        for ev in events:
            if ev.trigger.start == q.cue.start and ev.code.startswith(STATEMENTS) and ev.attrs.get("pos") == "V" \
                    and (ev.attrs.get("source_carried") or ev.source is None) and ev.unnamed("source", doc.text) is None:
                set_party(ev, "source", None, doc.text, said_by.start, said_by.end)
                ev.attrs.pop("source_carried", None)


def cue_speakers(doc: Doc, events: list[Event]) -> None:
    """Give a statement verb that is a quote's cue the quote's actor as its source (module doc), in place; or its
    unnamed speaker phrase (:func:`phrase_speakers`)."""
    phrase_speakers(doc, events)
    cues = {q.cue.start: q for q in doc.quotes if q.actor() is not None}
    if not cues:
        return
    for ev in events:
        q = cues.get(ev.trigger.start)
        if q is None or not ev.code.startswith(STATEMENTS) or ev.attrs.get("pos") != "V":
            continue
        who = q.actor()
        if who is None or who == ev.source or who == ev.target:
            continue
        if q.attrs.get("via") == CARRIED:
            t = doc.token_at(ev.trigger.start)
            if ev.source is not None or t is None or not _opens_clause(doc, ev, t):
                continue
        name_party(ev, "source", who)
        ev.attrs.pop("source_carried", None)
