"""Round 104 of real news: «ما» before a verb trigger that is the relative («what», «which»), not the negation.
Written Arabic negates a past verb with «ما» at the head of its clause («ما قدم شيئا»); «ما» is the relative (the
trigger tells its act, asserted) where

- the verb is present: the standard negation of a present verb is «لا» («لكن ما يؤكد», «عادة ما تستهدف»);
- the verb carries an object pronoun, the relative's resumptive («نفى ما أعلنه المتمردون», «ما نؤكده»);
- a quantifier or an adverb of frequency governs «ما» (function words ``ma_heads``: «كل ما أعلن», «عادة ما»);
- «ما», with no «و/ف» of its own, follows a word of its clause: the relative of a whole clause, «مما» («تلقت
  ودائع من السعودية والكويت ما قدم دعما كبيرا»), not a negation, which opens its clause;
- «من» + an indefinite noun follows the verb within ``EXPLAINED_REACH`` words, the «من» that says what «ما» is
  («وما هدد المملكة من مخاطر»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop

EXPLAINED_REACH = 3  # words after the verb read for «من» + the indefinite noun that explains «ما»
OPENERS = frozenset(nkey(w) for w in ("لكن", "ولكن", "لكنه", "لكنها", "بل", "ثم", "إذ", "اذ", "حيث", "لأن", "أو", "او",
                                      "كما", "فإن", "إن", "أن", "ان", "انه", "إنه", "أنه", "إذا", "اذا", "لو", "حتى"))


def _explained(doc: Doc, hit: Hit) -> bool:
    for t in range(hit.j + 1, min(len(doc.tokens) - 1, hit.j + 1 + EXPLAINED_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key == nkey("من"):
            nxt = doc.tokens[t + 1].norm_key
            return not nxt.startswith("ال") and not any(m.start == doc.tokens[t + 1].start for m in doc.mentions)
    return False


def ma_relative(doc: Doc, hit: Hit, before: list[str], present: bool) -> bool:
    """Whether the «ما» right before the verb trigger ``hit`` (``before``: the keys of its clause up to it, the last
    «ما»; ``present``: the verb is imperfect) is the relative (see the module)."""
    if hit.pos != "V" or not before or before[-1].lstrip("وف") != "ما":
        return False
    if present or any(w.kind == "enclitic" for w in doc.tokens[hit.i].words):
        return True
    if len(before) > 1:
        prev2 = before[-2].lstrip("وف")
        if prev2 in fw("ma_heads"):
            return True
        if before[-1] == "ما" and prev2 not in OPENERS and prev2[:1].isalpha():
            return True
    return _explained(doc, hit)


__all__ = ["ma_relative"]
