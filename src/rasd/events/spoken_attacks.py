"""Round 264: an attack of words told by its owner and what follows it, read by ``senses.sense`` beside
``figurative.verbal_attack``:

- «بسبب هجومه الشديد على الإرهابيين», «هجومها العنيف على الحكومة»: an attack noun with a possessive pronoun and a
  word of degree after it (``verbal_attack_degrees``) whose owner, the nearest name before it in its sentence, is a
  person: a person's fierce attack is criticism (CAMEO 111), not an assault (not «واصل الجيش هجومه الشديد على
  المدينة»: a force's);
- «واستمر النائب بهجومه، وقال: ...», «وواصل هجومه، وأضاف أن ...»: an attack noun with a possessive pronoun right
  before a comma and a «و» + saying verb (``events.saying``, either gender) with no subject of its own (a colon or «أن» right
  after it): the attack went on in what was said (not «وواصل الجيش هجومه، وقال المتحدث إن ...»).
- round ev362: «شنت كلينتون هجوما مركزا على منافسها في السباق إلى البيت الأبيض جيب بوش، حيث اتهمت المرشح
  الجمهوري»: an attack whose clause runs to a comma and «حيث/إذ» + a verb of accusing or a speech cue
  (``verbal_attack_cues``, ``accusation_verbs``) within ``EXPLAINED_REACH`` words: the clause tells what the attack
  was, however long its object (``figurative.verbal_attack`` reads ten words only); not «شن الجيش هجوما على
  المدينة، حيث قتل عشرات المسلحين» (the clause tells a deed).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS as _COMMAS
from .forms import bare, fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop, enclitic, entity_within, key_at
from .saying import saying_keys

EXPLAINED_REACH = 2  # words after «، حيث» to the verb of accusing that tells what the attack was
EXPLAINERS = frozenset(("حيث", "اذ"))
DEGREE_REACH = 2  # words after the attack noun to its word of degree («هجومه الشديد»)
_SAID_OPENERS = frozenset((":", "ان", "بان"))


def _owner_person(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the nearest name before the attack noun in its sentence is a person's."""
    for t in range(hit.i - 1, a - 1, -1):
        ent = entity_within(doc, t)
        if ent is not None:
            return ent.type == "PERSON"
    return False


def _explained(doc: Doc, hit: Hit, b: int) -> bool:
    """The attack's clause ends on a comma and «حيث/إذ» + a verb of accusing or a speech cue (see the module)."""
    t = next((t for t in range(hit.j + 1, b) if clause_stop(doc.tokens[t].text)), b)
    if t + 1 >= b or doc.tokens[t].text not in _COMMAS or key_at(doc, t + 1).removeprefix("و") not in EXPLAINERS:
        return False
    return any(bare(key_at(doc, u), "verbal_attack_cues", "accusation_verbs") in fw("verbal_attack_cues") | fw(
        "accusation_verbs") for u in range(t + 2, min(b, t + 2 + EXPLAINED_REACH)))


def spoken_attack(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """An attack of words (see the module)."""
    if hit.entry.id == "attack" and _explained(doc, hit, b):
        return True
    if hit.entry.id != "attack" or hit.pos != "N" or not enclitic(doc.tokens[hit.j]):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + DEGREE_REACH)):
        if bare(doc.tokens[t].norm_key, "verbal_attack_degrees") in fw("verbal_attack_degrees"):
            return _owner_person(doc, hit, a)
    t = hit.j + 1
    if t + 2 >= b or doc.tokens[t].text not in _COMMAS:
        return False
    said = key_at(doc, t + 1)
    return said[:1] == "و" and said in saying_keys() \
        and (doc.tokens[t + 2].text in _SAID_OPENERS or key_at(doc, t + 2) in _SAID_OPENERS)
