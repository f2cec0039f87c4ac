"""Round ev901: an attack made with artillery, mortars, multiple rockets or tanks is CAMEO 194 (fight with artillery
and tanks), not the plain 190 (use conventional military force).

The lexicon gives a shelling («قصف», «سقطت قذائف») its 194 already; an attack or a targeting (``ATTACKS``: «هاجم»,
«هجوم», «مهاجمة», «استهدف», «استهداف») told with its means is coded here by that means: a phrase in «بـ» within
``MEANS_REACH`` words after the trigger, in its clause, whose first words (``PHRASE`` of them, before a conjunct in
«و») name such a weapon, no relative pronoun between (function words ``artillery_words``: «هاجموا القافلة بقذائف الهاون», «استهداف المدينة
بصواريخ الكاتيوشا», «استهدفت البلدة بالمدفعية»); a firing («أطلق», «إطلاق») is coded by what is fired, the first
projectile or weapon within ``MEANS_REACH`` words after it («أطلقوا قذائف هاون على», «إطلاق صواريخ غراد»).

The first «بـ» phrase that names a weapon decides: «استهدفت المدينة ببراميل متفجرة وقذائف مدفعية» names barrels
first (dropped from the air) and stays 190, «هجوم بسيارة مفخخة» is a bombing (:mod:`.bombings`, which runs first),
and an air strike keeps its 195. Tanks or guns named with no attack («تسلمت القوات دبابات», «وصلت مدافع») make no
event here, and a killing or a wounding by a shell keeps its 190: it tells what the fighting did.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc
from .bombings import STOPS
from .forms import fw, nkey, token_candidates
from .lexicon import Entry, Hit, plover_of
from .listed import listed

ARTILLERY = "194"  # CAMEO fight with artillery and tanks
FORCE = "190"  # CAMEO use conventional military force: what the lexicon gives an attack
ATTACKS = ("attack", "attack_masdar", "attack_dual", "target")  # an attack whose means «بـ» may name
FIRING = "fire_missile"  # «أطلق صواريخ/قذائف»: what is fired is the weapon
MEANS_REACH = 9  # words after the trigger read for its means, past its doer, object and place («هاجم مسلحون نقطة
# تفتيش للجيش في مدينة العريش بقذائف الهاون»)
PHRASE = 3  # words of a means phrase read for its weapon («بعشرات القذائف المدفعية», «بصواريخ «كاتيوشا»»)
WEAPON_LISTS = ("artillery_words", "projectiles", "bomb_devices", "armed_blast_words", "air_words", "fire_weapons",
                "shelling_words")
WEAPONS = frozenset().union(*(fw(name) for name in WEAPON_LISTS))
COUNTS = frozenset(nkey(w) for w in ("عدة", "عدد", "كثير", "الكثير", "وابل"))  # «بعدة قذائف», «بوابل من القذائف»


def _is(doc: Doc, k: int, *names: str) -> bool:
    """Whether token ``k`` (a reading of it) is in one of the function-word lists ``names``."""
    return any(listed(doc, k, name) for name in names)


def _wordlike(doc: Doc, k: int) -> bool:
    return any("\u0621" <= c <= "\u064a" or c.isdigit() for c in doc.tokens[k].text)


def _phrase(doc: Doc, k: int, b: int) -> list[int]:
    """The first ``PHRASE`` words from token ``k`` (its head), before a stop or a conjunct in «و» after the head;
    punctuation that is no stop («بصواريخ «كاتيوشا»») is passed over."""
    out: list[int] = []
    for t in range(k, b):
        if len(out) == PHRASE or doc.tokens[t].norm_key in STOPS:
            break
        if not _wordlike(doc, t):
            continue
        if t > k and doc.tokens[t].norm_key.startswith("و"):
            break  # («ببراميل متفجرة وقذائف مدفعية»: the first weapon decides)
        out.append(t)
    return out


def _means_head(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a means phrase in «بـ»: a weapon, a count or a number after the preposition
    («بقذائف», «بالمدفعية», «بعشرات», «بثمانية»; not «بلدة», «بالقرب»)."""
    for cand in token_candidates(doc.tokens[k]):
        if "ب" not in cand.proclitics:
            continue
        key = cand.key.removeprefix("ال")
        if cand.key in WEAPONS or key in WEAPONS or key in fw("quantity_heads") or key in COUNTS:
            return True
    start = doc.tokens[k].start
    return any(n.start <= start < n.end for n in doc.numbers)


def _means(doc: Doc, hit: Hit, b: int) -> bool | None:
    """Whether the first «بـ» phrase after the attack ``hit`` that names a weapon names artillery; None where no
    such phrase is said within ``MEANS_REACH`` words, in the clause."""
    for k in range(hit.j + 1, min(b, hit.j + 1 + MEANS_REACH)):
        if doc.tokens[k].norm_key in STOPS or doc.tokens[k].norm_key in fw("relatives"):
            return None  # («استهدف المدينة التي قصفت بالمدفعية»: a relative clause's means is its own act's)
        if not _means_head(doc, k):
            continue
        words = _phrase(doc, k, b)
        if any(_is(doc, t, "artillery_words") for t in words):
            return True
        if any(_is(doc, t, *WEAPON_LISTS) for t in words):
            return False
    return None


def _fired(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether what the firing ``hit`` fires, the first projectile or weapon after it, is artillery («أطلقوا قذائف
    هاون», «إطلاق صواريخ الكاتيوشا»; not «أطلق صاروخا», «أطلق النار»)."""
    for k in range(hit.i, min(b, hit.j + 1 + MEANS_REACH)):
        if k > hit.j and doc.tokens[k].norm_key in STOPS:
            return False
        if k != hit.i and _is(doc, k, *WEAPON_LISTS):
            return any(_is(doc, t, "artillery_words") for t in _phrase(doc, k, b))
    return False


def artillery_attack(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the act of force ``hit`` (its sentence ending at token ``b``) is fought with artillery, mortars,
    rockets or tanks (see the module)."""
    if hit.entry.code != FORCE:
        return False
    if hit.entry.id == FIRING:
        return _fired(doc, hit, b)
    return hit.entry.id in ATTACKS and bool(_means(doc, hit, b))


@lru_cache(maxsize=8)
def shelling(entry: Entry) -> Entry:
    """``entry`` (an attack) recoded as fighting with artillery: the same id and frame, CAMEO 194."""
    return replace(entry, code=ARTILLERY, plover=plover_of(ARTILLERY))


__all__ = ["artillery_attack", "shelling"]
