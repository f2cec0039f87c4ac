"""Round ev291: the dropped subject of a verb of aspect before a noun act, from the clause before it.

«شنت تركيا أولى ضرباتها ضد التنظيم في سوريا، كما بدأت في مهاجمة مقاتلين أكراد»: the noun act «مهاجمة» after
«بدأت في» (or right after the verb of aspect, «كما واصلت قصف») is done by the subject of that verb, which it drops:
the named subject of the verb that opens the clause before it in the sentence (VSO, «تركيا»), where the verb of
aspect opens its own clause («، كما», «، و») with no phrase between it and the act, and it agrees with that subject
(a feminine perfect «بدأت» with a state or a feminine body; a masculine «بدأ» with a masculine head). None where the
verb of aspect has a subject of its own («كما بدأ الجيش في قصف») or the clause before names none.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import past_feminine
from .actors import can_act
from .agents import clause_opens, verb_start
from .agreement import feminine_head
from .chunks import Chunk, finite_verb, verb_key
from .forms import PLACES, bare, fw
from .lexicon import Hit, lexicon
from .phrases import masculine_head

IN = "في"


def _aspect_verb(doc: Doc, hit: Hit, a: int) -> int | None:
    """The token of a verb of aspect right before the noun act at ``hit``, or before «في» right before it."""
    v = hit.i - 1
    if v > a and doc.tokens[v].norm_key == IN:
        v -= 1
    if v < a or not {doc.tokens[v].norm_key, verb_key(doc.tokens[v].text)} & fw("aspect_verbs"):  # («واصل»)
        return None
    return v


def aspect_prior(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """The subject the verb of aspect before the noun act at ``hit`` drops (module docstring), or None."""
    if hit.pos != "N" or hit.cand.proclitics:
        return None
    v = _aspect_verb(doc, hit, a)
    if v is None or not clause_opens(doc, verb_start(doc, v, a), a):
        return None
    key = doc.tokens[v].norm_key if doc.tokens[v].norm_key in fw("aspect_verbs") else verb_key(doc.tokens[v].text)
    if key.endswith(("وا", "ون")) or key[:1] in ("ي", "ت") and not past_feminine(key):
        return None  # (a plural or an imperfect: its subject is another reading's)
    c = _opener_named(doc, chunks, v, a)
    if c is None:
        return None
    if past_feminine(key):
        return c if c.etype in PLACES or (c.etype == "ORGANIZATION" and feminine_head(doc, c)) else None
    return c if masculine_head(doc, c.i, c.etype, c.entity) else None


def _opener_named(doc: Doc, chunks: list[Chunk], v: int, a: int) -> Chunk | None:
    """The named subject right after the verb that opens the clause before token ``v`` in its sentence (from token
    ``a``): a finite verb, a light verb of force («شنّت», which the phrase run may hold) or a verb of the trigger lexicon at the sentence's start,
    after a comma or in «و/ف»; None past «أن/إن», or where the phrase after it is no name that can act."""
    toks = doc.tokens
    for p in range(verb_start(doc, v, a) - 1, a - 1, -1):
        tok = toks[p]
        if bare(tok.norm_key, "complementizers") in fw("complementizers"):
            return None
        key = verb_key(tok.text)
        if not (finite_verb(tok) or key in fw("force_light_verbs") or any(pos == "V" for _, pos in lexicon().get(key, ()))):
            continue
        if not (clause_opens(doc, verb_start(doc, p, a), a) or (len(tok.words) == 2 and tok.words[0].form in ("و", "ف"))):
            continue
        c = next((c for c in chunks if c.i == p + 1), None)
        if c is None or c.prep is not None or c.entity is None or c.number or not can_act(doc, c):
            return None
        return c
    return None
