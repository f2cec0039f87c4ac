"""The speaker's own second act after his reported words, for the ``quotes`` stage: «اعتبر أن الاتفاق يفتح الطريق
أمام الفوضى، ودعا إلى حوار»: the call (call_verbs_past, a past verb of the cue's gender and number) is what he did
next, not what he said; so is an estimate with its own «أن» («وأضافت أن الجيش يحاصر القاعدة، ورجحت أن تحمل الساعات
المقبلة أخبارا»: estimate_verbs_past, no cue of the table); the indirect content ends at the comma before it.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.verb_gender import past_gender
from ..events.forms import fw, fw_keys, nkey
from .cues import Cue, _is_complementizer, _trim


def second_act_end(doc: Doc, content: Span, cue: Cue) -> Span | None:
    """``content`` cut at «، و» + a past verb of calling («، ودعا», «، وطالبت») or of estimating with «أن» right after
    it («، ورجحت أن», «، وتوقع أن») whose gender is that of the singular ``cue``; None where no such verb follows a
    comma in it."""
    if cue.plural or cue.kind != "verb":
        return None
    for k in doc.token_range(content):
        tok = doc.tokens[k]
        if tok.text not in ("،", ",") or k + 1 >= len(doc.tokens):
            continue
        word = nkey(doc.tokens[k + 1].text)
        if doc.tokens[k + 1].start >= content.end or not word.startswith("و"):
            continue
        estimate = word[1:] in fw_keys("estimate_verbs_past") and k + 2 < len(doc.tokens) and _is_complementizer(
            doc, k + 2)  # «، ورجحت أن»: an estimate of its own
        if word[1:] not in fw("call_verbs_past") and not estimate:
            continue
        if past_gender(word) != cue.gender:
            continue
        return _trim(doc.text, content.start, tok.start)
    return None
