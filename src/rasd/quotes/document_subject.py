"""A document as the dropped subject of a cue, for the ``quotes`` stage: «وصفت دراسة مصرية المشروع بأنه ...»
followed by «وأكدت أن ...»: the cue opens its sentence with no subject of its own, and the sentence before opens on a
verb whose subject is a document noun (report_nouns, written_works: «دراسة», «تقرير», «بيان», «وثيقة»); where the
cue agrees with that noun in gender (a feminine «ت» verb on both sides, or a masculine one on both sides with a
masculine singular noun) and no person or organisation is named between the noun and the cue, the document is the
speaker: its phrase (the noun and the adjectives of origin after it: «دراسة مصرية - إيطالية»)."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..text.verb_gender import past_feminine
from ..events.forms import fw, nkey
from ..events.word_tests import finite_verb

OPENING_REACH = 4  # tokens into the sentence before the verb and its document noun may stand («إلى ذلك، وصفت»)
ADJECTIVE_REACH = 4  # tokens of origin adjectives («مصرية - إيطالية») kept with the noun
_ORIGIN_ENDINGS = ("يه", "ي")  # (matching keys: «ة» folds to «ه»)
_NAMED = frozenset(("PERSON", "ORGANIZATION"))


def document_subjects(doc: Doc, quotes: list[Quote]) -> None:
    """Give each unnamed quote whose cue opens its sentence the document the sentence before opens on, as its
    speaker phrase (see the module's note)."""
    for q in quotes:
        if q.speaker is not None or "speaker_text" in q.attrs or "speakers" in q.attrs or q.direct:
            continue
        gender = q.attrs.get("gender")
        if not isinstance(gender, str) or gender not in ("f", "m") or q.attrs.get("plural") is True:
            continue
        phrase = _document_before(doc, q.cue, gender)
        if phrase is not None:
            q.attrs["speaker_text"] = phrase
            q.attrs["via"] = "document"


def _document_before(doc: Doc, cue: Span, gender: str) -> Span | None:
    """The document phrase opening the sentence before the one ``cue`` opens, agreeing with ``gender``."""
    sent = doc.sentence_of(cue.start)
    c = doc.token_from(cue.start)
    if sent is None or c is None or doc.token_from(sent.start) != c:
        return None
    before = [s for s in doc.sentences if s.end <= sent.start]
    if not before:
        return None
    first = doc.token_from(before[-1].start)
    if first is None:
        return None
    nouns = fw("report_nouns") | fw("written_works")
    for k in range(first + 1, min(first + OPENING_REACH + 1, c)):
        head = doc.tokens[k].norm_key
        if head not in nouns:
            continue
        verb = doc.tokens[k - 1]
        feminine = finite_verb(verb) and past_feminine(verb.norm_key)
        if gender == "f" and not feminine:
            return None
        if gender == "m" and (feminine or head.endswith(("ه", "ات")) or head not in fw("statement_nouns")
                              or verb.norm_key.removeprefix("و") not in fw("report_verbs")):
            return None
        if _named_between(doc, doc.tokens[k].end, cue.start):
            return None
        end = k
        while end + 1 < c and end - k < ADJECTIVE_REACH:
            word = doc.tokens[end + 1].norm_key
            if word == "-" and end + 2 < c and doc.tokens[end + 2].norm_key.endswith(_ORIGIN_ENDINGS):
                end += 2
            elif word.endswith(_ORIGIN_ENDINGS) and not word.startswith("ال") and len(word) >= 4:
                end += 1
            else:
                break
        return Span(doc.tokens[k].start, doc.tokens[end].end)
    return None


def _named_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a person or an organisation is named between characters ``start`` and ``end``."""
    return any(start <= m.start < end for e in doc.entities if e.type in _NAMED for m in e.mentions)
