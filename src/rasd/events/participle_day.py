"""Round 287: a verb whose words a participle of saying goes on to tell on an occasion of a given day.

«ودعا الأمين العام إلى دعم الوكالة، قائلا في بيان صدر مساء أول من أمس إن ...»: the participle after the comma
(``saying_participles``) tells what the same speaker said on the occasion it names («في/خلال/لدى» + a speech noun:
``speech_nouns``, ``statement_nouns``), and the time that dates that occasion (within ``OCCASION_REACH`` tokens of
its noun: «بيان صدر مساء أول من أمس») dates the verb the participle goes on from, which has no time of its own
(dated by default): the call was made in that statement, on that day, not on the article's day.

Not where a time stands in the verb's own clause before the comma, nor where the occasion's time is no day.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import ENDS_AND_QUOTES
from .attached import default_day
from .forms import fw_bare_keys, fw_keys, nkey
from .modality import FACTUAL

OCCASION_REACH = 4  # tokens from the speech noun to the time of the occasion
CLAUSE_REACH = 20  # tokens from the verb to the comma before the participle
OCCASION_PREPS = frozenset(nkey(w) for w in ("في", "خلال", "لدى", "اثناء", "أثناء"))


def _occasion_day(doc: Doc, p: int, end: int, default: str) -> str | None:
    """The day of the occasion told right after the participle at token ``p`` («قائلا في بيان صدر أمس»), if any."""
    k = p + 1
    if k >= end or doc.tokens[k].norm_key not in OCCASION_PREPS:
        return None
    noun = doc.tokens[k + 1].norm_key if k + 1 < end else ""
    if noun not in fw_keys("speech_nouns") and noun not in fw_keys("statement_nouns") \
            and noun not in fw_bare_keys("speech_nouns"):
        return None
    lo, hi = doc.tokens[k + 1].end, doc.tokens[min(k + 1 + OCCASION_REACH, end - 1)].end
    times = [t for t in doc.times if t.value and lo <= t.start < hi]
    if not times:
        return None
    value = min(times, key=lambda t: t.start).value
    return value if value is not None and len(value) == 10 and value != default else None


def participle_days(doc: Doc, events: list[Event]) -> None:
    """Each default-dated factual verb whose clause goes on after a comma with a participle of saying on an occasion
    of a given day takes that day (see the module)."""
    default = default_day(doc)
    if default is None:
        return
    for ev in events:
        if ev.date != default or ev.modality not in FACTUAL or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        end = next((t for t in range(k, len(doc.tokens)) if doc.tokens[t].start >= ev.sentence.end), len(doc.tokens))
        comma = next((t for t in range(k + 1, min(end, k + CLAUSE_REACH)) if doc.tokens[t].text in ("،", ",")
                      or doc.tokens[t].text in ENDS_AND_QUOTES), None)
        if comma is None or doc.tokens[comma].text not in ("،", ",") or comma + 1 >= end:
            continue
        if any(t.value and ev.trigger.end <= t.start < doc.tokens[comma].start for t in doc.times):
            continue  # a time of its own in its clause
        if doc.tokens[comma + 1].norm_key not in fw_keys("saying_participles"):
            continue
        day = _occasion_day(doc, comma + 1, end, default)
        if day is not None:
            ev.date = day
