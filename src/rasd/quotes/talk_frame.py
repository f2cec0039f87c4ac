"""Round qu466: a phrase of the talk in which a cue's subject spoke, for the ``quotes`` stage.

«وقال وزير الخارجية البريطاني لـ«الشرق الأوسط» في معرض حديثه عن اليمن، الذي ...، وكيف يدعمون الجهود هناك إن:
...»: after the subject (and the one spoken to), a phrase of his own talk («في معرض حديثه عن», «خلال كلمته في»,
function words ``talk_frame_*``) tells what the talk was about, and may run long; the «إن/أن» that closes it is still
the cue's, past the usual window and with no comma before it.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import bare, fw, fw_keys
from .cues import STOPS, is_complementizer

OWN_THAT = 2  # tokens from a relative cue to an «أن» of its own («الذي أكد (فيه) أن»)
FRAME_OPENS = 14  # tokens from the cue to the phrase's opener (past the subject's title and name, and «لـ«X»»)


def talk_frame(doc: Doc, t: int, sent_end: int) -> bool:
    """A phrase of the speaker's own talk within FRAME_OPENS tokens after the cue at ``t``, no «أن/إن» or stop
    before it: «خلال/أثناء/لدى» and a noun of his talk with his pronoun («كلمته», «حديثه»), or «في» and a head
    («معرض», «سياق») before it («في معرض حديثه»)."""
    toks = doc.tokens
    for u in range(t + 1, min(sent_end - 2, t + 1 + FRAME_OPENS)):
        if is_complementizer(doc, u) or toks[u].text in STOPS:
            return False
        key = toks[u].norm_key
        if key in fw_keys("talk_frame_openers") and toks[u + 1].norm_key in fw_keys("talk_frame_nouns"):
            return True
        if (key == "في" and toks[u + 1].norm_key in fw_keys("talk_frame_heads")
                and toks[u + 2].norm_key in fw_keys("talk_frame_nouns")):
            return True
    return False


def framed_relative(doc: Doc, t: int, v: int, sent_end: int) -> bool:
    """The verb cue at ``v`` opens a relative clause («، الذي يعتبر جزءا ...») on a noun of the talk's phrase after
    the cue at ``t`` (``talk_frame``), no «أن/إن» between them: a word of the topic described, not another report
    that ends the first cue's words (its «إن» is the first cue's); not a relative that reports its own «أن» right
    after it («عن التقرير، الذي أكد (فيه) أن ...»: the report's words)."""
    if v < t + 3 or bare(doc.tokens[v - 1].norm_key, "relatives") not in fw("relatives"):
        return False
    if any(is_complementizer(doc, u) for u in range(v + 1, min(sent_end, v + 1 + OWN_THAT))):
        return False
    return not any(is_complementizer(doc, u) for u in range(t + 1, v)) and talk_frame(doc, t, sent_end)
