"""An indefinite plural of people described by the plural cue right after it, for the ``quotes`` stage: «مقالات
بأقلام خبراء وسياسيين، يؤكدون أن»: the experts and politicians say it (an unnamed group, the speaker's phrase)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import nkey
from .carry import GROUP_WORDS

GROUP_REACH = 6  # words of a coordination of plurals the phrase may span


def _people_word(key: str) -> bool:
    stem = key.removeprefix("و")
    return stem in GROUP_WORDS or (len(stem) > 4 and stem.endswith(("ون", "ين")) and not stem.startswith("ال"))


def described_group(doc: Doc, t: int, sent: Span) -> Span | None:
    """The phrase of indefinite plurals of people joined by «و» that ends right before the comma before the plural
    imperfect cue at token ``t`` («خبراء وسياسيين وصحافيين، يؤكدون»: an adjectival clause of the group, its subject
    the group); None where the cue is no imperfect plural, or the words before the comma are anything else (a
    definite plural: «الخبراء، يؤكدون» is another construction)."""
    cue = doc.tokens[t].norm_key.removeprefix("و")
    if not (cue.startswith(("ي", "ت")) and cue.endswith("ون")) or t < 2 or doc.tokens[t - 1].text not in ("،", ","):
        return None
    u = t - 2
    first = None
    while u >= 0 and doc.tokens[u].start >= sent.start and t - 2 - u < GROUP_REACH:
        key = doc.tokens[u].norm_key
        if not _people_word(key):
            break
        first = u
        if not key.startswith("و"):
            break
        u -= 1
    if first is None or doc.tokens[first].norm_key.startswith("و"):
        return None  # («وسياسيين، يؤكدون» with no first conjunct before it: not told where the group opens)
    return Span(doc.tokens[first].start, doc.tokens[t - 2].end)
