"""Round 233: the subject a participle of manner shares with the verb it describes, found from that verb.

«وعلى أثر ذلك اتصل نتنياهو بالرئيس عباس، مباشرة، معلنا استنكاره للعملية»: where the clause of the participle does
not open with its subject (a fronted phrase, «وعلى أثر ذلك»; commas that set off an adverb or the participle
itself), the nearest verb back from the participle (a verb trigger or a finite verb's shape; only commas, the
verb's objects and its «بـ» phrase between, no other clause boundary) has the named subject right after it (VSO):
that subject, not the object or the «بـ» phrase between, is the participle's and so the owner's of the act after it.
A verb whose own ending tells a plural subject («عينوا») has no subject after it: the phrase there is its object.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .actors import can_act, resolve_title
from .chunks import Chunk, clause_stop, finite_verb, verb_key
from .lexicon import match_token

MAX_COMMAS = 2  # commas between the verb and the participle («بعباس، مباشرة، معلنا»)
VERB_REACH = 12  # tokens from the participle back to the verb


def verb_subject_back(doc: Doc, chunks: list[Chunk], t: int, sent_start: int) -> Chunk | None:
    """The named subject right after the nearest verb before the participle of manner at token ``t`` (module doc)."""
    toks = doc.tokens
    commas = 0
    for v in range(t - 1, max(sent_start, t - VERB_REACH) - 1, -1):
        text = toks[v].text
        if text in COMMAS:
            commas += 1
            if commas > MAX_COMMAS:
                return None
            continue
        if clause_stop(text):
            return None
        m = match_token(toks, v)
        if not (finite_verb(toks[v]) or m is not None and m.pos == "V"):
            continue
        if verb_key(text).endswith(("وا", "ون")):
            return None  # «عينوا»: the subject is in the verb
        c = next((c for c in chunks if c.i == v + 1), None)
        if c is None or c.entity is None or c.prep is not None or c.number or c.coord:
            return None
        subject = resolve_title(chunks, c, doc)
        return subject if can_act(doc, subject) else None
    return None
