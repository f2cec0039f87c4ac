"""The speaker's own description after his reported words, for the ``quotes`` stage: «وذكر فلان أن المتمردين
يستخدمون أسلحة محظورة ووصف الوضع بأنه الأكثر توترا»: «ووصف» (describing_verbs, past, of the cue's gender and
singular) cannot be the reported subject's when that subject's first verb is plural: the speaker described the
situation; the indirect content ends before it."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey
from .cues import Cue, trim

REACH = 6  # words of a reported clause its first verb may stand at


def _plural_first_verb(doc: Doc, ks: list[int]) -> bool:
    """The first verb among the first words of a reported clause is plural: the first word in «يـ» (an imperfect)
    or in «وا» (a plural past) ends in «ون/وا» («أن المتمردين المدعومين من روسيا يستخدمون»)."""
    for k in ks[:REACH]:
        word = doc.tokens[k].norm_key
        if word.startswith("ي") and len(word) >= 4:
            return word.endswith("ون")
        if word.endswith("وا") and len(word) >= 4:
            return True
    return False


def describing_end(doc: Doc, content: Span, cue: Cue) -> tuple[Span, Span, Span] | None:
    """``content`` cut before «و» + a describing verb of the singular ``cue``'s gender («ووصف», «ووصفت») where the
    first verb of the reported clause is plural, with that verb and what it says (the rest of the content: «الوضع
    ... بأنه الأكثر توترا», its own quote); None where no such verb stands in it."""
    if cue.plural or cue.kind != "verb":
        return None
    ks = list(doc.token_range(content))
    if len(ks) < 4:
        return None
    if not _plural_first_verb(doc, ks):  # «أن المتمردين يستخدمون»: not the singular speaker's verb
        return None
    past = "وصفت" if cue.gender == "f" else "وصف"
    for k in ks[3:]:
        word = doc.tokens[k].norm_key
        if word.startswith("و") and word[1:] == nkey(past) and word[1:] in fw_keys("describing_verbs"):
            cut = trim(doc.text, content.start, doc.tokens[k].start)
            rest = trim(doc.text, doc.tokens[k].end, content.end)
            if cut is None or rest is None:
                return None
            return cut, Span(doc.tokens[k].start, doc.tokens[k].end), rest
    return None
