"""Round ents94: «الدين» alone is no person's name: it only closes a compound given name («صلاح الدين», «نور الدين»,
«عز الدين»), and alone it is the noun, religion («بابا شيخ (رجل الدين الإيزيدي)»: the Yazidi cleric). A tagger's
PERSON mention of that one word goes (called by :mod:`.stage`, after the tagger); a name that holds it stays
(«صلاح الدين الأيوبي»), and so does a word with a proclitic before it («والدين»: and parents, none of this rule's)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key

_CLOSERS = frozenset({norm_key("الدين")})


def lone_name_closers(doc: Doc, mentions: list[Mention]) -> None:
    """Drop the tagger's one-word PERSON mentions of a word that only closes a compound name (in place)."""
    mentions[:] = [m for m in mentions if not (m.type == "PERSON" and m.source == "model"
                                                 and norm_key(doc.text[m.start : m.end]) in _CLOSERS)]
