"""Round ev848: a noun phrase in «و» after a verb that has its own finite verb right after it is that verb's subject
(a new SVO clause), never the subject or object of the verb before it.

«لأن أغلبية المعارضة رفضته، والأميركيون أيضًا رفضوا معظم المتقدمين»: «الأميركيون» is who «رفضوا», not who «رفضته»;
the clause in «، و» opens with its subject and its verb follows it, past an adverb (``lone_adverbs``: «أيضًا»). Not
«رفض الوزير الاقتراح، والنواب أيضًا» (no verb after: the phrase joins the first clause's subject) nor «والسكان
نائمون» (a nominal clause).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw
from .lexicon import match_token
from .word_tests import finite_verb, plural_past, verb_key

REACH = 2  # the verb stands within this many words after the phrase (one adverb between)


def own_verb(doc: Doc, t: int) -> bool:
    """Token ``t`` is a finite verb: by its shape («رفضت», «ويهاجم», «رفضوا») or as a verb trigger («رفض»)."""
    tok = doc.tokens[t]
    m = match_token(doc.tokens, t)
    return finite_verb(tok) or plural_past(tok.text) or (m is not None and m.pos == "V")


def opens_clause(doc: Doc, c: Chunk, end: int) -> bool:
    """The unnamed or named phrase ``c`` stands in «و» (glued or alone, after a comma or not) and a finite verb of
    its own follows it within ``REACH`` words, only an adverb between («، والأميركيون أيضًا رفضوا»): it opens a new
    clause as its subject (``end``: the sentence's end token)."""
    if c.prep is not None or c.i >= len(doc.tokens):
        return False
    tok = doc.tokens[c.i]
    glued = tok.norm_key[:1] == "و" and tok.start < c.start
    alone = c.i > 0 and doc.tokens[c.i - 1].norm_key == "و"
    if not (glued or alone):
        return False
    k = c.j + 1
    while k < min(end, c.j + REACH) and verb_key(doc.tokens[k].text) in fw("lone_adverbs"):
        k += 1
    return k < min(end, c.j + 1 + REACH) and own_verb(doc, k)


__all__ = ["opens_clause", "own_verb"]
