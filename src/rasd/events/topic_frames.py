"""Round 264: trigger words that tell no event, read by ``nonevents.not_told``:

- «أن تركيز التنظيم الرئيسي ينصب على غزو الأراضي والسيطرة عليها», «تتمحور المحادثات حول وقف القتال»: a noun act
  after a verb or participle of centring on (``topic_verbs``) + «على/حول» (past a masdar, its genitive and «و»)
  is what the focus or the talk is about, a topic, no act told (:func:`topic_act`);
- «قبل أن يتلثم بخرقة ويقتحم عدة أمتار وسط النيران»: an act of force whose object right after it (past a number or
  «عدة/بضعة») is a distance (``distance_units``) goes through a space, no one attacked (:func:`distance_crossed`;
  not «اقتحم المسلحون عدة منازل»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop, finite_verb, key_at, past_conjunction

TOPIC_REACH = 5  # tokens from «ينصب» to the act it centres on («ينصب على غزو الأراضي والسيطرة»)
FORCE_CODES = ("18", "19", "20")
_ON = frozenset(("علي", "حول"))
SOME = frozenset(nkey(w) for w in ("عده", "بضعه", "بضع", "عشرات", "مئات"))


def topic_act(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun act centred on (see the module)."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(a, hit.i - TOPIC_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if past_conjunction(key_at(doc, t)) in fw("topic_verbs"):
            return any(key_at(doc, u) in _ON for u in range(t + 1, hit.i))  # (past its subject: «تتمحور المحادثات حول»)
        if finite_verb(doc.tokens[t]):
            return False
    return False


def distance_crossed(doc: Doc, hit: Hit, b: int) -> bool:
    """An act of force through a distance (see the module)."""
    if not hit.entry.code.startswith(FORCE_CODES) or hit.pos != "V":
        return False
    t = hit.j + 1
    if t < b and (key_at(doc, t) in SOME or doc.tokens[t].text.isdigit() or key_at(doc, t) in fw("numerals")):
        t += 1
    return t < b and key_at(doc, t) in fw("distance_units")
