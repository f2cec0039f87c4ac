"""Round 231: an effect told after the clause of its cause dates by that clause's time (see ``dating.event_date``;
read only where no time of the trigger's own clause dates it).

- «سقطت أمس طائرة في سوق المدينة، التي يسيطر عليها الثوار، مما أدى إلى سقوط قتلى»: a trigger in the complement
  («عن/إلى»: ``result_particles``) of «ما/مما» + a verb of result (``result_verbs``) after a comma takes the one
  valued time of the clause before it, where that time comes before any relative or complementizer of that clause
  (not the time of a clause inside it: «القرية التي دخلها التنظيم في يونيو، مما أدى إلى»).
- Round tm521: so does the act a verb of prompting drives its object to (``prompting_verbs``, ``_prompting_verb``):
  «وكانت تركيا نفذت، السبت الماضي، ضربات جوية ...، ما دفع الحكومة المحلية إلى مطالبة الحزب بالمغادرة».
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .amid_time import amid_time
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop

EFFECT_REACH = 3  # tokens from «عن/إلى» of the verb of result to the trigger («مما أدى إلى سقوط عشرات القتلى»)


PROMPTED_REACH = 3  # tokens of the object between a verb of prompting and its «إلى» («ما دفع حكومة الإقليم إلى»)


def _prompting_verb(doc: Doc, particle: int, sent_start: int) -> int | None:
    """Round tm521: the index of a verb of prompting (``prompting_verbs``) a short object before «إلى»: «، ما دفع
    الحكومة المحلية إلى مطالبة الحزب بالمغادرة»; None where there is none."""
    toks = doc.tokens
    if toks[particle].norm_key == "عن":
        return None
    for v in range(particle - 2, max(sent_start, particle - 2 - PROMPTED_REACH) - 1, -1):
        if clause_stop(toks[v].text):
            return None
        if toks[v].norm_key in fw("prompting_verbs"):
            return v
    return None


def _effect_comma(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The index of the comma before «ما/مما» + verb of result + particle whose complement holds the trigger."""
    toks = doc.tokens
    for p in range(hit.i - 1, max(sent_start, hit.i - 1 - EFFECT_REACH) - 1, -1):
        if clause_stop(toks[p].text):
            return None
        if toks[p].norm_key not in fw("result_particles"):
            continue
        v = _prompting_verb(doc, p, sent_start) or p - 1
        if v - 2 < sent_start or toks[v].norm_key not in fw("result_verbs") | fw("prompting_verbs") \
                or toks[v - 1].norm_key not in ("ما", "مما") or toks[v - 2].text not in ("،", ","):
            return None
        return v - 2
    return None


def effect_time(doc: Doc, hit: Hit, sent_start: int, sent_end: int | None = None) -> TimeSpan | None:
    """«سقطت أمس طائرة ...، مما أدى إلى سقوط قتلى»: the time of the cause's clause; None where there is none or
    more than one. Round ti845: with ``sent_end``, an act of a phrase of circumstance (``amid_time``: «، وسط
    اشتباكات») takes the day of the clause before it."""
    comma = _effect_comma(doc, hit, sent_start)
    if comma is None:
        return amid_time(doc, hit, sent_start, sent_end) if sent_end is not None else None
    toks = doc.tokens
    lo, hi = toks[sent_start].start, toks[comma].start
    found = [ts for ts in doc.times_within(lo, hi) if ts.value]
    if len({ts.value for ts in found}) != 1:
        return None
    ts = found[0]
    for t in range(sent_start, comma):
        if toks[t].start >= ts.start:
            break
        key = toks[t].norm_key.removeprefix("و")
        if key in fw("relatives") or key in fw("complementizers") or key == "منذ" or toks[t].text in ("«", "\""):
            return None  # the time of a clause inside the cause's, or of the state since it
    return ts
