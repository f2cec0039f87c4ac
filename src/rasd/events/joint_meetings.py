"""Round 264: «أجرى السيسي وهادي مباحثات», «عقد الرئيس فلان والرئيس فلان مباحثات»: a meeting noun that asks for
its partner after «مع» (a «near» word of the lexicon) is told also with no «مع» where it is, with no clitic, the
object of a verb of holding (``holding_verbs``; not «لمناقشة», «إلى عقد اجتماع ... للمناقشة») whose subject is
two parties coordinated with «و» (:func:`joint_subject`, read by ``lexicon``); the first is its source, the second
its partner (``joint_partners.joint_partner``, read by the stage).

Round 280: a verb of talks that asks for «مع» («بحث») is told also with no «مع» where its subject, right after it,
is a person and his counterpart («وبحث الرئيس المصري فلان ونظيره اليمني فلان سبل دعم ...»: «ونظيره» within
``JOINT_REACH`` words, in its clause: :func:`counterpart_subject`); the counterpart is its partner
(``joint_partners.counterpart_partner``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .dual_heads import pair_dual_open
from .forms import fw, fw_keys, nkey
from .word_tests import clause_stop, past_conjunction

JOINT_REACH = 10  # tokens back from the meeting noun to its holding verb («أجرى الرئيس فلان والرئيس فلان مباحثات»)


def joint_subject(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at ``i`` follows a holding verb and a subject with a «و» conjunct (see the module)."""
    conjunct = False
    for k in range(i - 1, max(-1, i - 1 - JOINT_REACH), -1):
        text = tokens[k].text
        if clause_stop(text):
            return False
        key = nkey(text)
        verb = past_conjunction(key)
        if verb in fw("holding_verbs"):
            # (the verb, the first party, «و» + the second; not the masdar after a preposition: «إلى عقد اجتماع»)
            return conjunct and i - k >= 3 and not (k > 0 and tokens[k - 1].norm_key in fw("prepositions"))
        words = tokens[k].words
        if len(words) > 1 and words[0].kind == "proclitic" and words[0].form == "و":
            conjunct = True  # (a «و» the word layer reads off, not the first letter of «وزير»)
    return False


def counterpart_subject(tokens: Sequence[Token], i: int) -> bool:
    """Whether «و» + a singular counterpart («ونظيره», «ونظيرته») follows the verb at ``i`` within ``JOINT_REACH``
    words of its clause, past a first party (see the module)."""
    for k in range(i + 2, min(len(tokens), i + 1 + JOINT_REACH)):
        text = tokens[k].text
        if clause_stop(text):
            return False
        key = nkey(text)
        if key.startswith("و") and key[1:] in fw_keys("counterpart_singulars"):
            return True
    return False


def dual_subject(tokens: Sequence[Token], j: int) -> bool:
    """Round ev618: «وبحث الجانبان سبل التعاون», «وناقش الوزيران الأوضاع»: a talks verb that asks for «مع» needs
    none where its subject, right after it (past at most one word that carries a pronoun: «بحث خلاله الجانبان»), is
    the nominative dual of two sides (``dual_side_words``, ``dual_pair_words``: they talk with each other;
    ``side_pairs`` gives it the two sides of the meeting told before). A dual of ``dual_pair_words`` must have no
    adjective with the article after it («البلدان العربية» is a plural)."""
    pairs = fw_keys("dual_pair_words")
    duals = {w for w in fw_keys("dual_side_words") | pairs if w.endswith("ان")}
    for k in range(j + 1, min(len(tokens), j + 3)):
        key = tokens[k].norm_key
        if key in duals:
            nxt = tokens[k + 1].norm_key if k + 1 < len(tokens) else ""
            return key not in pairs or pair_dual_open(key, nxt)  # ev627: «وبحث الزعيمان الأوضاع»
        if clause_stop(tokens[k].text) or not any(w.kind == "enclitic" for w in tokens[k].words):
            return False
    return False
