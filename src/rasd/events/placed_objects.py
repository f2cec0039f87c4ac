"""Round ar400: a verb of force, a phrase of people, a «في» phrase of place, then a bare phrase: the active VSO.

«اقتحم مئات الطلاب في تايوان مجمع وزارة التعليم», «خطف مسلحون في بغداد صحافيا»: where the phrase right after a
transitive verb of force is followed by a place in «في» and then, in the same clause, by a bare noun phrase (no
preposition, no time, no number, no place name, no compass word), the verb is active: the first phrase is its subject
(a count word right before it belongs to it: «مئات الطلاب»), the bare phrase its object. Only where the first phrase
names people who can act (``acting.actor_phrase``); else, or where nothing bare follows the place, the unvocalised
passive of a casualty report stands («قتل مئات المدنيين في سوريا», «خطف موظف في بغداد أمس»).
"""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase, can_act, head_key, place_head
from .chunks import Chunk, breaks_between, first_after, in_time, plain_chunk
from .forms import PLACES, fw_keys
from .vso import bare_object

IN = "في"  # the preposition of place between subject and object


def placed_object(doc: Doc, chunks: list[Chunk], first: int, nxt: Chunk) -> tuple[Chunk, Chunk] | None:
    """(subject, object) where the phrase ``nxt`` after a verb of force (the verb's first free token at ``first``)
    is followed by a «في» phrase of place and then a bare phrase, its object; None where it is not so."""
    if nxt.prep is not None or nxt.number or not can_act(doc, nxt) or not actor_phrase(doc, nxt):
        return None
    where = first_after(chunks, nxt.j, 2)  # («في» written apart is no chunk of its own)
    if where is None or where.prep != IN or not (where.etype in PLACES or place_head(doc, where)):
        return None
    obj = first_after(chunks, where.j, 1)
    if obj is None or obj.i != where.j + 1 or obj.prep is not None or obj.number or obj.etype in PLACES:
        return None
    if in_time(doc, obj) or not bare_object(doc, obj.i) or head_key(doc, obj) in fw_keys("compass") \
            or breaks_between(doc, nxt.j + 1, obj.i):
        return None
    subject = nxt
    if nxt.entity is None and nxt.i == first + 1 and doc.tokens[first].norm_key in fw_keys("group_quantifiers"):
        subject = plain_chunk(doc.tokens, first, nxt.j, nxt.end)  # «مئات الطلاب»: the count is the phrase's
    return subject, obj
