"""The one who died does not act (round 262): «ويمكن أن تزيد وفاة الملا عمر من الانقسامات مع إعلان بعض مقاتليها
الولاء»: the name after a death noun («وفاة، مقتل، مصرع، اغتيال، إعدام، استشهاد») is who died, its genitive; a
later act noun with no doer of its own does not take him as its source."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw_keys, nkey

# (a death noun may carry «و/ف» and a preposition: «ووفاة», «بوفاة», «لمقتل», «وبمقتل»)
_CLITIC_HEADS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def _death_noun(key: str) -> bool:
    deaths = fw_keys("death_nouns")
    if key in deaths:
        return True
    for head in _CLITIC_HEADS:
        if key.startswith(head) and key[len(head):] in deaths:
            return True
    return False


def the_dead(doc: Doc, source: Chunk, sent_start: int) -> bool:
    """Whether ``source`` is the genitive of a death noun, past up to two title words between («مقتل الزعيم
    فلان»), or before a person's name one definite word that stands as his title («وفاة الملا عمر»): the one who
    died."""
    titles = fw_keys("titles") | fw_keys("honorifics")
    t = source.i - 1
    skipped = 0
    while t >= sent_start and skipped < 2 and doc.tokens[t].norm_key in titles:
        t -= 1
        skipped += 1
    if skipped == 0 and source.etype == "PERSON" and t > sent_start and doc.tokens[t].norm_key.startswith("ال"):
        t -= 1
    return t >= sent_start and _death_noun(doc.tokens[t].norm_key)
