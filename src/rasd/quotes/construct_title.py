"""Round qu414: a title in construct after the cue names the person quoted before («وشدد وزير الخارجية على أن» after
the Qatari foreign minister was quoted; «وأضاف قائد عملية تحرير عدن أن» after the brigadier who leads it).

A title head without the article («وزير», «قائد») made definite by its genitive (an «الـ» word or a name ends the
chain: «وزير الخارجية», «قائد عملية تحرير عدن»; not «مسؤول كبير في الإدارة», «قائد عسكري»: indefinite, someone
new) is the same man as the person a dropped subject would be carried to, where

- his office reads so: the phrase's words open one of his roles («وزير الخارجية» of «وزير الخارجية القطري»), or
- the cue goes on (adding_cues: «وأضاف», «وتابع»), he gave the quote right before it and a role of his has the same
  head («قائد» of «قائد اللواء»), and no other person's role reads as the phrase.

A phrase that names another office («وقال وزير الداخلية» after the foreign minister) stays an unnamed speaker.
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.chunks import Chunk
from ..events.forms import fw, fw_keys, nkey, plain_keys
from .carry import carry
from .cues import Cue
from .described_again import described_again
from .phrases import phrase_span

MIN_WORDS = 2  # the title and its genitive at least


def _definite_construct(doc: Doc, c: Chunk, span: Span) -> bool:
    """The phrase of ``c`` (within ``span``) is a title without the article in construct with a definite genitive:
    nouns without the article up to an «الـ» word or a name, the name maybe right past it (module docstring)."""
    toks = doc.tokens
    if not c.title or c.definite or c.prep is not None or c.entity is not None:
        return False
    for u in range(c.i + 1, len(toks)):
        if any(m.start == toks[u].start for m in doc.mentions):
            return True  # «قائد عملية تحرير عدن»: a name ends the chain (the phrase may stop before it)
        key = toks[u].norm_key
        if toks[u].end > span.end:
            break
        if key in fw("prepositions") or key.endswith("ي") or not key[:1].isalpha():
            return False  # «مسؤول كبير في ...», «قائد عسكري»: indefinite
        if key.startswith("ال"):
            return True
    return False


def _prefix(words: list[str], role: str) -> bool:
    """``words`` open the role ``role``."""
    keys = plain_keys(role)
    return len(keys) >= len(words) and keys[: len(words)] == words


def construct_holder(doc: Doc, c: Chunk, t: int, cue: Cue, quotes: list[Quote], heard: dict[str, str]) -> str | None:
    """The person the definite construct title ``c`` after the cue at ``t`` names again (module docstring); None
    where it is no such phrase or names someone else."""
    span = phrase_span(doc, c, told=True)
    if not _definite_construct(doc, c, span):
        return None
    words = plain_keys(doc.text[span.start : span.end])
    if len(words) < MIN_WORDS:
        return None
    carried = carry(doc, quotes, cue, heard, None, persons=True)
    ent = doc.entity(carried)
    if ent is None or ent.type != "PERSON":
        return None
    if any(_prefix(words, r) for r in ent.roles):
        return ent.id  # «وزير الخارجية» of «وزير الخارجية القطري»
    if nkey(doc.tokens[t].text).removeprefix("و") not in fw_keys("adding_cues") or quotes[-1].speaker != ent.id:
        return None
    others = (e for e in doc.entities if e.type == "PERSON" and e.id != ent.id)
    if any(_prefix(words, r) for e in others for r in e.roles):
        return None  # another man holds the office the phrase names
    return ent.id if any(plain_keys(r)[:1] == words[:1] for r in ent.roles) else None


def described_holder(doc: Doc, c: Chunk, t: int, limit: int, cue: Cue, quotes: list[Quote],
                     heard: dict[str, str]) -> str | None:
    """The person the subject phrase ``c`` describes again as he was introduced (described_again: «وأشار المحلل
    السياسي السعودي») or whose office it names in construct (:func:`construct_holder`)."""
    return described_again(doc, c, t, limit) or construct_holder(doc, c, t, cue, quotes, heard)
