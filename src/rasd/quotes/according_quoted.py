"""Round q344: «according to» set off by commas right before a quotation («الأمر الذي يعكس، وفق مصادر رئاسية
فرنسية، «المستوى الذي وصلت إليه العلاقات»»), for the quotes stage: the source's words are the quotation after its
closing comma, not the writer's clause before the aside. Not «...، وفق مصادر فرنسية، إن الزيارة» (no quote mark
after the comma: the clause reading stands), nor «وفق «رويترز»» (the source's own name in quote marks).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.forms import fw_keys
from ..text.normalize import COMMAS as _COMMAS
from .cues import QUOTE_MARK

SOURCE_REACH = 6  # tokens from «according to» to the comma that closes the source's phrase


def quoted_after_aside(doc: Doc, t: int, end: int, quoted: Sequence[Span]) -> Span | None:
    """The quotation (of ``quoted``) that opens right after the comma closing the «according to» aside at ``t``,
    itself after a comma; None where no comma sets the aside off before it, the source's phrase runs past
    SOURCE_REACH tokens or another mark, or no quotation opens right after its closing comma (before ``end``)."""
    if t < 1 or doc.tokens[t - 1].text not in _COMMAS:
        return None
    for u in range(t + 2, min(end - 1, t + 1 + SOURCE_REACH)):
        text = doc.tokens[u].text
        if text in _COMMAS:
            opener = doc.tokens[u + 1]
            if not QUOTE_MARK.fullmatch(opener.text):
                return None
            return next((d for d in quoted if d.start == opener.end), None)
        if not text[:1].isalnum() and not QUOTE_MARK.fullmatch(text):
            return None
    return None


DASHES = ("-", "–", "—")


def dashed_aside_end(doc: Doc, t: int, end: int) -> int | None:
    """«فيما يصل عدد المعاهد - بحسب مصادر في الأوقاف - إلى 15 معهدا»: «according to» between two dashes in the
    middle of a clause, which goes on after the closing dash: ``end`` (the token past the clause, the aside inside
    the content); None where no dash stands right before the cue, none closes the source within SOURCE_REACH tokens,
    no word follows the closing dash before ``end``, or a phrase of cause does (cause_adjuncts: «- نظرا لـ»: the
    clause the source reports ended before the aside, round q374)."""
    if t < 1 or doc.tokens[t - 1].text not in DASHES:
        return None
    for u in range(t + 2, min(end - 1, t + 1 + SOURCE_REACH)):
        text = doc.tokens[u].text
        if text in DASHES:
            if doc.tokens[u + 1].norm_key in fw_keys("cause_adjuncts"):
                return None  # «... «قطرة في بحر» – بحسب الوكالة - نظرا للاحتياجات»: the clause ended before it (q374)
            return end if doc.tokens[u + 1].text[:1].isalnum() else None
        if not text[:1].isalnum() and not QUOTE_MARK.fullmatch(text):
            return None
    return None
