"""Round 178 of real news: two trigger words read in no event sense. «تصريح» as a permit, not a statement: «تتحرك من دون
تصريح مسبق», «دخل البلاد بلا تصريح», «تصريح عمل» (after a word of ``permit_without`` or before one of
``permit_kinds``). «مغادرة» or «غادر» that someone was made to do, «أرغمتهم المقاومة على مغادرتها», «أُجبروا على
مغادرة المدينة» (a word opening with one of ``forced_stems`` within 12 tokens before the «على» right before the
trigger, no other «على» between): an expulsion or a retreat, no journey nor visit (the ``leave_for`` entry's 042)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .listed import token_keys

FORCED_WINDOW = 12  # tokens from the forcing verb («أرغمتهم المقاومة، في مايو (أيار) الماضي، على») to «على»


def _permit(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    if hit.pos != "N" or hit.cand.enclitic:
        return False  # «تصريحه», «تصريحاتها»: someone's statement
    before = [t for t in (hit.i - 1, hit.i - 2) if t >= a]
    if before and not token_keys(doc, before[0]).isdisjoint(fw_keys("permit_without")):
        return True  # «بدون تصريح», «بلا تصريح»; «من دون تصريح» via «دون»
    return hit.j + 1 < b and not token_keys(doc, hit.j + 1).isdisjoint(fw_keys("permit_kinds"))


def _forced(doc: Doc, hit: Hit, a: int) -> bool:
    k = hit.i - 1
    if k < a or doc.tokens[k].norm_key not in ("على", "علي"):
        return False
    for t in range(k - 1, max(a, k - 1 - FORCED_WINDOW) - 1, -1):
        word = doc.tokens[t].norm_key
        if word in ("على", "علي"):
            return False  # («أجبرته على الاستقالة، وحرص على مغادرة»: another verb's «على»)
        word = word[1:] if word[:1] in ("و", "ف") else word
        if any(word.startswith(s) for s in fw_keys("forced_stems")):
            return True
    return False


def not_an_act(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether ``hit`` (in the sentence of tokens ``a``..``b``) is a permit or a departure someone was forced into."""
    if hit.entry.id == "declare":
        return _permit(doc, hit, a, b)
    if hit.entry.id == "leave_for":
        return _forced(doc, hit, a)
    return False
