"""A participle that describes a measure, for the quotes stage: «إجراءات أمنية مشددة على سفر مواطنيها», «رقابة
مشددة على»: right after a noun of measures or restrictions (measure_nouns: «إجراءات», «تدابير», «رقابة», «قيود»),
or after such a noun and one indefinite adjective of its own, with no comma between, the feminine participle agrees
with that noun: an adjective («strict»), no one stressing anything. Round 52: a participle after «ليس/غير» («ليس
أمرا مؤكدا أن»: not certain) is a predicate, no cue.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, fw_keys
from .cues import Cue


def _indefinite_adjective(key: str) -> bool:
    return key.endswith("ه") and not key.startswith(("ال", "و"))


def measure_adjective(doc: Doc, t: int, cue: Cue) -> bool:
    """Whether the participle cue at ``t`` is an adjective of the measure noun right before it (past at most one
    indefinite feminine adjective: «إجراءات أمنية مشددة»)."""
    if cue.kind != "participle" or cue.gender != "f" or t < 1:
        return False
    heads = fw("measure_nouns")
    u = t - 1
    key = doc.tokens[u].norm_key
    if key not in heads and _indefinite_adjective(key) and u >= 1:
        u -= 1
        key = doc.tokens[u].norm_key
    return key in heads or (key[:1] in ("و", "ب", "ل") and key[1:] in heads)


_NEGATED = fw_keys("negated_copulas")


def negated_predicate(doc: Doc, t: int, cue: Cue) -> bool:
    """Round 52: whether the participle cue at ``t`` is the predicate of «ليس» or «غير» right before it, or past one
    indefinite noun of its own with no comma between («وهو ليس أمرا مؤكدا أن سيحدث», «ليس مؤكدا أن»): not certain,
    no one stressing anything."""
    if cue.kind != "participle" or t < 1:
        return False
    if doc.tokens[t - 1].norm_key in _NEGATED:
        return True
    noun = doc.tokens[t - 1].norm_key
    return (t >= 2 and doc.tokens[t - 2].norm_key in _NEGATED and noun.isalpha() and not noun.startswith(("ال", "و"))
            and noun.endswith(("ا", "ه")))
