"""A body's own unit in construct with whom it serves (round ev413): «ورفضت حملة كلينتون الانتخابية», «مفاوضات
إدارة أوباما مع إيران», «أعلن ديوان الرئاسة الإسرائيلية», «بين الإمارة الإسلامية وإدارة كابل». The one head word
(function words ``acting_unit_heads``: a campaign, an administration, an office) acts for the person or body named
right after it, or for the capital there that the entity layer read as its government («كابل»[AFGGOV]); not for a
place read as a place («إدارة المدينة» is running it). Read by ``actors.named_head`` beside its ``name_heads``.
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import Chunk
from .chunks import verb_key
from .forms import fw, fw_keys, nkey

_ACTING = ("ORGANIZATION", "PERSON")


def head_kind(text: str) -> str | None:
    """What a one-word chunk's ``text`` heads: "name" for the head of a name («شركة بوينغ»: ``name_heads``), "unit"
    for an acting unit («حملة», «وإدارة»: ``acting_unit_heads``), else None."""
    if verb_key(text) in fw("name_heads") or nkey(text) in fw("name_heads"):
        return "name"
    return "unit" if nkey(text).removeprefix("و") in fw_keys("acting_unit_heads") else None


def serves(doc: Doc, nxt: Chunk, kind: str) -> bool:
    """Whether the entity chunk ``nxt`` right after a head of ``kind`` is what the head stands for: a person or a
    body; after an acting unit also a place whose actor code is its government's («إدارة كابل»)."""
    if nxt.etype in _ACTING:
        return True
    if kind != "unit":
        return False
    ent = doc.entity(nxt.entity)
    return ent is not None and ent.actor is not None and ent.actor.endswith("GOV")
