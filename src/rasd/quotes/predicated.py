"""A cue in the predicate of a subject inside what another cue reports, opened by «أنه/أنها» («وقال إن الخطورة في
الهجوم أنه كشف عن ضعف التدريب»: the danger is that it revealed): the verb belongs to the reported clause, which
runs on through it, and reports nothing of its own."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from .cues import COMPLEMENT_WINDOW, QUOTE_MARK, is_complementizer
from .nested import PREDICATE_REACH


def pronoun_predicate(doc: Doc, t: int, v: int) -> bool:
    """The verb cue at ``v`` (no «و/ف») stands right after «أن» with a pronoun on it (no «و/ف» either), which ends a subject of at most
    PREDICATE_REACH words (no punctuation but quote marks) after the «أن/إن» the cue at ``t`` reports (within
    COMPLEMENT_WINDOW of it): «إن الخطورة في عملية «X» أنها كشفت»."""
    p = v - 1
    if p <= t + 2 or doc.tokens[v].norm_key[:1] in ("و", "ف") or not is_complementizer(doc, p):
        return False
    if not any(w.kind == "enclitic" for w in doc.tokens[p].words) or doc.tokens[p].norm_key[:1] in ("و", "ف"):
        return False  # («إن الهجوم فشل وإنه كشف»: a second reported clause, whose «ـه» may be the speaker)
    u = next((k for k in range(p - 1, t, -1) if is_complementizer(doc, k)), None)
    if u is None or u - t > COMPLEMENT_WINDOW or not 0 < p - u - 1 <= PREDICATE_REACH:
        return False
    return all(doc.tokens[k].text[:1].isalnum() or QUOTE_MARK.fullmatch(doc.tokens[k].text) is not None
               for k in range(u + 1, p))
