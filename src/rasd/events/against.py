"""Round 161: «ضد X» right after an act of conflict names whom it is against. «هجمات كبيرة ضد أهداف غربية»,
«فرض العقوبات سريعا ضد طهران», «احتجاجات ضد الفساد», «هجوما «واسع النطاق» ضد تنظيم داعش»: an event of CAMEO
11 to 20 (disapproval to mass violence) with no target, followed within a few words (its adjectives, quotation
marks, a relative light verb: no comma, no preposition, glued or not) by «ضد», has as its target what «ضد» governs: the entity
named there, else the noun with the definite words after it (its
genitive, its adjectives: at most three words). Statements and promises are left alone: «وتعهد
بمواصلة «الجهاد» ضد الحكومة» (the fight is against it, not the promise); so are acts that have a target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import nkey
from .source_set import set_phrase
from .word_tests import clause_stop, entity_at, phrase_break

GAP = 3  # words (quotation marks not counted) between the trigger and «ضد»
QUOTES = ("«", "»", '"', "{", "}")
PREPOSITIONS = ("ل", "ب", "ك")  # a glued preposition opens another phrase («اتهاماته لإيران بدعم الهجمات ضد»)
CODES = tuple(str(n) for n in range(11, 21))


def _against_at(doc: Doc, end: int) -> int | None:
    """The token of «ضد» after the trigger's last token ``end``, within GAP words, or None."""
    words = 0
    for k in range(end + 1, min(len(doc.tokens), end + 2 * GAP + 2)):
        text = doc.tokens[k].text
        if text in QUOTES:
            continue
        if nkey(text) == "ضد":
            return k
        words += 1
        governed = any(w.kind == "proclitic" and nkey(w.form) in PREPOSITIONS for w in doc.tokens[k].words)
        if words > GAP or governed or clause_stop(text) or phrase_break(doc, k):
            return None
    return None


def against_targets(doc: Doc, events: list[Event]) -> None:
    """Give each act of conflict with no target the one «ضد» right after it governs (module docstring)."""
    for ev in events:
        if ev.target is not None or ev.attrs.get("target_span") or not ev.code[:2] in CODES:
            continue
        end = doc.token_at(ev.trigger.end - 1)
        k = _against_at(doc, end) if end is not None else None
        if k is None:
            continue
        n = k + 1
        while n < len(doc.tokens) and doc.tokens[n].text in QUOTES:
            n += 1
        if n >= len(doc.tokens) or phrase_break(doc, n):
            continue
        ent = entity_at(doc, n)
        if ent is not None:
            if ent.id != ev.source:
                ev.target = ent.id
            continue
        last = n
        while last + 1 < len(doc.tokens) and last - n < 2 and doc.tokens[last + 1].norm_key.startswith("ال") \
                and not phrase_break(doc, last + 1):  # its genitive and definite adjectives («قوات الحرس الجمهوري»)
            last += 1
        start, stop = doc.tokens[n].start, doc.tokens[last].end
        set_phrase(ev, "target", doc.text, start, stop)
