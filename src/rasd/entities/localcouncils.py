"""Round nb411: a council named by its area is that area's local government (called by :mod:`.stage`, after the
tagger), one organisation of the area's state.

«مجلس» (``council_masc_heads``, with «و/ل/ب/ف» before it; «المجلس» takes no construct nor a place after it) then
either a unit noun (``local_council_units``: «محافظة», «مدينة», «بلدية», «قضاء», «ناحية») and a listed town or
province of one or two words («مجلس محافظة الأنبار», «بمجلس مدينة حلب»), or the listed town or province and an
adjective of local office (``local_council_adjectives``: «مجلس مصراتة البلدي», «مجلس بنغازي المحلي») is an
ORGANIZATION mention over the words: country the place's, actor ``<ISO>GOV``. What the tagger read inside it goes
(the province is the council's name there, not a place of the sentence). Not «مجلس الأنبار» (no unit noun, no
adjective: a tribal or a provincial council alike), nor «مجلس محافظي البنوك» (no listed place after the unit), nor
a place no list holds."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_head_offset
from .opcommands import _area
from .quotedbodies import state_body

_PUNCT = "«»\"()،,.:؛!?؟"


def _words(doc: Doc, j: int, most: int) -> list[Token]:
    """Up to ``most`` tokens from ``j`` on, joined by one space each and ending at the first that ends in a mark."""
    toks = doc.tokens
    got: list[Token] = []
    while j < len(toks) and len(got) < most and (not got or doc.text[toks[j - 1].end : toks[j].start] == " "):
        got.append(toks[j])
        if toks[j].text.rstrip(_PUNCT) != toks[j].text:
            break
        j += 1
    return got


def _span(doc: Doc, mentions: list[Mention], start: int, last: Token, iso: str) -> None:
    """Put the council over [start, the end of ``last`` without its mark) in ``mentions``."""
    end = last.start + len(last.text.rstrip(_PUNCT))
    state_body(doc, mentions, start, end, "ORGH:" + norm_key(doc.text[start:end]) + ":" + iso, iso, iso + "GOV")


def local_councils(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«أكد مجلس محافظة الأنبار» → ORGANIZATION «مجلس محافظة الأنبار» (IRQ, IRQGOV); «مجلس مصراتة البلدي» (LBY)."""
    heads, units, adjectives = fw_keys("council_masc_heads"), fw_keys("local_council_units"), fw_keys(
        "local_council_adjectives")
    toks = doc.tokens
    for i, tok in enumerate(toks[:-2]):
        if "مجلس" not in tok.text or tok.text.rstrip(_PUNCT) != tok.text:
            continue  # (the common case: one substring test a token)
        off = clitic_head_offset(tok.text, heads)
        if off is None:
            continue
        after = _words(doc, i + 1, 4)
        if not after or doc.text[tok.end : after[0].start] != " ":
            continue
        keys = [norm_key(t.text.rstrip(_PUNCT)) for t in after]
        if keys[0] in units and after[0].text.rstrip(_PUNCT) == after[0].text:
            got = _area(gaz, keys[1:3])
            if got is not None:
                _span(doc, mentions, tok.start + off, after[got[0]], got[1])
            continue
        got = _area(gaz, keys[:2])
        if got is None or got[0] >= len(after) or keys[got[0]] not in adjectives:
            continue
        if after[got[0] - 1].text.rstrip(_PUNCT) != after[got[0] - 1].text:
            continue  # («مجلس مصراتة، المحلي»: a mark inside is no name)
        _span(doc, mentions, tok.start + off, after[got[0]], got[1])
