"""Round 285: a place after a verb trigger, past a comma and another finite verb, is that verb's.

«وينتمي أفراد المجموعة التي اختطفتها «النصرة» أمس، إلى مجموعة من 54 عنصرا تلقوا تدريبات في تركيا»: the
kidnapping's relative clause ends at the comma; «في تركيا» is where the fighters were trained (the finite verb
«تلقوا» after the comma), not where they were kidnapped. A place before the next verb («خطفت النصرة، أمس،
مقاتلين في إدلب») stays the trigger's.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .lexicon import Hit
from .word_tests import _plural_past, finite_verb

COMMAS = ("،", ",")


def other_verb_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the verb trigger ``hit`` stands past a comma and then a finite verb (a
    feminine past, «و/ف» + imperfect, or a plural past «تلقوا») of another clause."""
    if hit.pos != "V" or c.i <= hit.j:
        return False
    toks = doc.tokens
    comma = next((t for t in range(hit.j + 1, c.i) if toks[t].text in COMMAS), None)
    if comma is None:
        return False
    return any(finite_verb(toks[t]) or _plural_past(toks[t].text) for t in range(comma + 1, c.i))
