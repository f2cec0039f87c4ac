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
    at = doc.tokens[t].start
    last = max((m.end for e in doc.entities if e.id in ids for m in e.mentions if m.end <= at), default=None)
    if last is None:
        return None
    stems = [nkey(w) for k in ("source_heads", "unnamed_groups") for w in fw(k) if len(nkey(w)) >= 4]
    for u in doc.token_range(Span(last, at)):
        key = nkey(doc.tokens[u].text)
        for pre in ("و", "ال", "لل", "ل"):
            key = key.removeprefix(pre)
        if any(key.startswith(s) for s in stems):
            return None
    return ids[0]
