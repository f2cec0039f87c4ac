"""Round 183: an opinion piece (a column) and the acts it tells as background.

A column tells the news of the days before it as the ground of the writer's view: an act it names with no time of
its own is not of the day the column came out. The article is taken for a column where the writer speaks in the
first person outside any quotation («أعتقد», «كتبنا», «نحن»: ``writer_first_person``) or asks («؟») and doubts
(«لعل», «ربما», «يبدو»: ``writer_hedges``) there, or (round tm412) it runs to ``UNSOURCED_SENTENCES`` sentences
or more and no one is quoted or reported saying anything in it (a report of that length tells its news from its
sources; a column argues the writer's own view), no time of the text is
the article's day or one of the two days before it (no «أمس», «اليوم», «أول من أمس»: a news report tells the day of
its news; a bare «اليوم» of a column is as often «nowadays»), and it is not laid out as an interview (lines opening
with «*», the questions, and with «-», the answers: the «نحن» of the one who answers, whose words to the paper are
its news).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import DAY_VALUE

_QUOTED = re.compile(r"«[^«»]*»|\"[^\"\n]*\"|“[^”]*”")
_NOWADAYS = frozenset((nkey("اليوم"), nkey("واليوم")))
_ASKED_LINE = re.compile(r"^[ \t]*[*•]", re.M)  # an interview's question
_ANSWER_LINE = re.compile(r"^[ \t]*[-–]", re.M)  # and its answer
UNSOURCED_SENTENCES = 8  # sentences from which a text that quotes no one is a column (a short brief may quote no one)
RECENT_DAYS = 2  # days before the article's own within which a time tells the day of its news


def _recent_day(doc: Doc) -> bool:
    """Whether a time of the text is the article's day or one of the ``RECENT_DAYS`` before it («أمس», «اليوم»)."""
    try:
        today = date.fromisoformat((doc.date or "")[:10])
    except ValueError:
        return True
    days = {(today - timedelta(days=n)).isoformat() for n in range(RECENT_DAYS + 1)}
    return any(DAY_VALUE.fullmatch(ts.value or "") and (ts.value or "") in days and nkey(ts.text) not in _NOWADAYS
               for ts in doc.times)


def writer_speaks(doc: Doc) -> bool:
    """Whether a first-person word of the writer stands outside every quotation of the text, or a question mark
    and a word of the writer's doubt («لعل», «ربما», «يبدو»: ``writer_hedges``) do."""
    words = fw_keys("writer_first_person")
    hedges = fw_keys("writer_hedges")
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
    spans += [(q.content.start, q.content.end) for q in doc.quotes]
    hedged = asked = False
    for tok in doc.tokens:
        key = tok.norm_key
        bare = key[1:] if key[:1] in ("و", "ف") else key
        first = key in words or bare in words
        hedge = key in hedges or bare in hedges
        if not (first or hedge or tok.text == "؟") or any(a <= tok.start < b for a, b in spans):
            continue  # (a word of neither list tells nothing: the spans are read only for the words that do)
        if first:
            return True
        hedged = hedged or hedge
        asked = asked or tok.text == "؟"
    return hedged and asked


def opinion_piece(doc: Doc) -> bool:
    """Whether ``doc`` reads as a column (module doc); made once per document (``Doc.memoized``)."""
    return doc.memoized("opinion_piece", ("tokens", "times", "quotes"), _opinion_piece)


def _opinion_piece(doc: Doc) -> bool:
    """:func:`opinion_piece`, made."""
    interview = _ASKED_LINE.search(doc.text) is not None and _ANSWER_LINE.search(doc.text) is not None
    unsourced = not doc.quotes and len(doc.sentences) >= UNSOURCED_SENTENCES  # tm412
    return bool(doc.date) and not _recent_day(doc) and not interview and (writer_speaks(doc) or unsourced)


NOTE_REACH = 3  # tokens from a sentence's start, past its background marker, to its «أن»


def column_background(doc: Doc, hit: Hit) -> bool:
    """An act with no time of its own in a column (``opinion_piece``): background of the writer's view, of no day
    the text gives; round 253: so in a sentence opened by a background marker («ويذكر أن», «ويشار إلى أن», «تجدر
    الإشارة إلى أن», «الجدير بالذكر أن»: ``background_openers`` and a complementizer within ``NOTE_REACH``
    tokens), what the story recalls, not its news."""
    return opinion_piece(doc) or _noted(doc, hit)


def _noted(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger's sentence opens with a background marker and its «أن» (``column_background``)."""
    at = doc.tokens[hit.i].start
    sent = next((s for s in doc.sentences if s.start <= at < s.end), None)
    a = doc.token_at(sent.start) if sent is not None else None
    if a is None or doc.tokens[a].norm_key.removeprefix("و") not in fw_keys("background_openers"):
        return False
    return any(doc.tokens[t].norm_key in fw_keys("complementizers")
               for t in range(a + 1, min(hit.i, a + 1 + NOTE_REACH)))
