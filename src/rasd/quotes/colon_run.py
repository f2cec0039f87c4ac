"""Unquoted words a colon introduces that run on over the next sentences of their paragraph (round qu882): «وأضاف:
نريد أن نكون واضحين ... . ولكن خلال السنوات الماضية بات واضحا أن أمن المنطقة من أمننا. ...» — with no quote marks
the words after the colon end, for the cue, at the first full stop; where the sentences after it go on in the
speaker's voice (a first-person mark: «نحن», «أمننا», «لدينا») the words said are all of them, up to the paragraph's
end or to the first sentence that is clearly the writer's narration again: one with a reporting cue («وأشار
فلان»), a quote mark, a colon at its end (the next speaker introduced), a dateline, or one that opens with «و/فـ» +
a verb whose subject is named right after it («وأشار هاموند»).

Round qu888: the same where «إن» follows the colon («قال الوزير: إنها خطوة مهمة ... . كنا دائما ...»): the indirect
words «إن» opens after a colon are in the speaker's voice as well, and run on the same way (the first-person mark
may be the «إننا» itself)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys
from .cues import is_complementizer, match_cue, trim
from .ends import finite

RUN_SENTENCES = 12  # sentences the colon's words may run past their first one
RUN_CHARS = 3000  # characters they may run past their first sentence
_MARKS = ("«", "»", '"', "“", "”")


def colon_run(doc: Doc, content: Span, that: bool = False) -> Span | None:
    """``content`` (unquoted words right after a colon, ending at a full stop; with ``that``, the words of the «إن»
    right after a colon) run on to its paragraph's end or to the first sentence of narration (module docstring),
    where the words and the sentences taken carry a first-person mark; None where nothing is added."""
    text = doc.text
    said = _that_after_colon(doc, content) if that else content.start
    if said is None or not text[:said].rstrip(" ").endswith(":") or text[content.start] in _MARKS:
        return None
    if not text[content.end:].lstrip(" ").startswith(".") or "\n" in text[content.end:content.end + 2]:
        return None
    par_end = text.find("\n", content.end)
    par_end = len(text) if par_end < 0 else par_end
    end = content.end
    count = 0
    for s in doc.sentences:
        if s.start < content.end or s.start >= par_end:
            continue
        if count >= RUN_SENTENCES or s.end - content.end > RUN_CHARS or _narration(doc, s):
            break
        end, count = min(s.end, par_end), count + 1
    if count == 0 or not _first_person(doc, Span(said, end)):
        return None
    return trim(text, content.start, end)


def _that_after_colon(doc: Doc, content: Span) -> int | None:
    """Where the «إن» (any form: «إنها», «إننا») right before ``content`` starts, or None where no complementizer
    stands there."""
    k = doc.token_from(content.start)
    if k is None or k == 0 or not is_complementizer(doc, k - 1):
        return None
    return doc.tokens[k - 1].start


def _narration(doc: Doc, s: Span) -> bool:
    """Sentence ``s`` is the writer's again: a quote mark, a colon at its end, a dateline, a cue in it, or «و/فـ» + a
    verb opening it with a named subject right after it."""
    body = doc.text[s.start:s.end]
    if any(m in body for m in _MARKS) or body.rstrip().endswith(":"):
        return True
    if doc.dateline is not None and s.start <= doc.dateline.start < s.end:
        return True
    toks = list(doc.token_range(s))
    if any(match_cue(doc, k) is not None for k in toks):
        return True
    if len(toks) > 1 and doc.tokens[toks[0]].norm_key[:1] in ("و", "ف") and finite(doc, toks[0]):
        nxt = doc.tokens[toks[1]]
        return any(m.start == nxt.start for m in doc.mentions)  # «وتابع فلان», «ويأتي خطاب فلان»
    return False


def _first_person(doc: Doc, span: Span) -> bool:
    """A first-person mark in ``span``: a first-person word («نحن», «أننا»), «أنا», or a noun or preposition with
    «نا» split off by the word layer («أمننا», «لدينا»)."""
    words = fw_keys("first_person_words")
    for k in doc.token_range(span):
        tok = doc.tokens[k]
        if tok.norm_key in words or tok.norm_key in ("انا", "وانا", "ونحن"):
            return True
        if len(tok.words) > 1 and tok.words[-1].kind == "enclitic" and tok.words[-1].norm == "نا":
            return True
    return False
