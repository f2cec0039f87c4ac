"""Openers set off by commas before a sentence's verb, for the participle's main clause in ``clauses`` (round q314):
«في أول تسجيل صوتي له، ومدته 30 دقيقة، تعهد الزعيم الجديد فلان ...، مشيرًا إلى أنه»: past the first opener (a
phrase of circumstance, read in ``_main_subject``), a second one that opens with «و» and a noun with a pronoun on it
(«ومدته», «وعمره»: a circumstantial clause of that noun, no verb) and closes with a comma within CIRCUMSTANCE_REACH
tokens is passed over too, so the verb after it opens the main clause; not «وقال فلان،» (a verb, no pronoun on
it), nor «وأكد أنه،»."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import bare, fw
from ..events.word_tests import enclitic, finite_verb

CIRCUMSTANCE_REACH = 5  # tokens of a circumstantial opener in «و» up to its comma


def past_circumstance(doc: Doc, a: int, t: int) -> int:
    """The token after the comma that closes a circumstantial opener at token ``a`` («ومدته 30 دقيقة،»), before
    ``t``; ``a`` where none opens there."""
    tok = doc.tokens[a] if a < t else None
    if tok is None or tok.norm_key[:1] != "و" or len(tok.words) < 3 or enclitic(tok) not in ("ه", "ها", "هم"):
        return a
    if finite_verb(tok):
        return a
    for u in range(a + 1, min(t, a + 1 + CIRCUMSTANCE_REACH)):
        text = doc.tokens[u].text
        if text in ("،", ","):
            return u + 1 if u + 1 < t else a
        if text in (".", ":", "؛", "؟", "!"):
            return a
    return a




def name_aside(doc: Doc, chunks: list[Chunk], a: int, u: int) -> Chunk | None:
    """Round qu414: the name right after the sentence's first word (token ``a``) where the comma at token ``u``
    follows it and opens a description of it in «وهو/وهي/وهم» («وعبر فلان، وهو أحد سكان ...، عن فرحته ...
    قائلاً»): the verb's named subject before an aside, not an opener the comma closes (nor «أحد سكان» after the
    pronoun). A person's name, or a body's not after a preposition («وفي وزارة الخارجية، وهي ...،»: where, an
    opener); None otherwise."""
    if u + 2 >= len(doc.tokens) or a + 1 >= u:
        return None
    nxt = doc.tokens[u + 1].norm_key
    if not (nxt[:1] == "و" and nxt[1:] in fw("copula_pronouns")):
        return None
    bodies = bare(doc.tokens[a].norm_key, "prepositions") not in fw("prepositions")
    return next((c for c in chunks if c.i == a + 1 and c.j == u - 1 and c.entity is not None and (
        c.etype == "PERSON" or bodies and c.etype in ("ORGANIZATION", "GROUP"))), None)
