"""Round ev589: the doer genitive of a light masdar is the doer of the act noun that is its object.

«جراء تنفيذ الطيران الحربي عدة غارات على بلدة», «بعد شن قوات النظام هجوما على المدينة»: a light masdar (function
words ``act_light_masdars``: «تنفيذ», «شن», «إجراء») takes its doer as a genitive right after it (a name, a plural of
people or a force, :func:`.lam_objects._doer_head`, with at most ``DOER_WORDS`` words of its adjectives) and then
the act itself as its object, past at most one counting word (``surround_quantifiers``, ``partitive_quantifiers``:
«عدة غارات»). An act with no source (named or unnamed) whose trigger is that object has the genitive as its source:
the one named there, else its phrase. Nothing where the word after the light masdar is no doer («تنفيذ الاتفاق»,
«شن غارات»), where a clitic, a comma or a clause stop comes between, or where the genitive runs past
``DOER_WORDS`` words.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .lam_objects import _doer_head
from .source_set import name_party, set_phrase
from .word_tests import entity_starting, entity_within, phrase_break

DOER_WORDS = 3  # words of the doer genitive: its head and adjectives («الطيران الحربي النظامي»)
COUNTERS = ("surround_quantifiers", "partitive_quantifiers")


def _light(doc: Doc, m: int) -> bool:
    """Token ``m`` is a light masdar, bare or after a preposition («تنفيذ», «بشن», «لإجراء»)."""
    words = doc.tokens[m].words
    if not words or words[-1].kind != "stem" or any(w.kind == "enclitic" for w in words):
        return False
    return nkey(words[-1].form) in fw_keys("act_light_masdars")


def _doer_span(doc: Doc, k: int) -> tuple[int, int] | None:
    """(first, last token) of the light masdar's doer genitive that ends right before the act noun at token ``k``
    (past one counting word), or None."""
    end = k - 1
    if end >= 0 and doc.tokens[end].norm_key in fw(COUNTERS[0]) | fw(COUNTERS[1]):
        end -= 1  # («عدة غارات»)
    for g in range(end, max(end - DOER_WORDS, 0), -1):
        if not _light(doc, g - 1):
            continue
        if not _doer_head(doc, g) or any(len(doc.tokens[t].words) != 1 or phrase_break(doc, t)
                                         for t in range(g, end + 1)):
            return None
        ent = entity_starting(doc, g)
        if ent is None and any(entity_within(doc, t) is not None for t in range(g + 1, end + 1)):
            return None  # (a name inside the phrase but not at its head)
        return g, end
    return None


def light_masdar_doers(doc: Doc, events: list[Event]) -> None:
    """Give an act noun that is a light masdar's object the masdar's doer genitive as its source (module
    docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span"):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k != doc.token_at(ev.trigger.end - 1) or len(doc.tokens[k].words) != 1 or k < 2:
            continue
        found = _doer_span(doc, k)
        if found is None:
            continue
        g, last = found
        ent = entity_starting(doc, g)
        if ent is not None and ev.target == ent.id:
            continue
        if ent is not None:
            name_party(ev, "source", ent.id)
        else:
            set_phrase(ev, "source", doc.text, doc.tokens[g].start, doc.tokens[last].end)
