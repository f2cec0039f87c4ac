"""Round ti845: an act noun in a phrase of circumstance set off after a dated clause takes that clause's day (see
``dating.event_date``; read only where no time of the trigger's own clause dates it).

- «أن القوات نجحت مساء أمس من دخول القاعدة، وسط هروب جماعي للمسلحين ... فور هجوم المقاومة»: the attack, right
  before the flight the entry happened amid, is of «مساء أمس», not of the article's day.
- «اعتقلت الشرطة أمس عشرة أشخاص، وسط اشتباكات عنيفة»: the clashes, amid which the arrests were made, are of «أمس».

The phrase opens with a word of circumstance (``amid_heads``: «وسط») after a comma; the trigger is its head noun or
an act noun after «فور» (``upon_words``) inside it. The day is the last valued time before the comma, a day (not a
month or a year), with no complementizer, relative or other comma between it and the phrase and no relative opening its own
stretch («في حمص، التي شهدت أمس هدوءا، وسط اشتباكات»): «وقال أمس إن الشرطة
اعتقلت ثلاثة، وسط اشتباكات» is the day of the telling, not of the clashes. A phrase with a time of its own is left to
it.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, fw_keys
from .lexicon import Hit
from .stops import clause_stop
from .word_tests import DAY_VALUE


def _amid_head(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The index of «وسط» after a comma whose phrase holds the trigger as its head noun or after «فور»; None
    where there is none (a clause stop between them ends the search)."""
    toks = doc.tokens
    for p in range(hit.i - 1, sent_start, -1):
        if clause_stop(toks[p].text):
            return None
        if toks[p].norm_key in fw_keys("amid_heads"):
            if toks[p - 1].text not in ("،", ","):
                return None
            if p + 1 == hit.i or toks[hit.i - 1].norm_key in fw_keys("upon_words"):
                return p
            return None
    return None


def amid_time(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> TimeSpan | None:
    """The day of the clause before «، وسط» for an act noun of its phrase (see the module); None otherwise."""
    if hit.pos != "N" or sent_end <= sent_start:
        return None
    amid = _amid_head(doc, hit, sent_start)
    if amid is None:
        return None
    toks = doc.tokens
    if any(ts.value for ts in doc.times_within(toks[amid].start, toks[sent_end - 1].end)):
        return None  # the phrase's own time dates it
    comma = amid - 1
    found = [ts for ts in doc.times_within(toks[sent_start].start, toks[comma].start) if ts.value]
    if not found or not DAY_VALUE.fullmatch(found[-1].value or ""):
        return None
    ts = found[-1]
    opened = sent_start  # the start of the time's own stretch: after the last comma before it
    for t in range(sent_start, comma):
        if toks[t].end <= ts.start and clause_stop(toks[t].text):
            opened = t + 1
    for t in range(opened, comma):
        if ts.start <= toks[t].start < ts.end:
            continue
        key = toks[t].norm_key.removeprefix("و")
        if toks[t].start >= ts.end and clause_stop(toks[t].text) or key in fw("relatives"):
            return None  # «في حمص، التي شهدت أمس هدوءا، وسط»: the time of another clause
        if toks[t].start >= ts.end and key in fw("complementizers"):
            return None  # «وقال أمس إن الشرطة اعتقلت ثلاثة، وسط»: the day of the telling
    return ts
