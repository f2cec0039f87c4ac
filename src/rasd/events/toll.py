"""Round 293: a killing counted in thousands is a toll over a period, of no day (see ``dating.event_date``).

«صارت له الأسبقية إثر مقتل مئات الآلاف من الأبرياء في سوريا», «زعيم طالبان المسؤول عن قتل آلاف المدنيين»,
«ويستخدم التجويع سلاحا لقتل آلاف أخرى منهم»: an act of force (CAMEO 18x/19x) whose victims, right after it, are
counted in thousands («آلاف», «الآلاف», «مئات/عشرات الآلاف», a number + «ألف»: «240 ألف»), past a word of about
(«أكثر من», «نحو»), is the sum of many acts over months or years, not an act of the article's day. One thousand
(«ألف» alone) and counts below are left to the day they are told with («مقتل 12 شخصا أمس»). Round tm419: so is
one counted in thousands right before it («سقوط آلاف القتلى», «عشرات الآلاف من القتلى»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit

FORCE = ("18", "19")  # acts of force (CAMEO 18x, 19x)
ABOUT = frozenset(nkey(w) for w in ("أكثر", "من", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما", "يزيد", "يقرب",
                                    "يقارب", "على", "عن", "اكثر"))
ABOUT_REACH = 3  # words of about between the trigger and the count («ما يزيد على»)
THOUSANDS = fw_keys("thousands_words")
TENS_HUNDREDS = frozenset(nkey(w) for w in ("مئات", "عشرات"))
THOUSAND = nkey("ألف")


def _number(text: str) -> bool:
    """A number written in digits («240», «1,500»)."""
    return text.replace(",", "").replace("٬", "").isdigit()


def thousands_toll(doc: Doc, hit: Hit) -> bool:
    """Is the act of force at ``hit`` counted in thousands right after it (see the module's docstring)?"""
    if not hit.entry.code.startswith(FORCE):
        return False
    toks = doc.tokens
    t = hit.j + 1
    while t < len(toks) and t - hit.j <= ABOUT_REACH and toks[t].norm_key in ABOUT:
        t += 1
    if t >= len(toks):
        return False
    key = toks[t].norm_key
    nxt = toks[t + 1].norm_key if t + 1 < len(toks) else ""
    return key in THOUSANDS or (key in TENS_HUNDREDS and nxt in THOUSANDS) or (_number(toks[t].text) and nxt == THOUSAND) \
        or counted_before(doc, hit)


def counted_before(doc: Doc, hit: Hit) -> bool:
    """Round tm419: the act of force itself counted in thousands right before it, past «من»: «سقوط آلاف القتلى»,
    «عشرات الآلاف من القتلى» (the sum of the dead over a span, of no day)."""
    t = hit.i - 1
    if t >= 0 and doc.tokens[t].norm_key == nkey("من"):
        t -= 1
    return t >= 0 and doc.tokens[t].norm_key.removeprefix("و") in THOUSANDS
