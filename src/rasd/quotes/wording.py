"""«In so-and-so's favourite wording» after a quotation («جعله «أكثر صلابة» بحسب التعبير المفضل لفلان»), for the
quotes stage: what «according to» reports is the quotation it follows, not the writer's whole clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .cues import CONJ_ONLY, QUOTE_MARK, Cue
from .phrases import person_names


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
    if nxt.norm_key.removeprefix("ال") not in fw("wording_nouns"):
        return None
    u = t - 1
    if toks[u].text in ("،", ",") and u > 0:
        u -= 1
    if not QUOTE_MARK.fullmatch(toks[u].text):
        return None
    return next((s for s in quoted if s.end == toks[u].start and s.end > s.start), None)


OWNER_REACH = 3  # tokens after a word of saying («التعبير», «وصف») to the person whose words they are


def manner_owner(doc: Doc, c: Chunk) -> str | None:
    """The person a word of saying after «according to» belongs to, where the entity layer left the name unmarked
    («بحسب التعبير المفضل لفابيوس», «وفق وصف لافروف»): a word within OWNER_REACH tokens after it, with «لـ» or
    nothing before it, that a person of the article is named by (alone or as the last word of a name); None where
    none is."""
    names = person_names(doc)
    for u in range(c.i + 1, min(len(doc.tokens), c.i + 1 + OWNER_REACH)):
        tok = doc.tokens[u]
        if tok.text in ("،", ",", ".") or QUOTE_MARK.fullmatch(tok.text):
            return None
        stems = [w for w in tok.words if w.kind == "stem"]
        lead = [w.norm for w in tok.words if w.kind == "proclitic" and w.norm not in CONJ_ONLY]
        if len(stems) == 1 and (not lead or lead == ["ل"]) and nkey(stems[0].norm) in names:
            return names[nkey(stems[0].norm)]
    return None
