"""Round 251: the one who undergoes an act (``undergone``) where no name stands between the verb and the act.

- «وتعرضت المنطقة الزراعية الغنية منذ ذلك الحين لقصف جوي»: the unnamed phrase after the verb of undergoing, up to a
  preposition, a relative, a comma or a word in a clitic preposition (five words at most);
- «وذكرت المصادر أن مدينة داريا بالغوطة، تعرضت لقصف», «أن الأراضي السعودية تتعرض لإطلاق نار»: with nothing
  between the verb and the act, the subject opening its clause after «أن/إن» (or at the sentence start): the name
  it starts with or the name right after its head noun («مدينة داريا»), else its noun phrase.

Nothing where the verb bears «و/ف» with nothing after it (a coordinated clause whose subject is told before), or a
finite verb, a relative or another clause break stands between the subject and the verb.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..text.normalize import COMMAS
from .word_tests import (PLAIN_COMPLEMENTIZERS, breaks_between, entity_starting, finite_verb, key_at,
                         phrase_break)

WORDS = 5  # words of an unnamed undergoer phrase
BACK = 10  # tokens from the verb back to its clause's complementizer


def _phrase(doc: Doc, first: int, end: int) -> tuple[int, int] | None:
    """The noun phrase from token ``first`` before token ``end``: None where it opens on a break."""
    if first >= end or phrase_break(doc, first) or _clitic_preposition(doc, first):
        return None
    last = first
    while last + 1 < end and last + 1 - first < WORDS and not phrase_break(doc, last + 1) and \
            not _clitic_preposition(doc, last + 1) and not finite_verb(doc.tokens[last + 1]):
        last += 1
    return first, last


def _clitic_preposition(doc: Doc, t: int) -> bool:
    """A word in a clitic preposition («بالغوطة», «للقوات»): no part of the head phrase."""
    words = [w for w in doc.tokens[t].words if w.norm not in ("و", "ف")]
    return bool(words) and words[0].kind == "proclitic"


def _subject_before(doc: Doc, v: int, lo: int) -> Entity | tuple[int, int] | None:
    """The subject opening the verb's clause before it (module docstring)."""
    if len(doc.tokens[v].words) > 1 and doc.tokens[v].words[0].kind == "proclitic":
        return None  # («وتعرضت»: a coordinated clause)
    first = v - 1
    while first - 1 >= lo and v - first < BACK and key_at(doc, first - 1) not in PLAIN_COMPLEMENTIZERS:
        first -= 1
    if not (first == lo or key_at(doc, first - 1) in PLAIN_COMPLEMENTIZERS) or first >= v:
        return None
    if breaks_between(doc, first, v) or any(finite_verb(doc.tokens[t]) for t in range(first, v)):
        return None
    ent = entity_starting(doc, first)
    if ent is None and first + 1 < v and not phrase_break(doc, first) and not _clitic_preposition(doc, first):
        ent = entity_starting(doc, first + 1)  # «مدينة داريا»
    if ent is not None:
        return ent
    return _phrase(doc, first, v)


def unnamed_undergoer(doc: Doc, v: int, lam: int, lo: int, opens: int = -1) -> Entity | tuple[int, int] | None:
    """Who undergoes the act whose «لـ» word is token ``lam``, after the verb of undergoing at token ``v`` in a
    sentence starting at token ``lo``: an entity or a phrase's (first, last) tokens (module docstring); the subject
    before the verb is read before token ``opens`` where one is given (round ev416: «لا تزال X تواجه»)."""
    end = lam - 1 if doc.tokens[lam - 1].text in COMMAS else lam
    if end > v + 1:
        return _phrase(doc, v + 1, end)
    return _subject_before(doc, opens if opens >= 0 else v, lo)
