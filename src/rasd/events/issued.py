"""Round 197: the source of a noun act said to come from someone: «انتقادات متشددة صدرت عن رئيس الوزراء فلان».

A noun act (a statement, a criticism, a call, a threat...) with no source of its own, followed in its clause by a
word of issuing (function words ``issued_words``: «صدرت», «الصادر») and «عن/من», has as its source the person or
body named right after that preposition, in a noun phrase read word by word («عن رئيس الوزراء البريطاني فلان»).
Between the trigger and the word of issuing only its adjectives and a relative («التي», «الذي») may stand: words as
definite as the trigger, none bearing a preposition («انتقادات لقرار صدر عن المحكمة»: the court issued the
ruling, not the criticism). Nothing where the phrase names no person or body, or the one named is the target.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import bare, fw, nkey
from .source_set import name_party
from .word_tests import entity_within, phrase_break

BETWEEN = 3  # words from the trigger to the word of issuing
NAMED_REACH = 6  # tokens from «عن» to the name of the one who issued it
ACTORS = ("PERSON", "ORGANIZATION")
FROM = (nkey("عن"), nkey("من"))


def _definite(text: str) -> bool:
    return nkey(text).startswith("ال")


def _issuer(doc: Doc, first: int, last: int, end: int) -> Entity | None:
    """The person or body issuing the act whose trigger is tokens ``first``..``last`` (module docstring)."""
    toks = doc.tokens
    definite = _definite(toks[first].text)
    rels = fw("relatives")
    for j in range(last + 1, min(end, last + 2 + BETWEEN)):
        key = toks[j].norm_key
        if key in fw("issued_words"):
            if j + 1 >= end or toks[j + 1].norm_key not in FROM:
                return None
            for n in range(j + 2, min(end, j + 2 + NAMED_REACH)):
                ent = entity_within(doc, n)
                if ent is not None:
                    return ent if ent.type in ACTORS else None
                if phrase_break(doc, n):
                    return None
            return None
        if bare(key, "relatives") in rels:
            continue
        if phrase_break(doc, j) or len(toks[j].words) > 1 or _definite(toks[j].text) != definite \
                or entity_within(doc, j) is not None:
            return None  # a preposition, a clause break, a genitive or a name: another's phrase
    return None


def issued_sources(doc: Doc, events: list[Event]) -> None:
    """Give a noun act said to be issued by someone that one as its source (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N":
            continue
        first = doc.token_at(ev.trigger.start)
        last = doc.token_at(ev.trigger.end - 1)
        if first is None or last is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        who = _issuer(doc, first, last, min(end, len(doc.tokens)))
        if who is not None and who.id != ev.target:
            name_party(ev, "source", who.id)
