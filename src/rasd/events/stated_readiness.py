"""Round ev481: a readiness told as the speaker's own disposition is an intent of the act it is ready for, as a
readiness noun performed (:mod:`.ready_intent`): «وأكد زعيم الحوثيين أنه مستعد لحل سياسي» (030), «وأكد الوزير
أننا مستعدون للتفاوض» (036), «أكدت أنها مستعدة لتقديم المساعدة» (033). A verb of announcing or affirming
(:mod:`.performative`'s ``REPORTING``) whose content opens with «أن/إن» and the speaker's pronoun
(``readiness_complementisers``), then an adjective of readiness (``readiness_adjectives``: «مستعد», «جاهزون»)
with a «لـ» word right after it that names a cooperative act or a peaceful end. A readiness to fight or attack («أكد أنهم مستعدون لمقاتلة طالبان») is no intent
to cooperate and stays a statement, as does a readiness of someone else named («أكد أن الجيش مستعد»)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of, token_candidates
from .lexicon import Hit, lexicon
from .ready_intent import INTENT_BY_FAMILY, ready_code

CONTENT_REACH = 4  # words after the verb read for «أنه» («وأكد زعيم الحوثيين الأحد أنه»)


def stated_readiness(doc: Doc, hit: Hit, b: int, reporting: frozenset[str]) -> str | None:
    """The CAMEO 03 code of a readiness the reporting verb ``hit`` (an id of ``reporting``) tells of its speaker
    (see the module), its sentence ending before token ``b``; else None."""
    if hit.entry.id not in reporting or hit.pos != "V":
        return None
    for k in range(hit.j + 1, min(b - 2, hit.j + 1 + CONTENT_REACH)):
        keys = keys_of(doc.tokens[k])
        if not keys.isdisjoint(fw("readiness_complementisers")):
            ready = k + 1
            return ready_code(doc, ready, b) if _ready_for(doc, ready) else None
        if doc.tokens[k].norm_key in (".", "؟", "!", "«", "،", ","):
            return None
    return None


def _ready_for(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is an adjective of readiness followed by a «لـ» word that names a cooperative act of the
    lexicon («مستعد للتفاوض», «لتقديم المساعدة») or a peaceful end (``readiness_peace_words``: «مستعد لحل
    سياسي», «للحوار»); not «مستعدون لمقاتلة طالبان», «مستعد لذلك»."""
    if keys_of(doc.tokens[k]).isdisjoint(fw("readiness_adjectives")):
        return False
    cands = [c for c in token_candidates(doc.tokens[k + 1]) if "ل" in c.proclitics]
    return any(c.key.removeprefix("ال") in fw("readiness_peace_words") for c in cands) or any(
        pos == "N" and entry.code[:2] in INTENT_BY_FAMILY for c in cands for entry, pos in lexicon().get(c.key, ()))


__all__ = ["stated_readiness"]
