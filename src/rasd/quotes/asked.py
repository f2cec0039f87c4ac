"""«تساءل» (asked) reports a question only as the asker's own words, after a colon or in quote marks («وتساءل:
«هل هذه الأموال تكفي؟»», «ويتساءل فلان: كيف سيبررون ذلك؟»), round 288; «وتساءل إن كان الاتفاق سيصمد» (whether)
and «تساءل عن سبب ...» (about) are no words of his. Round 294: with no colon and no marks, a question that opens
right after the cue (or after the asker's name) with a question word and ends with «؟» in the same sentence is his
question all the same, reported: «وتساءل ما الذي يدفع شابا إلى أن يترك بلده؟»."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import mention_index
from ..events.forms import fw
from .cues import Cue, trim

_ASKING = "تساءل"
_WHETHER = frozenset(("اذا", "إذا", "كان", "كانت"))  # «ما إذا كان»: whether, no question of his own
_BREAKS = frozenset((":", "«", "»", '"', "؛", "!", ".", "،", ","))


def asked_question(doc: Doc, t: int, cue: Cue, sent_end: int) -> tuple[Span, int] | None:
    """(the question, the last token the asker may occupy) for the «تساءل» cue at ``t`` where a question word
    (question_openers) stands right after it, or right after one name that follows it («وتساءل الوزير كيف ...»),
    and the sentence's first «؟» ends the question with no colon, quote mark or comma before it; None elsewhere
    («وتساءل عن سبب ...»: about; «وتساءل ما إذا كان ...»: whether)."""
    if cue.lemma != _ASKING or cue.kind != "verb" or t + 2 >= sent_end:
        return None
    toks = doc.tokens
    u = t + 1
    named = mention_index(doc).get(u)
    if named is not None and named[1] == "PERSON":  # «وتساءل الحلفي ما ...»: past the asker's name
        while u < sent_end and mention_index(doc).get(u) == named:
            u += 1
    if u >= sent_end - 1 or toks[u].norm_key not in fw("question_openers"):
        return None
    if toks[u + 1].norm_key in _WHETHER:
        return None  # «وتساءل ما إذا كان»: whether
    for v in range(u + 1, sent_end):
        text = toks[v].text
        if "؟" in text:
            span = trim(doc.text, toks[u].start, toks[v].end)
            return (span, u - 1) if span is not None and v > u + 1 else None
        if text in _BREAKS:
            return None  # a colon, a quotation or a clause set off first: not one question
    return None


def asked_indirectly(doc: Doc, t: int, cue: Cue, is_direct: bool, content: Span, sent_end: int) -> bool:
    """Is this a cue of asking whose content is no direct question, nor his unmarked question (``asked_question``)?"""
    if cue.lemma != _ASKING or is_direct:
        return False
    question = asked_question(doc, t, cue, sent_end)
    return question is None or question[0] != content
