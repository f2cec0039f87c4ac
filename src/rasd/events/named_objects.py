"""Round mend703: a named body or place right after an unnamed sound plural after a verb is the verb's object.

«هاجم مسلحون مجهولون مطار عدن», «اقتحم مسلحون فندق الشيراتون في عدن»: a sound masculine plural that keeps its
«ن» («مسلحون», «مجهولون», «متشددين») heads no construct, so the name of a body or a place right after it
(an ORGANIZATION or LOCATION mention: «مطار عدن», «فندق القصر», «السفارة الأمريكية») is neither its genitive nor a
name in apposition to it: it is a phrase of its own, the verb's object. The phrase after the verb is then no lone
phrase read as the patient of an unvocalised passive (events.vso.lone_vso_phrase): the plural is the subject who
acts on the named place. A person's name is left to the title rule («جرح وزير الدفاع الياس المر»), and a plural
with the article, a broken plural or a singular head is left as it was («قتل أحد أفراد البيشمركة (القوات
الكردية)»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, nkey

SOUND_PLURAL_MIN = 5  # letters of an indefinite sound plural with its «ن» («مسلحون»; not «دون», «بين»)
NAMED_OBJECTS = ("ORGANIZATION", *PLACES)


def _indefinite_sound_plural(text: str) -> bool:
    """An indefinite sound masculine plural that keeps its «ن» («مسلحون», «مجهولين»; not «المسلحون»)."""
    key = nkey(text)
    return len(key) >= SOUND_PLURAL_MIN and key.endswith(("ون", "ين")) and not key.startswith(("ال", "وال"))


def named_object_after(doc: Doc, nxt: Chunk) -> bool:
    """Whether the unnamed phrase ``nxt`` after a verb ends in an indefinite sound plural («مسلحون مجهولون») and
    the name of a body or place starts right after it («مطار عدن»): that name is the verb's object (module)."""
    toks = doc.tokens
    if nxt.entity is not None or nxt.prep is not None or nxt.number or nxt.j + 1 >= len(toks):
        return False
    if not _indefinite_sound_plural(toks[nxt.j].text):
        return False
    start = toks[nxt.j + 1].start
    return any(m.start == start and m.type in NAMED_OBJECTS for m in doc.mentions)
