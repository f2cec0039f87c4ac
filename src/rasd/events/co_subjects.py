"""Round ev703: where a VSO subject's coordinated co-subjects end, so that the object search starts past them.

«وطالبت الولايات المتحدة ودول آسيان الصين بوقف انشطتها»: after the subject «الولايات المتحدة», the phrases in «و»
right after it with no preposition («ونائبه ماكغورك», «والسعودية») are its co-subjects, no object; a co-subject that
is one bare head in construct («ودول», «وحكومة», «وزعماء») runs on over the name that is its genitive
(`chunk_reads.named_genitive`: «ودول آسيان») where a bare phrase stands right after it, so that phrase («الصين») is
the object, not «آسيان». A co-subject of more words («ودول عربية إيران») and a conjunct whose genitive ends the clause
(«تستهدف الميليشيات الحوثية وقوات صالح»: the name is the only object candidate) stay as they were.

Round ev728 (:func:`agent_gap`): the words between a subject and a noun act of harm it is the agent of
(``subjects.nominal_agent``) do not count a named co-subject in «و» right after it: «وتمكنت المقاومة الشعبية والقوات
الموالية للرئيس عبد ربه منصور هادي من استعادة السيطرة»: the act is the first conjunct's, as a verb's act is; only
where the subject follows its verb (a genitive's conjunct, «قصف تجمعات ميليشيات الحوثي وصالح», is no co-subject)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, mention_index, named_genitive
from .forms import PLACES
from .opening_perfects import verb_word

NOMINAL_AGENT_WINDOW = 8  # words between a noun act of harm and a subject before it that is its agent with no light verb
CO_SUBJECT_REACH = 3  # tokens at most from the subject's end to a co-subject


def _co_subject_end(doc: Doc, chunks: list[Chunk], c: Chunk) -> int:
    """The last token of the co-subject ``c``: over its named genitive where it is one bare head word and a bare
    phrase, the object, stands right after that genitive («ودول آسيان | الصين»; not «وقوات صالح» closing its clause,
    where the name is the only phrase left to be the object)."""
    if c.entity is not None or c.i != c.j:
        return c.j
    g = named_genitive(doc, chunks, c)
    nxt = next((d for d in chunks if d.i > g.j), None)
    if g.j == c.j or nxt is None or nxt.i != g.j + 1 or nxt.prep is not None or nxt.coord:
        return c.j
    return g.j


def past_co_subjects(
    doc: Doc, chunks: list[Chunk], source: Chunk | None, rest: list[Chunk], obj_from: int
) -> tuple[int, list[Chunk]]:
    """``obj_from`` and the chunks ``rest`` after it, moved past the coordinated co-subjects of ``source`` that open
    ``rest`` («ألين ونائبه ماكغورك», «الولايات المتحدة ودول آسيان»; module docstring)."""
    while rest and source is not None and rest[0].coord and rest[0].prep is None and rest[0].i <= obj_from + CO_SUBJECT_REACH:
        obj_from = _co_subject_end(doc, chunks, rest[0])
        rest = [c for c in rest if c.i > obj_from]
    return obj_from, rest


def agent_gap(doc: Doc, c: Chunk, i: int) -> int:
    """The number of tokens between the phrase ``c`` and the noun act at token ``i``, less those of the named
    co-subject in «و» that opens them, no place («والقوات الموالية للرئيس هادي»; module docstring), where ``c`` is
    the subject of a verb right before it («وتمكنت المقاومة»; not the genitive «تجمعات ميليشيات الحوثي وصالح»)."""
    k = c.j + 1
    found = mention_index(doc).get(k)
    tok = doc.tokens[k] if k < i else None
    if tok is None or found is None or found[1] in PLACES or not tok.text.startswith("و") \
            or not tok.start < found[2] < tok.end or c.i == 0 or not verb_word(doc, c.i - 1, 0):
        return i - k
    while k < i and mention_index(doc).get(k) == found:
        k += 1
    return i - k
