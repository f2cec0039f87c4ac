"""Speakers that stand for a body named before or after them, for the ``quotes`` stage: the author of a report, a
statement or a study the article named before («قال صندوق النقد الدولي في أول تقرير ... . وأشار التقرير إلى أن»,
«وفي تقرير نشرته منظمة X ... . ويضيف التقرير أن»: that body, where the article names one author for it), and the
body a sub-body of no name of its own belongs to («اعترفت القيادة العسكرية لحزب العمال»: the party).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.forms import fw, nkey

ADJECTIVES = 2  # indefinite adjectives between a report noun and the words of its issuing
AUTHOR_REACH = 4  # tokens from a report noun to the name of its author («تقرير نشره موقع الشبكة الفيدرالية»)
PARENT_REACH = 3  # tokens from a sub-body's head to the «لـ/في» of the body it belongs to (past its adjectives)
_SPEAKERS = ("PERSON", "ORGANIZATION")
_CLITICS = ("", "و", "ب", "وب", "ل", "ول", "ف")


def _forms(noun: str) -> frozenset[str]:
    """The written forms of a report noun: bare, definite, with «ـه/ـها» (his, its), after «و/ب/ل»."""
    stems = (noun, "ال" + noun, noun + "ه", noun + "ها", noun + "هم")
    return frozenset((*(c + s for c in _CLITICS for s in stems), "لل" + noun, "ولل" + noun))


def entity_starting(doc: Doc, start: int, end: int, types: tuple[str, ...] = _SPEAKERS) -> str | None:
    """The entity (of ``types``) with a mention that begins within characters [start, end)."""
    return next((e.id for e in doc.entities if e.type in types for m in e.mentions if start <= m.start < end), None)


def named_author(doc: Doc, k: int) -> str | None:
    """«تقرير لمنظمة X», «تقرير نشره موقع X», «بيان صادر عن X»: the person or body named within AUTHOR_REACH
    tokens after the report noun at token ``k`` (past up to ADJECTIVES indefinite adjectives: «بيان مقتضب وزعته»),
    past the words of issuing (report_issuing); right after a word of issuing, a definite head that one organisation
    named before opens with («وزعته الوكالة» after «الوكالة الدولية للطاقة الذرية»); None otherwise."""
    skipped = 0
    for u in range(k + 1, min(len(doc.tokens), k + 1 + AUTHOR_REACH + ADJECTIVES)):
        tok = doc.tokens[u]
        if u - k > AUTHOR_REACH + skipped:
            return None
        clitic = 1 if tok.norm_key[:1] == "ل" and not tok.norm_key.startswith("ال") else 0
        found = entity_starting(doc, tok.start, tok.start + clitic + 1)
        if found is not None:
            return found
        key = tok.norm_key
        if key in fw("report_issuing"):
            continue
        if u > k + 1 and doc.tokens[u - 1].norm_key in fw("report_issuing") and key.startswith("ال"):
            return _short_organisation(doc, key, tok.start)
        if skipped < ADJECTIVES and u == k + 1 + skipped and key[:1].isalpha() and not tok.text.startswith("ال"):
            skipped += 1  # «بيان إلكتروني»: an adjective of the report, before its issuer
            continue
        return None
    return None


def _short_organisation(doc: Doc, head: str, at: int) -> str | None:
    """The one organisation mentioned before character ``at`` whose name opens with the definite word ``head`` and
    has more words («الوكالة» for «الوكالة الدولية للطاقة الذرية»); None where none or more than one is."""
    found = {e.id for e in doc.entities if e.type == "ORGANIZATION" and any(m.start < at for m in e.mentions)
             and len(e.name.split()) > 1 and nkey(e.name.split()[0]) == head}
    return next(iter(found)) if len(found) == 1 else None


def report_noun(doc: Doc, phrase: Span) -> tuple[int, str] | None:
    """(token, noun without its article) where ``phrase`` is one token holding a definite report noun
    («التقرير», «البيان», «الدراسة»: ``authored_nouns``); None otherwise."""
    i = doc.token_at(phrase.start)
    if i is None or doc.token_at(max(phrase.start, phrase.end - 1)) != i:
        return None
    key = doc.tokens[i].norm_key.removeprefix("و")
    if not key.startswith("ال") or key[2:] not in fw("authored_nouns"):
        return None
    return i, key[2:]


def report_author(doc: Doc, phrase: Span, quotes: Sequence[Quote], at: int) -> str | None:
    """A speaker phrase that is one definite report noun («التقرير», «البيان», «الدراسة»: authored_nouns) stands for
    the author of the report the article named last before character ``at``: the named speaker of a quote that has
    the noun between its cue and what it reports («قال صندوق النقد في أول تقرير إن»), or the body named right after
    the noun («تقرير نشرته منظمة X»). None where that nearest report has no author found (an indefinite one: «وفي
    تقرير آخر»), or where the reports named before have more than one author."""
    found = report_noun(doc, phrase)
    if found is None:
        return None
    i, noun = found
    forms = _forms(noun)
    authors: list[str] = []
    last: str | None = None
    for k in range(i):
        tok = doc.tokens[k]
        if tok.start >= at or tok.norm_key not in forms:
            continue
        author = next((q.speaker for q in quotes if q.speaker is not None and q.cue.end <= tok.start < q.content.start),
                      None) or named_author(doc, k)
        if author is not None:
            authors.append(author)
            last = author
        elif not tok.norm_key.removeprefix("و").startswith(("ال", "لل", "بال")):
            last = None  # «وفي تقرير آخر»: a report of no author found; a definite one refers back
    return last if last is not None and len(set(authors)) == 1 else None


def parent_body(doc: Doc, phrase: Span) -> str | None:
    """«القيادة العسكرية لحزب العمال», «المكتب السياسي للحركة», «الجناح العسكري في الجماعة»: a speaker phrase headed
    by a sub-body word (sub_bodies) that names no entity, its adjectives, then the body after «لـ» or «في»: that
    body (an organisation or person); None otherwise."""
    i = doc.token_at(phrase.start)
    if i is None:
        return None
    head = doc.tokens[i].norm_key.removeprefix("و").removeprefix("ال")
    if head not in fw("sub_bodies"):
        return None
    for u in range(i + 1, min(len(doc.tokens), i + 2 + PARENT_REACH)):
        tok = doc.tokens[u]
        key = tok.norm_key
        if key == "في" and u + 1 < len(doc.tokens):
            nxt = doc.tokens[u + 1]
            return entity_starting(doc, nxt.start, nxt.start + 1)
        if key.startswith("ل") and not key.startswith("ال"):  # «لحزب», «للحركة»: the body past the clitic
            return entity_starting(doc, tok.start, tok.start + 3)
        if not key.startswith("ال") or not key[2:].isalpha() or entity_starting(doc, tok.start, tok.end) is not None:
            return None  # «القيادة العامة»: adjectives only; no name of its own
    return None
