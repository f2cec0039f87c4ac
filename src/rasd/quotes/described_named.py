"""A person taken up again by a description, for the ``quotes`` stage (round 236).

- ``named_after_and``: «طالب الناشط المدني والفنان المسرحي فلان ...، مؤكدا أن»: the unnamed phrase of the speaker
  (the chunk stops at «و») runs on, over definite words alone (one in «وال» among them: a second description of the
  same man), to a person's name: that person.
- ``added_description``: «قال فلان، المتحدث باسم منظمة حقوق الإنسان الإيرانية ... . وأضاف ناشط حقوق الإنسان
  الإيراني»: after a cue of going on («أضاف», «تابع»), a description whose every word past its head stands in what
  introduced the person the quote right before it was given to (the words before his name, those set off by a comma
  after it, his roles), two words at least: that person; a description of other words names someone new.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.forms import fw, fw_keys, nkey, word_keys
from ..events.word_tests import person_opening
from .retitled import APPOSITION_REACH, HOLDER_REACH, apposition

RUN_ON = 4  # definite words between the phrase and the name
_MARKS = "،,.:؛«»()\"'"  # marks a word's key may keep at its edges


def named_after_and(doc: Doc, phrase: Span) -> str | None:
    """The person whose name the definite ``phrase`` runs on to over «وال» words (module docstring); else None."""
    i = doc.token_at(phrase.start)
    j = doc.token_at(max(phrase.start, phrase.end - 1))
    if i is None or j is None or not doc.tokens[i].norm_key.removeprefix("و").startswith("ال"):
        return None
    joined = False
    for k in range(j + 1, min(j + 2 + RUN_ON, len(doc.tokens))):
        key = doc.tokens[k].norm_key
        person = person_opening(doc, doc.tokens[k].start)
        if person is not None:
            return person if joined else None
        if not key.startswith(("ال", "وال")) or key in fw("prepositions"):
            return None
        joined = joined or key.startswith("وال")
    return None


def _stem(word: str) -> str:
    """A word's key without its article and its feminine ending («الإيرانية» as «ايراني»)."""
    return word.strip(_MARKS).removeprefix("و").removeprefix("ال").removesuffix("ه")


def _introduced(doc: Doc, person: str, at: int) -> set[str]:
    """The stems of the words that introduced ``person`` before character ``at``: his roles, the words right
    before a mention of him and those set off by a comma after it."""
    ent = doc.entity(person)
    if ent is None:
        return set()
    words = [w for r in ent.roles for w in word_keys(r)]
    for m in ent.mentions:
        if m.end <= at:
            words += word_keys(doc.text[max(0, m.start - HOLDER_REACH) : m.start].rsplit(".", 1)[-1])
            words += word_keys(apposition(doc, m.end, at) or _run_after(doc, m.end, at))
    return {_stem(w) for w in words}


def _run_after(doc: Doc, end: int, at: int) -> str:
    """The words right after a mention that ends at character ``end`` up to the first comma, stop, quote mark,
    colon or «إن/أن» (before character ``at``): «محمود أميري | مقدم، المتحدث باسم ...» where the name was cut short,
    the words past its last part and the comma."""
    rest = doc.text[end : min(at, end + APPOSITION_REACH)]
    for mark in (".", "\n", "«", ":", " إن ", " أن "):
        rest = rest.split(mark, 1)[0]
    head, comma, tail = rest.partition("،")
    return head + " " + tail if comma and len(head.split()) <= 1 else head


def added_description(doc: Doc, t: int, phrase: Span, quotes: Sequence[Quote]) -> str | None:
    """The person of the quote right before the cue of going on at ``t`` whom ``phrase`` describes again (module
    docstring); None otherwise."""
    if not quotes or doc.tokens[t].norm_key.removeprefix("و") not in fw_keys("adding_cues"):
        return None
    person = quotes[-1].speaker
    ent = doc.entity(person) if person is not None else None
    if person is None or ent is None or ent.type != "PERSON":
        return None
    if any(m.start < phrase.end and phrase.start < m.end and m.type in ("PERSON", "ORGANIZATION") for m in doc.mentions):
        return None
    words = [_stem(w) for w in word_keys(doc.text[phrase.start : phrase.end])]
    rest = [w for w in words[1:] if len(w) >= 3]
    if len(rest) < 2 or len(rest) != len(words) - 1:
        return None
    known = _introduced(doc, person, doc.tokens[t].start)
    return person if all(w in known for w in rest) else None
