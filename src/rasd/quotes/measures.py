"""A participle that describes a measure, for the quotes stage: «إجراءات أمنية مشددة على سفر مواطنيها», «رقابة
مشددة على»: right after a noun of measures or restrictions (measure_nouns: «إجراءات», «تدابير», «رقابة», «قيود»),
or after such a noun and one indefinite adjective of its own, with no comma between, the feminine participle agrees
with that noun: an adjective («strict»), no one stressing anything.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey
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
    key = nkey(doc.tokens[u].text)
    if key not in heads and _indefinite_adjective(key) and u >= 1:
        u -= 1
        key = nkey(doc.tokens[u].text)
    return key in heads or (key[:1] in ("و", "ب", "ل") and key[1:] in heads)
