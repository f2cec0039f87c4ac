"""Round 182: a verb whose subject position holds no one, read as the unvowelled passive, inherits no subject.

- «فيما لم يعلن في المقابل سوى عن ثلاث غارات»: a negated verb (``negations``) whose words after it, past an
  adverbial phrase that names no one, reach the exception «سوى/إلا» and a preposition («عن»): the impersonal
  passive (لم يُعلَن إلا عن), no agent, so no actor carried from before.
- «أقل مما طالبت به النيابة العامة»: after «ما» + the verb + its resumptive pronoun, the phrase is the subject.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop

EXCEPTIVE_REACH = 3  # words between the verb and «سوى/إلا» (an adverbial phrase: «في المقابل», «حتى الآن»)


def impersonal_exception(doc: Doc, hit: Hit, a: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """The verb at ``hit``, negated, is followed within ``EXCEPTIVE_REACH`` words naming no one by «سوى/إلا» and a
    preposition of its complement (``exceptive_prepositions``)."""
    toks = doc.tokens
    if hit.pos != "V" or hit.i - 1 < a or toks[hit.i - 1].norm_key.lstrip("وف") not in fw("negations"):
        return False
    for t in range(hit.j + 1, min(len(toks) - 1, hit.j + 2 + EXCEPTIVE_REACH)):
        if t in mentions or clause_stop(toks[t].text):
            return False
        if toks[t].norm_key in fw("exceptive_words"):
            return toks[t + 1].norm_key in fw("exceptive_prepositions")
    return False


def resumed_ma_subject(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«أقل مما طالبت به النيابة العامة»: a verb right after the relative «ما» (``relative_ma_forms``: «مما», «عما»,
    not «كما») and its resumptive pronoun («به», ``resumptive_pronouns``) has its subject right after the pronoun,
    a name or a definite phrase with no preposition: that phrase, never the object."""
    toks = doc.tokens
    if hit.pos != "V" or hit.i < 1 or hit.j + 2 >= len(toks):
        return None
    if toks[hit.i - 1].norm_key not in fw("relative_ma_forms") or toks[hit.j + 1].norm_key not in fw(
            "resumptive_pronouns"):
        return None
    nxt = next((c for c in chunks if c.i == hit.j + 2), None)
    if nxt is None or nxt.prep is not None or not (nxt.entity is not None or toks[nxt.i].norm_key.startswith("ال")):
        return None
    return nxt
