"""Round q304: a present verb cue with no «و/ف» whose clause opens with a noun of a fact or a decision
(fact_subjects: «قرار», «إقرار», «وجود», «استمرار»), past its genitives and prepositional phrases, states what the
fact shows, no one's words: «وبين أن قرار الاستعانة بمدير أجنبي يؤكد أن ...», «وإقراره من قبل الاتحاد يؤكد أن
...» (the approval confirms it), not «وأوضح أن رئيس الاتحاد يؤكد أن» (a man who says it).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey, stem_key
from .cues import QUOTE_MARK, is_complementizer

FACT_REACH = 10  # tokens from the cue back to the noun that opens its clause
_BREAKS = frozenset((".", "،", ",", ":", "؛", "!", "?", "؟", "(", ")"))


def _opens_clause(doc: Doc, u: int) -> bool:
    """Token ``u`` opens a clause: it carries «و», or stands after a comma, «أن/إن» or the sentence's start."""
    if any(w.kind == "proclitic" and nkey(w.norm) == "و" for w in doc.tokens[u].words):
        return True
    return u == 0 or doc.tokens[u - 1].text in _BREAKS or is_complementizer(doc, u - 1)


def fact_subject(doc: Doc, t: int) -> bool:
    """The verb cue at ``t`` is an imperfect («يؤكد», «تشير») with no conjunction whose clause, within FACT_REACH
    tokens before it with no punctuation, quote mark or «أن» between, opens with a noun of fact_subjects: the fact
    shows it, no one speaks."""
    tok = doc.tokens[t]
    if tok.norm_key[:1] not in ("ي", "ت") or any(w.kind == "proclitic" for w in tok.words):
        return False
    for u in range(t - 1, max(-1, t - 1 - FACT_REACH), -1):
        text = doc.tokens[u].text
        if text in _BREAKS or QUOTE_MARK.fullmatch(text) or is_complementizer(doc, u):
            return False
        if _opens_clause(doc, u):
            return stem_key(doc.tokens[u], article=False) in fw_keys("fact_subjects")
    return False
