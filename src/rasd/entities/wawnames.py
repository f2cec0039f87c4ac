"""Round ents98: a foreign given name that opens on «و» is not «و» + a name (called by :mod:`.stage`).

«قال وزير المالية الألماني ولفغانغ شويبله»: the segmenter takes the «و» of «ولفغانغ» (Wolfgang) off as the
conjunction, and the tagger reads «لفغانغ شويبله». A tagger's person run right after a «و» glued to it, whose first
word no name list knows and the language never writes alone (Zipf × 10 under :data:`_ALONE_ZIPF10`), while the word
with its «و» is written (at least :data:`_WHOLE_ZIPF10`), takes the «و» back. Not «وأحمد الطيب» («أحمد» is a name),
nor «وليد» read as «و» + «ليد».
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer

_ALONE_ZIPF10 = 5  # «لفغانغ» 0
_WHOLE_ZIPF10 = 15  # «ولفغانغ» 22


def waw_given_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give back the «و» the segmenter took off a foreign given name (see the module), in place."""
    freq = load_lexicon().freq
    text = doc.text
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or m.source != "model" or len(words) < 2 or m.start < 1 or text[m.start - 1] != "و":
            continue
        if m.start >= 2 and not text[m.start - 2].isspace():
            continue  # («و» inside a word)
        first = norm_key(words[0])
        if gaz.name_word(first) is not None or freq.get(first, 0) >= _ALONE_ZIPF10:
            continue
        if freq.get("و" + first, 0) < _WHOLE_ZIPF10:
            continue
        m.start -= 1
        m.text = text[m.start : m.end]
        m.key = norm_key(m.text)
