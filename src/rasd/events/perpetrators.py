"""Round ev635: an act named with the nouns of its doers («منفذي الهجوم», «مرتكبو الجريمة»).

«فشل الشاباك في اعتقال منفذي الهجوم على منزل العائلة»: the attack is in construct with «منفذي» (function words
``perpetrator_nouns``), which names its doers, an unnamed group the clause hunts; the subject of the clause around
(«الشاباك», who fails to arrest them) is no source of the attack. The act takes no source guessed from the clause.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import bare, fw
from .lexicon import Hit


def perpetrated(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Is the noun trigger ``hit`` the genitive of a noun of its doers right before it («منفذي الهجوم», «ومرتكبي
    الجريمة»)? Not a verb («نفذ الهجوم»: the subject is the doer) nor a noun with a word between («منفذي هذا»)."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    return bare(doc.tokens[hit.i - 1].norm_key, "perpetrator_nouns") in fw("perpetrator_nouns")
