"""A name the entity layer did not tag as the subject a relative clause describes, for the ``quotes`` stage:
«وكان ذبيح الله مجاهد الذي يقول إنه المتحدث باسم الحركة ...، شرح ...، وذكر أنه»: the clause has a named subject of
its own, so no person named before speaks; the name is kept as the unnamed speaker's phrase.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..entities.units import NASAB
from ..events.chunks import Chunk
from ..events.forms import bare, fw, nkey
from .clauses import verb_at
from .cues import is_complementizer, trim
from .untagged import name_like

NAME_REACH = 4  # words of an untagged name before the relative


def untagged_antecedent(doc: Doc, t: int, sent_start: int) -> Span | None:
    """The untagged name (two to NAME_REACH name-like words, none in a mention) right before the singular relative
    before the cue at ``t``, where the name opens its sentence or follows «كان» (auxiliaries) there: its span; None
    otherwise."""
    v = t - 1
    if v < 2 or bare(doc.tokens[v].norm_key, "relatives") not in fw("relatives"):
        return None
    if doc.tokens[v].norm_key in fw("plural_relatives"):
        return None
    k = v - 1
    while k >= 0 and v - 1 - k < NAME_REACH and doc.tokens[k].start >= sent_start and (
            name_like(doc, k) or doc.tokens[k].norm_key in NASAB):
        k -= 1
    if v - 1 - k < 2 or doc.tokens[k + 1].norm_key in NASAB:
        return None
    opens = k < 0 or doc.tokens[k].start < sent_start or bare(doc.tokens[k].norm_key, "auxiliaries") in fw("auxiliaries")
    if not opens:
        return None
    a, b = doc.tokens[k + 1].start, doc.tokens[v - 1].end
    if any(m.start < b and a < m.end for e in doc.entities for m in e.mentions):
        return None
    return Span(a, b)


_SELF_PRONOUNS = frozenset(("انه", "انها", "بانه", "بانها"))


def self_description_end(doc: Doc, t: int, content: Span, chunks: list[Chunk]) -> Span:
    """The words of «الذي يقول إنه X» (a relative right before the cue at ``t``, «إنه/إنها» right after it): who
    the antecedent says he is, up to «و» + a verb that goes on with the narrative («المتحدث باسم الحركة وتواصل مع
    وسائل الإعلام ...»: he got in touch, the writer says); ``content`` unchanged otherwise."""
    if t < 1 or t + 1 >= len(doc.tokens) or bare(doc.tokens[t - 1].norm_key, "relatives") not in fw("relatives"):
        return content
    if doc.tokens[t + 1].norm_key not in _SELF_PRONOUNS or content.start < doc.tokens[t + 1].end:
        return content
    for u in range(t + 2, len(doc.tokens)):
        tok = doc.tokens[u]
        if tok.start >= content.end:
            break
        key = tok.norm_key
        if u > t + 2 and key[:1] == "و" and len(key) > 3 and verb_at(doc, chunks, u, False) and not is_complementizer(
                doc, u):
            cut = trim(doc.text, content.start, doc.tokens[u - 1].end)
            return cut if cut is not None else content
    return content
