"""The person the reported words speak of, for the ``quotes`` stage: «وأضاف: «يجب أن يقنع رئيس الوزراء فلان
الشعب»», «وعن حالة فلان، قالت المحامية ...: «فلان ناشطة معروفة»» — a person named by name inside the content is
spoken of, and is not the one who speaks unless the reporting clause names him too (by name, not after a
preposition before the cue: «وعن حالة فلان» is what is asked about), or he is the one quoted right before."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import bare, fw, nkey

GOVERNED_REACH = 3  # tokens from a preposition to a name it governs («وعن حالة فلان»)


def spoken_of(doc: Doc, speaker: str, cue: Span, content: Span, sent: Span) -> bool:
    """The person ``speaker`` is named inside ``content`` (a mention with a word of the name) and nowhere in the
    reporting clause — the words of the cue's sentence outside the content — except after a preposition before the
    cue («وعن حالة فلان، قالت»; after it, «في بيان صادر عن مكتب فلان» names whose words they are); a body speaks of
    itself by name («وقالت الحركة إن حماس»), a person hardly ever: only persons are checked."""
    ent = doc.entity(speaker)
    if ent is None or ent.type != "PERSON":
        return False
    words = {nkey(w) for w in ent.name.split()}
    by_name = [m for m in ent.mentions if words & {nkey(w) for w in doc.text[m.start : m.end].split()}]
    if not any(content.start <= m.start < content.end for m in by_name):
        return False
    lo, hi = min(sent.start, cue.start), max(sent.end, cue.end)
    return not any(lo <= m.start < hi and not (content.start <= m.start < content.end)
                   and (m.start > cue.start or not _governed(doc, m.start)) for m in by_name)


def _governed(doc: Doc, at: int) -> bool:
    """A preposition (free or «لـ/بـ» on the name) within GOVERNED_REACH tokens before the name at offset ``at``,
    with no comma or stop between: the name is what is spoken of («وعن حالة فلان»), not a subject."""
    k = doc.token_at(at)
    if k is None:
        return False
    if any(w.kind == "proclitic" and nkey(w.norm) in ("ل", "ب") for w in doc.tokens[k].words):
        return True
    for u in range(k - 1, max(-1, k - 1 - GOVERNED_REACH), -1):
        text = doc.tokens[u].text
        if text in ("،", ",", ".", ":", "؛"):
            return False
        if bare(nkey(text), "prepositions") in fw("prepositions"):
            return True
    return False
