"""Round 159 of real news: a road cut by armed men is a blockade, no protest. «عملية عسكرية تحرر المحافظة من
الميليشيات وتقطع طريق الإمدادات», «تعد البلدة نقطة انطلاق لقطع الطريق الدولي لقرب قوات الجيش منها»: a road block
(``block_road``, CAMEO 144 «obstruct passage») in a sentence that names forces, an army, militias, fighters or a
military operation (function words ``armed_road_cutters``, with «و/ف» or a pronoun on them) and no protester, strike
or protest (``PROTEST_STEMS``) is a military blockade, CAMEO 191 (impose blockade, restrict movement). Roads cut by
drivers, workers or protesters stay 144."""

from __future__ import annotations

from ..doc import Doc
from .forms import bare, fw, nkey
from .lexicon import Hit

PROTEST_STEMS = ("متظاهر", "محتج", "معتصم", "احتجاج", "مضرب", "اضراب", "تظاهر", "مظاهر", "اعتصام")
PRONOUNS = ("ها", "هم", "ه", "نا")  # «قواتها», «مسلحيهم»: the word with its pronoun


def _armed(key: str) -> bool:
    """Is ``key`` (a normalised word) an armed doer or a military word, past «و/ف» and a pronoun?"""
    key = bare(key, "armed_road_cutters")
    if key in fw("armed_road_cutters"):
        return True
    return any(key.endswith(p) and key[: -len(p)] in fw("armed_road_cutters") for p in PRONOUNS)


def armed_road_cut(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the road block ``hit`` (sentence tokens ``a``..``b``) is cut by armed men (see the module)."""
    if hit.entry.id != "block_road":
        return False
    keys = [nkey(doc.tokens[t].text) for t in range(a, b) if not hit.i <= t <= hit.j]
    if any(s in k for k in keys for s in PROTEST_STEMS):
        return False
    return any(_armed(k) for k in keys)


__all__ = ["armed_road_cut"]
