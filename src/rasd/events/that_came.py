"""Round ev708: the day of an act told by the next sentence's occasion («جاء ذلك خلال ...», «وذلك خلال ...»).

News tells an act first and its occasion in the sentence after it: «جدد مجلس الوزراء إدانته للجريمة. جاء ذلك خلال
الجلسة التي عقدها المجلس أمس», «واستقبل الرئيس الوزير. وذلك خلال لقائه به أمس»: the act was done on the day that
sentence gives. Only an act with no time of its own asks (``dating.event_date`` reaches this last), so «أعلن الوزير
يوم الأحد ... . جاء ذلك في كلمة ألقاها أمس» keeps its own Sunday.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, phrase_keys
from .lexicon import Hit
from .unfixed import next_tokens
from .word_tests import DAY_VALUE, clause_break, key_at


def _opened(keys: list[str]) -> int:
    """The number of tokens of «جاء ذلك/وذلك» (``that_came_openers``) and a frame word after it
    (``that_came_frames``: «في», «خلال», «على هامش») at the start of ``keys``; 0 when the sentence opens otherwise
    («وجاء ذلك بعد أن», «وذلك لأسباب»)."""
    if keys:
        keys = [keys[0].removeprefix("و"), *keys[1:]]
    for opener in phrase_keys(fw("that_came_openers")):
        n = len(opener)
        if tuple(keys[:n]) != opener:
            continue
        for frame in phrase_keys(fw("that_came_frames")):
            if tuple(keys[n : n + len(frame)]) == frame:
                return n + len(frame)
    return 0


def that_came(doc: Doc, hit: Hit, sent_end: int) -> TimeSpan | None:
    """The first day said in the sentence right after the trigger's when that sentence opens with «جاء ذلك» or
    «وذلك» and a frame word (:func:`_opened`), read over commas up to its end, not inside a quote: the occasion's
    day («جاء ذلك ضمن الجلسة التي عقدها مجلس الوزراء برئاسة ...، في قصر السلام أمس»). Round ev715: first, the
    same told after a comma in the trigger's own sentence («استقبل الرئيس الوزير، وذلك خلال لقائه به أمس»)."""
    within = _comma_occasion(doc, hit, sent_end)
    return within if within is not None else _occasion_day(doc, next_tokens(doc, sent_end))


def _comma_occasion(doc: Doc, hit: Hit, sent_end: int) -> TimeSpan | None:
    """Round ev715: the occasion's day (:func:`_occasion_day`) of the first «، وذلك/جاء ذلك» + a frame word after
    the trigger in its sentence, before a quote opens; None when there is none."""
    for t in range(hit.j + 1, sent_end - 1):
        if doc.tokens[t].text in ("«", "؛", ";", ":"):
            return None
        if doc.tokens[t].text in ("،", ",") and _opened([key_at(doc, u) for u in range(t + 1, min(t + 5, sent_end))]):
            return _occasion_day(doc, list(range(t + 1, sent_end)))
    return None


def _occasion_day(doc: Doc, toks: list[int]) -> TimeSpan | None:
    """The first day said in the tokens ``toks`` after their opening «جاء ذلك/وذلك» + a frame word, up to the end of
    their clause or a quote; None when they open otherwise."""
    n = _opened([key_at(doc, t) for t in toks])
    if not n or n >= len(toks):
        return None
    lo = doc.tokens[toks[n]].start
    end = next((doc.tokens[t].start for t in toks[n:] if clause_break(doc.tokens[t].text) or doc.tokens[t].text == "«"),
               doc.tokens[toks[-1]].end)
    days = [ts for ts in doc.times_within(lo, end) if ts.value and DAY_VALUE.match(ts.value)]
    return days[0] if days else None
