"""Round 229: «قُتل سبعة جنود أمس عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش»: an act of force with no source (a
killing told in the passive, its victims named) right before «عندما/حين/حينما» (``when_openers``, past its own
words, a comma right before it; round 270: past a toll joined by «، و» — «قتلوا، وفقد 15 آخرون عندما»,
``coordinated_toll_verbs``) whose clause opens with another act of force done by a party named after its verb («اقتحم متشددون
من X»: not a pronoun's, not the victims'), is done by that party. No other party may be named between the act and
«عندما», and the party must not stand in the act's own target («قتل خمسة من عناصر X عندما هاجم مقاتلو X»).

Round 279: the clause's act may be a masdar after a light verb («عندما قامت مجموعة من تنظيم داعش بالهجوم على»,
``light_verbs``, the masdar within ``SUBJECT_REACH`` words of it), and a doer the entity layer left unnamed
(«وقتل يومها ثمانية حراس حين اقتحم مسلحون المقار») is the killing's doer phrase (``source_text``)."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys
from .source_set import name_party, set_phrase
from .word_tests import clause_stop, verb_key

FORCE = ("18", "19", "20")  # CAMEO: assault, fight, mass violence
WHEN_REACH = 8  # tokens from the act to «عندما»
SUBJECT_REACH = 5  # tokens from the clause's verb to its named subject («اقتحم متشددون من تنظيم داعش»)


def _named_in(doc: Doc, ev: Event, lo: int, hi: int) -> bool:
    """Whether a party is named between ``lo`` and ``hi``, not in the victims' phrase of ``ev`` (round 279: «قتل
    ثلاثة جنود من اللواء 12، ... عندما»: the victims' unit is no other party)."""
    return any(lo <= m.start and m.end <= hi and not _victim(ev, m.start, m.end) for e in doc.entities
               for m in e.mentions)


def _toll_verb(doc: Doc, k: int) -> bool:
    """Token ``k`` is «و» + a verb of a toll told in the passive (``coordinated_toll_verbs``: «وفقد», «وأصيب»)."""
    key = doc.tokens[k].norm_key
    return key.startswith("و") and key[1:] in fw_keys("coordinated_toll_verbs")


def _clause_act(doc: Doc, k: int, by_start: dict[int, Event]) -> tuple[Event | None, int]:
    """The act of force the «عندما» clause at token ``k`` opens with and the token its doer is read after: the event
    of the verb right after «عندما» («اقتحم متشددون»), or of the masdar a light verb there governs («قامت مجموعة
    من تنظيم داعش بالهجوم»: the doer is read after the light verb)."""
    verb = doc.tokens[k + 1]
    other = by_start.get(verb.start)
    if other is not None:
        return (other, k + 1) if other.attrs.get("pos") != "N" else (None, k + 1)
    if verb_key(verb.text) not in fw("light_verbs"):
        return None, k + 1
    for t in range(k + 2, min(len(doc.tokens), k + 3 + SUBJECT_REACH)):
        if clause_stop(doc.tokens[t].text):
            break
        masdar = by_start.get(doc.tokens[t].start)
        if masdar is not None:
            return (masdar, k + 1) if masdar.attrs.get("pos") == "N" else (None, k + 1)
    return None, k + 1


def _victim(ev: Event, start: int, end: int) -> bool:
    """Whether the characters ``start``..``end`` lie in the target phrase of ``ev`` (the party is among the
    victims)."""
    span = ev.attrs.get("target_span")
    return isinstance(span, list) and len(span) == 2 and span[0] <= start and end <= span[1]


def when_clause_act(doc: Doc, ev: Event, by_start: dict[int, Event]) -> tuple[Event, int, int] | None:
    """The act of force the «عندما» clause right after ``ev`` opens with (within ``WHEN_REACH`` tokens, past a
    comma right before «عندما» or a toll joined by «، و»; no other act or clause between), with the token of
    «عندما» and the token its doer is read after; None where there is none. ``by_start``: events by trigger start."""
    last = doc.token_at(ev.trigger.end - 1)
    if doc.token_at(ev.trigger.start) is None or last is None:
        return None
    k, stop = last, last + 1 + WHEN_REACH
    while k + 1 < min(len(doc.tokens), stop):
        k += 1
        tok = doc.tokens[k]
        comma_before_when = tok.text in ("،", ",") and k + 1 < len(doc.tokens) \
            and doc.tokens[k + 1].norm_key.removeprefix("و") in fw("when_openers")
        toll_after = tok.text in ("،", ",") and k + 1 < len(doc.tokens) and _toll_verb(doc, k + 1)
        if tok.start >= ev.sentence.end or clause_stop(tok.text) and not comma_before_when and not toll_after \
                or tok.start in by_start and not _toll_verb(doc, k):
            return None
        if toll_after:
            stop = k + 2 + WHEN_REACH  # round 279: the reach starts again at the toll joined («، وأصيب عشرة من»)
        if tok.norm_key.removeprefix("و") not in fw("when_openers"):
            continue
        if k + 1 >= len(doc.tokens):
            return None
        other, v = _clause_act(doc, k, by_start)
        return (other, k, v) if other is not None and other.code.startswith(FORCE) else None
    return None


def _clause_doer(doc: Doc, ev: Event, by_start: dict[int, Event]) -> tuple[str | None, list[int] | None]:
    """The named doer (an entity id) or the unnamed doer phrase (its span) of the act of force that the
    «عندما» clause right after ``ev`` opens with (:func:`when_clause_act`; no other party named between ``ev``
    and «عندما»); (None, None) where there is none."""
    none: tuple[str | None, list[int] | None] = (None, None)
    found = when_clause_act(doc, ev, by_start)
    if found is None:
        return none
    other, k, v = found
    if _named_in(doc, ev, ev.trigger.end, doc.tokens[k].start):
        return none
    v_end = doc.tokens[v].end
    reach = doc.tokens[min(len(doc.tokens) - 1, v + SUBJECT_REACH)].end
    span = other.attrs.get("source_span")
    if other.source is None:
        phrase = isinstance(span, list) and len(span) == 2 and bool(other.attrs.get("source_text")) \
            and v_end <= span[0] and span[1] <= reach and not _victim(ev, span[0], span[1])
        return (None, list(span)) if phrase and isinstance(span, list) else none
    doer = doc.entity(other.source)
    if doer is None or not any(v_end <= m.start and m.end <= reach for m in doer.mentions):
        return none  # (a pronoun's doer, or one told far off)
    if any(_victim(ev, m.start, m.end) for m in doer.mentions):
        return none  # (the party is among the victims)
    return (doer.id, None) if doer.id != ev.target else none


def when_doers(doc: Doc, events: list[Event]) -> None:
    """Give a killing with no source the named doer of the act of force its «عندما» clause tells (module docstring)."""
    by_start = {o.trigger.start: o for o in events}
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") is not None or not ev.code.startswith(FORCE) \
                or ev.attrs.get("pos") == "N":
            continue
        doer, span = _clause_doer(doc, ev, by_start)
        if doer is not None:
            name_party(ev, "source", doer)
            ev.attrs["source_when_clause"] = True
        elif span is not None:  # round 279: «حين اقتحم مسلحون»: the doer phrase the entity layer left unnamed
            set_phrase(ev, "source", doc.text, span[0], span[1])
            ev.attrs["source_when_clause"] = True
