"""Round ev474: verbal support for an actor is an endorsement (CAMEO 051, PLOVER SUPPORT) only where what is supported
is an actor named right after the verb or its subject: «وتدعم إيران نظام الأسد», «والثانية تؤيد المعارضة», «الحزب
الذي يؤيد صالح». Support for a thing («تدعم الاقتصاد», «تؤيد الحل السياسي», «تدعم أي جهود للتصدي لداعش», where
the actor named is the object of another word) is no event, nor support in money or arms («السعودية تدعم مصر بأربعة
مليارات», «تسانده بالمال والسلاح»: function words ``material_support_words``, aid of CAMEO 07, not an endorsement)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of
from .material_aid import unaided
from .frame_args import Args
from .lexicon import Hit
from .nonevents import no_participants

ENDORSE_ID = "endorse_actor"  # the lexicon entry of «أيد/يدعم/ساند»
MATERIAL_REACH = 8  # words after the verb read for money or arms («تدعم مصر بأربعة مليارات دولار»)


def unendorsed(doc: Doc, hit: Hit, args: Args, b: int) -> bool:
    """Whether ``hit``, a verb of supporting, supports no actor named right after it or its subject, or supports in
    money or arms (see the module); other triggers are never refused here."""
    if hit.entry.id != ENDORSE_ID:
        return unaided(doc, hit, args)  # round ev492: «تدعم الاقتصاد بالمال» supports no actor
    heads = {hit.j + 1} | ({args.source.j + 1} if args.source is not None else set())
    if not any(t.entity is not None and t.i in heads for t in args.targets or []):
        return True
    return any(not keys_of(doc.tokens[t]).isdisjoint(fw("material_support_words"))
               for t in range(hit.j + 1, min(b, hit.j + 1 + MATERIAL_REACH)))


def no_parties(doc: Doc, hit: Hit, args: Args, a: int) -> bool:
    """Whether ``hit`` (its sentence starting at token ``a``) has no party it needs: talks of any kind with no one named
    (:func:`.nonevents.no_participants`: «في كل المفاوضات») or a verb of supporting with no actor supported
    (:func:`unendorsed`: «تدعم الاقتصاد»). Round ev481: called here, not from ``nonevents`` (over 400 lines)."""
    return no_participants(doc, hit, args, a) or (hit.pos != "N" and unendorsed(doc, hit, args, len(doc.tokens)))


__all__ = ["ENDORSE_ID", "no_parties", "unendorsed"]
