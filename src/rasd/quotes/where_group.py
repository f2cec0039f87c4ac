"""Round qu711: a plural verb cue with no subject of its own right after «، حيث/إذ» («وتحدثت «الشرق الأوسط» مع ممثلي
الشركة حول المتصفح، حيث أوضحوا أنه ...»), for the ``quotes`` stage: those who explain are the plural of people named
last before the comma in the sentence («ممثلي الشركة») — its entity where the entity layer names the group
(«الحوثيين»), else its phrase, an unnamed source as «مصادر» is. Not a singular noun («الشركة»), nor a time
(«اليومين»)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw_keys, nkey, stem_key
from .carry import GROUP_WORDS, Scene
from .cues import Cue
from .described_group import described_group
from .phrases import DEMONSTRATIVES, phrase_span
from .titled import quote_chunks

_LINKS = frozenset(nkey(w) for w in ("حيث", "إذ", "اذ"))
_PLURAL_MIN = 6  # letters at least of a sound plural head without its article («مسؤولين»; not «يومين», «اثنين»)


def group_before(doc: Doc, t: int, cue: Cue, sent: Span, scene: Scene) -> Span | str | None:
    """The group the plural cue at ``t`` continues: :func:`described_group` («خبراء وسياسيين، يؤكدون»), else the
    plural of people named last before «، حيث/إذ» right before the cue (see :func:`_linked_group`): an entity id or
    a phrase; None otherwise."""
    return described_group(doc, t, sent) or _linked_group(doc, t, cue, sent, scene)


def _linked_group(doc: Doc, t: int, cue: Cue, sent: Span, scene: Scene) -> Span | str | None:
    """«... مع ممثلي الشركة، حيث أوضحوا»: a plural verb cue right after «حيث/إذ» after a comma, no subject after it
    (a quote mark, «أن/إن», a colon or a preposition next), and the latest chunk headed by a plural of people
    (:func:`_people_head`) between the sentence's start and the comma."""
    toks = doc.tokens
    if not cue.plural or cue.kind != "verb" or t < 3 or toks[t - 1].norm_key not in _LINKS:
        return None
    if toks[t - 2].text not in ("،", ","):
        return None
    a = doc.token_from(sent.start)
    if a is None or a >= t - 2:
        return None
    chunks = quote_chunks(doc, a, t - 2, scene.mentions, set())
    for k in range(len(chunks) - 1, -1, -1):
        c = chunks[k]
        if not _people_head(doc, c):
            continue
        head = chunks[k - 1] if k > 0 else None
        if (c.entity is not None and head is not None and head.entity is None and head.j == c.i - 1
                and c.prep is None and _people_head(doc, head)):
            return _from_stem(doc, head, c)  # «ممثلي الحوثيين»: the representatives, not the group
        return c.entity if c.entity is not None else _from_stem(doc, c, c)
    return None


def _from_stem(doc: Doc, first: Chunk, last: Chunk) -> Span:
    """The span from the stem of the first token of ``first`` (past «بـ/لـ»: «بالمسؤولين») to the end of ``last``."""
    tok = doc.tokens[first.i]
    start = next((w.start for w in tok.words if w.kind == "stem"), tok.start)
    return Span(start, phrase_span(doc, last).end)


def _people_head(doc: Doc, c: Chunk) -> bool:
    """The chunk is headed by a plural of people: a group word («ممثلي», «خبراء», «أعضاء») or a sound plural of
    _PLURAL_MIN letters or more («المسؤولين», «مواطنون»), with or without the article."""
    tok = doc.tokens[c.i]
    stem = stem_key(tok, article=False)  # «بالمسؤولين»
    if stem in fw_keys("partitive_counts") or stem in DEMONSTRATIVES:
        return False  # «آلاف الدولارات»: a count, not who; «هؤلاء»: another construction
    return stem in GROUP_WORDS or (len(stem) >= _PLURAL_MIN and stem.endswith(("ون", "ين")))
