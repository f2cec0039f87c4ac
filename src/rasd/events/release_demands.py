"""Round ev523: a demand or an appeal whose object is a release of people asks for that release (CAMEO 1053,
demand release of persons or property; 0253, appeal for it), no release told and no plain demand (100) or appeal
(020): «طالبت منظمة العفو السلطات بالإفراج عن المعتقلين» (1053, the authorities asked its target), «وطالب
المتظاهرون بإطلاق سراح الصحفي», «ومطالبتها بإطلاق سراح المخطوفين», «دعت فرنسا إلى إطلاق سراح الرهائن» (0253).

The release is the first trigger after the demand, within ``WISH_BACK`` words (the reach of :mod:`.released`'s
words of asking), and frees a person or a group (:func:`.released.of_person`): «طالب الوزير بالإفراج عن 200 مليون
دولار» stays 100. The release itself is no event (:func:`.released.not_released`). A release told («أفرجت السلطات
عن المعتقلين») stays 0841, a refused one («رفضت الحكومة الإفراج عن المعتقلين») 1243 (:mod:`.refused_acts`).
"""

from __future__ import annotations

from ..doc import Doc
from .lexicon import Hit, find_triggers
from .lifting import coded
from .released import RELEASES, WISH_BACK, of_person

ASKED_CODES = {  # lexicon entry of asking → (its own code, the code of asking for a release)
    "demand": ("100", "1053"),  # «طالب/يطالب/مطالبة»
    "appeal": ("020", "0253"),  # «دعا/يدعو/دعوة إلى»
    "appeal2": ("020", "0253"),  # «ناشد/يناشد/مناشدة»
}


def asked_release(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the first trigger after the demand or appeal ``hit`` (within ``WISH_BACK`` words, in its sentence
    ending before ``b``) is a release of people: «طالبوا بالإفراج عن ابنه», «دعت إلى إطلاق سراح الرهائن»."""
    start = hit.j + 1
    after = find_triggers(doc.tokens[start:b])
    if not after or after[0].i > WISH_BACK:
        return False
    first = after[0]
    return first.entry.id in RELEASES and of_person(doc, Hit(first.i + start, first.j + start, first.entry,
                                                             first.pos, first.cand), b)


def release_demand(doc: Doc, hit: Hit, b: int) -> Hit:
    """``hit`` recoded as a demand (1053) or an appeal (0253) for a release where its object is one (see the
    module); else ``hit``."""
    codes = ASKED_CODES.get(hit.entry.id)
    if codes is None or hit.entry.code != codes[0] or not asked_release(doc, hit, b):
        return hit
    return Hit(hit.i, hit.j, coded(hit.entry, codes[1]), hit.pos, hit.cand, hit.owned)


__all__ = ["asked_release", "release_demand"]
