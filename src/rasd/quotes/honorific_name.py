"""Round q354: an unnamed speaker phrase that ends in a person named after an academic honorific («قال المحلل
السياسي وأستاذ علم الاجتماع بجامعات طهران الدكتور فلان»): the description and the honorific are apposed to the
name, so that person speaks, not the description. Only a phrase whose head has the article (a description, not a
head in construct: «أسرة الدكتور فلان» is the family), and only an honorific of academic_honorifics («الدكتور», «المهندس»,
«الأستاذ»), never an office that takes a genitive («مستشار الرئيس فلان»: the adviser, of the president)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import mention_index
from ..events.forms import fw


def honored_person(doc: Doc, phrase: Span) -> str | None:
    """The PERSON entity whose mention ends the speaker ``phrase`` right after an academic honorific inside it
    (module docstring); None otherwise."""
    index = mention_index(doc)
    last = doc.token_from(phrase.end)
    last = (last if last is not None else len(doc.tokens)) - 1
    first = doc.token_from(phrase.start)
    if first is None or last <= first or not doc.tokens[first].norm_key.removeprefix("و").startswith("ال"):
        return None  # «أسرة الدكتور فلان», «طلاب الأستاذ فلان»: a head in construct with the honorific, not apposed
    found = index.get(last)
    if found is None or found[1] != "PERSON" or found[3] != doc.tokens[last].end:
        return None
    k = doc.token_at(found[2])
    if k is None or k - 1 <= first or doc.tokens[k - 1].norm_key not in _honorifics():
        return None
    return found[0]


def _honorifics() -> frozenset[str]:
    return frozenset(fw("academic_honorifics"))
