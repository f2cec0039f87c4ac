"""Round q364: a person named right after a definite title in construct with an adviser's, envoy's or relative's
noun (function words ``principal_heads``, ``dependent_persons``: «مستشار الرئيس باراك أوباما», «مبعوث الرئيس الروسي
فلان») is that title's holder, whom the subject phrase belongs to, where the article gives him the title as his
own elsewhere (a role of his opens with it: «الرئيس الأميركي»): the adviser speaks, unnamed, not the president.

Not where the name is the adviser's own, as far as the text tells: a title of his own («مستشار الرئيس الفلسطيني
فلان», no role «الرئيس ...» of his), or a qualifier between («مستشار رئيس الوزراء للشؤون الخارجية فلان»: the
«لـ» word is the adviser's field, the name his).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw_keys, nkey

ADJECTIVE_RUN = 2  # definite adjectives between the title and the name («الرئيس الأميركي السابق»)


def principal_in_construct(doc: Doc, first: Chunk, c: Chunk) -> bool:
    """The person of ``c`` holds the definite title in construct with the head noun of the subject phrase
    ``first`` (an adviser's, envoy's or relative's): whom the phrase belongs to, not who speaks."""
    ent = doc.entity(c.entity) if c.entity is not None else None
    if ent is None or ent.type != "PERSON" or c.i <= first.i + 1:
        return False
    toks = doc.tokens
    head = toks[first.i].norm_key.removeprefix("و")
    if head.startswith("ال") or head not in fw_keys("principal_heads") | fw_keys("dependent_persons"):
        return False
    title = toks[first.i + 1].norm_key
    if not title.startswith("ال") or title not in fw_keys("titles"):
        return False
    between = range(first.i + 2, c.i)
    if len(between) > ADJECTIVE_RUN or not all(_definite_word(doc, u) for u in between):
        return False
    return any(nkey(role.split()[0]) == title for role in ent.roles if role.strip())


def _definite_word(doc: Doc, u: int) -> bool:
    """Token ``u`` is one definite word with no clitic before it (an adjective of the title: «الأميركي»)."""
    tok = doc.tokens[u]
    return len(tok.words) == 1 and tok.norm_key.startswith("ال") and tok.text[:1].isalpha()
