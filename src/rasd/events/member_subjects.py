"""Round 251: «حيث استهدفت فصائل من المعارضة مواقع تابعة للقوات النظامية»: after a verb, an indefinite phrase with
«من» + a definite group («فصائل من المعارضة», «عناصر من الجيش») followed by a noun phrase of its own names the
members of the group who act: it is the verb's subject, and the phrase after it the object.

A verb trigger read with no source whose target is the unnamed phrase right after it, indefinite (no article, no
pronoun, no number), followed by «من» and a definite word, then by a phrase with no preposition (not a time, not a
comma, not «و»), gets as its source the phrase through the group (or the group's entity where it is named) and as
its target that following phrase (its entity where it starts with a name).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .arg_edges import phrase_span
from .forms import nkey
from .source_set import name_party, set_party, set_phrase
from .word_tests import entity_at, entity_starting, phrase_break, starts_in_time

OF = nkey("من")
WORDS = 6  # words of the object phrase
ARTICLE = "ال"


def _group_end(doc: Doc, g: int, end: int) -> int:
    """The last token of the group phrase starting at token ``g`` («المعارضة السورية», a name of several words)."""
    ent = entity_at(doc, g)
    last = g
    while last + 1 < end and ent is not None and (x := entity_at(doc, last + 1)) is not None and x.id == ent.id:
        last += 1
    return last


def _object(doc: Doc, o: int, end: int) -> int | None:
    """The last token of the object phrase from token ``o``: None where it opens on a break, a time or «و»."""
    if o >= end or phrase_break(doc, o) or starts_in_time(doc, doc.tokens[o]) or doc.tokens[o].norm_key[:1] == "و":
        return None
    words = doc.tokens[o].words
    if len(words) > 1 and words[0].kind == "proclitic":
        return None
    last = o
    while last + 1 < end and last + 1 - o < WORDS and not phrase_break(doc, last + 1) and _goes_on(doc, last + 1):
        last += 1
    return last


def _goes_on(doc: Doc, t: int) -> bool:
    """Token ``t`` carries on the object phrase: a plain word, or one in «لـ» («مواقع تابعة للقوات»)."""
    words = doc.tokens[t].words
    return len(words) == 1 and entity_starting(doc, t) is None or (
        len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ل")


def member_subjects(doc: Doc, events: list[Event]) -> None:
    """Read «فعل + أعضاء من الجماعة + مفعول» as subject and object (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V" or ev.source is not None or phrase_span(ev, "source") is not None:
            continue
        span = phrase_span(ev, "target")
        k = doc.token_at(ev.trigger.start)
        end = doc.token_from(ev.sentence.end)
        if span is None or ev.target is not None or k is None or k + 4 >= len(doc.tokens):
            continue
        end = len(doc.tokens) if end is None else end
        head = doc.tokens[k + 1]
        key = head.norm_key
        if head.start != span[0] or key.startswith(ARTICLE) or len(head.words) != 1 or not key.isalpha() or \
                entity_at(doc, k + 1) is not None or doc.tokens[k + 2].norm_key != OF:
            continue
        g = k + 3
        if not doc.tokens[g].norm_key.startswith(ARTICLE):
            continue
        last = _group_end(doc, g, end)
        o = last + 1
        obj_end = _object(doc, o, end)
        if obj_end is None:
            continue
        group = entity_at(doc, g)
        set_party(ev, "source", group.id if group is not None else None, doc.text, head.start, doc.tokens[last].end)
        named = entity_starting(doc, o)
        if named is not None and named.id != ev.source:
            name_party(ev, "target", named.id)
        else:
            set_phrase(ev, "target", doc.text, doc.tokens[o].start, doc.tokens[obj_end].end)
