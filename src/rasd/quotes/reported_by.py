"""A report that says it, for the quotes stage: «وتم تداول تقارير صحافية الأسبوع الماضي تفيد بأن»: the verb cue
describes an indefinite report word before it (past one adjective of its own and a time phrase: «الأسبوع
الماضي»), the subject of the describing clause: what a report says, no one quoted, and no one carried over.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .phrases import is_time


def _report_word(doc: Doc, u: int) -> bool:
    return u >= 0 and doc.tokens[u].norm_key.removeprefix("ال") in fw("report_nouns")


def report_subject(doc: Doc, chunks: list[Chunk], v: int) -> bool:
    """Whether an unnamed report word (report_nouns: «تقارير», «أنباء»; a source word keeps its phrase) stands
    before the verb cue right after token ``v``, past a time phrase that ends at ``v`` and then one indefinite
    adjective («تقارير صحافية الأسبوع الماضي تفيد»). The word right before the verb alone is ``_says_head``'s case."""
    u = v
    c = next((c for c in chunks if c.j == v), None)
    if c is not None and is_time(doc, c) and c.i > 0:
        u = c.i - 1
    key = doc.tokens[u].norm_key if u >= 0 else ""
    if u < v and _report_word(doc, u):
        return True
    return u >= 1 and key.endswith("ه") and not key.startswith(("ال", "و")) and _report_word(doc, u - 1)


def report_phrase(doc: Doc, chunks: list[Chunk], v: int) -> Span | None:
    """Round 246: the phrase of the unnamed report word before the verb cue right after token ``v`` (report_nouns,
    right before it or past a time phrase: ``report_subject``): «تقارير صحافية» in «وتم تداول تقارير صحافية الأسبوع
    الماضي تفيد بأن», its adjectives with it and the time left out: the reports are the source; None where no
    report word stands there, or a name is in its phrase."""
    u = v
    c = next((c for c in chunks if c.j == v), None)
    if c is not None and is_time(doc, c) and c.i > 0:
        u = c.i - 1
    if not _report_word(doc, u):
        if not (u >= 1 and u < v and _report_word(doc, u - 1) and not doc.tokens[u].norm_key.startswith("و")):
            return None
        u -= 1  # «تقارير صحافية | الأسبوع الماضي»: the head before its one adjective
    d = next((d for d in chunks if d.i <= u <= d.j), None)
    if d is None or d.entity is not None:
        return None
    last = min(d.j, v if u == v else (c.i - 1 if c is not None and c.i > u else v))
    return Span(doc.tokens[u].start, doc.tokens[max(last, u)].end)
