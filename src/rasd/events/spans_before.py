"""Round dt313: an act told over a past span named before it has no one day.

- «كذلك، خلال العام ونصف العام الماضيين، قمت بزيارات رسمية»: a fronted «خلال/طوال/طيلة» + a period noun and a
  word of the past (``past_period_nouns`` or a bare unit of ``span_counts`` with its article, then
  ``past_period_adjectives`` or a «الماضيـ» dual) before the trigger in its sentence, with no «أن/إن» or relative
  between (``fronted_period``): the act goes over that span, of no one day; the time is no value the dating finds
  (the span is not a time expression), so the act would otherwise take the article's day;
- «قتلوا ... خلال أسبوع من الغارات الجوية»: a noun act right after «خلال/طوال» + an indefinite unit + «من» is a
  series of acts counted over that span (``span_of_acts``).

Counter-case: «خلال الأيام المقبلة، سيزور» (a span to come: ``past_period_adjectives`` only), «وخلال زيارته، قال»
(no period noun), «خلال الساعات الماضية» (so short a span is recent: ``SHORT_UNITS``), a span in the clause before
«، و» («نصب الكمائن طوال الفترة الماضية، وفي المخا قصفت»), or before a complementizer opening the trigger's clause.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import SENTENCE_ENDS
from .forms import fw, fw_keys
from .lexicon import Hit

__all__ = ["fronted_period", "span_of_acts"]

FRONT_REACH = 14  # tokens back from the trigger to «خلال» of a fronted past span
SPANNING = fw_keys("spanning_words")


def _past_word(key: str) -> bool:
    """A word of the past after a period noun: «الماضية», «السابقة», «الماضيين» (a dual of «الماضي»)."""
    return key in fw("past_period_adjectives") or key in ("الماضيين", "الماضيتين", "المنصرمين")


SHORT_UNITS = frozenset(("ساعات", "يومين"))  # «خلال الساعات الماضية»: so short a span is recent, the day kept


def _period_noun(key: str) -> bool:
    """«الفترة», «الأشهر», or a unit of time with the article («العام», «الشهرين»); not hours or two days."""
    return key in fw("past_period_nouns") or (key.startswith("ال") and key[2:] in fw("span_counts")
                                              and key[2:] not in SHORT_UNITS)


def fronted_period(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether a fronted past span («خلال العام الماضي ونصفه،») stands before the trigger in its sentence (see the
    module)."""
    for t in range(hit.i - 1, max(sent_start, hit.i - FRONT_REACH) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key
        if tok.text in SENTENCE_ENDS or key in fw("complementizers") or key in fw("relatives"):
            return False
        if tok.text in ("،", ",") and doc.tokens[t + 1].norm_key[:1] == "و" \
                and doc.tokens[t + 1].norm_key[1:] not in SPANNING:
            return False  # «طوال الفترة الماضية، وفي المخا ...، قصفت»: a new clause after «، و»
        if key.removeprefix("و") not in SPANNING:
            continue
        window = [doc.tokens[u].norm_key for u in range(t + 1, min(hit.i, t + 6))]
        nouns = [i for i, k in enumerate(window) if _period_noun(k)]
        return bool(nouns) and any(_past_word(k) for k in window[nouns[0] + 1 :])
    return False


def span_of_acts(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether a noun trigger comes right after «خلال/طوال» + an indefinite unit + «من» («خلال أسبوع من الغارات»)."""
    if hit.pos != "N" or hit.i - 3 < sent_start:
        return False
    spanning, unit, of = (doc.tokens[hit.i - k].norm_key for k in (3, 2, 1))
    return of == "من" and unit in fw("span_counts") and spanning.removeprefix("و") in SPANNING
