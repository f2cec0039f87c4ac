"""The body that made a study or report, for the ``quotes`` stage: «وفقا لدراسة حديثة أجرتها مؤسسة «X»», «قالت
دراسة أعدها مركز X»: the speaker is the body named after the verb of making («أجرتها», «أعدها», «أصدرها»), not the
study's phrase. The verbs are in ``function_words.json`` (``study_making_verbs``)."""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import fw, nkey

_WORD = re.compile(r"[^\s«»\"]+")
BODY_REACH = 3  # characters past the phrase's end a body's name may start at (a space and a quotation mark)


def study_body(doc: Doc, phrase: Span) -> str | None:
    """The organisation named right after the verb of making inside a speaker phrase (see the module's note), or
    right after the phrase where the phrase ends on the body's head word («مؤسسة «X»»); None where there is none."""
    made = next((m for m in _WORD.finditer(doc.text, phrase.start, phrase.end)
                 if nkey(m.group()).removeprefix("و") in fw("study_making_verbs")), None)
    if made is None:
        return None
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "ORGANIZATION":
            continue
        for m in ent.mentions:
            if made.end() < m.start <= phrase.end + BODY_REACH and (best is None or m.start < best[0]):
                best = (m.start, ent.id)
    return best[1] if best is not None else None
