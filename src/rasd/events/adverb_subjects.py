"""Round ev361: an adverb right after a trigger opens no phrase. «كنت اجتمعت أخيرا بالرئيس المصري فلان»: the chunker
joins a lone adverb (function words ``lone_adverbs``: «أخيرا», «مؤخرا», «مجددا») and the «بـ» phrase after it into
one phrase of no preposition, which the word-order rules then read as the verb's subject (VSO) or as nothing, and the
verb had no object. Before the arguments are read, that phrase is read past its adverb (``chunks.past_adverb``:
«بالرئيس المصري فلان», a «بـ» phrase, the one met), for every trigger of the sentence.

Only a phrase of two words or more of no name, right after the trigger, opened by the adverb and with a preposition
glued to its second word («أخيرا بالرئيس»); an adverb after the subject («وتطالب نيوزيلندا خصوصا بإمكانيات») is
left to the rules that read it past the subject.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, past_adverb, verb_key
from .forms import fw
from .lexicon import Hit

GLUED = ("ب", "ل")  # prepositions glued to the word after the adverb


def _adverb_phrase(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """``c`` is an unnamed phrase right after the trigger opened by a lone adverb, a preposition glued to its next
    word («أخيرا بالرئيس المصري»)."""
    if c.entity is not None or c.j == c.i or c.i != hit.j + 1:
        return False
    if verb_key(doc.tokens[c.i].text) not in fw("lone_adverbs"):
        return False
    nxt = doc.tokens[c.i + 1].words
    return len(nxt) > 1 and nxt[0].kind == "proclitic" and nxt[0].norm in GLUED


def split_adverb(doc: Doc, hit: Hit, chunks: list[Chunk]) -> None:
    """Read the adverb's phrase right after ``hit`` past its adverb, in ``chunks`` (module docstring)."""
    for n, c in enumerate(chunks):
        if c.i > hit.j + 1:
            return
        if _adverb_phrase(doc, hit, c):
            chunks[n] = past_adverb(doc, c)
            return
