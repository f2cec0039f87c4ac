"""Round 51: phrases of an occasion set off by commas after a cue's subject («أكد الملك فلان، رغم إجازته، في اتصال
هاتفي مع ... عقب ساعات من ...، أن»): the «، أن» that closes them is the cue's, however far the phrases carry it."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import bare, fw, nkey
from ..text.marks import CUE_ENDS
from .cues import QUOTE_MARK, is_complementizer

_SETTING_LISTS = ("occasion_words", "noun_setting_openers")
SETTING_OPENS = 12  # tokens from the cue to the comma that opens the phrases (past a long royal title and name)


def _setting_word(doc: Doc, u: int) -> bool:
    """Token ``u`` opens a phrase of an occasion or a setting («في», «خلال», «عقب», «رغم», «وسط»)."""
    key = bare(doc.tokens[u].norm_key, *_SETTING_LISTS)
    return any(key in fw(s) for s in _SETTING_LISTS)


def set_off_setting(doc: Doc, t: int, sent_end: int) -> bool:
    """A comma within SETTING_OPENS tokens after the cue at ``t`` (past its subject, no «أن», quote mark or stop
    before it) opens a phrase of an occasion or a setting: the cue's «أن» may stand past the phrases it opens."""
    for u in range(t + 1, min(sent_end - 1, t + 1 + SETTING_OPENS)):
        tok = doc.tokens[u]
        if is_complementizer(doc, u) or tok.text in CUE_ENDS or QUOTE_MARK.fullmatch(tok.text):
            return False
        if tok.text in ("،", ","):
            return u > t + 1 and _setting_word(doc, u + 1)
    return False
