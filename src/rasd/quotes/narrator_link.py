"""The writer's link back to reported words, for the ``quotes`` stage: an indirect content that runs past a comma or
a full stop into a clause of the narrator that opens with a connective verb of coming or coinciding and points back
at what was said («أعلن أن بوتين يتجه إلى التخلي عن الأسد ...، وقد تزامن هذا الكلام مع فيض من التحليلات»; «...، ويأتي
ذلك في وقت»; «...، وجاءت تصريحاته بعد»), or into the writer's note «يذكر أن / يشار إلى أن», ends before that clause.

A demonstrative followed by a noun that is not one of speech («، وجاء هذا القرار بعد مشاورات») may still be the
speaker's, and is left in; so is a clause inside quote marks (a direct quotation goes on to its closing mark).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys
from .cues import is_complementizer, trim
from .remarks import _outside_quotes

_MIN_BEFORE = 3  # tokens of reported words at least before the writer's clause
_LINK_STOPS = frozenset(("،", ",", ".", "؛", ";"))
_NOTE_REACH = 3  # tokens from «يذكر/يشار» to its «أن» («يشار إلى أن»)


def _points_back(doc: Doc, v: int, end: int) -> bool:
    """Whether the words after the connective verb at token ``v`` (before token ``end``) point back at the speech:
    a noun of speech («تصريحاته», «هذا الكلام») or a demonstrative with no other definite noun after it («هذا في
    وقت», «ذلك خلال»)."""
    toks = doc.tokens
    speech = fw_keys("speech_back_nouns")
    if v + 1 >= end:
        return False
    key = toks[v + 1].norm_key
    if key in speech:
        return True
    if key not in fw_keys("subject_demonstratives"):
        return False
    nxt = toks[v + 2].norm_key if v + 2 < end else ""
    return nxt in speech or not nxt.startswith("ال")


def _link_at(doc: Doc, k: int, end: int) -> bool:
    """Whether the stop at token ``k`` opens the narrator's linking clause (module docstring) before token ``end``."""
    toks = doc.tokens
    u = k + 1
    if u >= end:
        return False
    first = toks[u].norm_key
    if first.removeprefix("و") in fw_keys("background_openers"):
        return any(is_complementizer(doc, w) for w in range(u + 1, min(end, u + 1 + _NOTE_REACH)))
    joined = first.startswith("و")
    if first in fw_keys("link_particles"):
        u += 1  # «وقد تزامن»
    if u >= end or not (joined or toks[u].norm_key.startswith("و")):
        return False
    return toks[u].norm_key.removeprefix("و") in fw_keys("link_verbs") and _points_back(doc, u, end)


def narrator_link_end(doc: Doc, content: Span) -> Span:
    """``content`` (indirect speech) up to the stop before the narrator's linking clause; as it is where none stands
    in it outside quote marks."""
    ks = doc.token_range(content)
    if len(ks) <= _MIN_BEFORE + 2:
        return content
    end = ks[-1] + 1
    for k in ks[_MIN_BEFORE:-2]:
        if doc.tokens[k].text not in _LINK_STOPS or not _outside_quotes(doc, content.start, doc.tokens[k].start):
            continue
        if _link_at(doc, k, end):
            return trim(doc.text, content.start, doc.tokens[k - 1].end) or content
    return content
