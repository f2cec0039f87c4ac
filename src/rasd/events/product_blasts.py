"""Round ev621: a machine or a product that blows up is an accident, no bombing (183), for :func:`.mishaps.mishap`.

«انفجار بطارية هاتف محمول», «وانفجر محرك السيارة», «وانفجرت قارورة غاز في مطعم», «محركات عاطلة تنفجر على
المواطنين», «تفجيرات تطال محركات سيارات»: an explosion word (the verb «انفجر/ينفجر», or a noun of explosion or
bombing) whose subject or genitive is a machine or a household product (function words ``blown_products``: an
engine, a battery, a phone, a tyre, a gas cylinder, a heater) tells a fault, no one's act of force. The product
is read right after the word («انفجار بطارية»), past a verb of reaching (``blast_reach_verbs``: «تفجيرات تطال
محركات»), or, for the verb, up to ``PRODUCT_BACK`` words before it in its clause («محركات عاطلة تنفجر»). Left
alone: a sentence that names a weapon or an attacker (``armed_blast_words``: «انفجار عبوة ناسفة», «سيارة مفخخة»,
«انتحاري»), the transitive verb «فجر» (someone blew it up: «فجروا محرك الطائرة»), and what is no product
(«تفجير سيارته», «تفجير أنبوب النفط»: a car or a pipeline is a target of bombers too).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_bare_keys, plain_key
from .lexicon import Hit
from .word_tests import clause_stop, key_at

BLASTS = frozenset(("explode", "bombing", "bombing_dual"))
PRODUCT_BACK = 2  # words before «تنفجر» read for its subject («محركات عاطلة تنفجر»)


def _listed(doc: Doc, t: int, name: str) -> bool:
    """Whether token ``t``'s key without «و» and the article is in the function-word list ``name``."""
    return plain_key(key_at(doc, t)) in fw_bare_keys(name)


def _product_after(doc: Doc, hit: Hit, b: int) -> bool:
    """A product right after the explosion word, or past a verb of reaching («تفجيرات تطال محركات»)."""
    t = hit.j + 1
    if t < b and _listed(doc, t, "blast_reach_verbs"):
        t += 1
    return t < b and _listed(doc, t, "blown_products")


def _product_before(doc: Doc, hit: Hit, a: int) -> bool:
    """A product up to ``PRODUCT_BACK`` words before the verb of exploding, in its clause («محركات عاطلة تنفجر»)."""
    for t in range(hit.i - 1, max(a, hit.i - PRODUCT_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _listed(doc, t, "blown_products"):
            return True
    return False


def product_blast(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the explosion word ``hit`` (its sentence tokens ``a``..``b``) tells a product that blew up (see the
    module)."""
    if hit.entry.id not in BLASTS or (hit.pos == "V" and hit.entry.id != "explode"):
        return False
    if not (_product_after(doc, hit, b) or hit.pos == "V" and _product_before(doc, hit, a)):
        return False
    return not any(_listed(doc, t, "armed_blast_words") for t in range(a, b))


__all__ = ["product_blast"]
