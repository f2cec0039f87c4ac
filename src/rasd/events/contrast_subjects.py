"""Round ev301: the subject a verb right after «لكنه/ولكنه» takes from the clause it contrasts with.

«لكن أوباما لم يصل إلى حد عرض معاهدة دفاع رسمية، لكنه أعلن عن إجراءات»: the pronoun on «لكن» is the verb's
subject, and it stands for the man the clause before names first («أوباما»). That clause is the sentence up to
«لكنه», or the sentence before where «لكنه» opens its own. The verb (a masculine one: no perfect in «ـت») takes
that man as its source, over an actor carried from further back («الولايات المتحدة»), where he is the first
person or body (not the press) named in that clause and no other person is named there; nothing where another
person is («قال فلان إن فلانا ... لكنه»), where the clause names a body first («وقالت الوزارة إن الوزير ...»),
or where the man is the event's target.

Round ev341: «لكنها/ولكنها» + a feminine verb («وكانت الحكومة قد أعلنت هدنة، لكنها قصفت البلدة») gives a verb with
no source the one feminine actor its clause names: a woman, a body whose name's head is feminine («الحكومة»,
«ميليشيات»), a state not among ``masculine_countries``; nothing where the clause names two (or none), as the
pronoun may then stand for either, or for a thing.
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from ..text.verb_gender import feminine_verb_strict, past_feminine
from .acting import ACTING_PLACES, is_press
from .forms import fw, nkey
from .source_set import name_source

CONTRAST_HIS = frozenset(nkey(w) for w in ("لكنه", "ولكنه"))
CONTRAST_HERS = frozenset(nkey(w) for w in ("لكنها", "ولكنها"))


def _clause_before(doc: Doc, t: int) -> tuple[int, int] | None:
    """The characters of the clause «لكنه» at token ``t`` contrasts with: its sentence up to it, or the sentence
    before where it opens its own."""
    at = doc.tokens[t].start
    k = next((i for i, s in enumerate(doc.sentences) if s.start <= at < s.end), None)
    if k is None:
        return None
    sent: Span = doc.sentences[k]
    if doc.text[sent.start : at].strip():
        return sent.start, at
    if k == 0:
        return None
    prev = doc.sentences[k - 1]
    return prev.start, prev.end


def _contrasted(doc: Doc, lo: int, hi: int) -> str | None:
    """The one man the clause ``lo..hi`` names first: the first person or body named there is a person, and no
    other person is named there."""
    named: list[tuple[int, str, str]] = []
    for ent in doc.entities:
        if ent.type not in ("PERSON", "ORGANIZATION") or is_press(ent):
            continue
        named.extend((m.start, ent.id, ent.type) for m in ent.mentions if lo <= m.start and m.end <= hi)
    if not named:
        return None
    named.sort()
    first_id, first_type = named[0][1], named[0][2]
    people = {eid for _, eid, etype in named if etype == "PERSON"}
    if first_type != "PERSON" or people != {first_id}:
        return None
    first = doc.entity(first_id)
    if first is None or first.attrs.get("gender") == "f":
        return None
    return first_id


def _feminine_actor(doc: Doc, eid: str) -> bool:
    """A woman, a body whose name opens with a feminine head («الحكومة السورية», «ميليشيات الحوثي») or a state not
    among ``masculine_countries`` (the press is left out)."""
    ent = doc.entity(eid)
    if ent is None or is_press(ent) or not ent.name:
        return False
    if ent.type == "PERSON":
        return ent.attrs.get("gender") == "f"
    if ent.type == "ORGANIZATION":
        head = nkey(ent.name.split()[0]).removeprefix("ال")
        return head.endswith(("ه", "ات")) and len(head) >= 4
    return ent.attrs.get("kind") in ACTING_PLACES and nkey(ent.name) not in fw("masculine_countries") and \
        ent.attrs.get("kind") == "country"


def _contrasted_her(doc: Doc, lo: int, hi: int) -> str | None:
    """The one feminine actor the clause ``lo..hi`` names (``_feminine_actor``), None where it names none or two."""
    found = {ent.id for ent in doc.entities if any(lo <= m.start and m.end <= hi for m in ent.mentions)
             and _feminine_actor(doc, ent.id)}
    return next(iter(found)) if len(found) == 1 else None


def contrast_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a masculine verb right after «لكنه/ولكنه» the man the clause before names first (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or t == 0:
            continue
        if doc.tokens[t - 1].norm_key in CONTRAST_HERS and ev.source is None and feminine_verb_strict(
                nkey(doc.tokens[t].text).removeprefix("و").removeprefix("ف")):
            clause = _clause_before(doc, t - 1)
            her = _contrasted_her(doc, *clause) if clause is not None else None
            if her is not None and her != ev.target:
                name_source(ev, her)  # round ev341: «، لكنها قصفت»
            continue
        if doc.tokens[t - 1].norm_key not in CONTRAST_HIS:
            continue
        if past_feminine(nkey(doc.tokens[t].text)):
            continue  # «لكنه تعرضت»: not the pronoun's verb
        clause = _clause_before(doc, t - 1)
        who = _contrasted(doc, *clause) if clause is not None else None
        if who is None or who == ev.source or who == ev.target:
            continue
        name_source(ev, who)
