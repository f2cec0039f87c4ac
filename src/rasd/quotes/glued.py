"""A verb the chunker glued to the subject after it, for the ``quotes`` stage: «ودافع المدرب عن اختياراته، لكنه
اعترف», «واعتصم العمال أمام المصنع، مشيرين إلى أن»: the phrase «ودافع المدرب» is the verb that opens the sentence
and its definite subject, read as one construct phrase; the subject is who goes on speaking."""

from __future__ import annotations

from ..doc import Doc
from ..entities import gazetteer
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import fw, nkey
from ..text.prefixes import past_and
from .edges import body_head

_NOUN_ENDINGS = ("ه", "ة", "ات", "ون", "ين", "و", "اء", "ء")  # «وقوات الأمن», «ومسؤولو الوزارة»: nouns in construct
_NOUN_LISTS = ("titles", "institutions", "source_heads", "unnamed_groups", "statement_nouns", "report_nouns")


def glued_subject(doc: Doc, c: Chunk) -> Chunk | None:
    """The definite subject after the verb a sentence opens with, where the chunker read both as one phrase ``c``
    («ودافع | المدرب», «يحذر | الصقور»): the first word with «و/ف» or a present in «يـ», of three to five letters past it, of a verb's shape (no noun's
    ending, no «مـ» of a participle or a place, no broken plural «فعائل/مفاعل», not a word of a title, a source, a
    body or a name), and the second word with the article, agreeing with the verb; None otherwise («وقوات الأمن», «ومصادر الحكومة»,
    «ووزير الخارجية»: a noun in construct, the whole phrase the subject)."""
    if c.entity is not None or c.prep is not None or c.j == c.i:
        return None
    k = doc.tokens[c.i].norm_key
    stem = past_and(k)
    if not (k[:1] in ("و", "ف") or (k[:1] == "ي" and len(k) >= 4)):
        return None
    if not 3 <= len(stem) <= 5 or not stem.isalpha() or stem.startswith(("ال", "م")):
        return None
    if stem.endswith(_NOUN_ENDINGS) or (len(stem) == 5 and (stem[2] == "ا" or stem[3] == "ي")):
        return None  # «وعناصر», «وتقرير»
    if any(w in fw(name) for name in _NOUN_LISTS for w in (k, stem)) or body_head(k):
        return None
    if gazetteer.load().name_word(stem) is not None or gazetteer.load().name_word(k) is not None:
        return None
    head = doc.tokens[c.i + 1].norm_key
    if not head.startswith("ال"):
        return None
    if head in fw("titles") or head[2:] in fw("titles") or (head[2:],) in gazetteer.load().titles:
        return None  # «وأعربت المحامية الإيرانية»: a title with no name, one named before (carried)
    if stem.endswith("ت") != head.endswith(("ه", "ة", "ات")):
        return None  # «فهاجم السلطة»: a masculine verb and a feminine noun, its object (the subject dropped)
    rest = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)
    if any(m.start < rest.end and rest.start < m.end for m in doc.mentions):
        return None  # «وتساءل الحلفي»: a name the entity layer marked, found as such by the callers
    if rest.i == rest.j and head in {nkey(w) for e in doc.entities if e.type == "PERSON" for w in e.name.split()[1:]}:
        return None  # the family name of a person named before, left unmarked: his, carried as a dropped subject
    return rest
