"""Round ev351: the subject named after «أن/إن» carries to a verb in «و» after a comma that goes on its clause.

- «وبينت المتحدثة أن المنظمة تطلق النداء الثاني منذ اعتقال الناشطة، وتطالب القضاء بالإفراج عنها»: a verb in «و»
  right after a comma, with no subject of its own, goes on the clause that «أن» opens where that clause is a
  named subject (or a phrase of people or a body) and right after it a verb of the same form (the same prefix of
  the present, or «ـت» of the past): that subject is the verb's (``carry.clause_prior`` reads the VSO opener; its
  gender test applies). Not where a comma, another «أن» or a sentence-like break stands between («أن X تطلق
  النداء، الذي ...، وتطالب» is left to the other rules).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, can_act, first_conjunct, resolve_title
from .chunks import Chunk
from .forms import bare, fw
from .word_tests import verb_key

THAT_REACH = 25  # tokens from the verb back to «أن/إن»


def that_subject(doc: Doc, chunks: list[Chunk], i: int, a: int) -> Chunk | None:
    """The subject after «أن/إن» of the clause the verb at token ``i`` (after a comma) goes on, or None."""
    if i - 1 <= a or doc.tokens[i - 1].text not in ("،", ","):
        return None
    key = verb_key(doc.tokens[i].text)
    for p in range(i - 2, max(a, i - THAT_REACH) - 1, -1):
        tok = doc.tokens[p]
        if tok.text in ("،", ",", ":", "؛", "«", "»", '"'):
            return None
        if bare(tok.norm_key, "complementizers") not in fw("complementizers"):
            continue
        c = next((c for c in chunks if c.i == p + 1), None)
        if c is None or c.prep is not None or c.number or c.coord or not can_act(doc, c) or not actor_phrase(doc, c):
            return None
        c = resolve_title(chunks, c, doc) if c.title and c.entity is None else c
        v = c.j + 1
        if v >= i - 1 or any(d.i < v <= d.j for d in chunks) or not _same_form(doc.tokens[v].text, key):
            return None
        return first_conjunct(chunks, c, doc)
    return None


def _same_form(text: str, key: str) -> bool:
    """The verb ``text`` has the form of the verb whose key (less «و») is ``key``: the same prefix of the present
    («تطلق ... وتطالب»), or both a past in «ـت» («أطلقت ... وطالبت»)."""
    k = verb_key(text)
    if len(k) < 4 or len(key) < 4:
        return False
    if key[0] in ("ت", "ي", "ن"):
        return k[0] == key[0] and not k.startswith("ال")
    return key.endswith("ت") and k.endswith("ت") and not k.endswith(("ات", "وت", "يت"))
