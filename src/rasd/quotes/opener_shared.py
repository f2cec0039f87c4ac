"""An unnamed subject shared with the verb that opens the clause before, for the ``quotes`` stage (round q314):
«ويدين معارضو الاتفاق السرية التي تلف المفاوضات، ويؤكدون/ويؤكد أنه يهدف إلى ...»: a verb cue in «و» after a
comma, with no subject of its own, goes on with the unnamed phrase right after the verb that opens its clause
(VSO, `events.agents.opener_subject`), where the two verbs have one form (both imperfect in «يـ/تـ» or both
perfect, one gender and number: the singular of VSO does not show the phrase's number); that phrase is its speaker,
not a person quoted in an earlier sentence. Not where the opener's subject is a name or a title (the entity and
title rules read those), nor where another form parts them («وطالب المحتجون ...، وقال»: a perfect after an
imperfect, or one of another gender)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.acting import actor_phrase
from ..events.agents import opener_subject
from ..events.chunks import Chunk, plain_chunk
from ..events.word_tests import verb_key
from ..text.verb_gender import verb_agreement
from .phrases import phrase_span


def _form(key: str) -> tuple[bool, str]:
    """A verb's form by its key: (imperfect, agreement)."""
    return key[:1] in ("ي", "ت") and len(key) >= 4, verb_agreement(key)


def _glued_opener(doc: Doc, chunks: list[Chunk], t: int, a: int) -> Chunk | None:
    """The phrase after an imperfect in «و» that opens the sentence at token ``a`` where the chunker glued the verb
    to it («ويدين معارضو اتفاق»: one chunk): the words after the verb, where they are a phrase of people; None
    otherwise, or where a «أن/إن» or a full stop comes before ``t``."""
    first = doc.tokens[a]
    key = verb_key(first.text)
    if first.norm_key[:1] != "و" or key == first.norm_key or not (key[:1] in ("ي", "ت") and len(key) >= 4):
        return None
    c = next((c for c in chunks if c.i == a < c.j < t and c.entity is None and c.prep is None), None)
    if c is None:
        return None
    sub = plain_chunk(doc.tokens, a + 1, c.j, c.end)
    return sub if actor_phrase(doc, sub) else None


def shared_opener(doc: Doc, chunks: list[Chunk], t: int, a: int) -> Span | None:
    """The unnamed subject phrase the verb cue at token ``t`` (in «و», right after a comma; its sentence from token
    ``a``) shares with the verb that opens its clause; None otherwise."""
    tok = doc.tokens[t]
    if t - 1 <= a or doc.tokens[t - 1].text not in ("،", ",") or tok.norm_key[:1] != "و":
        return None
    c = opener_subject(doc, chunks, t, a) or _glued_opener(doc, chunks, t, a)
    if c is None or c.entity is not None or c.title or c.i < 1 or c.j >= t:
        return None
    if _form(verb_key(doc.tokens[c.i - 1].text)) != _form(verb_key(tok.text)):
        return None
    return phrase_span(doc, c)
