"""Round ev391: the subject a verb in «و/ف» with none of its own carries from a clause opener that
``agents.opener_subject`` does not reach from its own sentence start (``carry.clause_prior`` asks it last).

- After a fronted phrase: «وفي ختام الاجتماع وافقت اللجنة المركزية على الاقتراح ورفضت ...»: the verb that opens
  the clause may follow one or more prepositional phrases that open the sentence («وفي ختام الاجتماع»); it opens
  the clause all the same, and its subject after it (VSO) is the one the later verb shares.
- Across «؛»: «خرج نتنياهو لمواجهة الحملة؛ فهاجم السلطة الفلسطينية»: the sentence splitter ends a sentence at the
  semicolon, but a verb in «ف/و» that opens the words after it goes on the clause before: the subject of the verb
  that opens that clause (VSO) is its subject.
"""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc
from .agents import opener_subject, verb_start
from .chunks import Chunk, build_chunks, mention_index
from .forms import bare, fw
from .lexicon import Hit

SEMICOLONS = ("؛", ";")


def _fronted_end(doc: Doc, chunks: list[Chunk], a: int, i: int) -> int | None:
    """The first token past the prepositional phrases that open the sentence from token ``a`` («وفي ختام
    الاجتماع»: its preposition a word of its own or a clitic on the phrase), where at least one does and that token
    comes before token ``i``; None otherwise."""
    pos, fronted = a, False
    while pos < i:
        c = next((c for c in chunks if c.prep is not None and c.i in (pos, pos + 1)), None)
        if c is None or (c.i == pos + 1 and bare(doc.tokens[pos].norm_key, "prepositions") not in fw("prepositions")):
            break  # (a free preposition before the phrase, or one on its first word: «لدى», «بعد»; «وفي»)
        pos, fronted = c.j + 1, True
    return pos if fronted and pos < i and not any(c.i <= pos <= c.j for c in chunks) else None


def fronted_opener_subject(doc: Doc, i: int, a: int) -> Chunk | None:
    """The subject of the verb that opens the clause of token ``i`` (its sentence from token ``a``) right after the
    prepositional phrases fronted at the sentence's start («وفي ختام الاجتماع وافقت اللجنة ...، ورفضت»); None where
    no such phrase opens the sentence (``opener_subject`` reads that clause itself). The phrases are read afresh,
    with no word left out as a trigger («الاجتماع» is a noun of the fronted phrase)."""
    v = verb_start(doc, i, a)
    if v - a < 3:
        return None
    chunks = build_chunks(doc, a, v, mention_index(doc), set(), verbs=True)
    pos = _fronted_end(doc, chunks, a, v)
    return opener_subject(doc, chunks, i, pos) if pos is not None else None


def semicolon_subject(doc: Doc, hit: Hit, a: int) -> Chunk | None:
    """For a verb at ``hit`` in «ف/و» that opens its sentence (from token ``a``) right after a semicolon: the
    subject of the verb that opens the clause before the semicolon («خرج نتنياهو لمواجهة الحملة؛ فهاجم»), read in
    the sentence before; None otherwise."""
    if hit.pos != "V" or hit.cand.proclitics[:1] not in (("ف",), ("و",)) or verb_start(doc, hit.i, a) != a \
            or a < 2 or doc.tokens[a - 1].text not in SEMICOLONS:
        return None
    starts = [t.start for t in doc.tokens]
    lo = next((bisect_left(starts, s.start) for s in reversed(doc.sentences) if s.end <= doc.tokens[a].start), None)
    if lo is None or lo >= a - 1:
        return None
    chunks = build_chunks(doc, lo, a - 1, mention_index(doc), set(), verbs=True)
    return opener_subject(doc, chunks, a - 1, lo) or fronted_opener_subject(doc, a - 1, lo)
