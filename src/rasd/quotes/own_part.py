"""«For his part» between a reporting verb and its subject, for the ``quotes`` stage (round 213): «وأوضح من جانبه
الوزير فلان أن», «وقال من جهته رئيس الوزراء فلان إن», «وأكد بدوره المتحدث باسم الجيش أن»: the inserted «من
جانبه/من جهته/بدوره» (own_part_words, after «من» where it has no «بـ») is an adverb, the subject comes after it.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey


def own_part_end(doc: Doc, at: int) -> int:
    """The token past the «(من) جانبه/جهته» or «بدوره» that starts at token ``at`` (module docstring); ``at`` where
    none does."""
    if at >= len(doc.tokens):
        return at
    k = doc.tokens[at].norm_key.removeprefix("و")
    if k == "من" and at + 1 < len(doc.tokens) and _side_word(doc, at + 1):
        return at + 2
    if k.startswith("ب") and k in fw("own_part_words"):
        return at + 1
    if _side_word(doc, at) and at > 0 and doc.tokens[at - 1].norm_key.removeprefix("و") == "من":
        return at + 1
    return at


def _side_word(doc: Doc, u: int) -> bool:
    k = doc.tokens[u].norm_key
    return not k.startswith("ب") and k in fw("own_part_words")
