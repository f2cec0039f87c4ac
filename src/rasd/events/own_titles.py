"""Round ar427: whether a title phrase stands for a person named past a preposition's phrase.

A title after a verb names the person right after it («استقبل الملك سلمان»), and also past a post's place
(«مبعوث الأمم المتحدة في اليمن إسماعيل ولد الشيخ»). Where a title of an office of its own stands right before the
person past a preposition's phrase («واستقبل الملك في جدة الرئيس السيسي»), the person is another: the place or seat
of the act parts the subject's title from the object's. A rank or a courtesy word before the name (``name_ranks``:
«قائد القوات في العراق الجنرال فلان», «المبعوث إلى اليمن السيد فلان») is the same man's. Nor does a phrase
stand for a person past a verb after «و» that opens a new clause («وزار الوزير الجزائر، والتقى الرئيس فلان»: the
minister met him; ``clause_verb_between``).
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import Chunk
from .forms import bare, fw
from .lexicon import match_token

OWN_TITLE_GAP = 3  # tokens from the object's title to its name («الرئيس المصري عبد الفتاح السيسي»)


def own_title_past_place(doc: Doc, chunks: list[Chunk], c: Chunk, d: Chunk) -> bool:
    """Whether the person ``d`` after the title phrase ``c`` has a title of an office of his own right before him,
    past a preposition's phrase after ``c`` («الملك | في جدة | الرئيس السيسي»): then ``c`` does not stand for him."""
    between = [x for x in chunks if c.j < x.i and x.j < d.i]
    first_prep = next((x for x in between if x.prep is not None), None)
    if first_prep is None:
        return False
    own = [x for x in between if x.i > first_prep.j and x.prep is None and x.title]
    if not own or d.i - own[-1].j > OWN_TITLE_GAP or any(x.prep is not None for x in between if x.i > own[-1].j):
        return False
    word = bare(doc.tokens[own[-1].i].norm_key, "titles")
    return word not in fw("name_ranks") and word.removeprefix("ال") not in fw("name_ranks")


def clause_verb_between(doc: Doc, chunks: list[Chunk], c: Chunk, d: Chunk) -> bool:
    """Whether a verb trigger after «و» in no phrase stands between the phrase ``c`` and the person ``d``
    («الوزير | الجزائر، والتقى | الرئيس فلان»): a new clause, whose object or subject the person is."""
    for t in range(c.j + 1, d.i):
        if doc.tokens[t].norm_key[:1] != "و" or any(x.i <= t <= x.j for x in chunks):
            continue
        hit = match_token(doc.tokens, t)
        if hit is not None and hit.pos == "V":
            return True
    return False


def parted_person(doc: Doc, chunks: list[Chunk], c: Chunk, d: Chunk, titled: bool) -> bool:
    """Whether the person ``d`` after the phrase ``c`` is parted from it (see the module): by a «و» verb's clause,
    or, for a title, by a place and an office of his own."""
    return clause_verb_between(doc, chunks, c, d) or titled and own_title_past_place(doc, chunks, c, d)
