"""«قال وزير الخارجية:» at the end of a line: what he said is the next line, for the ``quotes`` stage (an
interview's answer, a speech quoted as its own paragraph: «- آمل أن ...», «لأكن واضحا. ...»)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.forms import fw, fw_keys, nkey
from .cues import match_cue, trim

_DASHES = ("-", "–", "—")


def next_line(doc: Doc, u: int, direct: Sequence[Span]) -> tuple[Span | None, bool] | None:
    """(the words, direct?) that the colon at token ``u`` introduces where a line break follows it: a quotation
    opening the next line, or that line (after a dialogue dash) up to a sentence of it that ends in a colon (the
    writer introduces the next speaker: «وهنا أضاف فلان:»); None where no line break follows the colon."""
    toks = doc.tokens
    text = doc.text
    if u + 1 >= len(toks) or "\n" not in text[toks[u].end:toks[u + 1].start]:
        return None
    k = u + 2 if toks[u + 1].text in _DASHES and u + 2 < len(toks) else u + 1
    op = [d for d in direct if d.start - 1 == toks[k].start]
    if op:
        return trim(text, op[0].start, op[0].end), True
    start = toks[k].start
    line_end = text.find("\n", start)
    end = len(text) if line_end < 0 else line_end
    for s in doc.sentences:
        if start < s.start < end and text[s.start:s.end].rstrip().endswith(":"):
            end = s.start  # «- آمل أن ... وهنا أضاف فلان:»: the next speaker's introduction
            break
    for j in range(k + 1, len(toks) - 1):
        if toks[j].start >= end:
            break
        if toks[j - 1].text in ("،", ",") and toks[j].norm_key == "كما" and match_cue(doc, j + 1) is not None:
            end = toks[j - 1].start  # «...، كما أعلن فلان»: another one's report the writer adds
            break
        if toks[j - 1].text in ("،", ",") and writer_comment(doc, j):
            end = toks[j - 1].start  # «- الفعالة، لكن بما يوحي أن ...»: the writer reads the words, not said
            break
    span = trim(text, start, end)
    if span is not None and text[span.start] == "«" and text[span.end - 1] == "»" and "«" not in text[
            span.start + 1:span.end - 1]:
        return trim(text, span.start + 1, span.end - 1), True  # «قال:» then a line in quote marks
    return span, True


def writer_comment(doc: Doc, j: int) -> bool:
    """The writer's reading of what was said opens at token ``j`` after a comma: «بما» and a verb of implying
    (implying_verbs: «بما يوحي/يعني أن»), a «لكن/غير أن/بيد أن» before it or none."""
    toks = doc.tokens
    k = j
    key = toks[k].norm_key
    if key in fw("but_words"):
        k += 1
    elif key in fw("contrast_heads") and k + 1 < len(toks) and toks[k + 1].norm_key in ("أن", "ان"):
        k += 2
    if k + 1 >= len(toks) or toks[k].norm_key not in ("بما", "مما"):
        return False
    return toks[k + 1].norm_key in fw_keys("implying_verbs")
