"""A quotation right after the addressee, for the ``quotes`` stage: «وقال فلان، محلل الاقتصادات لدى بنك X
لـ«الشرق الأوسط» «قبل أن تتحدث ...»» — with no colon, the quotation that opens right after the medium spoken to
(«لـ» and a name in quote marks, or a mention) is the speaker's own words, however long his title before it; not
the indirect clause of an «أن» inside it."""

from __future__ import annotations

from ..doc import Doc
from .reported_as import addressee_end

ADDRESSEE_TOKENS = 6  # tokens from «لـ» to the opening mark of the quotation («لـ « الشرق الأوسط » «»)


def after_addressee(doc: Doc, t: int, u: int, sent_end: int) -> bool:
    """Whether the quote mark at token ``u`` opens right after an addressee that follows the cue at token ``t``
    (see the module's note): the addressee's name ends where the token before ``u`` ends."""
    if u < 1:
        return False
    ends = doc.tokens[u - 1].end
    return any(addressee_end(doc, k, sent_end) == ends for k in range(max(t + 1, u - ADDRESSEE_TOKENS), u - 1))
