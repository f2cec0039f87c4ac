"""Round ev417: a bare past verb of three letters that opens its sentence before a name is the verb, the name its
subject.

«قطع النائب الأول للرئيس السوداني بجدية حكومته ...، وتعهد بإبطال», «حض الاتحاد الأوروبي والولايات المتحدة ...
تركيا على ...، وأعربا عن قلقهما»: a past of the first form has the shape of a noun of three letters («قطع»: a cut),
so the phrase run takes it for a one-word phrase of its own, and the verb in «و» after the comma finds no verb opening
the clause before it to carry the subject from (``agents.opener_subject``). The sentence's first word, alone or in
«و/ف», a stem of two or three letters with no article and no pronoun, in a phrase of its own right before a phrase
that names a person or a body with no preposition on it, is that verb (VSO): a noun of three letters in construct
would have been read with the name («وفد حماس» names the body). Not a place after it («دور إيران»: a noun and its
genitive state), not a word inside the sentence, nor one the name lists know as a name («حسن»)."""

from __future__ import annotations

from ..doc import Doc
from ..entities import gazetteer
from .chunks import Chunk
from .eighth_form import eighth_form_opener
from .forms import nkey

ACTORS = ("PERSON", "ORGANIZATION")


def bare_past_opener(doc: Doc, chunks: list[Chunk], p: int, a: int) -> bool:
    """Is token ``p``, the first of its sentence (from token ``a``), a bare past of two or three letters that the
    phrase run read as a one-word phrase, right before a phrase naming a person or a body (module docstring)?"""
    if p != a:
        return False
    words = doc.tokens[p].words
    pro = len(words) == 2 and words[0].kind == "proclitic" and words[0].form in ("و", "ف")
    if len(words) != (2 if pro else 1) or words[-1].kind != "stem":
        return False
    stem = nkey(words[-1].form)
    if not 2 <= len(stem) <= 3 or stem.startswith("ال") or gazetteer.load().name_word(stem) is not None:
        return False
    own = next((c for c in chunks if c.i == p), None)
    nxt = next((c for c in chunks if c.i == p + 1), None)
    return own is not None and own.j == p and nxt is not None and nxt.entity is not None and nxt.prep is None \
        and nxt.etype in ACTORS


def opener_verb(doc: Doc, chunks: list[Chunk], p: int, a: int) -> bool:
    """Is token ``p``, in a one-word phrase of the phrase run, a verb opening its clause before its named subject: an
    eighth-form feminine past («والتزمت السلطات», ``eighth_form``) or a bare past opening the sentence («قطع فلان»)?"""
    return eighth_form_opener(doc, chunks, p) or bare_past_opener(doc, chunks, p, a)
