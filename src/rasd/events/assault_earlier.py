"""An assault told in the pluperfect inside a clause of another event: «كان (قد) + verb» after a noun, a relative
or «أن» tells what had been done before, the background of the news, not the news itself.

«عثر على جثة صحافي كان قد خطف الشهر الماضي» (the news is the body found), «أطلق الخاطفون سراح طفلة كانوا قد
خطفوها» (the news is the release), «بعد أن كان خطف في غزة»: the kidnapping is earlier. The «كان» must stand inside
its clause, after a word of it: a clause opened by «وكان ... قد» («وكان مسلحون قد هاجموا القرية أمس») is the
usual way of telling the news of the day before and is left alone. The report filter then takes such a trigger
for no report, as it does a dispersed protest (:func:`rasd.events.protest_purpose.no_report`). OEDA half A: its
sentences with an embedded «كان (قد)» before an assault verb hold no «yes».
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw
from .lexicon import Hit


def earlier_assault(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the ASSAULT verb trigger ``hit`` (sentence from token ``a``) follows right after a bare past «كان»
    (``past_being``: no «و» on it), with at most «قد» between, and that «كان» comes after another word of its clause
    (no clause break, not the sentence's first word): «جثة صحافي كان قد خطف» and «بعد أن كان خطف» yes; «وكان
    مسلحون قد قتلوا» (no «كان» right before), «كان قد قتل ثلاثة» first in its sentence, and «، كانوا قد خطفوا»
    (after a comma) no."""
    if hit.entry.plover != "ASSAULT" or hit.pos != "V":
        return False
    t = hit.i - 1
    if t >= a and doc.tokens[t].norm_key == "قد":
        t -= 1
    if t - 1 < a or doc.tokens[t].norm_key not in fw("past_being"):
        return False
    return not clause_stop(doc.tokens[t - 1].text)


__all__ = ["earlier_assault"]
