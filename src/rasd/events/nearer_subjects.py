"""Round 138, the stage's carry: subjects nearer than the actor carried from an earlier event or quote.

«سيتوجه كيري إلى جنوب شرقي آسيا ... . وسيحط في سنغافورة، ثم يزور ماليزيا»: the verb that opens a clause with a
named person right after it names its subject though it makes no event (a move to a region), so that man is the
dropped subject of the verb after it, not the speaker of a quote told before him. «الوقت الذي يطالب فيه المزيد من
الناس بالإصلاح»: a relative verb that resumes its antecedent with a preposition has the phrase after that as its own
subject, unnamed: no actor is carried to it, and that phrase is not its object.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import feminine_verb_clitic
from .agents import clause_opens, verb_start
from .chunks import Chunk
from .forms import bare, fw, nkey
from .lexicon import Hit, plural_verb
from .word_tests import finite_verb, oblique_resumed


def _verb_shaped(doc: Doc, p: int) -> bool:
    """A finite verb at token ``p``, or an imperfect of the future «سيـ/ستـ» («سيتوجه», «وستزور»)."""
    tok = doc.tokens[p]
    key = tok.norm_key.removeprefix("و").removeprefix("ف")
    return finite_verb(tok) or (key[:2] in ("سي", "ست") and len(key) >= 5)


def nearer_named_subject(doc: Doc, mentions: dict[int, tuple[str, str, int, int]], hit: Hit, a: int, lo: int,
                         after: int) -> tuple[int, str] | None:
    """For a verb at ``hit`` with no subject of its own (its sentence from token ``a``, the one before from ``lo``):
    the person named right after a verb that opens a clause before it, in its sentence or the one before, and later
    than offset ``after`` (the actor the stage would carry), as (the verb's offset, the entity). The verbs agree in
    gender; a verb right before another name (a body, a place) ends the search, one with no name after it does not."""
    if plural_verb(hit) or hit.pos != "V" or not clause_opens(doc, verb_start(doc, hit.i, a), a):
        return None
    fem = feminine_verb_clitic(doc.tokens[hit.i].norm_key)
    for p in range(hit.i - 1, lo - 1, -1):
        tok = doc.tokens[p]
        if tok.start <= after:
            return None
        if any(q.cue.start == tok.start for q in doc.quotes):
            return None  # («وقال فوزي إن ...»: a quote's speaker is carried as its actor, or not at all)
        if p in mentions or not _verb_shaped(doc, p) or not clause_opens(doc, verb_start(doc, p, lo if p < a else a),
                                                                          lo if p < a else a):
            continue
        m = mentions.get(p + 1)
        if m is None or m[2] != doc.tokens[p + 1].start:
            continue
        if m[1] != "PERSON" or feminine_verb_clitic(tok.norm_key) != fem:
            return None
        return tok.start, m[0]
    return None


def resumed_subject(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """A relative verb right after its relative pronoun that resumes the antecedent with a preposition and a
    pronoun right after it («الذي يطالب فيه المزيد من الناس»): the unnamed phrase after that, no preposition or
    number on it, is its subject."""
    i = hit.i
    if hit.pos != "V" or i - 1 < a or bare(doc.tokens[i - 1].norm_key, "relatives") not in fw("relatives"):
        return None
    if not oblique_resumed(doc, i - 1, i):
        return None
    nxt = next((c for c in chunks if c.i == i + 2), None)
    if nxt is None or nxt.prep is not None or nxt.number or nxt.entity is not None or not nxt.definite:
        return None
    return nxt


def described_indefinite(doc: Doc, chunks: list[Chunk], mentions: dict[int, tuple[str, str, int, int]], i: int,
                         a: int) -> bool:
    """«بالتحضير لعمليات إرهابية تستهدف منشآت»: an imperfect verb of the third person with no «و/ف» or clitic
    right after an unnamed indefinite phrase a preposition governs, at an indefinite word (no article, clitic or
    accusative «ـا», not a name, a verb, a time or a particle), opens a clause that describes that noun, its
    subject: no actor named before is carried to it (not «مدنيين قتلوا» after «أن»: the subject of its verb)."""
    verb = doc.tokens[i]
    vkey = verb.norm_key
    if i - 1 < a or len(verb.words) != 1 or vkey[:1] not in ("ي", "ت") or len(vkey) < 4 or vkey.endswith("نا"):
        return False
    c = next((c for c in chunks if c.j == i - 1), None)
    for _ in range(2):  # «في عملية عسكرية واسعة»: over an indefinite adjective the word run left apart
        d = next((d for d in chunks if c is not None and c.prep is None and d.j == c.i - 1), None)
        c = d if d is not None and d.entity is None and not d.definite else c
    if c is None or c.prep is None or c.entity is not None or c.definite or c.number:
        return False
    tok = doc.tokens[i - 1]
    key = tok.norm_key
    if len(tok.words) != 1 or tok.words[0].kind != "stem" or not tok.text.isalpha() or len(key) < 4:
        return False
    if key.startswith("ال") or key.endswith(("ا", "ما")) or i - 1 in mentions or finite_verb(tok):
        return False
    if any(t.start <= tok.start < t.end for t in doc.times):
        return False
    return not any(key in fw(s) for s in ("relatives", "sequence_openers", "complementizers", "auxiliaries"))
