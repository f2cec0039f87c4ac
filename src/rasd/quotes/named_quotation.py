"""A name in quote marks where a cue's subject stands, for the ``quotes`` stage: «أعلنت «حركة أحرار الشام» أمس، في
بيان لها، أن ...»: the quotation is exactly the name of a body or person the entity layer found, so it is who speaks,
not what was said, whatever follows its closing mark (a time, an aside, «عن», «أن»).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .cues import QUOTE_MARK, Cue, is_complementizer, next_at

_SPEAKERS = ("PERSON", "ORGANIZATION")


def relay_start(doc: Doc, t: int, cue: Cue) -> int:
    """Where the «عن» of the relay cue at ``t`` starts («نقلت خدمة «دي إيه إن» الإخبارية عن فلان قوله إن»): the
    outlet's name before it, quoted or not, is no part of what was said (round q382); -1 for any other cue."""
    at = next_at(doc, t, cue) if "عن" in cue.next else None
    return doc.tokens[at].start if at is not None else -1


def quoted_speaker_name(doc: Doc, t: int, u: int, span: Span) -> bool:
    """The quotation ``span`` that opens at token ``u`` right after the cue at ``t`` (nothing, no colon, between) is
    all one mention of a person or body: the subject named in quote marks, not words said."""
    if u != t + 1:
        return False
    return any(e.type in _SPEAKERS and m.start == span.start and m.end == span.end
               for e in doc.entities for m in e.mentions)


def _apposed_preposition(doc: Doc, t: int, u: int) -> bool:
    """«وعدّ فلان، الباحث في «مركز ...»»: a preposition (quotation_name_prepositions) right before the quotation at
    ``u``, after a word of an apposition set off by a comma after the cue at ``t`` (not «، من «...»»: the cue's own
    complement after a comma, «حذرت الوزارة، من «...»»)."""
    if u < t + 4 or doc.tokens[u - 1].norm_key not in fw("quotation_name_prepositions"):
        return False
    if not doc.tokens[u - 2].text[:1].isalpha():
        return _person_from(doc, t, u)
    return any(doc.tokens[k].text in ("،", ",") for k in range(t + 1, u - 2))


def _person_from(doc: Doc, t: int, u: int) -> bool:
    """«حسب ما أوضحه فلان، من «بي إن بي باريبا»، فإن»: a comma right after a person's name past the cue at ``t``,
    then the preposition and the quotation at ``u``: where the person works, not what he said (round 213); not after
    a verb that takes «من» (from_complement_verbs: «حذر فلان، من «...»»: what he warned of)."""
    if u < t + 4 or doc.tokens[u - 2].text not in ("،", ","):
        return False
    verb = doc.tokens[t].norm_key
    if doc.tokens[u - 1].norm_key == "من" and {verb, verb.removeprefix("و")} & fw("from_complement_verbs"):
        return False
    end = doc.tokens[u - 3].end
    return any(m.type == "PERSON" and m.end == end for m in doc.mentions)


NAME_QUOTATION_TOKENS = 8  # words of a name or title in quote marks after a noun that it completes


def headed_quotation(doc: Doc, t: int, u: int, span: Span) -> bool:
    """The quotation ``span`` that opens at token ``u`` completes the noun or preposition right before it, not the
    cue at ``t`` (quotation_name_heads, with «و/لـ/بـ» off, in construct with no article: «لقناة «إيه.بي.سي»», «مدير منظمة
    «...»», «لـ«مركز ...»», «بعنوان «...»»; or «في/من» in an apposition: «الباحث في «مركز ...»»), and is at most
    NAME_QUOTATION_TOKENS words: a name or a title, not words said; what the cue reports comes after it."""
    if u - 1 <= t:
        return False
    key = doc.tokens[u - 1].norm_key
    keys = {key, key.removeprefix("و")}
    keys |= {k[1:] for k in keys if k[:1] in ("ل", "ب")}
    if not keys & fw("quotation_name_heads") and not _apposed_preposition(doc, t, u):
        return False
    return sum(1 for tok in doc.tokens if span.start <= tok.start < span.end) <= NAME_QUOTATION_TOKENS


ASIDE_WORDS = 6  # words of an aside between a quoted name and the colon or «إن» of what it said


def aside_then_said(doc: Doc, close: int, limit: int) -> bool:
    """After the closing mark at token ``close`` of a quoted name, a comma, an aside of at most ASIDE_WORDS words
    with no quote mark and no «أن/إن» («، ومقرها بروكسل»), then a colon and an opening quote mark, or a comma and
    «أن/إن»: the name is who speaks («وتقول «مجموعة ...»، ومقرها بروكسل: «...»»), what it said follows."""
    if close + 2 >= limit or doc.tokens[close + 1].text not in ("،", ","):
        return False
    for k in range(close + 2, min(limit - 1, close + 3 + ASIDE_WORDS)):
        word = doc.tokens[k].text
        if QUOTE_MARK.fullmatch(word) or is_complementizer(doc, k):
            return False
        if word == ":":
            return k > close + 2 and QUOTE_MARK.fullmatch(doc.tokens[k + 1].text) is not None
        if word in ("،", ","):
            return k > close + 2 and is_complementizer(doc, k + 1)
    return False
