"""«كشف» (revealed) with an event for its subject is no statement (round qu882): «إن المؤامرة ضد الوزير كشفت
للمسؤولين حجم الاتصالات ...» (the plot showed them), «وكشفت الأزمة الأخيرة أن الحكومة عاجزة» (the crisis showed
it) — nobody says anything. Events, plots, crises and wars (revealing_events) only: documents, investigations,
reports and data that «كشفت أن» report what they hold, and stay quotes (with their issuer or none)."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw_keys, nkey
from ..text.normalize import COMMAS
from .cues import Cue, is_complementizer
from .phrases import subject_slot

SUBJECT_REACH = 6  # tokens back from the verb to the opening of its clause («إن المؤامرة ضد الوزير كشفت»)
_STOPS = frozenset((".", ":", "؛", "!", "؟"))


def event_subject(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> bool:
    """The verb «كشف» at ``t`` has an event for its subject: the noun that opens its clause before it (after «أن/
    إن», a comma or the sentence's start, within SUBJECT_REACH tokens, the verb's own «و/ف» on it), or the phrase in
    the subject's place after it, is headed by a revealing_events noun."""
    if nkey(cue.lemma) != nkey("كشف"):
        return False
    toks = doc.tokens
    events = fw_keys("revealing_events")
    sent = doc.sentence_of(toks[t].start)
    if toks[t].norm_key[:1] not in ("و", "ف") and sent is not None:
        for k in range(t - 1, max(-1, t - 1 - SUBJECT_REACH), -1):
            if toks[k].text in _STOPS or toks[k].text in COMMAS or is_complementizer(doc, k):
                return k + 1 < t and _event(toks[k + 1].norm_key, events)
            if k == 0 or toks[k - 1].end <= sent.start:
                return k < t and _event(toks[k].norm_key, events)
    after = subject_slot(doc, t, chunks, limit)
    return after is not None and after.entity is None and _event(toks[after.i].norm_key, events)


def _event(key: str, events: frozenset[str]) -> bool:
    """``key`` (a token's key) is an event noun, with «و/ف» and «ال» stripped."""
    if key[:1] in ("و", "ف") and key[1:].startswith("ال"):
        key = key[1:]
    return key.removeprefix("ال") in events
