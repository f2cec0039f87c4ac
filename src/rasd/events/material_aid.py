"""Round ev492: support in money or arms is material aid (CAMEO 07x) from the supporter to the supported, not an
endorsement: «ودعمت الكويت نظام صدام بالمال» (071, economic aid), «تدعم إيران الحوثيين بالسلاح» (072, military aid),
«تسانده بالمال والسلاح» (070, both). The lexicon entry ``material_support`` (triggers.tsv) finds the verb or masdar
with the money or arms after it («بالمال», «بالأسلحة»; no bare past «دعم», the masdar's spelling); this module tells its sub-code from what is given
(function words ``aid_money_words``, ``aid_arms_words``) and refuses the masdar whose genitive is followed by a «لـ»
object: «دعم إيران للحوثيين بالسلاح» names the supporter in the genitive, not the supported (the frame reads the
genitive as the target: «دعم المعارضة بالأسلحة»)."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc
from .acting import actor_phrase
from .forms import fw, keys_of
from .frame_args import Args
from .lexicon import Hit, plover_of
from .word_tests import lam_clitic

MATERIAL_ID = "material_support"  # the lexicon entry of «دعم/ساند» with money or arms
REACH = 12  # words after the trigger read for what is given (the lexicon's near window)
ECONOMIC, MILITARY = "071", "072"
CLAUSE_MARKS = frozenset({"،", ",", "؛", ";", ":"})  # the money or arms must be told in the trigger's clause


def _given(doc: Doc, hit: Hit, b: int, name: str) -> bool:
    """Whether a word of the function-word list ``name`` follows ``hit`` within ``REACH`` words of its sentence
    (ending at token ``b``)."""
    words = fw(name)
    for k in range(hit.j + 1, min(b, hit.j + 1 + REACH)):
        if doc.tokens[k].text in CLAUSE_MARKS:
            return False  # («لدعم العراق قبل الغزو، ودعمت نظامه بالمال»: the money is the next clause's)
        if not (keys_of(doc.tokens[k]) | {doc.tokens[k].norm_key}).isdisjoint(words):
            return True
    return False


def material_code(doc: Doc, hit: Hit, b: int) -> str | None:
    """The CAMEO sub-code of the material support ``hit`` (sentence ending at token ``b``): 071 where it is given in
    money only («ودعمت قطر الجيش بالمال»), 072 in arms only («تدعم إيران الحوثيين بالسلاح»); None (the lexicon's
    070) where both are named («بالمال والعتاد») or ``hit`` is another trigger."""
    if hit.entry.id != MATERIAL_ID:
        return None
    money, arms = _given(doc, hit, b, "aid_money_words"), _given(doc, hit, b, "aid_arms_words")
    if money == arms:
        return None
    return ECONOMIC if money else MILITARY


def by_material(hit: Hit, code: str) -> Hit:
    """``hit`` recoded as the aid ``code`` its money or arms tell (the same id and frame)."""
    return Hit(hit.i, hit.j, replace(hit.entry, code=code, plover=plover_of(code)), hit.pos, hit.cand, hit.owned)


def not_material(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether ``hit``, a trigger of material support (sentence ending at token ``b``), tells no money or arms in its
    own clause («لدعم العراق قبل الغزو، ودعمت نظامه بالمال»: the masdar's support is no aid told), or is a masdar
    with its supporter in the genitive and the supported after «لـ» («دعم إيران للحوثيين بالسلاح»: the frame would
    read the supporter as the target); «دعم المعارضة بالأسلحة» is kept."""
    if hit.entry.id != MATERIAL_ID:
        return False
    if not (_given(doc, hit, b, "aid_money_words") or _given(doc, hit, b, "aid_arms_words")):
        return True
    if hit.pos != "N":
        return False
    return any(lam_clitic(doc, k) or doc.tokens[k].norm_key.startswith("لل")
               for k in (hit.j + 2, hit.j + 3) if k < b)


def unaided(doc: Doc, hit: Hit, args: Args) -> bool:
    """Whether ``hit``, a verb of material support, supports no actor: its object is a thing («وتدعم الحكومة
    الاقتصاد بالمال»), not a named party or a body («ودعمت نظام صدام بالمال», «تدعم الجيش بالسلاح»: see
    :func:`.acting.actor_phrase`), nor a pronoun left unread («كانت الكويت تسانده بالمال»: no party named, and often
    a support of years past); other triggers are never refused here."""
    return hit.entry.id == MATERIAL_ID and not any(actor_phrase(doc, t) for t in args.targets or [])


__all__ = ["MATERIAL_ID", "by_material", "material_code", "not_material", "unaided"]
