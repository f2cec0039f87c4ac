"""Round 285: «سيستقبلهم»: the guests a host verb's plural or dual object pronoun stands for.

A verb of hosting («استقبل»: the ``host`` entry) with «ـهم/ـهما» on it and no target of its own receives the guests
told just before it, in its sentence or the one before:

- two persons named with «و» between them («ناصر جودة ونظيره الإماراتي فلان ...، واستقبلهما الرئيس»): the first of
  them (the stage makes one event per target; a null is better than a guessed second);
- with «ـهم», an unnamed plural of guests or officials (function words ``guest_plurals``: «الملوك والرؤساء»,
  «وزراء خارجية دول الخليج») nearer than any such pair: that phrase, over its «و» conjuncts and its genitives.

The host itself is no guest («واستقبلهما الرئيس فلان»: a person of the event's source is skipped), and a «ـهم» on
another word («واستقبل أبناءهم») is no object of the verb.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .forms import fw, fw_keys, nkey
from .source_set import set_phrase
from .word_tests import enclitic, finite_verb

HOST = "host"  # the trigger entry of «استقبل»
PAIR_GAP = 6  # tokens between the two persons of a named pair («فلان ونظيره الإماراتي فلان»)
STOPS = ("،", ",", ".", "؛", ":", "«", "»")


def _window_start(doc: Doc, ev: Event) -> int:
    """The first token of the sentence before the event's sentence (or of its own where it is the first)."""
    before = [s for s in doc.sentences if s.end <= ev.sentence.start]
    start = before[-1].start if before else ev.sentence.start
    return doc.token_from(start) or 0


def _named_pair(doc: Doc, a: int, i: int, skip: str | None) -> tuple[int, str] | None:
    """The nearest two PERSON mentions before token ``i`` (from ``a``) with a «و» word between them and no stop:
    (the first token of the second, the entity of the first)."""
    index = mention_index(doc)
    persons = []  # (first token, last token, entity), in text order
    k = a
    while k < i:
        hit = index.get(k)
        if hit is None or hit[1] != "PERSON" or hit[0] == skip:
            k += 1
            continue
        last = k
        while last + 1 < i and index.get(last + 1) is not None and index[last + 1][2] == hit[2]:
            last += 1
        persons.append((k, last, hit[0]))
        k = last + 1
    for (i1, j1, e1), (i2, _j2, e2) in reversed(list(zip(persons, persons[1:]))):
        between = doc.tokens[j1 + 1 : i2]
        if e1 == e2 or len(between) > PAIR_GAP or any(t.text in STOPS for t in between):
            continue
        if any(nkey(t.text).startswith("و") for t in between) or doc.tokens[i2].norm_key.startswith("و"):
            return i2, e1
    return None


def _guest(key: str, guests: frozenset[str]) -> bool:
    """Whether a word's key is a guest plural, with or without a «و» of coordination («والرؤساء», «وزراء»)."""
    return key in guests or key.removeprefix("و") in guests


def _runs_on(doc: Doc, last: int, guests: frozenset[str]) -> bool:
    """Whether the guest phrase ending at token ``last`` runs on over the next token: a genitive after a head in
    construct («وزراء خارجية دول الخليج»), a definite adjective, a name or a «و» guest conjunct; never a stop, a
    preposition, a word with a pronoun or a verb."""
    toks = doc.tokens
    nxt = toks[last + 1]
    key = nxt.norm_key
    if nxt.text in STOPS or key in fw("prepositions") or enclitic(nxt) != "" or finite_verb(nxt):
        return False
    return (not toks[last].norm_key.removeprefix("و").startswith("ال") or key.startswith("ال")
            or last + 1 in mention_index(doc) or _guest(key, guests))


def _guest_phrase(doc: Doc, a: int, i: int) -> tuple[int, int] | None:
    """The nearest unnamed guest plural before token ``i`` (from ``a``), as (first token, last token) over its «و»
    conjuncts of guest words and the genitive words after it, up to a preposition, a stop or a verb."""
    toks = doc.tokens
    guests = fw_keys("guest_plurals")
    for k in range(i - 1, a - 1, -1):
        if not _guest(toks[k].norm_key, guests):
            continue
        first = k
        while first - 1 >= a and toks[first].norm_key.startswith("و") \
                and _guest(toks[first - 1].norm_key, guests):
            first -= 1  # back to the first conjunct: «الملوك والرؤساء» read from «الرؤساء»
        last = k
        while last + 1 < i and _runs_on(doc, last, guests):
            last += 1
        return first, last
    return None


def received_guests(doc: Doc, events: list[Event]) -> None:
    """Give a host verb with «ـهم/ـهما» and no target the guests told before it (module docstring)."""
    for ev in events:
        if ev.attrs.get("trigger_id") != HOST or ev.attrs.get("pos") != "V" or ev.target is not None \
                or ev.attrs.get("target_span"):
            continue
        i = doc.token_at(ev.trigger.start)
        if i is None:
            continue
        pron = enclitic(doc.tokens[i])
        if pron not in ("هم", "هما"):
            continue
        a = _window_start(doc, ev)
        pair = _named_pair(doc, a, i, ev.source)
        phrase = _guest_phrase(doc, a, i) if pron == "هم" else None
        if phrase is not None and (pair is None or phrase[0] > pair[0]):
            start, end = doc.tokens[phrase[0]].start, doc.tokens[phrase[1]].end
            set_phrase(ev, "target", doc.text, start, end)
            ev.attrs["target_guests"] = True
        elif pair is not None:
            ev.target = pair[1]
            ev.attrs["target_guests"] = True
