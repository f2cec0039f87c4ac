"""Round 154: in a relative clause the name right after a bare verb is its object. «الفرقة 30، التي تتهم «النصرة»
بخطف قائدها», «الغزو الثقافي الذي يهدد إيران»: where a verb of accusing, threatening, coercing or force (CAMEO
11, 13, 17, 18, 19, 20) stands right after a relative pronoun (function words ``relatives``) with no object pronoun
of its own, the antecedent is its subject (the clause says nothing of it else), so a source read from the name
right after the verb is its object: that name becomes the target (where there is none), and the source is the name
that ends right before the relative pronoun (past a comma and quotation marks), or none.

Nothing where the verb carries an object pronoun («التي تتهمهم الحكومة»: the antecedent is the object, the name the
subject), or where a preposition with a pronoun follows in the clause («التي وقعت عليها إيران», «الذي قصفت
الطائرات فيه»: the pronoun points back, the name is the subject), nor for statements and other verbs.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .word_tests import clause_stop, entity_at

CODES = ("11", "13", "17", "18", "19", "20")
REACH = 6  # tokens after the name read for a preposition with a pronoun
SKIP = ("«", "»", '"', "،", ",")


def _bare_verb(doc: Doc, k: int) -> bool:
    return not any(w.kind == "enclitic" for w in doc.tokens[k].words)


def _resumed(doc: Doc, k: int) -> bool:
    """A preposition with a pronoun in the clause within REACH tokens from token ``k``."""
    for t in range(k, min(len(doc.tokens), k + REACH)):
        text = doc.tokens[t].text
        if clause_stop(text):
            return False
        if nkey(text).removeprefix("و") in fw_keys("pronoun_prepositions"):
            return True
    return False


def _antecedent(doc: Doc, r: int) -> str | None:
    """The entity named right before the relative pronoun at token ``r``."""
    k = r - 1
    while k >= 0 and doc.tokens[k].text in SKIP:
        k -= 1
    ent = entity_at(doc, k) if k >= 0 else None
    return ent.id if ent is not None else None


def relative_objects(doc: Doc, events: list[Event]) -> None:
    """Make the name read as the subject right after a bare verb of a relative clause its object (module docstring)."""
    for ev in events:
        if ev.source is None or ev.attrs.get("pos") != "V" or not ev.code.startswith(CODES):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k == 0 or doc.tokens[k - 1].norm_key not in fw_keys("relatives"):
            continue
        if not _bare_verb(doc, k) or k + 1 >= len(doc.tokens):
            continue
        n = k + 1
        while n < len(doc.tokens) and doc.tokens[n].text in ("«", '"'):
            n += 1
        after = entity_at(doc, n) if n < len(doc.tokens) else None
        if after is None or after.id != ev.source or _resumed(doc, n + 1):
            continue
        if ev.target is not None and ev.target != after.id:
            continue
        ante = _antecedent(doc, k - 1)
        ev.target = after.id
        ev.source = ante if ante != after.id else None
        ev.attrs.pop("target_text", None)
        ev.attrs.pop("source_text", None)
