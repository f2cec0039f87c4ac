"""The two speakers of a dual cue («أكدا», «وشددتا»), for the ``quotes`` stage, and the first of them, the one id the
contract's ``speaker`` has room for."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .carry import Scene
from .cues import Cue


PAIR_GAP = 80  # characters between the two names of a pair that its phrase may span


def _pair(doc: Doc, t: int, cue: Cue, scene: Scene) -> tuple[tuple[str, str], Span | None] | None:
    """The two speakers of a dual cue («أكدا», «وشددتا»): the last two named before it in its sentence, else in the
    sentence before (persons for a masculine verb, states and bodies for a feminine one), and the phrase that names
    them where they stand together; None where two are not named."""
    at = doc.tokens[t].start
    for k in (scene.si, scene.si - 1):
        if k < 0:
            break
        sent = scene.ranges[k][0]
        seen: dict[str, Span] = {}
        for ent in doc.entities:
            if (ent.type == "PERSON") != (cue.gender == "m"):
                continue
            for m in ent.mentions:
                if sent.start <= m.start and m.end <= min(at, sent.end) and (
                        ent.id not in seen or m.start > seen[ent.id].start):
                    seen[ent.id] = Span(m.start, m.end)
        if len(seen) >= 2:
            (a, sa), (b, sb) = sorted(seen.items(), key=lambda x: x[1].start)[-2:]
            return (a, b), (Span(sa.start, sb.end) if sb.start - sa.end <= PAIR_GAP else None)
    return None


def first_of_pair(doc: Doc, t: int, ids: tuple[str, str]) -> str | None:
    """The one speaker id the contract has room for, for a dual cue at token ``t`` whose two speakers are ``ids``:
    the first of them, where no unnamed source or group comes between their last mention and the cue («رد مسؤولي
    الوكالة جاء عفويا حيث أفادا»: the officials are its subject, not the two named before); None otherwise."""
    between = _unnamed_between(doc, t, ids)
    if between is None:
        return None
    stems = [nkey(w) for k in ("source_heads", "unnamed_groups") for w in fw(k) if len(nkey(w)) >= 4]
    return None if any(_stem_head(doc, u, stems) for u in range(*between)) else ids[0]


def _stem_head(doc: Doc, u: int, stems: list[str]) -> bool:
    key = doc.tokens[u].norm_key
    for pre in ("و", "ال", "لل", "ل"):
        key = key.removeprefix(pre)
    return any(key.startswith(s) for s in stems)


def _unnamed_between(doc: Doc, t: int, ids: tuple[str, str]) -> tuple[int, int] | None:
    """(token of the last mention of ``ids`` before the cue at token ``t``, the cue) as a token range, or None
    where neither is named before it."""
    at = doc.tokens[t].start
    last = max((m.end for e in doc.entities if e.id in ids for m in e.mentions if m.end <= at), default=None)
    if last is None:
        return None
    first = doc.token_at(last - 1)
    return (first + 1 if first is not None else t, t)


def dual_subject(doc: Doc, t: int, ids: tuple[str, str]) -> tuple[Span, str | None] | None:
    """The unnamed subject of a dual cue at token ``t`` that stands between the pair ``ids`` named before it and the
    cue, in the cue's own clause («أبلغني فلان أنه وفلان ...، وأن رد مسؤولي الوكالة جاء عفويا حيث أفادا»: the
    agency's officials, who relayed nothing): its phrase (the head noun and up to three definite words after it)
    and the organisation its first definite word names, the one named last before it whose name starts with that
    word («الوكالة» after «الوكالة الدولية للطاقة الذرية»); None where no such head stands there."""
    between = _unnamed_between(doc, t, ids)
    if between is None:
        return None
    stems = [nkey(w) for w in fw("source_heads") if len(nkey(w)) >= 4]  # persons who speak, not groups or papers
    preps = {nkey(w) for w in fw("prepositions")}
    head, opened = None, False
    for u in range(*between):
        gap = doc.text[doc.tokens[u - 1].end : doc.tokens[u].start] if u > 0 else ""
        if "،" in gap or "," in gap or doc.tokens[u].norm_key in ("وان", "ان", "حيث"):
            opened = True  # the cue's own clause begins past the pair
        if not opened or not _stem_head(doc, u, stems) or doc.tokens[u].norm_key[:1] in ("ل", "ب") or (
                u > 0 and doc.tokens[u - 1].norm_key in preps):
            continue  # («مع ممثلي المعارضة»: whom they met, no subject)
        head = u
    if head is None:
        return None
    end = head
    while end + 1 < t and end - head < 3 and doc.tokens[end + 1].norm_key.startswith("ال") and not any(
            c in doc.text[doc.tokens[end].end : doc.tokens[end + 1].start] for c in "،,.؛:"):
        end += 1
    if end == head:
        return Span(doc.tokens[head].start, doc.tokens[head].end), None
    word = doc.tokens[head + 1].norm_key
    at = doc.tokens[head].start
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "ORGANIZATION":
            continue
        for m in ent.mentions:
            first = doc.text[m.start : m.end].split()
            if m.end <= at and first and nkey(first[0]) == word and (best is None or m.start > best[0]):
                best = (m.start, ent.id)
    return Span(doc.tokens[head].start, doc.tokens[end].end), best[1] if best is not None else None
