"""Round 92: whether a verb inside the words of a quote may carry that quote's speaker as its dropped subject.

«ولفتت قيادات المقاومة إلى أن القوات الموالية للرئيس دخلت محيط القاعدة، وسيطرت على المطار»: the speaker tells of
another's act; the verb's dropped subject is the one the reported words name before it («القوات»), not the speaker.
An act inside a quote takes its speaker only where the speaker is its subject: a first-person verb (read elsewhere,
``Args.speaker``) or words that name no other actor before it («وأكد الجيش أنه دخل المدينة وسيطر على المطار»).
A relative clause whose verb resumes its antecedent with a preposition and names no subject after it («الاستفتاء
الذي أعلن عنه في 2016») is impersonal: it carries no actor either.
"""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase, can_act
from .chunks import Chunk
from .forms import PLACES, bare, fw, nkey
from .word_tests import oblique_resumed


def other_subject_quoted(doc: Doc, chunks: list[Chunk], actor: str, actor_at: int, offset: int) -> bool:
    """Whether the verb at ``offset``, inside the words of a quote, must not carry ``actor`` (named at ``actor_at``):
    the quote is another's, told after that actor was named («وقالت قيادات في المقاومة إن عناصر الميليشيات ...
    كانوا يستهدفون»: the words of an unnamed speaker), or it is the actor's own and its words name another actor
    before the verb: a person or a body other than the speaker, or an unnamed phrase of actors with the article
    («القوات العسكرية»), that no preposition governs. A null is better than a wrong party."""
    quote = next((q for q in doc.quotes if q.content.start <= offset < q.content.end), None)
    if quote is None:
        return False
    speaker = quote.actor()
    if speaker != actor:
        return actor_at < quote.cue.start
    if not quote.content.start > actor_at:
        return False
    for c in chunks:
        if c.start < quote.content.start or c.end > offset or c.prep is not None or c.number or c.entity == actor:
            continue
        if c.entity is not None:
            if c.etype in ("PERSON", "ORGANIZATION") and can_act(doc, c):
                return True
        elif c.definite and c.etype not in PLACES and actor_phrase(doc, c) and can_act(doc, c):
            return True
    return False


def impersonal_relative(doc: Doc, chunks: list[Chunk], i: int, a: int) -> bool:
    """The verb at token ``i`` (its sentence from token ``a``) opens a relative clause right after its relative
    pronoun, resumes the antecedent with a preposition and a pronoun right after it («الذي أعلن عنه», «التي تحدث
    عنها») and has no phrase right after that which could be its subject: an impersonal passive, no one carried."""
    if i - 1 < a or i + 1 >= len(doc.tokens):
        return False
    if bare(nkey(doc.tokens[i - 1].text), "relatives") not in fw("relatives") or not oblique_resumed(doc, i - 1, i):
        return False
    nxt = next((c for c in chunks if c.i == i + 2), None)
    return nxt is None or nxt.prep is not None or nxt.number
