"""Round ev380: a named subject with an adjective of its own before its verb. «وكانت جماعة الحوثي المسلحة اعتقلت»,
«تنظيم داعش الإرهابي أعلن»: the lone definite relative adjective right after a name describes it; the name, not the
adjective, is the verb's subject. Nothing where the word before the adjective is no named chunk («ريف حمص الشرقي»
is read by the place rules), or where the adjective is set off by a preposition or «و». The adjective is a relative
one («الإرهابي»), a listed one, or a participle of a derived verb («المسلحة», «المتشددة»)."""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import Chunk
from .forms import bare, fw


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
