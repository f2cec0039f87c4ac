"""Round ev504: a person's title in apposition right after the name that follows a verb of harm.

«قتل هشام بركات في القاهرة» reads as the unvocalised passive (``vso.lone_vso_phrase``): the name is the one killed.
A title phrase after the name («قتل هشام بركات المدعي العام في مصر بتفجير سيارته», «النائب العام») describes him
and does not break that reading: the title (function words ``titles``, definite «المدعي العام», or bare in
construct with a definite or named word, «وزير الداخلية») and its genitives and adjectives («العام», «المصري»,
«الداخلية», a name; a complement in a glued «لـ», «المدير العام للشركة») are passed over, so that the preposition after them closes the lone phrase. Only after a
person's name: «قتل الجيش المسلحين» stays active (a body acts, and «المسلحين» is no title).
"""

from __future__ import annotations

from ..doc import Doc, Token
from .chunks import Chunk, clause_stop, finite_verb, in_time
from .forms import bare, fw, fw_bare_keys
from .met_targets import title_complement

TITLE_REACH = 4  # words of the title phrase after its head («النائب العام لجمهورية مصر العربية»: not that long)


def _named(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` lies inside an entity mention."""
    return any(m.start <= tok.start < m.end for m in doc.mentions)


def _genitive(doc: Doc, tok: Token) -> bool:
    """A word that can go on a title phrase: a definite word or a name («العام», «الداخلية», «مصر»), not a
    preposition, a time, a finite verb or a clause stop; with no «و» of a new clause."""
    key = tok.norm_key
    if clause_stop(tok.text) or finite_verb(tok) or in_time(doc, tok) or key[:1] in ("و", "ف"):
        return False
    if bare(key, "prepositions") in fw("prepositions") or tok.words[0].kind == "proclitic":
        return False
    return key.startswith("ال") or _named(doc, tok)


def past_person_title(doc: Doc, nxt: Chunk, t: int, sent_end: int) -> int:
    """Where the words after the title phrase that opens at token ``t`` (right after the person's name ``nxt``)
    begin; ``t`` itself where no title stands there. «قتل هشام بركات المدعي العام في مصر»: the token «في»."""
    if nxt.etype != "PERSON" or t + 1 >= sent_end:
        return t
    tok = doc.tokens[t]
    key = tok.norm_key
    if tok.words[0].kind == "proclitic" or key.removeprefix("ال") not in fw_bare_keys("titles"):
        return t
    if not key.startswith("ال") and not _genitive(doc, doc.tokens[t + 1]):
        return t  # a bare title is in construct with what follows («وزير الداخلية»)
    u = t + 1
    while u < min(sent_end, t + 1 + TITLE_REACH) and _genitive(doc, doc.tokens[u]):
        u += 1
    if u < sent_end and u > t + 1 and title_complement(doc, u):
        u += 1  # «المدير العام للشركة»: the title's complement in a glued «لـ»
    return u
