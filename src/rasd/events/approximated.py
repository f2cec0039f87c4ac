"""Round ev416: a count that an approximator opens is a plain phrase, no preposition's.

«واعتقلت الشرطة نحو 30 شخصا», «قتل اكثر من 260 مقاتلا كرديا», «تمكنت من اعتقال أكثر من 20 عنصرا»: the word right
before a number chunk is «نحو/حوالي/قرابة» (function words ``approximators``), or «من» after a bare «أكثر/أقل»
(``comparative_quantities``) that no preposition governs, so the approximator counts the phrase («about 30», «more
than 20») and is no preposition of it («نحو» is also «towards», «من» also «from»): the chunk is the verb's or the
noun's object as the bare count would be.

Nothing where a preposition comes before the comparative («سيطرتها على أكثر من ثلاثة أرباع تعز»: the count is
governed by «على», read by ``quantified.counted_object``), where the comparative bears a clitic («بأكثر من 20
صاروخا»: with more than), or where the chunk is no number.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .chunk_type import Chunk
from .forms import bare, fw, fw_keys, nkey

OF = nkey("من")


def approximated(toks: Sequence[Token], p: int, number: bool) -> bool:
    """Whether token ``p``, right before a chunk (a number chunk: ``number``), is an approximator counting it rather
    than a preposition governing it (module docstring)."""
    if not number or p < 0:
        return False
    key = toks[p].norm_key
    if key in fw_keys("approximators"):
        return True
    if key != OF or p < 1 or toks[p - 1].norm_key not in fw("comparative_quantities"):
        return False
    return p < 2 or bare(toks[p - 2].norm_key, "prepositions") not in fw("prepositions")


def approximate_count(toks: Sequence[Token], c: Chunk) -> bool:
    """Whether chunk ``c`` is a number that an approximator opens: governed by «نحو/حوالي/قرابة» as other layers
    read it, or left with no preposition by :func:`approximated` («تظاهر أمس نحو مائتي شخص»)."""
    if not c.number:
        return False
    return c.prep in fw_keys("approximators") or (c.prep is None and c.i > 0 and approximated(toks, c.i - 1, True))
