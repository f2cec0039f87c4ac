"""Round ev372: an act named as the subject of a negated verb of implication is a notion in an argument, no act.

«ورفض دعمها لا ينفي حق الانفصال لاحقا» (refusing to back it does not rule out the right to secede): a columnist
weighs a kind of act against another; no one refuses anything, and nothing is denied. The trigger that opens its
clause (the sentence's start, or past a comma), its genitive or object after it and no verb, entity or clause edge
between, before a negation (``negations``) and a present verb of implication (``notion_verbs``: «ينفي، يعني،
يلغي، يبرر»), is no event (:func:`notion_subject`); nor is that verb where it is a trigger (the «ينفي» of denying,
016: :func:`notion_verb`). Read by ``senses.not_an_event``.

Counter-cases: «ورفض الوزير الاقتراح، لكنه لا ينفي ...» (a named subject after the verb: a refusal told, and a
clause of its own), «الحكومة لا تنفي الاتهامات» (a body's denial, no act as its subject).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .lexicon import Hit, match_token
from .word_tests import clause_stop, entity_within, finite_verb, key_at

NOTION_REACH = 4  # tokens from the act that opens the clause to the negation of the verb of implication


def _negated_notion_verb(doc: Doc, t: int) -> bool:
    """A negation at token ``t`` and a verb of implication right after it."""
    return t + 1 < len(doc.tokens) and key_at(doc, t) in fw_keys("negations") \
        and key_at(doc, t + 1) in fw_keys("notion_verbs")


def _opens_clause(doc: Doc, i: int, a: int) -> bool:
    return i == a or (i - 1 >= a and doc.tokens[i - 1].text in ("،", ","))


def notion_subject(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the trigger opens its clause as the subject of a negated verb of implication (see the module)."""
    if not _opens_clause(doc, hit.i, a):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 2 + NOTION_REACH)):
        if _negated_notion_verb(doc, t):
            return t > hit.j + 1  # (its genitive or object between: «رفض دعمها»)
        if clause_stop(doc.tokens[t].text) or finite_verb(doc.tokens[t]) or entity_within(doc, t) is not None:
            return False
    return False


def notion_verb(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the trigger is a negated verb of implication whose subject is an act opening its clause."""
    if hit.pos != "V" or hit.i - 1 < a or not _negated_notion_verb(doc, hit.i - 1):
        return False
    for s in range(hit.i - 3, max(a, hit.i - 2 - NOTION_REACH) - 1, -1):
        if clause_stop(doc.tokens[s].text) or entity_within(doc, s) is not None:
            return False
        if _opens_clause(doc, s, a) and match_token(doc.tokens, s) is not None:
            return True
        if finite_verb(doc.tokens[s]):
            return False
    return False


__all__ = ["notion_subject", "notion_verb"]
