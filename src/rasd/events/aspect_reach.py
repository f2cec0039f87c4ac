"""Round ar400: the long subject between a verb of starting, trying or deciding and its masdar.

«وبدأ متشددون في البرلمان الإيراني والمؤسسة الأمنية الهجوم على الاتفاق»: ``subjects.after_aspect`` reads the
subject only where one phrase stands between the aspect verb (function words ``aspect_verbs``) and the masdar. Where
the subject runs on over a «في/من» phrase and phrases joined by «و» («متشددون في البرلمان الإيراني والمؤسسة
الأمنية»), the whole run from the word after the aspect verb up to the masdar is the subject: its head (the first
phrase) must be a phrase of people or a named body (``acting.actor_phrase``) that can act. Not where a comma, a number
or another preposition stands in the run, nor where the run is longer than ``REACH_PHRASES`` phrases.
"""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase, can_act
from .chunks import Chunk, plain_chunk, verb_key
from .forms import fw
from .lexicon import Hit
from .aspect_gaps import aspect_reading

REACH_PHRASES = 4  # phrases of the run: «متشددون | في البرلمان الإيراني | والمؤسسة الأمنية»
RUN_PREPS = ("في", "من")  # a phrase of where the subject's people belong («في البرلمان», «من المعارضة»)


def _reached(doc: Doc, chunks: list[Chunk], last: Chunk, sent_start: int) -> Chunk | None:
    """The subject run ending in the phrase ``last`` right before a masdar, opened right after an aspect verb."""
    toks = doc.tokens
    cur = last
    for _ in range(REACH_PHRASES):
        if cur.number or (cur.prep is not None and cur.prep not in RUN_PREPS):
            return None
        prev = next((p for p in chunks if cur.i - 2 <= p.j < cur.i), None)
        if prev is None or any(toks[t].text in ("،", ",") for t in range(prev.j + 1, cur.i)):
            return None
        if cur.prep is None and not cur.coord and cur is not last:
            return None  # (a bare phrase inside the run is the object of something else)
        if prev.prep is None:
            if verb_key(toks[prev.i].text) in fw("aspect_verbs") and prev.j > prev.i:
                head = plain_chunk(toks, prev.i + 1, prev.j, prev.end)  # the word run took in the verb («وبدأ»)
            elif not prev.coord and prev.i - 1 >= sent_start and verb_key(toks[prev.i - 1].text) in fw("aspect_verbs"):
                head = prev
            else:
                cur = prev
                continue
            if head.number or not actor_phrase(doc, head) or not can_act(doc, head):
                return None
            if head.entity is not None:
                return head  # («وبدأت الحكومة الأردنية وقوات ...»: the named body, as the first conjunct)
            return plain_chunk(toks, head.i, last.j, last.end)
        cur = prev
    return None


def aspect_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """The subject of the aspect verb before the masdar ``hit`` (``subjects.after_aspect``), or where it runs on
    over a «في» phrase and «و» conjuncts the whole run; None where there is none."""
    found, subject = aspect_reading(doc, chunks, hit, sent_start)  # round ev468: past a time («واصلت أمس قصف»)
    if found or subject is not None or hit.i - 1 < sent_start:
        return subject
    last = next((c for c in chunks if c.j == hit.i - 1), None)
    if last is None or last is chunks[0] or not (last.coord or last.prep is not None):
        return None
    return _reached(doc, chunks, last, sent_start)
