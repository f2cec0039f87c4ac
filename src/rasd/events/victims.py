"""Round 89 of real news: the victims' nouns of the kill and wound entries («القتلى», «الجرحى») report an act of force
where the sentence tells the casualties fall («سقوط قتلى وجرحى», «خلفت عشرات القتلى»), and none where it tells of
the people themselves: aid or care given to them («خدمات طبية للجرحى», «علاج الجرحى», «نقل الجرحى»), their families
or funerals («ذوي القتلى», «تشييع القتلى»: function words ``victim_care_heads``), or their number counted («عدد قتلى
الجيش», «حصيلة القتلى», «بأعداد قتلى»: ``victim_count_heads``), or some of them picked out (round 286: «أحد القتلى
هو فلان», «إن معظم القتلى مدنيون», «إن بين الجرحى شقيق الزعيم»: a definite noun after ``victim_partitive_heads``;
not «عشرات القتلى», «آلاف الجرحى», a count of casualties that fell). The head is the word right before the noun (its
construct), or, where the noun takes «لـ», a head within ``CARE_BACK`` words before it in its clause («خدمات طبية
للجرحى», «أكبر حصيلة للقتلى»). The act that caused the casualties, where the sentence tells it, is an event of its
own («نقل الجرحى بعد الهجوم»: the attack)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .readings import victims_noun
from .word_tests import clause_stop

CARE_BACK = 3  # words before a victims' noun with «لـ» read for its head, past an adjective («خدمات طبية للجرحى»)
VICTIM_ENTRIES = frozenset(("kill", "wound"))


def _head_key(text: str) -> str:
    """A word's key less «و/ف», a preposition «بـ/لـ» and the article («بأعداد» → «أعداد», «للعلاج» → «علاج»)."""
    key = nkey(text)
    if key[:1] in ("و", "ف") and len(key) > 3:
        key = key[1:]
    if key.startswith("لل") and len(key) > 4:
        key = key[2:]
    elif key[:1] in ("ب", "ل") and len(key) > 3:
        key = key[1:]
    return key.removeprefix("ال")


def _head(doc: Doc, t: int, words: tuple[str, ...]) -> bool:
    text = doc.tokens[t].text
    keys = {nkey(text), _head_key(text)}
    return any(not keys.isdisjoint(fw(w)) for w in words)


def not_a_casualty(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the victims' noun ``hit`` (sentence from token ``a``) names people cared for, mourned or counted, no
    act of force (see the module)."""
    if hit.entry.id not in VICTIM_ENTRIES or not victims_noun(hit):
        return False
    heads = ("victim_care_heads", "victim_count_heads")
    if hit.i - 1 >= a and _head(doc, hit.i - 1, heads):
        return True  # «علاج الجرحى», «عدد قتلى الجيش»
    if hit.i - 1 >= a and nkey(doc.tokens[hit.i].text).lstrip("و").startswith("ال") \
            and _head(doc, hit.i - 1, ("victim_partitive_heads",)):
        return True  # round 286: «أحد القتلى هو», «معظم القتلى مدنيون», «إن بين الجرحى»
    if "ل" not in hit.cand.proclitics:
        return False
    for t in range(hit.i - 1, max(a, hit.i - CARE_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _head(doc, t, heads):
            return True  # «خدمات طبية للجرحى», «أكبر حصيلة للقتلى»
    return False


__all__ = ["not_a_casualty"]
