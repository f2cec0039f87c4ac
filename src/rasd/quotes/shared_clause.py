"""The subject of the clause before a comma, for the ``quotes`` stage: «لكن مصادر رسمية في السفارة فندت هذه
الأنباء، وأكدت أن ...»: a verb cue with «و» right after a comma and no subject of its own shares the subject of the
clause the comma closes, where that clause opens with «لكن» (or «غير/إلا أن», or «وكانت» opening the sentence: «وكانت
وسائل الإعلام الثلاث ضاعفت ...، ورأت أن», round 288) and an unnamed source (a source word:
«مصادر», «مسؤول») whose verb comes right after its phrase, not someone quoted before. Round qu432: also a clause
that opens on «و» and a feminine past verb of no quote with an unnamed source right after it («...، ووصفت مصادر
محلية الهجوم بأنه كان كبيرا، وأكدت أنه فشل»: the local sources, not a source quoted before them); its phrase is the
source word and the indefinite adjectives after it («محلية»)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import mention_index
from ..events.forms import fw_keys, nkey
from ..events.word_tests import finite_verb, verb_like
from .cues import QUOTE_MARK, match_cue, source_word
from .phrases import source_heads
from ..text.verb_gender import past_feminine

_BUT = frozenset(nkey(w) for w in ("لكن", "ولكن", "لكنّ"))
_WAS = fw_keys("was_forms")
_BUT_THAT = fw_keys("except_words")
SOURCE_PHRASE = 6  # words of the source's phrase at most


def clause_source(doc: Doc, t: int, start: int) -> Span | None:
    """The unnamed source phrase opening the clause the comma before the cue at ``t`` closes (module docstring),
    within the sentence that begins at character ``start``; None otherwise."""
    if t < 3 or doc.tokens[t - 1].text not in ("،", ",") or not doc.tokens[t].norm_key.startswith("و"):
        return None
    was = False
    k = t - 2
    while k >= 0 and doc.tokens[k].start >= start and doc.tokens[k].text not in ("،", ",", "."):
        k -= 1
    a = k + 1
    key = doc.tokens[a].norm_key if a < t else ""
    if key in _BUT_THAT and a + 1 < t and doc.tokens[a + 1].norm_key in ("ان", "أن"):
        a += 1
    elif key in _WAS and doc.tokens[a].start == start:
        was = True  # «وكانت وسائل الإعلام الثلاث ضاعفت ...، ورأت أن»: the sentence's «كان» before its subject (round 288)
    elif key not in _BUT:
        opening = _was_opening(doc, t, start)  # («...، مع القوى الكبرى، ورأت»: past the phrases set off after its verb)
        if opening is None:
            return None
        a, was = opening, True
    h = a + 1
    if h >= t - 1 or not source_word(doc.tokens[h]) or h in mention_index(doc):
        return None
    for v in range(h + 1, min(t - 1, h + SOURCE_PHRASE)):
        tok = doc.tokens[v]
        if QUOTE_MARK.fullmatch(tok.text) or tok.text in ("،", ","):
            return None
        if verb_like(tok, 4, ("ه", "ات", "ية", "ة")) or match_cue(doc, v) is not None:  # «نفت»
            if was and past_feminine(nkey(tok.text)) != past_feminine(nkey(doc.tokens[t].text)):
                return None  # «وكانت وسائل الإعلام ضاعفت ...، وأكد»: another's verb
            return Span(doc.tokens[h].start, doc.tokens[v - 1].end)
    return None


ADJECTIVES = 3  # indefinite adjectives kept after the source word («مصادر قبلية مطلعة»)
_ADJECTIVE_ENDINGS = ("ه", "ي")  # (matching keys: «محلية», «مطلعة», «عسكري»)


def verb_opened(doc: Doc, t: int, start: int) -> Span | None:
    """Round qu432: the unnamed source right after the «و» feminine past verb that opens the clause the comma before
    the cue at ``t`` closes, within the sentence that begins at character ``start``, where the cue is a feminine past
    verb too and the opening verb is no cue («ووصفت مصادر محلية الهجوم بأنه كان كبيرا، وأكدت»); None otherwise."""
    if t < 3 or doc.tokens[t - 1].text not in ("،", ",") or not doc.tokens[t].norm_key.startswith("و"):
        return None
    a = t - 2
    while a > 0 and doc.tokens[a - 1].start >= start and doc.tokens[a - 1].text not in ("،", ",", "."):
        a -= 1
    verb, cue, h = doc.tokens[a], doc.tokens[t], a + 1
    if h >= t - 1 or not verb.norm_key.startswith("و"):
        return None
    if not finite_verb(verb) or not past_feminine(verb.norm_key) or not past_feminine(cue.norm_key):
        return None
    if match_cue(doc, a) is not None or doc.tokens[h].norm_key not in source_heads() or h in mention_index(doc):
        return None  # (a source word of people, indefinite: not «وأصدرت بيانا», «وقالت لمصادر», «المصادر»)
    if any(QUOTE_MARK.fullmatch(doc.tokens[u].text) or match_cue(doc, u) is not None for u in range(h + 1, t - 1)):
        return None
    end = h
    while end + 1 < t - 1 and end - h < ADJECTIVES:
        word = doc.tokens[end + 1].norm_key
        if (word.startswith("ال") or len(word) < 4 or not word.endswith(_ADJECTIVE_ENDINGS)
                or len(doc.tokens[end + 1].words) != 1):
            break
        end += 1
    return Span(doc.tokens[h].start, doc.tokens[end].end)


SET_OFF_REACH = 30  # tokens from the sentence's «كان» to the cue past phrases set off by commas


def _was_opening(doc: Doc, t: int, start: int) -> int | None:
    """The sentence's first token where it is «كان» (_WAS) and the cue at ``t`` goes on from its clause past
    phrases set off by commas, with no other cue, «أن» nor named person or body between (round 288); None otherwise."""
    first = doc.token_from(start)
    if first is None or t - first > SET_OFF_REACH or nkey(doc.tokens[first].text) not in _WAS:
        return None
    named = mention_index(doc)
    for u in range(first + 1, t - 1):
        tok = doc.tokens[u]
        if match_cue(doc, u) is not None or tok.text in ("أن", "إن", "«", "»") or (
                u in named and named[u][1] in ("PERSON", "ORGANIZATION")):
            return None
    return first
