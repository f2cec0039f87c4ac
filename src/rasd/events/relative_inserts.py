"""Round 251: relative clauses set between a verb's subject and its object, and the antecedent of a relative verb
that does not agree with it.

- «اتهمت «وحدات حماية الشعب» الكردية، التي تقاتل تنظيم داعش في سوريا، وتعتبرها واشنطن «شريكا»، تركيا، أمس،
  باستهدافها»: a verb trigger whose named subject right after it is followed by «، الذي/التي/الذين» opens a relative
  clause set off by commas; the name right after the comma that closes it (itself followed by a comma, a word in
  «بـ» or the end of the sentence) is the verb's object: its target, in place of a name read inside the relative
  clause (its object, «تنظيم داعش») or of no target. Not for statements (CAMEO 01), nor where no such name
  follows (the verb has no object: «أعلنت الحكومة، التي ...، أمس، أن»).
- «الروس الذين رفضت فكرتهم»: a verb in the feminine singular perfect («ـت») right after «الذين» with an object
  that bears «ـهم» resuming the antecedent does not agree with it: the plural antecedent is no doer (the verb is
  an unvowelled passive or has another subject); a source read from it becomes the target, where there is none.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.normalize import COMMAS
from .arg_edges import phrase_span
from .forms import fw_keys, nkey
from .source_set import drop_phrase, name_party, set_phrase
from .word_tests import clause_stop, enclitic, entity_at, entity_starting

REACH = 30  # tokens from the relative pronoun to the comma that closes its clause
SUBJECT = 8  # tokens from the verb to the comma before the relative pronoun
QUOTES = ("«", "»", '"')
RELATIVES = frozenset(nkey(w) for w in ("الذي", "التي", "الذين"))
PLURAL_RELATIVE = nkey("الذين")
BI = "ب"


def _comma_relative(doc: Doc, k: int, end: int) -> int | None:
    """The relative pronoun after the comma that closes the subject of the verb at token ``k``."""
    for t in range(k + 1, min(end, k + SUBJECT)):
        text = doc.tokens[t].text
        if text in COMMAS:
            return t + 1 if t + 1 < end and doc.tokens[t + 1].norm_key in RELATIVES else None
        if clause_stop(text):
            return None
    return None


def _closes(doc: Doc, e: int, end: int) -> bool:
    """What follows a name ending at token ``e`` that leaves it a whole object: a comma, the end of the sentence or
    a word in «بـ» («تركيا باستهدافها»)."""
    n = e + 1
    while n < end and doc.tokens[n].text in QUOTES:
        n += 1
    if n >= end or clause_stop(doc.tokens[n].text):
        return True
    key = doc.tokens[n].norm_key
    return key.startswith(BI) or key in fw_keys("adverbs") or key in fw_keys("adverbial_words")  # («بشدة», «أمس»)


def _object_after(doc: Doc, rel: int, end: int) -> tuple[Entity, int] | None:
    """The name after the comma that closes the relative clause opened at token ``rel`` and where it starts."""
    for c in range(rel + 2, min(end - 1, rel + REACH)):
        if doc.tokens[c].text not in COMMAS:
            continue
        t = c + 1
        while t < end and doc.tokens[t].text in QUOTES:
            t += 1
        ent = entity_starting(doc, t) if t < end else None
        if ent is None and t + 1 < end and not clause_stop(doc.tokens[t].text) and entity_at(doc, t) is None:
            ent = entity_starting(doc, t + 1)  # «حركة حماس»: a head noun and its name
            t += 1
        if ent is None:
            continue
        e = t
        while e + 1 < end and (x := entity_at(doc, e + 1)) is not None and x.id == ent.id:
            e += 1
        if _closes(doc, e, end):
            return ent, c
    return None


def _inside(doc: Doc, ev: Event, lo: int, hi: int) -> bool:
    """Whether the event's target is none or is read inside characters [lo, hi) of its sentence (named nowhere else
    in it)."""
    span = phrase_span(ev, "target")
    if ev.target is None:
        return span is None or lo <= span[0] < hi
    ent = doc.entity(ev.target)
    if ent is None:
        return False
    told = [m.start for m in ent.mentions if ev.sentence.start <= m.start < ev.sentence.end]
    return bool(told) and all(lo <= m < hi for m in told)


def _inserted(doc: Doc, ev: Event, k: int, end: int) -> None:
    if ev.code.startswith("01"):
        return
    rel = _comma_relative(doc, k, end)
    found = _object_after(doc, rel, end) if rel is not None else None
    if rel is None or found is None:
        return
    ent, c = found
    lo, hi = doc.tokens[k].end, doc.tokens[rel].start
    src = doc.entity(ev.source)
    span = phrase_span(ev, "source")
    if ent.id == ev.source or not (any(lo <= m.start < hi for m in src.mentions) if src is not None else (
            span is not None and lo <= span[0] < hi)):
        return  # (the subject is the one named or told right after the verb)
    if _inside(doc, ev, doc.tokens[rel].start, doc.tokens[c].start):
        name_party(ev, "target", ent.id)


def _disagreeing(doc: Doc, ev: Event, k: int, end: int) -> None:
    if k < 1 or k + 1 >= end or doc.tokens[k - 1].norm_key != PLURAL_RELATIVE:
        return
    verb = doc.tokens[k]
    if len(verb.words) != 1 or not verb.norm_key.endswith("ت") or enclitic(doc.tokens[k + 1]) != "هم":
        return
    span = phrase_span(ev, "source")
    before = doc.tokens[k - 1].start
    if span is not None and span[1] <= before and ev.source is None:
        if ev.target is None and not phrase_span(ev, "target"):
            set_phrase(ev, "target", doc.text, span[0], span[1])
        drop_phrase(ev, "source")
    elif ev.source is not None and any(m.end <= before and before - m.end <= 2 for m in doc.mentions
                                       if m.entity == ev.source):
        ev.target = ev.source if ev.target is None and not phrase_span(ev, "target") else ev.target
        ev.source = None


def relative_inserts(doc: Doc, events: list[Event]) -> None:
    """Read past a relative clause set off by commas, and drop a plural antecedent as the doer of a verb that does
    not agree with it (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        end = doc.token_from(ev.sentence.end)
        if k is None:
            continue
        end = len(doc.tokens) if end is None else end
        _inserted(doc, ev, k, end)
        _disagreeing(doc, ev, k, end)
