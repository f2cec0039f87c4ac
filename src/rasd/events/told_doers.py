"""Round ev550: the doer a relative light verb names keeps through the dedup («قتل جنديان في هجوم شنه مسلحون»).

An act noun whose doer is the subject of a relative light verb right after it («هجوم شنه مسلحون», «كمين نفذه رجال
المقاومة», «الهجمات التي شنتها الحركات المتطرفة»: ``acting.relative_verb``) names who did the act, a phrase the
entity layer left unresolved. Where the dedup joins that noun to the act it tells again (the killing it is the
setting of: «إن قتل عناصر الحوثي جاء إثر عملية كمين نفذه رجال المقاومة»), the event keeps that doer where it has
none (an entity or a phrase) of its own: the better-known value of the two tellings. A noun of the same trigger word
is left as it was: its own doer may yet be read by a later pass («الهجمات التي جرت من قبل العنصريين ... الهجمات التي
شنتها الحركات المتطرفة»: two sets of attacks, each of its doer). Other phrases a repeat read as its source stay dropped (a victim of a passive verb, «وقتل
جنديان آخران»; an adjective, «التفجير الإرهابي المشين الذي استهدف»): they were too often stray words.
"""

from __future__ import annotations

from ..doc import Event
from .acting import relative_verb

GAP_WORDS = 2  # words from the act noun to its relative verb («الهجمات التي شنتها»: the relative between)


def told_doer(text: str, host: Event, ev: Event) -> bool:
    """Whether the source phrase of the noun act ``ev`` that joins ``host`` (a verb, or a noun of another trigger word)
    is the subject right after a relative light verb at most ``GAP_WORDS`` words past its trigger («هجوم شنه مسلحون» →
    «مسلحون»; see the module)."""
    span = ev.attrs.get("source_span")
    same_noun = host.attrs.get("pos") != "V" and host.attrs.get("trigger_id") == ev.attrs.get("trigger_id")
    if not text or same_noun or ev.attrs.get("pos") != "N" or ev.source is not None or not isinstance(span, list) \
            or span[0] < ev.trigger.end:
        return False
    words = text[ev.trigger.end : span[0]].split()
    return 0 < len(words) <= GAP_WORDS and relative_verb(words[-1]) \
        and not any(c in text[ev.trigger.end : span[0]] for c in "،,.؛;:")


__all__ = ["told_doer"]
