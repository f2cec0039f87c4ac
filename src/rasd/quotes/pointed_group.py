"""Round q344: «هؤلاء/أولئك» alone as a verb cue's subject («ويرى هؤلاء أن»: these hold that) points back to the
group of people named just before: the unnamed plural source of the latest quote in the cue's sentence or the one
before («حسبما يرى متابعون للشأن العسكري. ويرى هؤلاء أنه»), else the plural of people the sentence before opens
with as its subject («وقد عكف خبراء الحزب على دراسة ... . ويرى هؤلاء أن»). Not «ويرى هؤلاء المراقبون» (a noun of its
own after the demonstrative: ``phrases._pointed_group``), nor a group named further back.
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.chunks import Chunk
from ..events.forms import nkey
from .carry import Scene, group_subject, people_group
from .cues import Cue

_POINTERS = frozenset(nkey(w) for w in ("هؤلاء", "أولئك"))


def _people_span(doc: Doc, span: Span) -> bool:
    """The phrase ``span`` opens with a plural of people («متابعون», «الخبراء», «بعض ...»)."""
    i = doc.token_from(span.start)
    if i is None:
        return False
    tok = doc.tokens[i]
    return people_group(doc, Chunk(i, i, tok.start, tok.end, None, None, None, False, False, False, False))


def plural_pointer(doc: Doc, t: int, cue: Cue) -> bool:
    """The verb cue at ``t`` has «هؤلاء/أولئك» right after it («ويرى هؤلاء أن», «ويرى هؤلاء المراقبون»): its
    subject is a group, never one person."""
    return cue.kind == "verb" and t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in _POINTERS


def bare_pointer(doc: Doc, t: int, cue: Cue) -> bool:
    """The verb cue at ``t`` has «هؤلاء/أولئك» alone right after it as its subject (not «هؤلاء المراقبون»)."""
    return plural_pointer(doc, t, cue) and not (t + 2 < len(doc.tokens)
                                                 and doc.tokens[t + 2].norm_key.startswith("ال"))


def pointed_group(doc: Doc, t: int, cue: Cue, quotes: list[Quote], scene: Scene) -> Span | None:
    """The phrase of the group the bare demonstrative right after the verb cue at ``t`` points back to; None where
    no demonstrative stands alone there or no group of people was named in this sentence or the one before."""
    if not bare_pointer(doc, t, cue):
        return None
    since = scene.ranges[max(0, scene.si - 1)][0].start
    for q in reversed(quotes):
        if q.cue.start < since:
            break
        given = q.attrs.get("speaker_text")
        if q.speaker is None and isinstance(given, Span) and "speakers" not in q.attrs and _people_span(doc, given):
            return given  # «حسبما يرى متابعون ... . ويرى هؤلاء»
    group = group_subject(doc, scene, t) if scene.si > 0 else None
    return group[1] if group is not None else None
