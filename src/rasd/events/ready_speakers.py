"""Round ev840: a readiness the speaker tells of himself inside his quote is his intent, not the act it is ready
for. «وقال نتنياهو: إنه مستعد للقاء «الصديق والحليف أوباما في كل وقت»», «وقال الوزير إننا مستعدون للتفاوض مع
الحكومة»: the masdar after the adjective of readiness (``readiness_adjectives``), itself right after «إنه/أننا» with
the speaker's pronoun (``readiness_complementisers``), was an act that may come (hypothetical,
:func:`.modality_need.ready_for`) with no doer; it is CAMEO 03 by the family of that act, as a readiness performed
(:mod:`.ready_intent`: meeting or negotiating → 036, aid → 033, ...), said by the quote's speaker (the source) of the
one the masdar names (the target). The verbs «قال/أضاف» are no event of the lexicon, so :mod:`.stated_readiness`
(«أكد أنه مستعد للتفاوض») does not see them. A readiness to fight (19) is no intent to cooperate and stays as it is;
an act told as done («التقى أمس») has no readiness before it."""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .forms import fw, keys_of
from .lexicon import plover_of
from .ready_intent import INTENT_BY_FAMILY
from .source_set import name_party

TARGET_REACH = 6  # words after the masdar read for the one it names («للقاء «الصديق والحليف أوباما»»)
STOPS = frozenset((".", "،", ",", "؟", "!", ":", "؛"))


def _readiness_before(doc: Doc, k: int) -> bool:
    """Whether the «لـ» masdar at token ``k`` follows an adjective of readiness that follows «إنه/إننا»."""
    if k < 2 or not doc.tokens[k].norm_key.startswith("ل"):
        return False
    return not keys_of(doc.tokens[k - 1]).isdisjoint(fw("readiness_adjectives")) \
        and not keys_of(doc.tokens[k - 2]).isdisjoint(fw("readiness_complementisers"))


def _named_after(doc: Doc, k: int, b: int, who: str) -> str | None:
    """The first entity other than ``who`` named within ``TARGET_REACH`` words after token ``k``, before the clause
    ends (quote marks may stand between: «للقاء «الصديق والحليف أوباما»»)."""
    mentions = mention_index(doc)
    for t in range(k + 1, min(b, k + 1 + TARGET_REACH)):
        if doc.tokens[t].norm_key in STOPS:
            return None
        if t in mentions and mentions[t][0] != who:
            return mentions[t][0]
    return None


def ready_speakers(doc: Doc, events: list[Event]) -> None:
    """Recode each act a speaker says he is ready for as his intent of it (see the module)."""
    for ev in events:
        family = ev.code[:2]
        if ev.modality != "hypothetical" or ev.attrs.get("pos") != "N" or family not in INTENT_BY_FAMILY:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not _readiness_before(doc, k):
            continue
        q = next((q for q in doc.quotes if q.content.start <= ev.trigger.start < q.content.end), None)
        who = q.actor() if q is not None else None
        if who is None:
            continue
        b = doc.token_at(ev.sentence.end - 1)
        other = next((e for e in (ev.target, ev.source) if e is not None and e != who), None)
        other = other or _named_after(doc, k, (b + 1) if b is not None else len(doc.tokens), who)
        ev.code = INTENT_BY_FAMILY[family]
        ev.plover = plover_of(ev.code)
        ev.modality = "asserted"
        name_party(ev, "source", who)
        name_party(ev, "target", other)


__all__ = ["ready_speakers"]
