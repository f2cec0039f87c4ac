"""Round 178: «شن الفريق فلان هجوما حادا على قطر، واتهمها بدعم الإرهابيين»: a verb joined by «و» right after a comma,
with no subject of its own (named or not), goes on with the subject of the act told right before it in the sentence.
The verb takes that act's source where it is a named person or body, agrees with it (a verb in «ـت» is no man's act,
a verb without it no woman's, round ev430: a plural verb no one person's; after a verb, the two agree alike) and is
not its own target. Not for acts of force, coercion or protest (an unvowelled «وقتل», «واعتقل» may be a passive), nor
across another act.

Round ev588: «انتقد الرئيس فلان روسيا، وطالب إيران بوقف ...», «أدان مجلس الأمن الهجوم، وفرض عليها حظرا»: where the
argument rules read the verb's object as its source, the same holds: the phrase right after the verb (or after a
preposition with a pronoun, «عليه»: function words ``pronoun_prepositions``) is an object where it cannot agree
with a masculine verb as its subject (a state not among ``masculine_countries``, a body with a feminine head:
``contrast_subjects._feminine_actor``, «دول الخليج»: ``member_states_words``) or is an indefinite accusative in «ـا» («حظرا»). Such a verb is no passive,
so acts of force and coercion go on too; the object, where no target is read, becomes the target."""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from ..text.verb_gender import past_feminine_object_off, verb_agreement
from .contrast_subjects import _feminine_actor
from .forms import fw_keys, nkey
from .source_set import name_party

ACTORS = ("PERSON", "ORGANIZATION")
HELD = ("ASSAULT", "COERCE", "PROTEST")  # (a passive reads the same unvowelled)


def coordinated_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb joined by «و» after a comma the source of the act right before it (module docstring)."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    for n, ev in enumerate(ordered):
        if n == 0 or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        word = nkey(doc.text[ev.trigger.start:ev.trigger.end])
        if k is None or k == 0 or not word.startswith("و") or " " in word or doc.tokens[k - 1].text not in COMMAS:
            continue
        held = _object_as_source(doc, ev, k, word)  # round ev588: the object read as the source
        if not held and (ev.source is not None or ev.attrs.get("source_text") or ev.plover in HELD):
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
        if held and ev.target is None and ev.source is not None:
            ev.target = ev.source  # «وطالب إيران بـ»: whom he calls on
        name_party(ev, "source", prev.source)


def _object_as_source(doc: Doc, ev: Event, k: int, word: str) -> bool:
    """Round ev588: the source read for the verb at token ``k`` is its object: the phrase right after it («وطالب
    إيران بـ») or after a preposition with a pronoun («وفرض عليها حظرا»), a feminine state or body after a masculine
    singular verb, an unnamed indefinite accusative in «ـا» («حظرا»; not «ـيا», a name), or an unnamed phrase that
    opens with the preposition and pronoun («ووجهت لهما تهمة»: no subject; not for acts read as ``HELD``)."""
    j = k + 1
    pp = j < len(doc.tokens) and _pronoun_preposition(doc, j)
    j += 1 if pp else 0
    if j >= len(doc.tokens):
        return False
    tok = doc.tokens[j]
    if ev.source is not None:
        ent = doc.entity(ev.source)
        return ent is not None and any(m.start == tok.start for m in ent.mentions) and verb_agreement(word) == "m" \
            and (_feminine_actor(doc, ev.source) or _states(ent.name))
    span = ev.attrs.get("source_span")
    if not isinstance(span, list):
        return False
    if pp and span[0] == doc.tokens[k + 1].start and ev.plover not in HELD:
        return True
    key = tok.norm_key
    return span[0] == tok.start and len(tok.words) == 1 and not key.startswith("ال") and len(key) >= 4 \
        and key.endswith("ا") and not key.endswith(("يا", "اا"))


def _states(name: str) -> bool:
    """A body named as states («دول الخليج»: function words ``member_states_words``), a plural of things that agrees
    as a feminine singular."""
    return bool(name) and nkey(name.split()[0]).removeprefix("ال") in fw_keys("member_states_words")


def _pronoun_preposition(doc: Doc, j: int) -> bool:
    """Token ``j`` is a preposition with a pronoun and nothing else («عليه», «لهما»: function words
    ``pronoun_prepositions``, or a proclitic and an enclitic)."""
    tok = doc.tokens[j]
    words = tok.words
    return tok.norm_key in fw_keys("pronoun_prepositions") or (len(words) == 2 and words[0].kind == "proclitic"
                                                               and words[1].kind == "enclitic")
