"""Protest words read in another sense (round 152): no protest at all.

- «يسيرها», «سيّرهم»: a verb of «سار» / «سيّر» with an object pronoun runs, steers or directs something; one marches
  with none («يسير المتظاهرون»).
- «الأصوات التي خرجت من إسرائيل»: «خرج» after a relative pronoun, then «من», comes out of a place or a source;
  protesters who come out of a mosque are named before the relative («المتظاهرين الذين خرجوا من المسجد»).
- «الاحتجاج الإسرائيلي»: a singular «احتجاج» with a country adjective is a state's objection, not people in the
  street (the plural «الاحتجاجات الإيرانية» is street protest and is kept).
- «تظاهر المتهم بالمرض», «يتظاهر بأنه طبيب»: «تظاهر» with «بأن» or a feigned state (``pretence_words``) a word or
  two after it pretends (round pr978).

And a road cut among forces («نقطة انطلاق لقطع طريق دمشق - بيروت» beside «قواتها», «عملية عسكرية ... وتقطع طريق»)
where the sentence names no protester (``block_road_military`` words) is a military blockade
(:func:`military_block`, asked by :func:`rasd.events.embargo.supply_cut`: CAMEO 191), no protest's road block.
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..entities import gazetteer
from .forms import fw, fw_keys
from .lexicon import Hit
from .listed import listed, listed_after, token_keys

_OPERATED = re.compile(r"^[وف]?[يتن]?سير(?:ه|ها|هم|هما|هن)$")
PROTESTER = re.compile(r"^[وف]?(?:[بلك]?ال|لل|[بلك])?(?:متظاهر|محتج|معتصم|مضرب)(?:ون|ين|ه|ات|ا|ي|و)?$")
_CAME_OUT = fw_keys("came_out_forms")
_SINGULAR = fw_keys("protest_singulars")
MOVING = frozenset(("protest_act", "take_street", "march_out"))
PRETENCE_REACH = 3  # words after «تظاهر» read for what it feigns («تظاهر المتهم بالمرض»)


def _operated(doc: Doc, hit: Hit) -> bool:
    """«يسيرها»: «سار» / «سيّر» with an object pronoun (runs or directs it), no march."""
    return hit.pos == "V" and hit.entry.id in MOVING and bool(_OPERATED.match(doc.tokens[hit.i].norm_key))


def _came_out_of(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«الصوتان اللذان خرجا من إسرائيل»: «خرج» right after a relative pronoun and right before «من», whose
    antecedent is no protester or crowd the entry names."""
    i = hit.i
    if hit.pos != "V" or hit.entry.id not in MOVING or i - 1 <= a or hit.j + 1 >= b:
        return False
    if doc.tokens[i].norm_key not in _CAME_OUT or doc.tokens[hit.j + 1].norm_key != "من":
        return False
    if doc.tokens[i - 1].norm_key not in fw("relatives"):
        return False
    ante = doc.tokens[i - 2].norm_key
    return not PROTESTER.match(ante) and token_keys(doc, i - 2, bare=True).isdisjoint(hit.entry.near)


def _state_objection(doc: Doc, hit: Hit, b: int) -> bool:
    """«وهذا الاحتجاج الإسرائيلي»: a singular protest noun with a country adjective: a state's objection."""
    if hit.entry.id != "protest" or hit.pos != "N" or hit.j + 1 >= b:
        return False
    if doc.tokens[hit.i].norm_key not in _SINGULAR:
        return False
    nisba = gazetteer.load().nisba
    return any(k in nisba for k in token_keys(doc, hit.j + 1))


def _pretended(doc: Doc, hit: Hit, b: int) -> bool:
    """«تظاهر المتهم بالمرض», «يتظاهر بأنه طبيب»: the verb «تظاهر» with «بأن» or a feigned state
    (``pretence_words``) within a few words after it, in its clause: pretends, no demonstration."""
    if hit.entry.id != "demonstrate" or hit.pos != "V" or "تظاهر" not in doc.tokens[hit.i].norm_key:
        return False
    return listed_after(doc, hit.j, b, PRETENCE_REACH, "pretence_words")


def military_block(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """A road cut among forces («عملية عسكرية ... وتقطع طريق»): a road block (``block_road``) in a sentence that
    names no protester and has a military word (``block_road_military``) other than the trigger."""
    if hit.entry.id != "block_road":
        return False
    if any(PROTESTER.match(doc.tokens[t].norm_key) for t in range(a, b)):
        return False
    return any(listed(doc, t, "block_road_military") for t in range(a, b) if not hit.i <= t <= hit.j)


def other_sense(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the PROTEST trigger ``hit`` (sentence tokens ``a``..``b``) is read in another sense (see the
    module)."""
    return _operated(doc, hit) or _came_out_of(doc, hit, a, b) or _state_objection(doc, hit, b) or _pretended(doc, hit, b)


__all__ = ["PROTESTER", "other_sense", "military_block"]
