"""Round ev361: talks «بين» two parties the article names are between them, past the noun's own genitive.

«إن محادثات الائتلاف الحكومي بين حزب العدالة والتنمية الحاكم وحزب الشعب الجمهوري تقدمت»: a talk or meeting event
(CAMEO 03 to 06) with no named source and no named target (the argument rules read the noun's genitive, «الائتلاف
الحكومي», the talks' topic, as an unnamed source), followed in its clause within a few words by «بين», a name right
after it and «و» + another name right after that one (past at most ``ADJECTIVES`` words of no name: «الحاكم»), has
the first as its source and the second as its target, in place of the phrases read before. The names are the
entity layer's mentions, so a name holding «و» («العدالة والتنمية») is one party.

Nothing where either is no actor (a town, a time: a country counts), where the two are one, or where a third name
follows in «و» («بين X وY وZ»: the sides unknown); the pair of peoples («بين المسؤولين الأتراك والإيرانيين») is
``between_peoples``'.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.marks import OPEN_QUOTES
from .forms import nkey
from .source_set import name_party
from .word_tests import clause_stop, mention_holding

REACH = 5  # tokens from the trigger to «بين»
ADJECTIVES = 2  # words of no name between the first name and «و» + the second
TALK_FAMILIES = ("03", "04", "05", "06")
BETWEEN = nkey("بين")
AND = "و"
ACTORS = ("PERSON", "ORGANIZATION")


def _party(doc: Doc, k: int) -> tuple[Entity, int] | None:
    """The actor whose mention starts in token ``k`` (a country counts, a town does not), with the index of the
    mention's last token."""
    tok = doc.tokens[k]
    m = mention_holding(doc, k) or next((x for x in doc.mentions if x.entity is not None
                                         and tok.start < x.start < tok.end), None)  # («وحزب»: past its «و»)
    ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
    if m is None or ent is None or not tok.start <= m.start < tok.end:
        return None
    if ent.type not in ACTORS and not (ent.type == "LOCATION" and ent.actor is not None and len(ent.actor) == 3):
        return None
    last = doc.token_at(m.end - 1)
    return (ent, last) if last is not None else None


def _and_party(doc: Doc, k: int, end: int) -> tuple[Entity, int] | None:
    """The party named in «و» at one of the first tokens from ``k`` (past at most ``ADJECTIVES`` words of no name)."""
    for n in range(k, min(end, k + ADJECTIVES + 1)):
        tok = doc.tokens[n]
        if clause_stop(tok.text) or mention_holding(doc, n) is not None and not tok.norm_key.startswith(AND):
            return None
        if tok.norm_key.startswith(AND) and len(tok.norm_key) > 1:
            return _party(doc, n)
    return None


def _pair(doc: Doc, k: int, end: int) -> tuple[str, str] | None:
    """The two parties named after «بين» at token ``k`` (module docstring)."""
    n = k + 1
    while n < end and doc.tokens[n].text in OPEN_QUOTES:
        n += 1
    first = _party(doc, n) if n < end else None
    if first is None:
        return None
    second = _and_party(doc, first[1] + 1, end)
    if second is None or second[0].id == first[0].id:
        return None
    nxt = second[1] + 1
    if nxt < end and doc.tokens[nxt].norm_key.startswith(AND) and _party(doc, nxt) is not None:
        return None  # («بين X وY وZ»)
    return first[0].id, second[0].id


def between_named(doc: Doc, events: list[Event]) -> None:
    """Give a talk «بين» two named parties those two (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.target is not None or ev.code[:2] not in TALK_FAMILIES:
            continue
        first = doc.token_from(ev.trigger.end)
        if first is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        for k in range(first, min(end, first + REACH)):
            if clause_stop(doc.tokens[k].text):
                break
            if doc.tokens[k].norm_key != BETWEEN:
                continue
            pair = _pair(doc, k, end)
            if pair is not None:
                name_party(ev, "source", pair[0])
                name_party(ev, "target", pair[1])
                ev.attrs["between_named"] = True
            break
