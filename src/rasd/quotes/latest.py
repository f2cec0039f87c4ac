"""A source word after a superlative of recency, for the ``quotes`` stage (round q314): «وفقا لأحدث استطلاعات
الرأي», «بحسب آخر تقديرات الأمم المتحدة»: the superlative («أحدث», «آخر», «أخر») is in construct with the source
word (according_sources: «استطلاعات», «تقديرات», «أرقام»), so the phrase it opens is the source, as «وفقا
لاستطلاعات الرأي» is; a poll is a source of information, its phrase the speaker text. Not «وفقا لأحدث الأنباء» where
no source word follows, nor «آخر» after its noun («مصدر آخر»: the source word opens that phrase itself)."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw_keys
from .cues import source_word

_RECENT = fw_keys("recent_words")


def latest_source(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` opens with a superlative of recency («لأحدث», «آخر»; a «لـ» on it) right before a source
    word in the same phrase («لأحدث استطلاعات الرأي»)."""
    if c.i >= c.j or c.entity is not None:
        return False
    key = doc.tokens[c.i].norm_key
    key = key[1:] if key[:1] in ("ل", "ب") and key[1:] in _RECENT else key
    return key in _RECENT and source_word(doc.tokens[c.i + 1])
