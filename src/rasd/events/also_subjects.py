"""Round ev301: a verb after «كما» with no subject of its own goes on with the subject of the verb told right before.

«بدأت هيئة المترو تشغيل الأغاني الوطنية، كما أعلنت أن الخدمات ستكون مجانية», «وأكد المصدر أن ... . كما أكد أنه
لن يكون هناك دور للجبهة»: «كما» adds another act of the same doer. A verb right after «كما» with no source and no
source phrase takes the subject of the nearest verb before it, in its sentence or the one before, that has one: an
event's verb with its source (entity or phrase), or a quote's cue with its speaker («وأوضحت النقابات ... . كما
أكدت»), where the two verbs agree (a plural with a plural, a feminine with a feminine), and not a plural of people
to a singular verb («وطالب المحتجون ... . كما أكد»: the VSO verb was singular, a dropped subject's is not). Only where the verb can have
no subject after it that the rules missed: a plural verb («كما اتهموا القوات»), or one followed, past an adverb
(``lone_adverbs``), by a complementizer or a preposition («كما أعلنت أن», «كما أعلنت سابقا على لسان»); not «كما
أعلنت أكثر من مائة مجموعة» (its subject after it), nor a passive («كما قتل جندي»).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from ..text.verb_gender import verb_agreement
from .carried_subjects import people_head
from .forms import fw, fw_keys, nkey
from .word_tests import open_after, verb_key
from .source_set import name_source

ALSO = frozenset(nkey(w) for w in ("كما", "وكما"))


def _candidates(doc: Doc, events: list[Event], ev: Event, lo: int, hi: int) -> list[tuple[int, str | None, list[int] | None, str | None]]:
    """(verb token, entity, phrase span, phrase text) of the verbs with a subject between characters ``lo`` and
    ``hi``: events' verbs and quotes' cues."""
    found: list[tuple[int, str | None, list[int] | None, str | None]] = []
    for e in events:
        if e is ev or e.attrs.get("pos") != "V" or e.attrs.get("passive") or not lo <= e.trigger.start < hi:
            continue
        t = doc.token_at(e.trigger.start)
        span = e.attrs.get("source_span")
        text = e.attrs.get("source_text")
        if t is not None and (e.source is not None or isinstance(span, list) and isinstance(text, str)):
            found.append((t, e.source, list(span) if e.source is None and isinstance(span, list) else None,
                          text if e.source is None and isinstance(text, str) else None))
    for q in doc.quotes:
        if not lo <= q.cue.start < hi:
            continue
        t = doc.token_at(q.cue.start)
        phrase = q.attrs.get("speaker_text")
        if t is None:
            continue
        if q.speaker is not None:
            found.append((t, q.speaker, None, None))
        elif isinstance(phrase, Span):
            found.append((t, None, [phrase.start, phrase.end], doc.text[phrase.start : phrase.end]))
    return found


def also_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb after «كما» with no subject the subject of the verb before it (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") is not None or ev.attrs.get("pos") != "V" \
                or ev.attrs.get("passive"):
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or t == 0 or doc.tokens[t - 1].norm_key not in ALSO:
            continue
        k = next((i for i, s in enumerate(doc.sentences) if s.start <= ev.trigger.start < s.end), None)
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if k is None or not open_after(doc, t, end):
            continue
        lo = doc.sentences[k - 1].start if k > 0 else doc.sentences[k].start
        found = _candidates(doc, events, ev, lo, doc.tokens[t - 1].start)
        if not found:
            continue
        v, eid, span, text = max(found, key=lambda c: c[0])
        mine = verb_agreement(verb_key(doc.tokens[t].text))
        if verb_agreement(verb_key(doc.tokens[v].text)) != mine:
            continue
        first = doc.token_at(span[0]) if span is not None else None
        if first is not None and people_head(doc, first) and mine != "p":
            continue  # («وطالب المحتجون ... . كما أكد»: a VSO verb is singular, the dropped subject's verb is not)
        if eid is not None and eid != ev.target:
            name_source(ev, eid)
        elif eid is None and span is not None and text is not None:
            ev.attrs["source_span"] = span
            ev.attrs["source_text"] = text
