"""Round ev595: two trigger words in no event sense, for :func:`.senses.not_an_event`.

- ``civil_aim``: «تحقيق في الفساد يستهدف شركات ألمانية», «حملة تستهدف المتهربين من الضرائب», «القرار الذي
  يستهدف المستوطنات»: «استهدف/يستهدف» whose subject is a non-violent measure, inquiry, plan or suit (function words
  ``civil_aimers``: the word right before the verb, past a genitive or a relative, or right after it: «تستهدف
  الخطة ...») aims at someone, no act of force (19x); round ev621: so does a figurative war («الحرب الإعلامية
  التي تستهدف المملكة», «غزوا فكريا يستهدف شبابها»: ``war_nouns`` + ``figurative_war_kinds``). Not past a word of armed force (``armed_campaign_words``:
  «حملة عسكرية تستهدف مواقع التنظيم») nor another trigger of force («شن التحالف غارات تستهدف»: the raid's).
- ``meeting_place``: «وأماكن الاجتماعات», «قاعة الاجتماعات»: a plural meeting noun as the genitive of a place or
  time noun (``meeting_place_heads``) names meetings in general, a kind of place or time, no meeting held (040);
  «عقد الاجتماع في قاعة» and «موعد الاجتماع» (one meeting, singular) are left alone.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_bare_keys
from .lexicon import Hit, match_token
from .word_tests import clause_stop, key_at

AIMER_BACK = 3  # words before «يستهدف» read for its subject («تحقيق في الفساد يستهدف», «الحملة التي تستهدف»)
FORCE = ("18", "19", "20")


def _word(doc: Doc, t: int) -> str:
    """Token ``t``'s key without «و» and the article («والحملة» → «حملة»)."""
    key = key_at(doc, t)
    key = key[1:] if key[:1] == "و" and len(key) > 3 else key
    return key.removeprefix("ال")


def _aimer(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a civil aimer, in the accusative too («تحقيقا», «قرارا»), or the adjective of a
    figurative war (round ev621: «الحرب الإعلامية», «غزوا فكريا»)."""
    word = _word(doc, t)
    words = fw_bare_keys("civil_aimers")
    return word in words or (word.endswith("ا") and word[:-1] in words) or _figurative_war(doc, t)


def _figurative_war(doc: Doc, t: int) -> bool:
    """Round ev621: token ``t`` a ``figurative_war_kinds`` adjective right after a war noun (``war_nouns``):
    «الغزو الثقافي», «حربا اقتصادية», «الحرب النفسية» are no war of arms («الغزو العراقي» is)."""
    return t > 0 and _word(doc, t) in fw_bare_keys("figurative_war_kinds") \
        and _word(doc, t - 1) in fw_bare_keys("war_nouns")


def _forceful(doc: Doc, t: int) -> bool:
    """A word of armed force or a trigger of force at token ``t`` («عسكرية», «غارات»)."""
    if _word(doc, t) in fw_bare_keys("armed_campaign_words"):
        return True
    h = match_token(doc.tokens, t)
    return h is not None and h.entry.code.startswith(FORCE)


def civil_aim(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the targeting verb ``hit`` (its sentence tokens ``a``..``b``) has a non-violent subject (see the
    module)."""
    if hit.entry.id != "target" or hit.pos != "V":
        return False
    for t in range(hit.i - 1, max(a, hit.i - AIMER_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text) or _forceful(doc, t):
            return False
        if _aimer(doc, t):
            return True
    t = hit.j + 1  # (VSO: «تستهدف الخطة إعادة ...»: the definite subject right after the verb)
    return t < b and key_at(doc, t).startswith(("ال", "وال")) and _aimer(doc, t) \
        and not (t + 1 < b and _forceful(doc, t + 1))


def meeting_place(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the meeting noun ``hit`` is a plural in the genitive of a place or time noun (see the module)."""
    if not hit.entry.code.startswith("04") or hit.pos != "N" or hit.i - 1 < a:
        return False
    if not key_at(doc, hit.i).endswith("ات"):
        return False
    return _word(doc, hit.i - 1) in fw_bare_keys("meeting_place_heads")


def no_event_word(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """``civil_aim`` or ``meeting_place``."""
    return civil_aim(doc, hit, a, b) or meeting_place(doc, hit, a)


__all__ = ["civil_aim", "meeting_place", "no_event_word"]
