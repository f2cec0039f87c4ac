"""«تحدث» (he talked) as a reporting cue, for the ``quotes`` stage (round qu918): «وتحدث الخبير فلان بأن الحكم
يستحق ...», «تحدثت المصادر عن أن القوات انسحبت», «وكان ثلاثة من القادة تحدثوا إلى وسائل إعلام محلية، بأن «...»».
The verb talks of a thing («تحدث عن الأزمة») far more often than it reports words, so the cue table cannot hold it:
it is a cue only where «بأن», or «أن» right after «عن», follows it within TALK_REACH tokens of its sentence, before
any other «أن/إن» (another verb's words: «تحدث عن الأزمة، وأكد أن»), any other cue, a colon or a full stop. The
forms are ``talk_cue_verbs_masculine`` and ``talk_cue_verbs_feminine``; those ending in «وا/ون» are plural."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import bare, fw, nkey
from ..text.prefixes import past_and
from .cue_table import Cue, word_cue

TALK_REACH = 14  # tokens from the verb to its «بأن» («تحدثوا إلى وسائل إعلام أفغانية محلية من مدينة كويتا، بأن»)
_ENDS = frozenset((".", ":", "؛", "!", "?", "؟"))


def talked_cue(doc: Doc, t: int) -> Cue | None:
    """The cue «تحدث» at token ``t`` makes where its words follow (module docstring); None otherwise."""
    key = doc.tokens[t].norm_key
    masc, fem = fw("talk_cue_verbs_masculine"), fw("talk_cue_verbs_feminine")
    core = past_and(key, masc | fem)
    if core not in masc and core not in fem:
        return None
    for u in range(t + 1, min(len(doc.tokens), t + 1 + TALK_REACH)):
        text = doc.tokens[u].text
        if text in _ENDS:
            return None
        k = nkey(text)
        if k[:1] == "ب" and k[1:] in fw("complementizers") or k in fw("complementizers") and nkey(
                doc.tokens[u - 1].text) == nkey("عن"):
            return Cue("تحدث", "verb", "f" if core in fem else "m", frozenset(), core.endswith(("وا", "ون")))
        if bare(k, "complementizers") in fw("complementizers") and not text.endswith("ء"):
            return None  # «تحدث عن الأزمة، وأكد أن»: another verb's words
        if word_cue(doc.tokens[u].norm or text) is not None:
            return None  # «تحدث عن ... وقال بأن»: the other cue's words
    return None
