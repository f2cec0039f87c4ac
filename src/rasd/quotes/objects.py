"""The object of a verb of considering, for the ``quotes`` stage: «واعتبر نتنياهو الاتفاق تنازلاً ...، وحجته أن»:
what was said is the object and what it was called, not the later «أن» clause."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.actors import resolve_title
from ..events.chunks import Chunk
from ..events.forms import nkey
from .cues import QUOTE_MARK, trim
from .phrases import adverb, governed, is_time, subject_slot


def object_content(doc: Doc, t: int, chunks: list[Chunk], u: int, plural: bool) -> Span | None:
    """«واعتبر نتنياهو الاتفاق تنازلاً ...، وحجته أن»: a verb of considering with its object between its subject
    and the «أن» at ``u``: what was said is the object and what it was called (to the last comma before «أن»), the
    later clause is another's. None where no object stands there («اعتبر X، رئيس ...، أن», «اعتبر X وزير
    الخارجية أن») or the clause says what the object is («اعتبر X هذه المساعي بأنها»)."""
    if doc.tokens[u].norm_key.removeprefix("و").startswith("ب"):
        return None
    if any(w.kind == "enclitic" for w in doc.tokens[t].words) or plural:
        at = t + 1  # «اعتبره انتصارًا»: the first object on the verb; «اعتبروا X»: a plural verb's subject is before
    else:
        first = subject_slot(doc, t, chunks, u)
        if first is None:
            return None
        at = max(first.j, resolve_title(chunks, first, doc).j) + 1
    title = False
    for c in chunks:
        if c.i < at:
            continue
        gap = range(at, c.i)
        if c.i >= u or any(not QUOTE_MARK.fullmatch(doc.tokens[v].text) for v in gap):
            return None  # a comma, a relative, «أن»: no object right after the subject
        if any(doc.tokens[v].text in _OPENING for v in gap):  # «تنظيم «فجر ليبيا»»: the subject's name, quoted
            at = next((v + 1 for v in range(c.i, u) if doc.tokens[v].text in _OPENING.values()), u)
            continue
        if (c.title or governed(doc, c) or is_time(doc, c) or adverb(doc, c) or c.number
                or (title and c.entity is not None)):
            title = c.title or (title and c.entity is not None)  # «وزير خارجية قطر», «تنظيم «فجر ليبيا»»
            at = c.j + 1  # «في مؤتمر صحافي», «أمس», «نسبة 48.3 في المائة»
            continue
        end = next((v for v in range(c.j + 1, u) if doc.tokens[v].text in ("،", ",")), u)
        return trim(doc.text, doc.tokens[c.i].start, doc.tokens[end - 1].end)
    return None


_OPENING = {"«": "»", "“": "”"}  # a name in quote marks after a noun is its name («تنظيم «فجر ليبيا»»)
