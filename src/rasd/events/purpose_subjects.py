"""Round ch424: the doer of a purpose masdar in «لـ» told in the clause of a verb that opens it before its named
subject (VSO).

«وحينها استغل رئيس الوفد العراقي طه رمضان القمة لإعلان خطاب»: the one who used the summit to announce a speech
announced it. A noun trigger with no source, written «لـ» + a masdar (``lexicon.masdar``: «لإعلان», «لبحث»,
«للاجتماع»), in a clause that a verb
opens with a person or a body named right after it (or a title before the name: «رئيس الوفد فلان»; the verb, the
word in no phrase nearest before the masdar, a perfect of ``opening_perfects``, «استغل», or of a finite verb's
shape), with no comma, verb or clause boundary between that subject and the masdar, has that subject as its doer. Not after a masdar or an act noun right before it
(«التخطيط لهجمات», «دعوته لوقف», ``lexicon.masdar``) or a word that takes its object with «لـ» (function words
``lam_object_heads``, as ``purpose_lam`` reads them: «نتيجة للاشتباك»): there the «لـ» joins the word before.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .actors import resolve_title
from .chunks import build_chunks, is_content, mention_index
from .opening_perfects import opening_perfect, opens_clause
from .forms import fw
from .lexicon import masdar
from .word_tests import breaks_between, finite_verb

ACTORS = ("PERSON", "ORGANIZATION")


def purpose_subject(doc: Doc, i: int, a: int) -> str | None:
    """The entity id of the named subject of the clause whose purpose masdar «لـ» + X is token ``i`` (sentence from
    token ``a``), or None (module docstring)."""
    w = doc.tokens[i].words
    if i - 1 <= a or len(w) != 2 or w[0].kind != "proclitic" or w[0].form != "ل" \
            or not masdar(w[1].norm.removeprefix("ال")):
        return None
    stems = [x.norm.removeprefix("ال") for x in doc.tokens[i - 1].words if x.kind == "stem"]
    if not stems or masdar(stems[-1]) or stems[-1] in fw("lam_object_heads"):
        return None  # «التخطيط لهجمات», «دعوته لوقف», «نتيجة للاشتباك»: the «لـ» of the noun before
    mentions = mention_index(doc)
    chunks = build_chunks(doc, a, i, mentions, set(), verbs=True)
    covered = {t for c in chunks for t in range(c.i, c.j + 1)}
    p = next((p for p in range(i - 1, a - 1, -1) if p not in covered and is_content(doc.tokens[p])), None)
    if p is None or breaks_between(doc, p, i) or not (opening_perfect(doc.tokens, p, a, i, mentions) or finite_verb(
            doc.tokens[p]) and (len(doc.tokens[p].words) == 2 or opens_clause(doc.tokens, p, a))):
        return None  # (the word in no phrase nearest before it must be the verb that opens the clause)
    c = next((c for c in chunks if c.i == p + 1), None)
    c = resolve_title(chunks, c, doc) if c is not None and c.title else c
    if c is None or c.entity is None or c.etype not in ACTORS or c.prep is not None:
        return None
    if any(doc.tokens[t].text in COMMAS or finite_verb(doc.tokens[t]) for t in range(c.j + 1, i)) \
            or breaks_between(doc, c.j + 1, i):
        return None
    return c.entity
