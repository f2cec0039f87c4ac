"""Round ev430: a verb of charging («وجه», «أسند»: the trigger lexicon's ``level_charge``) levels a charge (112) only
where a charge noun (function words ``charge_object_nouns``: «تهمة», «تهما», «التهم») is its object: within
``CHARGE_REACH`` words after it in its clause, no preposition on it or right before it («اعتقلت صحافيين بتهمة», «بشأن
التهم»: a charge named of something else), and no relative, complementizer or finite verb between («ووجه الرئيس
انتقادات للحكومة التي اعتقلت ...»: a clause of its own). «ووجهت النيابة العامة إلى المتهمين تهمة القتل» is one.
The trigger lexicon's matcher asks ``charge_object``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import fw
from .word_tests import clause_break, finite_verb

CHARGE_REACH = 7  # words from the verb to its charge noun («ووجهت النيابة العامة المصرية إلى المتهمين تهمة»)
CHARGE_ENTRY = "level_charge"


def charge_object(tokens: Sequence[Token], start: int) -> bool:
    """Whether a charge noun that is the object of the verb of charging before ``start`` follows it (see the
    module)."""
    for k in range(start, min(len(tokens), start + CHARGE_REACH)):
        tok = tokens[k]
        key = tok.norm_key
        if clause_break(tok.text) or key in fw("relatives") or key in fw("complementizers") or finite_verb(tok):
            return False
        if key.removeprefix("و") in fw("charge_object_nouns"):
            prev = tokens[k - 1].norm_key
            return k == start or prev not in fw("prepositions") and prev not in fw("about_prepositions")
    return False
