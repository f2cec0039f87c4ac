"""Round ev453: what talks are about, no party to them. The unnamed genitive of a noun of talks or negotiation
(«محادثات الائتلاف الحكومي التي يجريها الحزب مع», «مفاوضات التجارة», «محادثات الملف النووي») names the matter
talked of when its head is a negotiated topic (function words ``negotiated_topics``: peace, a truce, a coalition)
or a matter of talks (``talks_topic_heads``: trade, a file, a programme), never who talks; a named body
(«محادثات الائتلاف الوطني السوري») or a noun of people or government («محادثات الحكومة مع المعارضة») stays the
talks' source.
"""

from __future__ import annotations

from ..doc import Doc
from .acting import head_in, relative_verb
from .chunks import Chunk
from .forms import bare, fw
from .lexicon import Hit
from .masdar_agents import conductor

TALKS_ENTRIES = ("talks", "negotiate", "talks_round", "talks_between", "discuss_with")  # nouns of talking it over


def talked_topic(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether ``c``, the phrase right after the noun of talks ``hit``, is the unnamed matter they talk of."""
    if hit.pos != "N" or hit.entry.id not in TALKS_ENTRIES or c.prep is not None:
        return False
    if c.entity is not None or c.title or c.number:
        return False
    return head_in(doc, c, "negotiated_topics") or head_in(doc, c, "talks_topic_heads")


def topic_conductor(doc: Doc, chunks: list[Chunk], topic: Chunk, sent_end: int) -> Chunk | None:
    """«محادثات الائتلاف الحكومي التي يجريها مع حزب الشعب»: past the matter talked of (``topic``), a relative and a
    verb of holding with the talks' pronoun («التي يجريها», «التي أجرتها») name who holds them: the name right after
    the verb, or, where a preposition follows it (its subject a pronoun), the person or body named last before it
    that the verb agrees with (``masdar_agents.conductor``); the phrase of that name nearest the verb."""
    r = topic.j + 1
    if r + 1 >= sent_end or bare(doc.tokens[r].norm_key, "relatives") not in fw("relatives"):
        return None
    if not relative_verb(doc.tokens[r + 1].text):
        return None
    eid = conductor(doc, r + 1, sent_end)
    if eid is None:
        return None
    named = [c for c in chunks if c.entity == eid and c.prep is None and c.i < sent_end]
    return min(named, key=lambda c: abs(c.i - r), default=None)
