"""Round ev391: a verb act followed in its clause by a participle of saying («قائلا», ``saying_participles``) is done
by the one who says: «خرج نتنياهو لمواجهة الحملة؛ فهاجم السلطة الفلسطينية قائلا: «...»»: the quote layer gives the
participle's speaker (Netanyahu, the name the clause before told), where the events layer carried another actor
from an earlier event (the president of the paragraph before). Only for an event with no subject of its own (no
source, or one carried from outside its sentence), a participle within ``REACH`` words after the act with no other
verb act nor clause stop between (a comma may stand there), and a speaker the quote layer named; a masculine
participle («قائلا») for a verb that is not feminine, a feminine one («قائلة») for a feminine verb.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.verb_gender import verb_agreement
from .forms import fw_keys, nkey
from .source_set import name_party
from .word_tests import clause_stop

REACH = 10  # words from the act to the participle of saying
FEMININE_PARTICIPLE_END = nkey("ة")  # «قائلة»: a feminine participle (folded «ة» is «ه»)


def _participle_fits(verb: str, participle: str) -> bool:
    """The participle agrees with the verb in gender («فهاجم ... قائلا», «فهاجمت ... قائلة»)."""
    return (verb_agreement(nkey(verb)) == "f") == nkey(participle).endswith(FEMININE_PARTICIPLE_END)


def saying_doers(doc: Doc, events: list[Event]) -> None:
    """Give a verb act the speaker of the participle of saying that follows it in its clause (module doc)."""
    cues = [q for q in doc.quotes if q.actor() is not None and nkey(doc.text[q.cue.start : q.cue.end]).removeprefix(
        "و") in fw_keys("saying_participles")]
    if not cues:
        return
    for ev in events:
        if ev.attrs.get("pos") != "V" or (ev.source is not None and not ev.attrs.get("source_carried")):
            continue
        k = doc.token_at(ev.trigger.start)
        q = next((q for q in cues if ev.trigger.end <= q.cue.start < ev.sentence.end), None)
        p = doc.token_at(q.cue.start) if q is not None else None
        if q is None or k is None or p is None or p - k > REACH:
            continue
        if any(clause_stop(doc.tokens[t].text) for t in range(k + 1, p)) or any(
                o is not ev and ev.trigger.end <= o.trigger.start < q.cue.start and o.attrs.get("pos") == "V"
                for o in events):
            continue
        if not _participle_fits(doc.tokens[k].words[-1].norm, doc.text[q.cue.start : q.cue.end]):
            continue
        who = q.actor()
        if who is not None and who != ev.target and who != ev.source:
            name_party(ev, "source", who)
            ev.attrs.pop("source_carried", None)
