"""A verb of holding or granting a view right after «لكنه/لكنها» (round qu565), for the ``quotes`` stage: «وقال الوزير
إن ...، لكنه تمسك بوجهة نظر بلاده بأن الحل سياسي», «ولكنه أقر أن المفاوضات صعبة», «لكنها أصرت على أن»: the
speaker of the clause before goes on to report (as «لكنه أضاف» does), so the verb is a cue there, with «أن» within
STANCE_THAT tokens and no comma or stop between; elsewhere it is none («أقر البرلمان القانون»: approved; «لكنه تمسك
بموقفه، وقال إن»: held, the words are «قال»'s).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey
from .cues import Cue, is_complementizer

STANCE_THAT = 6  # tokens from the verb to its «أن» («تمسك بوجهة نظر بلاده بأن»: the fourth)
_CLOSES = frozenset((".", "،", ",", ":", "؛", "!", "?", "؟", "«", "»"))


def stance_word(key: str) -> bool:
    """Whether a token of matching key ``key`` may be a :func:`stance_cue` (its first test: a listed verb of holding a
    view, of either gender)."""
    return key in fw_keys("but_stance_verbs_m") or key in fw_keys("but_stance_verbs_f")


def stance_cue(doc: Doc, t: int) -> Cue | None:
    """The cue the token at ``t`` is as a verb of holding a view (but_stance_verbs_m/_f) right after a singular
    «(و)لكنه/(و)لكنها» of its gender, with «أن» after it; None otherwise (nearly every token: the first test)."""
    key = doc.tokens[t].norm_key
    gender = "m" if key in fw_keys("but_stance_verbs_m") else "f" if key in fw_keys("but_stance_verbs_f") else None
    if gender is None or t < 1:
        return None
    but = doc.tokens[t - 1].norm_key
    if but not in fw_keys("dangling_contrast_openers") or but.endswith(nkey("هم")) or (
            but.endswith(nkey("ها")) != (gender == "f")):
        return None
    for u in range(t + 1, min(len(doc.tokens), t + 1 + STANCE_THAT)):
        text = doc.tokens[u].text
        if text in _CLOSES:
            return None
        if is_complementizer(doc, u):
            return Cue(key, "verb", gender, frozenset())  # its own form for a lemma: no list asks for these
    return None
