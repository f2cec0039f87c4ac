"""Round 285: a place after a verb trigger, past a comma and another finite verb, is that verb's.

«وينتمي أفراد المجموعة التي اختطفتها «النصرة» أمس، إلى مجموعة من 54 عنصرا تلقوا تدريبات في تركيا»: the
kidnapping's relative clause ends at the comma; «في تركيا» is where the fighters were trained (the finite verb
«تلقوا» after the comma), not where they were kidnapped. A place before the next verb («خطفت النصرة، أمس،
مقاتلين في إدلب») stays the trigger's, and so does one past a verb that describes a noun act
(«قتلوا ...، و12 جنديا خلال اشتباكات اندلعت بين الجانبين في محافظة كرمانشاه»: the clashes are the killing's),
or a verb with a resumptive pronoun after it («في حوادث إطلاق نار، تدخلت فيها الشرطة في أنحاء البلاد»).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Token
from ..text.normalize import COMMAS
from .chunks import Chunk
from .lexicon import Hit, match_token
from .word_tests import plural_past, finite_verb

RESUMPTIVES = frozenset(("فيها", "فيه", "فيهم", "بها", "به", "عليها", "عليه"))  # «حوادث ...، تدخلت فيها الشرطة»


def other_verb_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the verb trigger ``hit`` stands past a comma and then a finite verb (a
    feminine past, «و/ف» + imperfect, or a plural past «تلقوا») of another clause."""
    if hit.pos != "V" or c.i <= hit.j:
        return False
    toks = doc.tokens
    comma = next((t for t in range(hit.j + 1, c.i) if toks[t].text in COMMAS), None)
    if comma is None:
        return False
    return any((finite_verb(toks[t]) or plural_past(toks[t].text)) and not _act_noun(toks, t - 1)
               and not (t + 1 < len(toks) and toks[t + 1].norm_key in RESUMPTIVES)
               for t in range(comma + 1, c.i))


def _act_noun(toks: Sequence[Token], t: int) -> bool:
    """Whether token ``t`` is a noun act («اشتباكات اندلعت بين الجانبين في كرمانشاه»): the verb after it describes
    that act, whose place is the trigger's too («قتلوا ...، و12 جنديا خلال اشتباكات اندلعت ... في كرمانشاه»)."""
    hit = match_token(toks, t)
    return hit is not None and hit.pos == "N"
