"""Round ev380: a named subject with an adjective of its own before its verb. «وكانت جماعة الحوثي المسلحة اعتقلت»,
«تنظيم داعش الإرهابي أعلن»: the lone definite relative adjective right after a name describes it; the name, not the
adjective, is the verb's subject. Nothing where the word before the adjective is no named chunk («ريف حمص الشرقي»
is read by the place rules), or where the adjective is set off by a preposition or «و». The adjective is a relative
one («الإرهابي»), a listed one, or a participle of a derived verb («المسلحة», «المتشددة»).

Round ev581 (:func:`construct_actor`): «وقالت مصادر إن قوات المعارضة نفذت كمائن», «إن قوات الأمن شنت حملة»: an
indefinite head noun with a definite noun right after it («قوات المعارضة», «عناصر الشرطة») is definite by the
construct (iḍāfa), as «المعارضة» alone is; headed by a noun of people or of an armed or governing body
(:func:`.acting.actor_phrase`) it is the subject of the singular verb right after it (SVO), as a definite phrase
there is, and the groups layer names it. Not a phrase headed by a thing or a place («مواقع المعارضة», «نقاط تمركز
الجيش»), nor one a preposition governs, nor a number. Round ev848: a quantifier head (``subject_quantifiers``:
«أغلبية المعارضة», «معظم الفصائل») is read by the phrase it counts."""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase, head_key
from .chunk_type import Chunk, plain_chunk
from .forms import bare, fw
from .phrases import surface_definite


def described_name(doc: Doc, chunks: list[Chunk], c: Chunk, name_end: int) -> tuple[Chunk, int]:
    """The named chunk that the lone adjective chunk ``c`` describes, with the token after the adjective, or
    ``(c, name_end)`` unchanged."""
    if c.entity is not None or c.i != c.j or c.coord or c.prep is not None or not c.definite:
        return c, name_end
    k = bare(doc.tokens[c.i].norm_key, "prepositions")
    if not k.startswith("ال") or len(k) < 5 or not (k[2:].endswith(("ي", "يه")) or k[2:] in fw("event_adjectives")
                                                     or k.startswith("المت") or k.startswith("المس")):
        return c, name_end
    name = next((d for d in chunks if d.j == c.i - 1 and d.entity is not None and d.prep is None), None)
    if name is None or name.etype not in ("ORGANIZATION", "PERSON"):
        return c, name_end
    return name, c.j + 1


def construct_actor(doc: Doc, c: Chunk) -> bool:
    """Whether ``c`` is an unnamed indefinite head of people or of a body in construct with a definite genitive
    right after it («قوات المعارضة», «عناصر الأمن»), not governed by a preposition; not «مواقع المعارضة»."""
    if c.entity is not None or c.prep is not None or c.number or c.j <= c.i:
        return False
    if head_key(doc, c).startswith("ال") or not surface_definite(doc.tokens[c.i + 1].text):
        return False
    if doc.tokens[c.i].norm_key in fw("subject_quantifiers"):
        # round ev848: «لأن أغلبية المعارضة رفضته»: a quantifier stands for the people or body it counts
        return actor_phrase(doc, plain_chunk(doc.tokens, c.i + 1, c.j, c.end))
    return actor_phrase(doc, c)
