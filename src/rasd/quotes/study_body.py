"""The body that made a study or report, for the ``quotes`` stage: «وفقا لدراسة حديثة أجرتها مؤسسة «X»», «قالت
دراسة أعدها مركز X»: the speaker is the body named after the verb of making («أجرتها», «أعدها», «أصدرها»), not the
study's phrase. The verbs are in ``function_words.json`` (``study_making_verbs``). Round qu918: a person named there
is its author too («حسب تقرير حديث أعده فلان وعلان»), and a second person right after «و» past the first one's name
(:func:`study_partner`) is the other author (both speak, as «وأكد كل من X وY»). Round qu1018: where the verb closes the phrase and a short aside of time set off
by commas follows it («وحسب تقرير كتبه، قبل خمس سنوات، معهد X»), the author is the one named right after the aside
(:func:`_past_time_aside`)."""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import fw, nkey

_WORD = re.compile(r"[^\s«»\"]+")
_AUTHORS = ("ORGANIZATION", "PERSON")
BODY_REACH = 3  # characters past the phrase's end a body's name may start at (a space and a quotation mark)
ASIDE_WORDS = 5  # words of an aside of time between the verb of making and its author («، قبل خمس سنوات،»)
_ASIDE = re.compile(r"\s*[،,]([^،,.:؛«»]*)[،,]\s*(?:[^\s،,.:؛«»]+\s+)?")  # (and a title: «الباحث»)


def _made_at(doc: Doc, phrase: Span) -> int | None:
    """Where the verb of making inside ``phrase`` ends («أعدها»), or None."""
    made = next((m for m in _WORD.finditer(doc.text, phrase.start, phrase.end)
                 if nkey(m.group()).removeprefix("و") in fw("study_making_verbs")), None)
    return made.end() if made is not None else None


def study_body(doc: Doc, phrase: Span) -> str | None:
    """The organisation or person named first right after the verb of making inside a speaker phrase (see the
    module's note), or right after the phrase where the phrase ends on the body's head word («مؤسسة «X»», «أعده
    الباحث فلان»); None where there is none."""
    made = _made_at(doc, phrase)
    if made is None:
        return None
    reach = phrase.end + BODY_REACH if made < phrase.end else _past_time_aside(doc, made)
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type not in _AUTHORS:
            continue
        for m in ent.mentions:
            if made < m.start <= reach and (best is None or m.start < best[0]):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


def study_partner(doc: Doc, phrase: Span, first: str) -> str | None:
    """Round qu918: the person named right after «و» past the name of the person ``first`` that the verb of making in
    ``phrase`` names («أعده أندرو كوسغروف وويليام فويلز»: Fuels), or None."""
    made = _made_at(doc, phrase)
    ent = doc.entity(first)
    if made is None or ent is None or ent.type != "PERSON":
        return None
    named = min((m for m in ent.mentions if m.start > made), key=lambda m: m.start, default=None)
    if named is None or named.start > phrase.end + BODY_REACH or doc.text[named.end : named.end + 2] != " و":
        return None
    at = named.end + 2
    return next((e.id for e in doc.entities if e.type == "PERSON" and e.id != first
                 for m in e.mentions if m.start == at), None)


def _past_time_aside(doc: Doc, made: int) -> int:
    """Round qu1018: where an author's name may start past the verb of making that ends at ``made`` and closes its
    phrase: past a short aside set off by commas right after it that names no one («كتبه، قبل خمس سنوات، معهد X»),
    within BODY_REACH of the aside's closing comma and a word of title after it; else within BODY_REACH of the verb."""
    m = _ASIDE.match(doc.text, made)
    if m is None or len(m.group(1).split()) > ASIDE_WORDS or any(
            made < n.start < m.end(1) for e in doc.entities for n in e.mentions):
        return made + BODY_REACH
    return m.end() + BODY_REACH
