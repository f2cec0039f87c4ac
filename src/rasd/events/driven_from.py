"""Round ev546: where an act of driving out happened: the place the force or the people are driven out of, named
after «من» past the object («طرد الميليشيات من عدن», «طرد المتمردين من ميناء الحديدة», «وطرد المدنيين من القرى
الحدودية»)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, breaks_between
from .forms import PLACES, fw, fw_keys
from .frame_args import Args
from .lexicon import Hit

DRIVE_OUT = ("expel_forces", "expel_people")  # triggers.tsv entries of driving out of a place
FROM_REACH = 8  # words from the trigger to the place's «من» (the object between: «طرد آخر جيوب الحوثيين من»)
OBLIQUE_MIN = 4  # letters of a construct plural in «ـي» («متمردي», «مقاتلي»; not «علي»)
PLACE_HEAD_REACH = 2  # place nouns between «من» and the name («من ميناء الحديدة», «من مدينة القدس المحتلة»)


def _from_before(doc: Doc, c: Chunk, lo: int) -> bool:
    """Whether the place phrase ``c`` follows «من» right before it or past up to PLACE_HEAD_REACH nouns after
    ``lo`` («من عدن», «من ميناء الحديدة»)."""
    if c.prep == "من":
        return True
    for t in range(c.i - 1, max(lo, c.i - 1 - PLACE_HEAD_REACH) - 1, -1):
        if doc.tokens[t].norm_key == "من":
            return True
    return False


def _from_unnamed(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is «من» before a definite place noun that names no place («من المنطقة», «من المدينة»:
    one told before; not «من مدينة عدن»)."""
    if doc.tokens[t].norm_key != "من" or t + 1 >= len(doc.tokens):
        return False
    key = doc.tokens[t + 1].norm_key
    return key.startswith("ال") and key.removeprefix("ال") in fw_keys("place_words")


def driven_from_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> tuple[Chunk | None] | None:
    """(the place after «من» that the trigger ``hit`` of driving out, ``DRIVE_OUT``, drives its object out of, in
    its clause and within FROM_REACH words,) («تمكنت المقاومة من طرد الميليشيات من عدن»: عدن); (None,) where «من»
    + a pronoun stands for the place («بعد طرد الميليشيات منهما»: a place told before, not the nearest one
    named); None for other triggers or where neither follows («طرد آخر جيوب الحوثيين في لحج»: the «في» place)."""
    if hit.entry.id not in DRIVE_OUT:
        return None
    end = min(len(doc.tokens), hit.j + 1 + FROM_REACH)
    stop = next((t for t in range(hit.j + 1, end) if breaks_between(doc, t, t + 1, relatives=False)), end)
    if any(doc.tokens[t].norm_key in fw("from_pronouns") or _from_unnamed(doc, t) for t in range(hit.j + 1, stop)):
        return (None,)
    for c in chunks:
        if c.i <= hit.j or c.etype not in PLACES:
            continue
        if c.i >= stop:
            return None
        if _from_before(doc, c, hit.j + 1):
            return (c,)
    return None


def _masdar(doc: Doc, k: int, pos: str) -> bool:
    """Whether the trigger at token ``k`` (read as ``pos``) reads as a masdar, the phrase after it a genitive: a
    noun, a word governed by a preposition, a word of sequence or a clitic «بـ/لـ» («بعد طرد», «لطرد», «في طرد»),
    or one whose next word is an oblique sound plural, never a nominative subject («بالسيطرة على زنجبار وطرد
    متمردي جماعة الحوثي»; a subject would be «المتمردون»), or the bare «طرد» before an armed group's head noun (a
    masculine verb seldom precedes «ميليشيات» as its subject)."""
    if k + 1 >= len(doc.tokens):
        return False
    key, head = doc.tokens[k].norm_key, doc.tokens[k + 1].norm_key
    prev = doc.tokens[k - 1].norm_key if k > 0 else ""
    bare_head = key in ("طرد", "وطرد") and head.removeprefix("ال") in fw("armed_heads")  # «أولاها طرد ميليشيات»
    return pos == "N" or key[:1] in ("ب", "ل") or prev in fw("prepositions") or bare_head \
        or prev in fw("sequence_frames") or head.endswith("ين") or (head.endswith("ي") and len(head) > OBLIQUE_MIN)


def driven_out(doc: Doc, hit: Hit, args: Args) -> list[Chunk] | None:
    """Round ev546: the targets of ``hit`` once the phrase right after the masdar of driving out is read as the one
    driven out, never its doer («بعد طرد الميليشيات المتمردة منهما», «طرد ميليشيات «داعش» من المنطقة», «في طرد
    المدنيين العرب»): where the argument rules read that genitive as the source (an armed genitive is a
    striker's, «قصف الميليشيات»), it becomes the target and ``args`` has no source of its own (the verb keeps its
    VSO subject: «وطرد الجيش المتمردين»)."""
    src = args.source
    if hit.entry.id not in DRIVE_OUT or src is None or src.i <= hit.j:
        return args.targets
    gap = [t.norm_key for t in doc.tokens[hit.j + 1 : src.i] if t.text not in ("«", '"')]  # «ميليشيات «داعش»»
    if gap in (["أو"], ["او"]) and _masdar(doc, hit.j, hit.pos):
        args.source = None  # «لطرد أو استسلام الحوثيين»: another act's genitive, no doer
        return args.targets
    if len(gap) > 1 or (gap and gap[0].removeprefix("ال") not in fw("armed_heads")) or not _masdar(doc, hit.j, hit.pos):
        return args.targets
    args.source = None
    return [src]
