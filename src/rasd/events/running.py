"""Round 123: acts running over a span, of no one day.

- «تتواصل المعارك والمواجهات للشهر الرابع على التوالي»: an act told as going on for the Nth month, week or year
  in a row (``running_units`` after «لـ», then «على التوالي» within ``ROW_REACH`` tokens) in the trigger's clause
  has no day («لليوم الثالث على التوالي» still dates it: it goes on today).
- «شهدت البلاد هجومين انتحاريين خلال أقل من شهر»: a noun act counted over a span said right after it («خلال» +
  at most a word of measure + an indefinite unit of time, ``span_counts``) has no day.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .running_totals import running_total as running_total  # re-exported: the dating imports it from here
from .word_tests import clause_from, clause_stop, clause_to

ROW_REACH = 4  # tokens from «للشهر» to «التوالي»
CLAUSE_REACH = 20  # tokens either side of the trigger read for «للشهر ... على التوالي»
SPAN_REACH = 3  # tokens from a noun trigger's end to «خلال»
MEASURE = fw_keys("measure_words")
DURING = frozenset(nkey(w) for w in ("خلال", "غضون"))


def _clause(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> range:
    """The tokens of the trigger's clause, up to ``CLAUSE_REACH`` either side (commas and stops bound it)."""
    lo = clause_from(doc, hit.i, max(sent_start, hit.i - CLAUSE_REACH))
    return range(lo, clause_to(doc, hit.j + 1, min(sent_end, hit.j + 1 + CLAUSE_REACH)))


def in_a_row(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether the trigger's clause tells its act as going on for the Nth month, week or year in a row."""
    toks = _clause(doc, hit, sent_start, sent_end)
    for k in toks:
        key = doc.tokens[k].norm_key
        if not key.startswith("لل") or "ال" + key[2:] not in fw("running_units"):  # «للشهر»: «لـ» + «الشهر»
            continue
        if any(doc.tokens[t].norm_key == nkey("التوالي") for t in range(k + 1, min(toks.stop, k + 1 + ROW_REACH))):
            return True
    return False


def counted_over_span(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """Whether a noun trigger is followed by «خلال (أقل من) شهر»: acts counted over a span."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + SPAN_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و") in DURING:
            u = t + 1
            while u < min(sent_end, t + 4) and doc.tokens[u].norm_key in MEASURE:
                u += 1
            return u < sent_end and doc.tokens[u].norm_key in fw("span_counts")
    return False
