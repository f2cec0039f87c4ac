"""Round 113: the object pronoun of a main verb after a «حين» clause is the titled person that clause named.

«وحين خرج نائب المحافظ للاستماع لمطالب المتظاهرين، رشقه هؤلاء بعبوات المياه»: a verb trigger with no target
whose own object pronoun («ـه», «ـها»: the lexicon's reading of the trigger) opens the main clause right after the
comma that closes a clause of a temporal conjunction (function words ``temporal_conjunctions``: «حين», «عندما»,
«لما») stands for the one person that clause names, where the entity layer gave that person by a title (the name
after a title, or a title alone it linked to a named person: mentions of source ``title`` or ``coref``) and the
pronoun agrees with the person's gender. Nothing where the verb has «و/ف» (it may share the subject before), the
clause names another person or body, or the person is the event's own source: a null is better than a wrong party.
"""

from __future__ import annotations

from ..doc import Doc, Event, Mention
from ..text.normalize import COMMAS
from .forms import fw_keys, nkey
from .lexicon import match_token
from .source_set import name_party

TITLED = ("title", "coref")
REACH = 30  # tokens from the temporal conjunction to the comma
ACTORS = ("PERSON", "ORGANIZATION")


def _pronoun(doc: Doc, k: int) -> str:
    """The object pronoun the lexicon reads on the verb trigger at token ``k`` («رشقه»: «ه»), with no «و/ف»."""
    hit = match_token(doc.tokens, k)
    if hit is None or hit.pos != "V" or hit.cand.proclitics:
        return ""
    return hit.cand.enclitic if hit.cand.enclitic in ("ه", "ها") else ""


def _when_clause(doc: Doc, comma: int, first: int) -> tuple[int, int] | None:
    """The tokens (from, to) of the temporal clause that the comma at token ``comma`` closes: its conjunction at or
    after ``first`` (the sentence's first token), no other comma between."""
    for t in range(comma - 1, max(first, comma - REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in COMMAS:
            return None
        if nkey(text) in fw_keys("temporal_conjunctions"):
            return t + 1, comma
    return None


def _named(doc: Doc, lo: int, hi: int) -> list[Mention]:
    start, end = doc.tokens[lo].start, doc.tokens[hi].start
    return [m for m in doc.mentions if m.entity is not None and start <= m.start and m.end <= end]


def when_objects(doc: Doc, events: list[Event]) -> None:
    """Give a verb with its object pronoun after a «حين» clause the titled person that clause named."""
    for ev in events:
        if ev.target is not None or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        if k is None or first is None or k - 1 <= first or doc.tokens[k - 1].text not in COMMAS:
            continue
        pron = _pronoun(doc, k)
        clause = _when_clause(doc, k - 1, first) if pron else None
        if clause is None:
            continue
        named = _named(doc, *clause)
        ids = {m.entity for m in named if m.type in ACTORS}
        if len(ids) != 1 or not all(m.source in TITLED for m in named if m.type in ACTORS):
            continue
        eid = ids.pop()
        ent = doc.entity(eid)
        gender = ent.attrs.get("gender") if ent is not None else None
        if ent is None or ent.type != "PERSON" or eid == ev.source or gender != ("f" if pron == "ها" else "m"):
            continue
        name_party(ev, "target", eid)
        ev.attrs["target_when"] = True
