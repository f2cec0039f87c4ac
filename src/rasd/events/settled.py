"""Round 212: a designation the story already takes as settled.

«وأعلنت الحكومة الجماعة تنظيما إرهابيا» in an article that earlier calls the body «الجماعة الإرهابية»: the
designation (a verb, its object, «تنظيما/جماعة» + a terrorist adjective, ``designation_nouns`` and
``terrorist_adjectives``) is presupposed by the story told before it, settled history of no day of the article
(:func:`designated_before`). The first telling of a designation, with no such epithet before it, keeps its day.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit

OBJECT_REACH = 5  # tokens from the verb to the designation noun (subject and object between)


def designated_before(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A verb trigger followed within ``OBJECT_REACH`` tokens by a designation noun and a terrorist adjective, one
    of the words between (its object) standing earlier in the text right before a terrorist adjective."""
    if hit.pos != "V":
        return False
    nouns, adjectives = fw_keys("designation_nouns"), fw_keys("terrorist_adjectives")
    for k in range(hit.j + 2, min(sent_end - 1, hit.j + 1 + OBJECT_REACH)):
        if doc.tokens[k].norm_key not in nouns or doc.tokens[k + 1].norm_key not in adjectives:
            continue
        named = {doc.tokens[u].norm_key for u in range(hit.j + 1, k)}
        for t in range(sent_start - 1):
            if doc.tokens[t + 1].norm_key in adjectives and doc.tokens[t].norm_key in named:
                return True
        return False
    return False
