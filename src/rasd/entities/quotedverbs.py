"""Round en704: a verb the writer sets in quotation marks («وقبل أن يبلغ العشرين «هاجر» إلى أفغانستان»: he
"emigrated", the writer's distance from the word) is no name, though the tagger reads a single quoted word as one
(an organisation). The quoted word is one token between the marks, a perfect verb whose imperfect is a frequent
word («هاجر» → «يهاجر», «سافر» → «يسافر», «انتقل» → «ينتقل») or an imperfect one whose perfect is («يهاجر» →
«هاجر», «يعلن» → «أعلن»), right before a preposition of its complement (``quoted_verb_prepositions``: «إلى», «من»,
«على») and after no preposition (a verb is governed by none: «وفد من «فتح» إلى القاهرة» is the movement's). Not a
word any list holds as a name of a place or a body («فتح», «حماس»), nor one with the article."""

from __future__ import annotations

from ..doc import Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from .crf import load_lexicon
from .gazetteer import Gazetteer
from .units import OPENING_QUOTES, QUOTES

_VERB_ZIPF10 = 25  # the other form of the verb is at least this frequent in the news (Zipf × 10): «يهاجر» 30


def _frequent(k: str) -> bool:
    return load_lexicon().freq.get(k, 0) >= _VERB_ZIPF10


def verb_shape(k: str) -> bool:
    """The key ``k`` of a verb: a perfect whose imperfect in «يـ» is frequent («هاجر», «انتقل» → «ينتقل»), or an
    imperfect in «يـ/تـ» whose perfect is («يهاجر», «تعلن» → «اعلن»); not «داعش» («يداعش» is no word)."""
    if len(k) < 3 or k.startswith("ال"):
        return False
    if _frequent("ي" + k) or k[0] == "ا" and len(k) > 3 and _frequent("ي" + k[1:]):
        return True
    return len(k) > 3 and k[0] in "يت" and (_frequent(k[1:]) or _frequent("ا" + k[1:]))


def quoted_verb(toks: list[Token], b: int, span: list[Token], gaz: Gazetteer) -> bool:
    """The tagger's one-word ``span`` (of the run at ``b``) is a verb in quotation marks before its preposition (see
    the module)."""
    if len(span) != 1:
        return False
    i = next(x for x in range(b, len(toks)) if toks[x] is span[0])
    if i == 0 or i + 2 >= len(toks) or toks[i - 1].text not in OPENING_QUOTES or toks[i + 1].text not in QUOTES:
        return False
    if toks[i + 2].norm_key not in fw_keys("quoted_verb_prepositions"):
        return False
    if i >= 2 and (toks[i - 2].norm_key in fw_keys("prepositions") or toks[i - 2].text.endswith("\u0640")):
        return False  # «من «فتح» إلى», «لـ«فتح»»: a noun after a preposition
    k = span[0].norm_key
    return (k,) not in gaz.phrases and verb_shape(k)
