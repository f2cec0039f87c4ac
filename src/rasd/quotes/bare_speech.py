"""Words told right after «قال فلان» with no «إن», colon or quote mark, for the ``quotes`` stage (round qu478):
«وقال الوزير لقد استمعنا إلى هذه المخاوف»: a cue of saying («قال», «أضاف», «تابع»), its subject (a few plain
words, no preposition or punctuation between), then a first-person opener («نحن», «إننا», «لقد», «أنا»:
``bare_speech_openers``): the writer dropped the «إن» and the marks, and what follows to the sentence's end is the
speaker's own words, a direct quote. Only a first-person opener is taken (a noun and verb, or «لن/لا», may as well
be the writer's own clause); «قال مصدر في ... إن» and «قال في بيان» never reach here (their «إن» or colon comes
first)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .considered import considered_objects
from .cues import Cue, trim

SUBJECT_WORDS = 5  # plain words of the subject at most between the cue and the opener


def bare_speech(doc: Doc, t: int, cue: Cue, end: int) -> tuple[Span, int] | None:
    """(the words, the last token the speaker may occupy) where the cue at token ``t`` is a verb of saying whose
    subject is followed right away by a first-person opener, up to token ``end`` (not included); None elsewhere."""
    if cue.kind != "verb" or nkey(cue.lemma) not in fw("bare_speech_cues"):
        return None
    for u in range(t + 1, min(end, t + 2 + SUBJECT_WORDS)):
        word = doc.tokens[u].text
        if not word.isalpha() or nkey(word) in fw("bare_speech_breaks"):
            return None  # («قال في بيان», «قال الوزير للصحافيين»: a setting, not the subject)
        if nkey(word) in fw("bare_speech_openers"):
            if u == t + 1 or end <= u + 1:
                return None  # (no subject, or nothing after the opener)
            words = trim(doc.text, doc.tokens[u].start, doc.tokens[end - 1].end)
            return None if words is None else (words, u - 1)
    return None


def objects_or_speech(doc: Doc, t: int, cue: Cue, end: int) -> tuple[Span | None, bool, int]:
    """(content, direct?, last speaker token) of a cue with no «أن» or colon: both objects of a cue of considering
    (``considered_objects``: «وعدّ فلان X محاولة لـ»), else the bare first-person words (``bare_speech``: «قال
    الوزير لقد استمعنا»), else nothing."""
    considered = considered_objects(doc, t, cue, end)
    if considered is not None:
        return considered[0], False, considered[1]
    said = bare_speech(doc, t, cue, end)
    if said is not None:
        return said[0], True, said[1]
    return None, False, t
