"""Round ev447: who takes part in a protest, named after it by a word of taking part.

«كما أكدت تنظيم وقفات احتجاجية ... أمام وزارة الداخلية بمشاركة ممثلي النقابات», «مظاهرة كبرى حضرها الآلاف من
العراقيين», «مظاهرة احتجاجية شارك فيها عشرات من المجتمع المدني»: the phrase right after «بمشاركة/حضرها» or after
a verb of taking part with its «فيها/بها» (function words ``protest_joinings``, ``protest_joining_verbs``,
``protest_joining_pronouns``), in the protest's sentence after its trigger, is who protests, where nothing else
named them. Only a phrase that can act: a name, a noun of people or of a body, or a count of them («الآلاف»:
function words ``crowd_counts``); never a manner («بمشاركة واسعة»: wide participation) nor a number alone.
"""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase
from .chunks import Chunk, plain_chunk
from .forms import fw_keys
from .group_lexicon import word_key
from .lexicon import Hit
from .word_tests import clause_break

REACH = 24  # tokens from the protest trigger to the word of taking part


def _joined_at(doc: Doc, t: int) -> int | None:
    """The token where the joiners named by a word of taking part at token ``t`` start, or None."""
    toks = doc.tokens
    key = toks[t].norm_key
    if key in fw_keys("protest_joinings"):
        return t + 1
    if key in fw_keys("protest_joining_verbs") and t + 1 < len(toks) and \
            toks[t + 1].norm_key in fw_keys("protest_joining_pronouns"):
        return t + 2
    return None


def _phrase_at(doc: Doc, chunks: list[Chunk], at: int) -> Chunk | None:
    """The phrase from token ``at``: to the end of the chunk holding it («بمشاركة ممثلي النقابات» is one chunk of
    the masdar), or a count word alone that no chunk holds («شارك فيها عشرات من ...»)."""
    held = next((c for c in chunks if c.i <= at <= c.j), None)
    if held is not None:
        return plain_chunk(doc.tokens, at, held.j, held.end) if held.i < at else held
    return plain_chunk(doc.tokens, at, at) if word_key(doc.tokens[at]) in fw_keys("crowd_counts") else None


def _can_join(doc: Doc, c: Chunk) -> bool:
    """Whether a phrase can take part: a count of people («الآلاف»), a members' noun («ممثلي النقابات»: function
    words ``group_members``) or a phrase that can act (a name, a noun of people or of a body); not a number."""
    key = word_key(doc.tokens[c.i])
    if key in fw_keys("crowd_counts") or key in fw_keys("group_members"):
        return True
    return not c.number and actor_phrase(doc, c)


def protest_joiners(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> Chunk | None:
    """Those named as taking part in the protest ``hit`` after it (see the module), or None."""
    toks = doc.tokens
    for t in range(hit.j + 1, min(sent_end, hit.j + REACH)):
        if clause_break(toks[t].text):
            return None
        at = _joined_at(doc, t)
        if at is None:
            continue
        if at >= len(toks):
            return None
        c = _phrase_at(doc, chunks, at)
        if c is None or c.prep is not None or not _can_join(doc, c):
            return None  # («بمشاركة واسعة»: a manner of taking part)
        return c
    return None
