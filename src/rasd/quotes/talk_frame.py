"""Round qu466: a phrase of the talk in which a cue's subject spoke, for the ``quotes`` stage.

«وقال وزير الخارجية البريطاني لـ«الشرق الأوسط» في معرض حديثه عن اليمن، الذي ...، وكيف يدعمون الجهود هناك إن:
...»: after the subject (and the one spoken to), a phrase of his own talk («في معرض حديثه عن», «خلال كلمته في»,
function words ``talk_frame_*``) tells what the talk was about, and may run long; the «إن/أن» that closes it is still
the cue's, past the usual window and with no comma before it.

Round qu471: the phrase may open the cue's sentence instead («وفي معرض حديثه مع «الشرق الأوسط» يقول فلان (36 عاما)
وهو من ...، وهو الحي الذي ...، بأن المقاومة ...», «وفي رده على سؤال ...، قال الوزير إن»: ``fronted_frame``): the
sentence is his talk, so the «أن» after the cue's long subject is his still.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import bare, fw, fw_keys
from ..text.marks import CUE_ENDS
from .cues import is_complementizer

OWN_THAT = 2  # tokens from a relative cue to an «أن» of its own («الذي أكد (فيه) أن»)
FRAME_OPENS = 14  # tokens from the cue to the phrase's opener (past the subject's title and name, and «لـ«X»»)
FRONT_REACH = 40  # tokens from a fronted phrase's opener to the cue (past the question it answers: «على سؤال عن ...»)


def talk_frame(doc: Doc, t: int, sent_end: int) -> bool:
    """A phrase of the speaker's own talk within FRAME_OPENS tokens after the cue at ``t``, no «أن/إن» or stop
    before it: «خلال/أثناء/لدى» and a noun of his talk with his pronoun («كلمته», «حديثه»), or «في» and a head
    («معرض», «سياق») before it («في معرض حديثه»)."""
    toks = doc.tokens
    if fronted_frame(doc, t):
        return True
    for u in range(t + 1, min(sent_end - 2, t + 1 + FRAME_OPENS)):
        if is_complementizer(doc, u) or toks[u].text in CUE_ENDS:
            return False
        key = toks[u].norm_key
        if key in fw_keys("talk_frame_openers") and toks[u + 1].norm_key in fw_keys("talk_frame_nouns"):
            return True
        if (key == "في" and toks[u + 1].norm_key in fw_keys("talk_frame_heads")
                and toks[u + 2].norm_key in fw_keys("talk_frame_nouns")):
            return True
    return False


def fronted_frame(doc: Doc, t: int) -> bool:
    """A phrase of the speaker's talk opens the sentence of the cue at ``t`` (its first word, «و» aside): «في» and a
    head and a noun of his talk («وفي معرض حديثه»), «في» and the noun («وفي رده على سؤال»), or «خلال/أثناء/لدى» and
    the noun («وخلال كلمته»); the cue within FRONT_REACH tokens after it, no «أن/إن» or full stop between (the
    phrase's own words would be another's report)."""
    sent = doc.sentence_of(doc.tokens[t].start)
    a = doc.token_from(sent.start) if sent is not None else None
    if a is None or not a + 2 <= t - 1 <= a + FRONT_REACH:
        return False
    if any(is_complementizer(doc, u) or doc.tokens[u].text in CUE_ENDS for u in range(a, t)):
        return False
    toks = doc.tokens
    key, nxt = toks[a].norm_key.removeprefix("و"), toks[a + 1].norm_key
    if key in fw_keys("talk_frame_openers") or key == "في" and nxt in fw_keys("talk_frame_nouns"):
        return nxt in fw_keys("talk_frame_nouns")
    return key == "في" and nxt in fw_keys("talk_frame_heads") and toks[a + 2].norm_key in fw_keys("talk_frame_nouns")


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
