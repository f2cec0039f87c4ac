"""Round ev988: an act in a «أن» clause after a verb of calling on someone («طالب X الفصائل بأن يستهدفوا مواقع
التنظيم», «دعا X الفصائل إلى أن تستهدف», «... إلى وقف القتال وأن يستهدفوا»). ``masdar_agents.called_doers``
reads the clause's complement as it reads a masdar's («بأن» glued, «إلى/على أن», a «وأن» clause after the
complement) and gives the act to the one called on, the call's addressee, only where the clause's verb agrees
with it:

- a plural verb («يستهدفوا», «يستهدفون», «يستهدفوها»): not one person, a state or a feminine singular body
  («الحكومة»);
- a feminine verb («تستهدف»): a state, a woman, a feminine body or a plural of things or bodies («الفصائل»,
  «الميليشيات»); not a man nor a sound masculine plural («المسلحين»);
- a masculine singular verb: not a state, a woman, a feminine body, nor a plural of people.

The caller stays the source of the call only.

Round ev993, ``and_that_complement``: a «وأن/وبأن» clause after the complement of the act asked for first («دعا X
الفصائل إلى وقف القتال وأن يستهدفوا مواقع التنظيم») is a second act asked of the same addressee: its complement
is the one that opens with «إلى/على» or a glued «بـ» within ``AND_THAT_REACH`` words before the «وأن», past no verb,
no other «أن» and no full stop.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import PLURAL_ENDINGS, feminine_verb
from .forms import nkey, plural_key
from .named import feminine_name
from .word_tests import clause_break, finite_verb

THAT_KEYS = ("ان", "بان")  # «أن», «بأن» (their «و» off)
STATES = ("country", "capital")  # a state, or a capital as its government, takes a feminine verb
FEMININE_ENDINGS = ("ه", "ات")  # folded keys: «الحكومة», «الميليشيات»
COMPLEMENT_PREPS = frozenset(("الي", "الى", "علي", "على"))  # «إلى/على» opening a call's complement
AND_THAT_REACH = 8  # words from «وأن» back to the complement before it («إلى وقف القتال في المدينة وأن»)


def that_verb(doc: Doc, i: int) -> bool:
    """The token ``i`` is right after «أن/بأن» («وأن/وبأن» too)."""
    return i >= 1 and doc.tokens[i - 1].norm_key.removeprefix("و") in THAT_KEYS


def _verb_number(doc: Doc, i: int) -> str:
    """"p" for a plural verb (its object pronoun off: «يستهدفوها»), "f" for one in «تـ», else "m"."""
    words = doc.tokens[i].words
    stem = next((w.norm or w.form for w in words if w.kind == "stem"), doc.tokens[i].norm_key)
    stem = nkey(stem)
    pronoun = any(w.kind == "enclitic" for w in words)
    if stem.endswith(PLURAL_ENDINGS) or pronoun and stem.endswith("و"):
        return "p"
    return "f" if feminine_verb(stem) and stem.startswith("ت") else "m"


def _entity_forms(doc: Doc, eid: str) -> set[str]:
    """The agreements a named addressee takes: "m", "f", "p" (a body in «ـات» both "f" and "p")."""
    ent = doc.entity(eid)
    if ent is None:
        return set()
    if ent.type == "PERSON":
        return {"f"} if ent.attrs.get("gender") == "f" else {"m"}
    if ent.attrs.get("kind") in STATES:
        return {"f"}
    name = ent.name
    start = min((m.start for m in ent.mentions), default=0)
    first = nkey(name.split()[0]) if name.split() else ""
    if plural_key(first):
        return {"p"}
    if feminine_name(doc, start, name):
        return {"f", "p"} if first.endswith("ات") else {"f"}
    return {"m", "p"}  # («الجيش»; a body of men may take a plural verb: «حزب الله»)


def _phrase_forms(head: str) -> set[str]:
    """The agreements an unnamed addressee takes by its head's key: a sound plural of people "p", a noun in
    «ـة» "f", a plural in «ـات» "f" and "p"; any other head may be a man's noun or a broken plural («الفصائل»)."""
    k = head.removeprefix("و")
    if plural_key(k):
        return {"p"}
    stem = k.removeprefix("ال")
    if len(stem) >= 3 and stem.endswith("ات"):
        return {"f", "p"}
    if stem.endswith("ه"):
        return {"f"}
    return {"m", "f", "p"}


def addressee_agrees(doc: Doc, i: int, eid: str | None, span: list[int]) -> bool:
    """Whether the clause's verb at token ``i`` agrees with the call's addressee: entity ``eid``, else the phrase
    ``span`` (module docstring)."""
    number = _verb_number(doc, i)
    if eid is not None:
        return number in _entity_forms(doc, eid)
    first = doc.token_at(span[0]) if span else None
    return first is not None and number in _phrase_forms(doc.tokens[first].norm_key)


def and_that_complement(doc: Doc, i: int, a: int) -> int | None:
    """The first token of the complement before the «وأن/وبأن» right before the verb at token ``i`` (sentence start
    ``a``): «إلى/على», or a noun with a glued «بـ» (module docstring); None where the verb has no «و» + «أن» before
    it or no complement opens within reach."""
    if i < 1 or not that_verb(doc, i) or not doc.tokens[i - 1].norm_key.startswith("و"):
        return None
    for h in range(i - 2, max(a, i - 2 - AND_THAT_REACH) - 1, -1):
        tok = doc.tokens[h]
        key = tok.norm_key
        if finite_verb(tok) or clause_break(tok.text) or key.removeprefix("و") in THAT_KEYS:
            return None
        if key in COMPLEMENT_PREPS:
            return h
        words = tok.words
        if len(words) > 1 and words[0].kind == "proclitic" and words[0].form == "ب":
            return h
    return None
