"""Round 109: a phrase before a noun act that is no doer of it, though nothing else in the clause says so.

- ``repelled``: «تمكنت القوات من صد الهجوم», «وصدت القوات هجوما», «أحبطت الشرطة محاولة اغتيال»: the subject of a word
  of repelling or foiling (function words ``repelling_words``, ``foil_verbs``) between it and the noun act, or the
  verb right before it (VSO), is the one the act was aimed at, never its doer; of a conflictual act (CAMEO 11-20:
  «تواجه الإدارة انتقادات»), not of talks or aid («يواجه منافسين يعارضون تلك المحادثات» are his talks).
- ``pointed_back``: «... للرئيس فلان في حضرموت، ويعد هذا الهجوم الأكبر»: a conflictual noun act after a
  demonstrative (function words ``attack_demonstratives``) points back to an act told before; a phrase before it is
  its doer only as the subject of a light verb («شنت القوات هذا الهجوم», function words ``light_verbs``); not a
  visit or a meeting, which the subject before it makes or attends («وصف فلان في ذلك الاجتماع»), nor one a
  preposition governs, where the subject took part in what the phrase sets the scene of («خسر الجيش في تلك
  الاشتباكات عشرة»).
- ``among_aside``: «فصائل بينها «الفرقة 30»، تلت هجوما»: a name right after a preposition with a pronoun that counts
  it among others (function words ``partitive_asides``, ``among_words``: «بينها», «منهم»), past an opening quotation
  mark, is in that phrase; it is no subject of a clause after it.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import OPENING_QUOTES, Chunk, verb_key
from .forms import bare, fw, keys_of, nkey
from .lexicon import Hit

CONFLICT_CODES = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")  # disapprove ... mass violence


def _repelling(doc: Doc, k: int) -> bool:
    keys = {x.lstrip("وف") for x in keys_of(doc.tokens[k])} | {doc.tokens[k].norm_key.lstrip("وف")}
    return not keys.isdisjoint(fw("repelling_words")) or not keys.isdisjoint(fw("foil_verbs"))


def repelling_at(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a word of repelling or foiling («صد», «صدها», «أحبطت»)."""
    return _repelling(doc, k)


def repelled(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the phrase ``c`` before the noun act at ``hit`` is the subject of a word of repelling it (module
    docstring)."""
    around = ([c.i - 1] if c.i > 0 else []) + list(range(c.j + 1, hit.i))
    return any(_repelling(doc, k) for k in around)


def pointed_back(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the noun act at ``hit`` follows a demonstrative and no light verb makes the phrase ``c`` its doer
    (module docstring)."""
    if hit.i - 1 <= c.j or doc.tokens[hit.i - 1].norm_key not in fw("attack_demonstratives"):
        return False
    if bare(doc.tokens[hit.i - 2].norm_key, "prepositions") in fw("prepositions"):
        return False  # «خسر الجيش، في تلك الاشتباكات، عشرة»: the subject took part in the acts it sets the scene of
    around = ([c.i - 1] if c.i > 0 else []) + list(range(c.j + 1, hit.i - 1))
    return not any(verb_key(doc.tokens[k].text) in fw("light_verbs") for k in around)


def among_aside(doc: Doc, c: Chunk, sent_start: int) -> bool:
    """Whether the phrase ``c`` follows a preposition with a pronoun that counts it among others (module docstring)."""
    k = c.i - 1
    if k >= sent_start and doc.tokens[k].text in OPENING_QUOTES:
        k -= 1
    if k < sent_start:
        return False
    key = doc.tokens[k].norm_key
    return key in fw("partitive_asides") or key in fw("among_words")
