"""A state as the dropped subject of a cue, for the ``quotes`` stage: «وتحتفظ بريطانيا بحق الانسحاب، وقالت إنها»:
a feminine verb cue with «و» right after a comma shares the subject of the clause before it, and where that clause
opens with a feminine verb (a past in «ـت», a present in «تـ») and a state or capital right after it (VSO), that
state is who says it, not a person quoted before (``clauses._clause_subject_before`` passes places over: «زار
بريطانيا، وقال» has the place as the object of a man's visit; a feminine verb and a feminine cue agree with it, but
not a verb of travel whose object a place is: place_object_verbs, «وزارت فرنسا، وقالت»).
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..text.verb_gender import past_feminine, present_feminine
from ..events.acting import can_act
from ..events.chunks import Chunk
from ..events.forms import PLACES, fw_keys, nkey
from ..events.word_tests import finite_verb
from .phrases import governed

_BREAKS = frozenset(("،", ",", "؛", ";", ":", ".", "!", "؟"))


def place_before(doc: Doc, t: int, chunks: list[Chunk], quotes: list[Quote], sent: Span, gender: str) -> str | None:
    """The state that is the VSO subject of the clause before the feminine cue at ``t`` (see the module's note);
    None where a quote came before in the sentence, the cue is masculine, or the clause opens otherwise."""
    if gender != "f" or t < 3 or doc.tokens[t - 1].text not in ("،", ",") or doc.tokens[t].norm_key[:1] != "و":
        return None
    if any(q.cue.start >= sent.start for q in quotes):
        return None
    k = t - 2
    while k > 0 and doc.tokens[k - 1].start >= sent.start and doc.tokens[k - 1].text not in _BREAKS:
        k -= 1
    if not _feminine_verb(doc, k) or doc.tokens[k].norm_key.removeprefix("و") in fw_keys("place_object_verbs"):
        return None  # «وزارت فرنسا، وقالت»: she visited it, the state the object
    c = next((c for c in chunks if c.i == k + 1), None)
    if c is None or c.entity is None or c.etype not in PLACES or governed(doc, c) or not can_act(doc, c):
        return None
    return c.entity


def _feminine_verb(doc: Doc, k: int) -> bool:
    """Token ``k`` a verb of a feminine subject: a past in «ـت» (``finite_verb``) or a present in «تـ» after «و»
    of four letters or more with no noun ending («وتحتفظ», «وترفض»; not «وتصريحات», «وتجربة»)."""
    tok = doc.tokens[k]
    key = tok.norm_key
    if finite_verb(tok) and past_feminine(key):
        return True
    return len(tok.words) == 2 and present_feminine(key.removeprefix("و"))
