"""«In so-and-so's favourite wording» after a quotation («جعله «أكثر صلابة» بحسب التعبير المفضل لفلان»), for the
quotes stage: what «according to» reports is the quotation it follows, not the writer's whole clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .cues import _QUOTE_MARK, Cue


def worded_quotation(doc: Doc, t: int, cue: Cue, quoted: Sequence[Span]) -> Span | None:
    """The quotation right before the «according to» cue at ``t`` (a comma between or none) where the cue's source is
    a word of wording with no pronoun on it («بحسب التعبير», «وفق وصف فلان»: wording_nouns); None otherwise («بحسب
    وصفه»: the writer's tail of a quote, see ``tails``; «بحسب المصدر»: a source, who reports the whole clause)."""
    toks = doc.tokens
    if cue.kind != "according" or t + 1 >= len(toks) or t < 1:
        return None
    nxt = toks[t + 1]
    if any(w.kind == "enclitic" for w in nxt.words):
        return None
    if nkey(nxt.text).removeprefix("ال") not in fw("wording_nouns"):
        return None
    u = t - 1
    if toks[u].text in ("،", ",") and u > 0:
        u -= 1
    if not _QUOTE_MARK.fullmatch(toks[u].text):
        return None
    return next((s for s in quoted if s.end == toks[u].start and s.end > s.start), None)
