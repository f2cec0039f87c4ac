"""Round ev391: the subject a verb in «و/ف» with none of its own carries from a clause opener that
``agents.opener_subject`` does not reach from its own sentence start (``carry.clause_prior`` asks it last).

- After a fronted phrase: «وفي ختام الاجتماع وافقت اللجنة المركزية على الاقتراح ورفضت ...»: the verb that opens
  the clause may follow one or more prepositional phrases that open the sentence («وفي ختام الاجتماع»); it opens
  the clause all the same, and its subject after it (VSO) is the one the later verb shares; so after a comma
  («...، وفي ختام الاجتماع وافقت»), and past a relative clause on the fronted phrase («الاجتماع الذي استمر أكثر
  من 12 ساعة وافقت»: the first word of a finite verb's shape past the relative's own verb).
- After «بعد أن/قبل أن» («بعدما», «قبلما»): «ووصلت القوات العراقية إلى أطراف المدينة بعد أن سيطرت على شارع 60»: a
  verb with no conjunction and no subject of its own right after the subordinator goes on the clause before it: the
  subject of the verb that opens that clause (VSO) is its subject.
- Across «؛»: «خرج نتنياهو لمواجهة الحملة؛ فهاجم السلطة الفلسطينية»: the sentence splitter ends a sentence at the
  semicolon, but a verb in «ف/و» that opens the words after it goes on the clause before: the subject of the verb
  that opens that clause (VSO) is its subject.
"""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc
from .agents import opener_subject, verb_start
from .chunks import Chunk, build_chunks, mention_index
from .word_tests import clause_stop, finite_verb
from .forms import bare, fw, fw_keys, nkey
from .lexicon import Hit

SEMICOLONS = ("؛", ";")
THAT = nkey("أن")
RELATIVE_REACH = 16  # tokens from a relative pronoun on a fronted phrase to the verb that opens the clause


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
    end: int | None = pos
    if fronted and pos < i and bare(doc.tokens[pos].norm_key, "relatives") in fw("relatives"):
        end = _past_relative(doc, pos, i)  # «وفي ختام الاجتماع الذي استمر 12 ساعة وافقت اللجنة»
    return end if fronted and end is not None and end < i and not any(c.i <= end <= c.j for c in chunks) else None


def _past_relative(doc: Doc, rel: int, i: int) -> int | None:
    """The verb that opens the clause past a relative clause on the fronted phrase (from the relative pronoun at
    ``rel``, before token ``i``): the first word of a finite verb's shape past the relative's own first word, with no
    «و/ف» on it (``word_tests.finite_verb``: «وافقت»), before any clause stop; None where there is none."""
    for u in range(rel + 2, min(i, rel + RELATIVE_REACH)):
        tok = doc.tokens[u]
        if clause_stop(tok.text):
            return None
        if finite_verb(tok) and len(tok.words) == 1:
            return u
    return None


def fronted_opener_subject(doc: Doc, i: int, a: int) -> Chunk | None:
    """The subject of the verb that opens the clause of token ``i`` (its sentence from token ``a``) right after
    the prepositional phrases fronted at the start of the sentence or of the clause after the last comma («وفي ختام
    الاجتماع وافقت اللجنة ...، ورفضت»); None where no such phrase opens it (``opener_subject`` reads that clause
    itself). The phrases are read afresh, with no word left out as a trigger («الاجتماع» is a noun of the phrase)."""
    v = verb_start(doc, i, a)
    comma = next((t for t in range(v - 1, a, -1) if doc.tokens[t].text in ("،", ",")), None)
    start = a if comma is None else comma + 1  # (or a clause after a comma: «...، وفي ختام الاجتماع وافقت»)
    if v - start < 3:
        return None
    chunks = build_chunks(doc, a, v, mention_index(doc), set(), verbs=True)
    pos = _fronted_end(doc, chunks, start, v)
    return opener_subject(doc, chunks, i, pos) if pos is not None else None


def semicolon_subject(doc: Doc, hit: Hit, a: int) -> Chunk | None:
    """For a verb at ``hit`` in «ف/و» that opens its sentence (from token ``a``) right after a semicolon: the
    subject of the verb that opens the clause before the semicolon («خرج نتنياهو لمواجهة الحملة؛ فهاجم»), read in
    the sentence before; None otherwise."""
    if hit.pos != "V" or hit.cand.proclitics[:1] not in (("ف",), ("و",)) or verb_start(doc, hit.i, a) != a \
            or a < 2 or doc.tokens[a - 1].text not in SEMICOLONS:
        return None
    starts = doc.token_starts()  # (the doc's own list; read only)
    lo = next((bisect_left(starts, s.start) for s in reversed(doc.sentences) if s.end <= doc.tokens[a].start), None)
    if lo is None or lo >= a - 1:
        return None
    chunks = build_chunks(doc, lo, a - 1, mention_index(doc), set(), verbs=True)
    return opener_subject(doc, chunks, a - 1, lo) or fronted_opener_subject(doc, a - 1, lo)


def subordinate_subject(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """For a verb at ``hit`` with no conjunction right after «بعد أن/قبل أن» (function words ``time_subordinate_heads``
    + «أن») or «بعدما/قبلما» (``time_subordinators``) in its sentence (from token ``a``): the subject of the verb that
    opens the clause before the subordinator (the module's doc); None otherwise."""
    toks = doc.tokens
    if hit.pos != "V" or hit.cand.proclitics or hit.i - 1 < a:
        return None
    p = hit.i - 1
    if toks[p].norm_key.removeprefix("و") in fw_keys("time_subordinators"):
        return opener_subject(doc, chunks, p, a)
    if p - 1 >= a and toks[p].norm_key == THAT and toks[p - 1].norm_key.removeprefix("و") in fw_keys(
            "time_subordinate_heads"):
        return opener_subject(doc, chunks, p - 1, a)
    return None
