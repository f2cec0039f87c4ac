"""Round ev362: a visit of anyone, no one's: «ومن المظاهر التي تدل على ذلك عند زيارة بعض المناطق في الأقاليم
الشرقية وجود حارات ...», «لدى زيارة أي مدينة»: the masdar of visiting (entry ``visit``, no pronoun on it) right
after «عند/لدى» (when) whose object opens with a quantifier (``partitive_quantifiers``, ``any_all_words``: «بعض»,
«أي», «كل») is what one finds whenever one visits, no visit made: no event. Read by ``senses.not_an_event``.

Counter-cases: «عند زيارة الرئيس للرياض» (a visitor named), «عند زيارته بعض المناطق» (his visit).
"""

from __future__ import annotations

from ..doc import Doc
from .lexicon import Hit
from .forms import fw_keys
from .word_tests import enclitic, key_at

__all__ = ["generic_visit"]

WHEN_WORDS = ("عند", "لدي", "لدى")


def generic_visit(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether ``hit`` is «عند زيارة بعض ...» (see the module)."""
    if hit.entry.id != "visit" or hit.pos != "N" or enclitic(doc.tokens[hit.j]) or hit.i - 1 < a or hit.j + 1 >= b:
        return False
    if key_at(doc, hit.i - 1).removeprefix("و") not in WHEN_WORDS:
        return False
    nxt = key_at(doc, hit.j + 1)
    return nxt in fw_keys("partitive_quantifiers") or nxt in fw_keys("any_all_words")
