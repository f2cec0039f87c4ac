"""Round ev362: an assassination in a figure: «الأنماط الجديدة من الإعلام تغتال الأنماط القديمة», «سياسات تغتال
أحلام الشباب», «اغتيال الحقيقة»: the verb or masdar of assassinating (entry ``assassinate``) whose object is an
abstraction (``killed_abstractions``, without the article: a hope, a dream, a pattern, the truth) kills no one: no
event. The object is the word right after the trigger, or for a verb the second word (past a subject, VSO). Read by
``senses.not_an_event``.

Counter-case: «اغتال مسلحون القاضي», «اغتيال الناشط» (a person killed: an assassination, CAMEO 186).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_bare_keys
from .lexicon import Hit
from .word_tests import clause_stop, key_at

__all__ = ["figurative_kill"]

OBJECT_REACH = 2  # words after a verb of assassinating read for its object (past a subject: VSO)


def figurative_kill(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether ``hit`` assassinates an abstraction (see the module)."""
    if hit.entry.id != "assassinate":
        return False
    reach = OBJECT_REACH if hit.pos == "V" else 1
    for t in range(hit.j + 1, min(b, hit.j + 1 + reach)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("ال") in fw_bare_keys("killed_abstractions"):
            return True
    return False
