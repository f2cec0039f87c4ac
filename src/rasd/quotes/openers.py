"""What stands in a verb cue's subject's stead before or right after it, for the ``quotes`` stage: the statement
a cue of «جاء في» names («وجاء في بيان صادر عن الوزارة أن»: the ministry, or the statement itself), an
«according to» phrase fronted before a cue with no subject («وبحسب مصادر عسكرية، أكدت أن»: the sources), a statement
that opens the sentence as the cue's subject (SVO: «بيان شورى طالبان قال:»: the council that issued it).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .cues import Cue, by_source, is_complementizer, statement_at
from .content import ACCORDING_AHEAD, stop_mark
from .phrases import before_time, phrase_span, subject_slot
from .issuers import STATEMENT_REACH, statement_subject
from .statement_said import said_in_statement


def statement_speaker(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> tuple[str | None, Span | None] | None:
    """(who issued it, else None; the statement's phrase where none is named) for a cue of «جاء/ورد في» and a
    statement (in_statement_cues, cues.statement_at): «وجاء في بيان صادر عن وزارة الخارجية أن» is the ministry's,
    «وجاء في البيان أن» the statement's; None for any other cue."""
    if not cue.next or nkey(cue.lemma) not in fw("in_statement_cues"):
        fronted = fronted_statement(doc, t, cue, chunks)
        return (fronted, None) if fronted is not None else None
    u = statement_at(doc, t)
    if u is None and said_in_statement(doc, t):
        return None  # «أصدر فلان بيانا جاء فيه»: the statement's issuer, as of «أوضح فيه» (round q304)
    c = next((c for c in chunks if c.i == u), None)
    if u is None or c is None:
        return None, None
    issuer = statement_subject(doc, c, limit)
    if issuer is not None:
        return issuer, None
    return None, phrase_span(doc, before_time(doc, c), told=True)


def fronted_source(doc: Doc, t: int, cue: Cue, cues: list[tuple[int, Cue]], chunks: list[Chunk], limit: int,
                   sent: Span) -> tuple[int, Cue] | None:
    """«وبحسب مصادر عسكرية، أكدت أن ...»: the «according to» cue (and where it stands) that opens the clause of the
    verb cue at ``t`` with a source, a comma right before the verb and no subject after it: the source speaks. None
    where the verb has a subject («وبحسب مصادر، أكدت القوات أن»), or no such phrase stands before it within
    ACCORDING_AHEAD tokens."""
    if cue.kind != "verb" or not cues or t < 3:
        return None
    verb = t
    if doc.tokens[t - 1].norm_key == "فقد" and doc.tokens[t - 2].text in ("،", ","):
        t -= 1  # «وبحسب تقرير X، فقد أشار إلى أن»: the same clause, opened by «فـ»
    if doc.tokens[t - 1].text not in ("،", ","):
        return None
    k, according = cues[-1]
    if according.kind != "according" or t - k - _named_inside(doc, k, t) > ACCORDING_AHEAD or not by_source(doc, k):
        return None
    if k > 0 and doc.tokens[k - 1].start >= sent.start and doc.tokens[k - 1].text not in ("،", ",", ":", "؛"):
        return None  # «ويتوقع بحسب مصدر عسكري، أن»: «according to» inside a clause, not opening it
    marks = [doc.tokens[u].text for u in range(k + 1, t - 1) if doc.tokens[u].text in ("«", "»")]
    paired = marks[::2] == ["«"] * len(marks[::2]) and marks[1::2] == ["»"] * len(marks[1::2]) and len(marks) % 2 == 0
    if any((stop_mark(doc.tokens[u].text) and not (paired and doc.tokens[u].text in ("«", "»")))
           or is_complementizer(doc, u) or doc.tokens[u].text in ("،", ",") for u in range(k + 1, t - 1)):
        return None  # (a name in guillemets, «بحسب تقرير «X»،», is part of the source)
    return (k, according) if subject_slot(doc, verb, chunks, limit) is None else None


def _named_inside(doc: Doc, k: int, t: int) -> int:
    """The tokens between ``k`` and ``t`` that a name in guillemets adds past its first word («بحسب تقرير «جيه إل
    إل الشرق الأوسط»، فقد أشار»: the firm's long name is one source, however many words it has)."""
    extra, opened = 0, None
    for u in range(k + 1, t):
        mark = doc.tokens[u].text
        if mark == "«":
            opened = u
        elif mark == "»" and opened is not None:
            extra += max(0, u - opened - 1)  # the marks and the words inside count as one word
            opened = None
    return extra


_OPENING_LINKS = frozenset(nkey(w) for w in ("لكن", "ولكن", "غير أن", "بينما", "فيما"))


def fronted_statement(doc: Doc, t: int, cue: Cue, chunks: list[Chunk]) -> str | None:
    """«بيان شورى طالبان قال: إن»: a verb cue with no «و/ف» whose sentence (or a clause that «لكن» opens) starts with
    a statement noun (statement_nouns) within STATEMENT_REACH tokens before it, with no comma between: the body the
    statement names (``statement_subject``), not one quoted before; None where the clause opens otherwise."""
    if cue.kind != "verb" or t < 2 or doc.tokens[t].norm_key[:1] in ("و", "ف"):
        return None
    for s in range(t - 2, max(-1, t - 1 - STATEMENT_REACH), -1):
        if doc.tokens[s].text in ("،", ",", ":", ";", "؛"):
            return None
        key = doc.tokens[s].norm_key.removeprefix("و").removeprefix("ال")
        before = doc.tokens[s - 1].norm_key if s > 0 else "."
        if key in fw("statement_nouns") and (before in (".", "!", "؟") or before in _OPENING_LINKS):
            c = next((c for c in chunks if c.i == s), None)
            return statement_subject(doc, c, t) if c is not None else None
    return None
