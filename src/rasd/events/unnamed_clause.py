"""Round 109: a verb with no subject of its own whose clause tells its subject, unnamed: no actor is carried to it.

- ``relative_coordinated``: «المجاهدون الذين يرفضون ما يسمونه ... ويعلنون»: a plural verb in «و» in the clause of a
  plural relative pronoun and a verb with no object pronoun right after it (no comma, clause break or other
  relative between) shares that clause's subject, the
  antecedent; where no name ends right before the relative pronoun (past a closing quotation mark or bracket), the
  antecedent names no one, and no one named before is carried.
- ``unnamed_vso``: «يطل شخص ليطالب بالكويت», «ظهر رجل وهدد»: a verb in «لـ» or «و» after a verb of its clause whose
  subject right after it is an unnamed person or group (function words ``unnamed_person_heads``, ``unnamed_groups``,
  ``someone_subjects``) has that subject: no one named before.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS_AND_SEMICOLON as COMMAS
from .chunks import enclitic
from .word_tests import clause_break, verb_like
from .forms import PLACES, bare, fw, nkey

CLOSERS = ("»", '"', "”", ")")
REACH = 12  # tokens back from the verb to the relative pronoun or the verb of its clause
PLURAL_RELATIVES = frozenset(nkey(w) for w in ("الذين", "اللذين", "اللواتي", "اللاتي"))


def _proclitic(doc: Doc, i: int) -> str:
    words = doc.tokens[i].words
    return words[0].norm if len(words) > 1 and words[0].kind == "proclitic" else ""


def _named_end(doc: Doc, k: int) -> bool:
    """Whether a mention of a named person or body ends with token ``k`` (past a closing quotation mark or bracket;
    a place is no antecedent of a plural relative of people: «المجاهدون في جنوب أفريقيا الذين»)."""
    while k >= 0 and doc.tokens[k].text in CLOSERS:
        k -= 1
    if k < 0:
        return False
    end = doc.tokens[k].end
    return any(m.end == end and m.entity is not None and m.type not in PLACES for m in doc.mentions)


def _clause_back(doc: Doc, i: int, a: int) -> range:
    """Tokens from ``i`` - 1 back to the start of the clause (a comma, a clause break or ``REACH`` tokens)."""
    lo = max(a, i - REACH)
    for k in range(i - 1, lo - 1, -1):
        if doc.tokens[k].text in COMMAS or clause_break(doc.tokens[k].text):
            return range(i - 1, k, -1)
    return range(i - 1, lo - 1, -1)


def relative_coordinated(doc: Doc, i: int, a: int) -> bool:
    """The plural verb at token ``i`` in «و» shares the subject of a plural relative clause whose antecedent names no
    one."""
    if _proclitic(doc, i) != "و" or not doc.tokens[i].norm_key.endswith(("ون", "وا")):
        return False
    for k in _clause_back(doc, i, a):
        if doc.tokens[k].norm_key in PLURAL_RELATIVES:
            return k + 1 < i and not enclitic(doc.tokens[k + 1]) and k - 1 >= a and not _named_end(doc, k - 1)
        if bare(doc.tokens[k].norm_key, "relatives") in fw("relatives"):
            return False
    return False


def _unnamed_head(doc: Doc, t: int) -> bool:
    key = doc.tokens[t].norm_key
    return any(key in fw(name) for name in ("unnamed_person_heads", "unnamed_groups", "someone_subjects"))


def unnamed_vso(doc: Doc, i: int, a: int) -> bool:
    """The verb at token ``i`` in «لـ» or «و» follows a verb of its clause whose subject is an unnamed one."""
    if _proclitic(doc, i) not in ("ل", "و"):
        return False
    for k in _clause_back(doc, i, a):
        if _unnamed_head(doc, k):
            return k - 1 >= a and verb_like(doc.tokens[k - 1], 3, ("ه", "ات"))
    return False


def told_unnamed(doc: Doc, i: int, a: int) -> bool:
    """Whether the clause of the verb at token ``i`` (its sentence from token ``a``) tells its subject, unnamed."""
    return relative_coordinated(doc, i, a) or unnamed_vso(doc, i, a)
