"""Round ev934: strikes told by the bare definite plural «الضربات» with their doer's adjective or their target.

«وحذر لافروف من أن الضربات الأميركية على القوات الحكومية السورية ستعقد جهود مكافحة الإرهاب», «لشن مزيد من الضربات
على التنظيم»: «الضربات» is read as an act of force (entry ``strike_told`` of triggers.tsv; the entries ``airstrike``
and ``strike_mil`` take it with «الجوية/العسكرية» after it) only where it is definite, bears no pronoun and is followed
right after by a country adjective that agrees with it (the doer: «الأميركية», «التركية») or by «على/ضد» (its target:
``strike_aim_prepositions``) (:func:`told_strike`). Not the strikes of a game («الضربات على المرمى», «الضربات الترجيحية»:
``sport_strike_aims`` after the preposition; no country adjective), nor of a figure («الضربات الاقتصادية», «الضربات
الموجعة للاقتصاد»: no country adjective, no «على/ضد» right after), nor an indefinite «ضربات» (a count, «ضربات الجزاء»).

Such strikes are CAMEO 190 unless they are air strikes (195, :func:`aerial_strike`): an air word in their sentence
(``air_words``: «الطائرات», «قاعدة ... الجوية») or the adjective of a state whose strikes abroad are an air campaign
(``air_campaign_nisbas``: «الضربات الأميركية», «الضربات الروسية»). Not strikes a purpose masdar aims at («لشن مزيد من
الضربات على التنظيم»: meant, not told as made; ``strike_purpose_masdars``). The country of the adjective is the doer
(:mod:`.nationals`, the entry being one of ``objects.NATIONAL_ACTS``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Token
from ..entities import gazetteer
from .forms import Cand, fw_keys, keys_of

__all__ = ["STRIKE_TOLD", "aerial_strike", "told_strike"]

STRIKE_TOLD = "strike_told"  # the trigger entry of «الضربات» (triggers.tsv)
ARTICLE = "ال"
AIM_REACH = 3  # tokens from a purpose masdar to the strikes it aims at («لشن مزيد من الضربات»)


def _feminine_stem(key: str) -> str:
    """«الاميركيه» → «الاميركي»: the masculine key of a feminine adjective."""
    return key[:-1] if key.endswith(("ه", "ة")) else key


def _country_adjective(tok: Token) -> bool:
    """A definite country adjective with no clitic before its article («الأميركية», not «والأميركية»)."""
    key = tok.norm_key
    return key.startswith(ARTICLE) and gazetteer.load().nisba.get(key) is not None


def _aimed(tokens: Sequence[Token], i: int) -> bool:
    """Whether the strikes at ``tokens[i]`` are the aim of a purpose masdar within ``AIM_REACH`` tokens before them
    («ينوي الأميركيون ... لشن مزيد من الضربات على التنظيم», «لتوجيه الضربات ضد المدنيين»:
    ``strike_purpose_masdars``): strikes meant or a habit told, no strike told (judged so on the 347 articles)."""
    return any(tokens[k].norm_key in fw_keys("strike_purpose_masdars") for k in range(max(0, i - AIM_REACH), i))


def told_strike(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Whether «الضربات» at ``tokens[i]`` tells strikes (see the module): definite, no pronoun, and a country
    adjective or «على/ضد» + no game's aim right after it."""
    if ARTICLE not in cand.proclitics or cand.enclitic or i + 1 >= len(tokens) or _aimed(tokens, i):
        return False
    nxt = tokens[i + 1]
    if _country_adjective(nxt):
        return True
    if nxt.norm_key not in fw_keys("strike_aim_prepositions"):
        return False
    return i + 2 < len(tokens) and tokens[i + 2].norm_key not in fw_keys("sport_strike_aims")


def aerial_strike(doc: Doc, entry_id: str, i: int, j: int, a: int, b: int) -> bool:
    """Whether the strikes of entry ``entry_id`` at tokens ``i``..``j`` of a sentence (tokens ``a``..``b``) are
    air strikes: an air word elsewhere in the sentence, or the adjective of an air campaign's state right after."""
    if entry_id != STRIKE_TOLD:
        return False
    if j + 1 < b and _feminine_stem(doc.tokens[j + 1].norm_key) in fw_keys("air_campaign_nisbas"):
        return True
    air = fw_keys("air_words")
    return any(not (keys_of(doc.tokens[t]) | {doc.tokens[t].norm_key}).isdisjoint(air)
               for t in range(a, b) if t < i or t > j)
