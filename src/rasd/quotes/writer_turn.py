"""Where indirect speech ends at the writer's turn to the next reported act (round qu565), for the ``quotes``
stage: «وقال الوزير إن الوضع مستقر، فيما أعلن الجيش مقتل ثلاثة مسلحين», «...، من جهته أكد المتحدث»,
«...، إلى ذلك، ذكرت الوكالة»: a writer's link (writer_turn_openers: «فيما», «بينما», «في حين», «من جهته»,
«إلى ذلك») with a reporting verb right after it (past a comma) opens another's act, no part of what was said;
the content ends before it. Not one inside quotation marks, nor one with no reporting verb after it («قتل بينما
كان يستقل سيارة», «...، فيما أصيب خمسة آخرون»: the speaker's own clause goes on).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Span
from ..events.forms import fw, fw_keys, nkey
from ..text.normalize import COMMAS
from .cues import match_cue, source_word, trim

_SUBJECTS = ("PERSON", "ORGANIZATION", "GPE", "GROUP")
_PAIRED = (("«", "»"), ("“", "”"))


@lru_cache(maxsize=1)
def _openers() -> tuple[tuple[str, ...], ...]:
    """The writer's links (writer_turn_openers), each as the keys of its words."""
    return tuple(tuple(nkey(w) for w in phrase.split(" ")) for phrase in fw("writer_turn_openers"))


@lru_cache(maxsize=1)
def _opener_firsts() -> frozenset[str]:
    """The key of the first word of every writer's link (:func:`_openers`)."""
    return frozenset(words[0] for words in _openers() if words)


def _opener_at(doc: Doc, u: int) -> int | None:
    """The token right after a writer's link that opens at ``u`` (a «و» on its first word read too); None where
    none opens there."""
    toks = doc.tokens
    first = toks[u].norm_key if u < len(toks) else ""
    firsts = _opener_firsts()
    if first not in firsts and (first[:1] != "و" or first[1:] not in firsts):
        return None  # (no link opens with the word, with or without its «و»: most words)
    for words in _openers():
        end = u + len(words)
        if end >= len(toks):
            continue
        keys = [toks[u + n].norm_key for n in range(len(words))]
        if keys[0][:1] == "و" and keys[0][1:] == words[0]:
            keys[0] = words[0]
        if tuple(keys) == words:
            return end
    return None


def _reporting_at(doc: Doc, v: int) -> bool:
    """A reporting verb (a verb cue, or a describing verb: «وصف») at ``v``, past one comma, with its own subject
    right after it: a source («مصادر»), a title, a definite noun, or a person or body named («فيما أعلن الجيش»,
    «من جهته، أكد المتحدث»); a dropped subject («الحكومة، من جانبها، أكدت دعمها»: an aside in what was said) is none."""
    toks = doc.tokens
    if v < len(toks) and toks[v].text in COMMAS:
        v += 1
    if v + 1 >= len(toks):
        return False
    cue = match_cue(doc, v)
    if not ((cue is not None and cue.kind == "verb") or toks[v].norm_key in fw_keys("describing_verbs")):
        return False
    nxt = toks[v + 1]
    if source_word(nxt) or nxt.norm_key.removeprefix("ال") in fw("titles") or nxt.norm_key.startswith("ال"):
        return True  # («فيما أعلن الجيش»: a definite noun, the entity layer's groups not yet named here)
    return any(e.type in _SUBJECTS and any(m.start == nxt.start for m in e.mentions) for e in doc.entities)


def _quoted(text: str) -> bool:
    """``text`` (the content up to a point) leaves a quotation open there."""
    return any(text.count(a) > text.count(b) for a, b in _PAIRED) or text.count('"') % 2 == 1


def writer_turn_end(doc: Doc, content: Span) -> Span:
    """An indirect ``content`` that runs on into a writer's link with a reporting verb after it ends before the link
    (and the comma before it); as it is otherwise."""
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a + 1, b + 1):  # (its verb may stand past the end: «...، إلى ذلك | ذكرت الوكالة»)
        after = _opener_at(doc, u)
        if after is None or not _reporting_at(doc, after):
            continue
        if _quoted(doc.text[content.start : doc.tokens[u].start]):
            continue
        return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content
