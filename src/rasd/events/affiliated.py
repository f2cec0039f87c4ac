"""Round 181: the doer of an act its forces «تابعة لـX» carry out, named after the act.

«جراء غارات من طائرات حربية تابعة للتحالف الدولي», «غارات شنتها طائرات تابعة للنظام»: an event with no named source,
followed within two words («من», or a verb of doing with its object pronoun: «شنتها») by a doer's head noun (function
words ``gentilic_doer_heads``, ``named_doer_heads``: «طائرات», «قوات», «مقاتلي»), up to two adjectives, a word of
belonging (``belonging_words``: «تابعة», «التابعة») and «لـX» (X a person, a body or a country named), is done by X.
Not a place or a target «تابعة لـ» («غارات على مواقع تابعة للتنظيم»: no doer's head, a preposition between).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .source_set import name_party
from .word_tests import entity_within, finite_verb

ACTORS = ("PERSON", "ORGANIZATION")
GAP = 2  # words between the act and the doer's head
ADJECTIVES = 2  # adjectives between the head and the word of belonging


def _doer_after(doc: Doc, k: int, stop: int) -> str | None:
    heads = fw_keys("gentilic_doer_heads") | fw_keys("named_doer_heads")
    toks = doc.tokens
    for u in range(k + 1, min(stop, k + GAP + 2)):
        key = toks[u].norm_key
        if key in heads:
            v = u + 1
            while v < stop and v - u <= ADJECTIVES and toks[v].norm_key not in fw_keys("belonging_words") \
                    and toks[v].text.isalpha() and not toks[v].norm_key.startswith(("ل", "و")):
                v += 1
            if v + 1 >= stop or toks[v].norm_key not in fw_keys("belonging_words"):
                return None
            if not toks[v + 1].norm_key.startswith("ل"):
                return None
            ent = entity_within(doc, v + 1)
            if ent is None or not (ent.type in ACTORS or ent.actor is not None):
                return None
            return ent.id
        if key != nkey("من") and not (finite_verb(toks[u]) or key.endswith(("ها", "هما"))):
            return None
    return None


def affiliated_doers(doc: Doc, events: list[Event]) -> None:
    """Give an act its doer named as the body its forces belong to (module docstring)."""
    for ev in events:
        if ev.source is not None:
            continue
        k = doc.token_at(ev.trigger.end - 1)
        if k is None:
            continue
        stop = min(len(doc.tokens), doc.token_from(ev.sentence.end) or len(doc.tokens))
        eid = _doer_after(doc, k, stop)
        if eid is None or eid == ev.target:
            continue
        name_party(ev, "source", eid)
