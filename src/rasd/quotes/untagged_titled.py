"""Round 109: a verb cue whose subject right after it is a name the entity layer missed, set off by the title that
follows it («وهو ما أكده علي القحوم عضو المكتب السياسي للجماعة»): that person speaks, unnamed; no one named before
is carried to the cue.

The name is one to ``NAME_RUN`` words right after the cue, each a word of the name lists (a given name, even one
that is also a common word: «علي») or a name-like word (``untagged._name_like``), the last of them name-like, and
the word right after them a title (function words ``titles``, ``speaker_titles``).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..entities.gazetteer import load as load_gazetteer
from ..events.forms import fw, nkey
from .untagged import _name_like, title_key

NAME_RUN = 3


def _name_word(doc: Doc, u: int) -> bool:
    if _name_like(doc, u):
        return True
    tok = doc.tokens[u]
    word = load_gazetteer().name_word(tok.norm_key)
    return len(tok.words) == 1 and word is not None and "g" in word.flags


def untagged_titled(doc: Doc, t: int) -> Span | None:
    """The span of the untagged name right after the cue at token ``t`` that a title follows; None where there is
    none or where a mention starts inside it (module docstring)."""
    n = len(doc.tokens)
    for end in range(t + 2, min(n, t + 2 + NAME_RUN)):
        if not _name_word(doc, end - 1):
            return None
        if end - 1 > t + 1 and _name_like(doc, end - 1) and title_key(doc.tokens[end].norm_key):
            span = Span(doc.tokens[t + 1].start, doc.tokens[end - 1].end)
            if any(span.start <= m.start < span.end for m in doc.mentions):
                return None
            return span
    return None
