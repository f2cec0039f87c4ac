"""Round 131: who passes an act on does not do it. «ونقل تلفزيون «إي بي سي» في نشرته اتهام شرطي بقتل رجل»: the
subject of a verb of relaying news (function words ``relay_verbs``: «نقل», «أورد», «ذكر», «روى», «بث», «رصد»), found before a
noun act with no pronoun of its own that is the verb's object (no preposition governs it), is no actor of that act: the channel tells of an accusation others made."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import bare, fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop, enclitic, finite_verb, verb_key

BACK = 3  # tokens from the subject back to the verb («نقل تلفزيون «X»»)


def relayed(doc: Doc, hit: Hit, source: Chunk) -> bool:
    """The phrase ``source`` before the noun trigger is the subject of a verb of relaying (module docstring)."""
    if hit.pos != "N" or enclitic(doc.tokens[hit.j]) or source.j >= hit.i or hit.cand.proclitics:
        return False
    if bare(doc.tokens[hit.i - 1].norm_key, "prepositions") in fw("prepositions"):
        return False  # «وذكر المحافظ خلال اجتماع»: an occasion he took part in, not the news he passes on
    verbs = fw("relay_verbs")
    if any(verb_key(t.text) in verbs for t in doc.tokens[source.j + 1 : hit.i]):
        return True
    for k in range(source.i - 1, max(-1, source.i - 1 - BACK), -1):  # VSO, past a head noun and quote marks
        text = doc.tokens[k].text
        if verb_key(text) in verbs:
            return True
        if clause_stop(text) or finite_verb(doc.tokens[k]):
            return False
    return False
