"""Review mend of session 35: the aim of aid is not its receiver.

- «سيقدم الاتحاد قروضا ... في إطار «خطة يونكر» للإنعاش الاقتصادي»: a «لـ» phrase whose head is the masdar of a
  derived verb (form IV «إفعال»: «الإنعاش», «الإعمار»; form X «استفعال»: «الاستقرار») names what the aid is for,
  not who gets it; the receiver is a party («لمصر», «للجيش», «للأطفال»: the broken plural «أفعال» is written with
  «أ», the masdar with «إ»). No target is read rather than a wrong one.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk

AID_ROOT = "07"  # CAMEO 07x: provide aid


def purpose_masdar(doc: Doc, c: Chunk) -> bool:
    """Whether the phrase ``c`` (no entity, no title) opens with «لـ» + a masdar of form IV or X, with or without
    the article: «للإنعاش», «لإعمار», «للاستقرار»."""
    if c.entity is not None or c.title:
        return False
    text = doc.tokens[c.i].text
    if not text.startswith("ل"):
        return False
    stem = text[2:] if text.startswith("لل") else text[1:]  # «للإنعاش»: «ل» + «ال» (its alif dropped after the lam)
    return (len(stem) == 5 and stem[0] == "إ" and stem[3] == "ا") or (
        len(stem) == 7 and stem.startswith("است") and stem[5] == "ا")


def aid_targets(doc: Doc, code: str, targets: list[Chunk] | None) -> list[Chunk] | None:
    """An aid event's targets less a purpose masdar phrase (``purpose_masdar``)."""
    if not code.startswith(AID_ROOT) or not targets:
        return targets
    return [t for t in targets if not purpose_masdar(doc, t)] or None
