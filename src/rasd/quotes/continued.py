"""Speakers a cue continues without naming them, for the ``quotes`` stage: the unnamed source «according to» named
just before in the sentence («وفق مصدر عسكري؛ قال أيضا ...»), the subject of the clause a «لكنه» contrast goes on
from where no one was quoted in it yet («وهاجم المضيف ضيوفه لكنه اعترف بأن ...»), or a «بل» goes on from («فلم
يأخذ الرجل ثانية ليفكر، بل قال»), and the author of a statement a
cue has for its subject («وقال فلان في بيان إن ... . وأشار البيان إلى أن ...»: his statement, so his words)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..text.verb_gender import loose_gender
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import PLACES, fw_keys
from .carry import source_gender, source_words
from .contrast import BUT_HE
from .cues import Cue
from .fronted import speaking_head
from .clauses import main_subject
from .phrases import governed, is_time
from .statement_held import said_in, statement_word

STATEMENT_REACH = 3  # sentences back from a cue to the quote whose statement («في بيان») its subject refers to


def according_source(doc: Doc, quotes: Sequence[Quote], cue: Cue, at: int) -> Span | None:
    """A verb cue (at character ``at``) with no subject of its own right after the source of an «according to» quote,
    only «؛» or «،» between, where that source is an unnamed source word the verb agrees with («وشنت القوات هجوما، وفق
    مصدر عسكري؛ قال أيضا ...»: the source goes on speaking): that source's phrase; None otherwise."""
    if not quotes or cue.plural:
        return None
    q = quotes[-1]
    phrase = q.attrs.get("speaker_text")
    if q.attrs.get("kind") != "according" or q.speaker is not None or not isinstance(phrase, Span):
        return None
    if not (q.cue.start < phrase.end <= at and doc.text[phrase.end : at].strip() in ("؛", ";", "،", ",")):
        return None
    return phrase if source_words(doc, phrase) and source_gender(doc, phrase) == cue.gender else None


def but_subject(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: Sequence[Quote], sent: Span) -> Chunk | None:
    """A verb cue right after «لكنه/لكنها/لكنهم» (past «قد») whose pronoun agrees with it, in a sentence with no quote
    before it, goes on with the subject of the verb the sentence opens with («وهاجم المضيف ضيوفه بشدة لكنه اعترف
    بأن»: the host, whom the entity layer does not name): that subject's phrase (its entity where it is named; not
    a place, a time, a count or a phrase of a preposition; a definite word or one who may speak unnamed, not a verb
    the chunker took into the phrase: «ولم تتوقف إجابة البرلماني»); None otherwise. Asked only where no one
    agreeing was quoted before to carry over, or where the subject is a person named, who agrees."""
    k = t - 1
    if k >= 0 and doc.tokens[k].norm_key in ("قد", "لقد"):
        k -= 1
    if k < 1 or BUT_HE.get(doc.tokens[k].norm_key) != (cue.gender, cue.plural):
        return None
    if any(q.cue.start >= sent.start for q in quotes):
        return None  # «وقال X إن ...، لكنه أضاف»: contrast_goes_on
    c = main_subject(doc, k, chunks, sent) or main_subject(doc, k, chunks, sent, openers=False)  # «وهز فلان
    # رأسه، لكنه»: a short clause closed by a comma, no opener
    if c is None or c.prep is not None or governed(doc, c) or c.number or is_time(doc, c):
        return None
    if c.entity is not None:
        return None if c.etype in PLACES else c
    head = doc.tokens[c.i].norm_key.removeprefix("و")  # not «ولم تتوقف إجابة فلان»: a verb read into the phrase
    return c if head.startswith("ال") or speaking_head(doc, c) else None


_NEGATIONS = fw_keys("clitic_negations")
_BREAKS = frozenset(("،", ",", "؛", ";", ":", ".", "!", "؟"))


def rather_subject(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: Sequence[Quote], sent: Span) -> Chunk | None:
    """A verb cue right after «، بل» («فلم يأخذ الرجل ثانية ليفكر، بل قال على الفور:») goes on with the subject of
    the clause the comma closes: the phrase right after its verb (past a negation), where the verb agrees with the
    cue (a feminine «ت» for a feminine cue) and no quote came before in the sentence; as ``but_subject`` takes it
    (a person or body named, a definite word or one who may speak unnamed); None otherwise."""
    if t < 3 or doc.tokens[t - 1].norm_key != "بل" or doc.tokens[t - 2].text not in ("،", ","):
        return None
    if cue.plural or any(q.cue.start >= sent.start for q in quotes):
        return None
    k = t - 3
    while k > 0 and doc.tokens[k - 1].start >= sent.start and doc.tokens[k - 1].text not in _BREAKS:
        k -= 1
    k = k + 1 if doc.tokens[k].norm_key in _NEGATIONS else k
    verb = doc.tokens[k].norm_key.removeprefix("و").removeprefix("ف")
    if loose_gender(verb) != cue.gender:
        return None
    c = next((c for c in chunks if c.i <= k + 1 <= c.j), None)
    if c is not None and c.i == k and c.entity is None:
        c = plain_chunk(doc.tokens, k + 1, c.j, c.end)  # «يأخذ | الرجل»: the chunker took the verb into the phrase
    if c is None or c.i != k + 1 or c.prep is not None or governed(doc, c) or c.number or is_time(doc, c):
        return None
    if c.entity is not None:
        return None if c.etype in PLACES else c
    return c if doc.tokens[c.i].norm_key.startswith("ال") or speaking_head(doc, c) else None


def statement_author(doc: Doc, c: Chunk, quotes: Sequence[Quote], since: int) -> str | None:
    """The subject ``c`` of a cue is one definite statement word («وأشار البيان», «وأضافت الرسالة»: statement_nouns)
    and a quote since character ``since`` has the same word after its cue, in it («وقال فلان في بيان إن»,
    «وأعلنت الوزارة في رسالة أن»), its named speaker coming last of those named: that speaker, whose statement it
    is; None otherwise (an issuer's statement is found by ``unnamed``)."""
    noun = statement_word(doc, c)
    if noun is None:
        return None
    for q in reversed(quotes):
        if q.cue.start < since:
            return None
        if q.speaker is None:
            continue
        return q.speaker if said_in(doc, q, noun) else None
    return None
