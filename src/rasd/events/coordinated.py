"""Round 178: «شن الفريق فلان هجوما حادا على قطر، واتهمها بدعم الإرهابيين»: a verb joined by «و» right after a comma,
with no subject of its own (named or not), goes on with the subject of the act told right before it in the sentence.
The verb takes that act's source where it is a named person or body, agrees with it (a verb in «ـت» is no man's act,
a verb without it no woman's, round ev430: a plural verb no one person's; after a verb, the two agree alike) and is
not its own target. Not for acts of force, coercion or protest (an unvowelled «وقتل», «واعتقل» may be a passive), nor
across another act."""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from ..text.verb_gender import past_feminine_object_off, verb_agreement
from .forms import nkey
from .source_set import name_party

ACTORS = ("PERSON", "ORGANIZATION")
HELD = ("ASSAULT", "COERCE", "PROTEST")  # (a passive reads the same unvowelled)


def coordinated_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb joined by «و» after a comma the source of the act right before it (module docstring)."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for n, ev in enumerate(ordered):
        if n == 0 or ev.source is not None or ev.attrs.get("source_text") or ev.attrs.get("pos") != "V" \
                or ev.plover in HELD:
            continue
        k = doc.token_at(ev.trigger.start)
        word = nkey(doc.text[ev.trigger.start:ev.trigger.end])
        if k is None or k == 0 or not word.startswith("و") or " " in word or doc.tokens[k - 1].text not in COMMAS:
            continue
        prev = ordered[n - 1]
        if prev.sentence != ev.sentence or prev.trigger.start == ev.trigger.start or prev.source is None \
                or prev.source == ev.target:
            continue
        ent = doc.entity(prev.source)
        if ent is None or ent.type not in ACTORS:
            continue
        if ent.type == "PERSON" and verb_agreement(word) == "p":
            continue  # round ev430: «ونفى فلان ...، ووجهوا إليه تهمة»: a plural verb is no one man's act
        feminine, gender = past_feminine_object_off(word), ent.attrs.get("gender")
        if (feminine and ent.type == "PERSON" and gender == "m") or (not feminine and gender == "f"):
            continue
        if prev.attrs.get("pos") == "V" and past_feminine_object_off(nkey(doc.text[prev.trigger.start:prev.trigger.end])) \
                != feminine:
            continue  # «وانتقدت فلانة ...، وأكد»: another subject
        name_party(ev, "source", prev.source)
