"""Round qu711: a plural verb cue with no subject of its own right after «، حيث/إذ» («وتحدثت «الشرق الأوسط» مع ممثلي
الشركة حول المتصفح، حيث أوضحوا أنه ...»), for the ``quotes`` stage: those who explain are the plural of people named
last before the comma in the sentence («ممثلي الشركة») — its entity where the entity layer names the group
(«الحوثيين»), else its phrase, an unnamed source as «مصادر» is. Not a singular noun («الشركة»), nor a time
(«اليومين»).

Round qu908: a plural verb cue with «و» right after a comma («...، وأكدوا أن») continues the plural of people the
clause before the comma ends on as the doer of its act: the agent after «من قبل» («قوبل بالرفض من قبل نواب حزب
X في البرلمان، وأكدوا») or the subject of a relative clause «التي/الذي + verb» right before the comma («الشعارات التي
كتبها المحتجون، ويقولون فيها»)."""

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
    return described_group(doc, t, sent) or _linked_group(doc, t, cue, sent, scene) or _chained_group(
        doc, t, cue, sent, scene)


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


def _chained_group(doc: Doc, t: int, cue: Cue, sent: Span, scene: Scene) -> Span | str | None:
    """Round qu908: «...، وأكدوا» (module note): the people-plural chunk (:func:`_people_head`) after «من قبل», the
    last such chunk of the clause between the comma before the cue and the comma (or sentence start) before it; or
    the one right before the comma after «التي/الذي + verb». Its entity, else its phrase; None otherwise."""
    toks = doc.tokens
    if (not cue.plural or cue.kind != "verb" or t < 3 or not toks[t].norm_key.startswith("و")
            or toks[t - 1].text not in ("،", ",")):
        return None
    a = doc.token_from(sent.start)
    if a is None or a >= t - 1:
        return None
    lo = max((u + 1 for u in range(a, t - 1) if toks[u].text in ("،", ",")), default=a)
    every = quote_chunks(doc, lo, t - 1, scene.mentions, set())
    people = [k for k, c in enumerate(every) if _people_head(doc, c)]
    verb_first = every[-1] if every else None  # «التي كتبها المحتجون»: the verb with its subject in one chunk
    if (verb_first is not None and verb_first.entity is None and verb_first.j == t - 2 and verb_first.j > verb_first.i
            and toks[verb_first.i - 1].norm_key in fw_keys("relatives") and _people_token(doc, verb_first.j)
            and not _people_head(doc, verb_first)):
        last = toks[verb_first.j]
        return Span(next((w.start for w in last.words if w.kind == "stem"), last.start), last.end)
    if not people:
        return None
    c = every[people[-1]]
    body = every[people[-1] + 1] if people[-1] + 1 < len(every) else None
    if body is not None and c.entity is None and body.entity is not None and body.i == c.j + 1 and body.prep is None:
        return _from_stem(doc, c, body) if _opens_relative_or_agent(doc, c, body.j == t - 2) else None  # «نواب حزب X»
    if not _opens_relative_or_agent(doc, c, c.j == t - 2):
        return None
    return c.entity if c.entity is not None else _from_stem(doc, c, c)


def _opens_relative_or_agent(doc: Doc, c: Chunk, last: bool) -> bool:
    """Round qu908: chunk ``c`` stands right after «من قبل», or (``last``: ending right before the comma) right
    after «التي/الذي + verb», the subject of that relative clause."""
    toks = doc.tokens
    if c.i < 2:
        return False
    if (toks[c.i - 2].norm_key, toks[c.i - 1].norm_key) == ("من", "قبل"):
        return True
    return last and toks[c.i - 2].norm_key in fw_keys("relatives") and toks[c.i - 1].text[:1].isalpha()


def _from_stem(doc: Doc, first: Chunk, last: Chunk) -> Span:
    """The span from the stem of the first token of ``first`` (past «بـ/لـ»: «بالمسؤولين») to the end of ``last``."""
    tok = doc.tokens[first.i]
    start = next((w.start for w in tok.words if w.kind == "stem"), tok.start)
    return Span(start, phrase_span(doc, last).end)


def _people_head(doc: Doc, c: Chunk) -> bool:
    """The chunk is headed by a plural of people: a group word («ممثلي», «خبراء», «أعضاء») or a sound plural of
    _PLURAL_MIN letters or more («المسؤولين», «مواطنون»), with or without the article."""
    return _people_token(doc, c.i)


def _people_token(doc: Doc, k: int) -> bool:
    """Token ``k`` is a plural of people (:func:`_people_head`)."""
    tok = doc.tokens[k]
    stem = stem_key(tok, article=False)  # «بالمسؤولين»
    if stem in fw_keys("partitive_counts") or stem in DEMONSTRATIVES:
        return False  # «آلاف الدولارات»: a count, not who; «هؤلاء»: another construction
    return stem in GROUP_WORDS or (len(stem) >= _PLURAL_MIN and stem.endswith(("ون", "ين")))


def group_affiliation(doc: Doc, phrase: Span) -> str | None:
    """Round qu908: the body an unnamed group's ``phrase`` names right after its plural head of people («نواب جماعة
    الإخوان»: the Brotherhood, whose deputies speak): the organisation whose mention opens at the phrase's second
    word and runs to its end; None otherwise («نواب في البرلمان», a group with no body)."""
    k = doc.token_from(phrase.start)
    if k is None or k + 1 >= len(doc.tokens) or not _people_token(doc, k) or doc.tokens[k + 1].end > phrase.end:
        return None
    at = doc.tokens[k + 1].start
    return next((e.id for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions
                 if m.start == at and m.end == phrase.end), None)
