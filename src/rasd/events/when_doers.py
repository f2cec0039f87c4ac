"""Round 229: «قُتل سبعة جنود أمس عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش»: an act of force with no source (a
killing told in the passive, its victims named) right before «عندما/حين/حينما» (``when_openers``, past its own
words, a comma right before it; round 270: past a toll joined by «، و» — «قتلوا، وفقد 15 آخرون عندما»,
``coordinated_toll_verbs``) whose clause opens with another act of force done by a party named after its verb («اقتحم متشددون
من X»: not a pronoun's, not the victims'), is done by that party. No other party may be named between the act and
«عندما», and the party must not stand in the act's own target («قتل خمسة من عناصر X عندما هاجم مقاتلو X»)."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .word_tests import clause_stop

FORCE = ("18", "19", "20")  # CAMEO: assault, fight, mass violence
WHEN_REACH = 8  # tokens from the act to «عندما»
SUBJECT_REACH = 5  # tokens from the clause's verb to its named subject («اقتحم متشددون من تنظيم داعش»)


def _named_in(doc: Doc, lo: int, hi: int) -> bool:
    return any(lo <= m.start and m.end <= hi for e in doc.entities for m in e.mentions)


def _toll_verb(doc: Doc, k: int) -> bool:
    """Token ``k`` is «و» + a verb of a toll told in the passive (``coordinated_toll_verbs``: «وفقد», «وأصيب»)."""
    key = nkey(doc.tokens[k].text)
    return key.startswith("و") and key[1:] in fw_keys("coordinated_toll_verbs")


def _clause_doer(doc: Doc, ev: Event, by_start: dict[int, Event]) -> str | None:
    t = doc.token_at(ev.trigger.start)
    last = doc.token_at(ev.trigger.end - 1)
    if t is None or last is None:
        return None
    for k in range(last + 1, min(len(doc.tokens), last + 1 + WHEN_REACH)):
        tok = doc.tokens[k]
        comma_before_when = tok.text in ("،", ",") and k + 1 < len(doc.tokens) \
            and nkey(doc.tokens[k + 1].text).removeprefix("و") in fw("when_openers")
        toll_after = tok.text in ("،", ",") and k + 1 < len(doc.tokens) and _toll_verb(doc, k + 1)
        if tok.start >= ev.sentence.end or clause_stop(tok.text) and not comma_before_when and not toll_after \
                or tok.start in by_start and not _toll_verb(doc, k):
            return None
        if nkey(tok.text).removeprefix("و") not in fw("when_openers"):
            continue
        if k + 1 >= len(doc.tokens) or _named_in(doc, ev.trigger.end, tok.start):
            return None
        other = by_start.get(doc.tokens[k + 1].start)
        if other is None or not other.code.startswith(FORCE) or other.source is None or other.attrs.get("pos") == "N":
            return None
        doer = doc.entity(other.source)
        v_end = doc.tokens[k + 1].end
        reach = doc.tokens[min(len(doc.tokens) - 1, k + 1 + SUBJECT_REACH)].end
        if doer is None or not any(v_end <= m.start and m.end <= reach for m in doer.mentions):
            return None  # (a pronoun's doer, or one told far off)
        span = ev.attrs.get("target_span")
        if isinstance(span, list) and len(span) == 2 and any(span[0] <= m.start and m.end <= span[1]
                                                             for m in doer.mentions):
            return None  # (the party is among the victims)
        return doer.id if doer.id != ev.target else None
    return None


def when_doers(doc: Doc, events: list[Event]) -> None:
    """Give a killing with no source the named doer of the act of force its «عندما» clause tells (module docstring)."""
    by_start = {o.trigger.start: o for o in events}
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") is not None or not ev.code.startswith(FORCE) \
                or ev.attrs.get("pos") == "N":
            continue
        doer = _clause_doer(doc, ev, by_start)
        if doer is not None:
            ev.source = doer
            ev.attrs["source_when_clause"] = True
