"""Round ev1011: the victims of a verb of dying told in the passive are never the source of the act.

«استشهد وجرح عشرات الأشخاص جراء تنفيذ الطيران الحربي عدة غارات على مدينة أريحا», «جرح 12 شخصا، واستهدفت الطائرات
سوقا»: a singular verb of dying or hurt (function words ``victim_subject_verbs``) whose phrase after it opens
indefinite (a count, «عشرات», an indefinite noun) or that follows another such verb («استشهد وجرح») tells what befell
that phrase: the phrase read as its source is the victims, its target. The act of force (CAMEO 18–20) told after it
in its sentence, with no other act between, did it: the verb's event takes that act's doer and, where it has none,
its place. An act of force after it whose doer phrase is those victims loses it. (An active verb with a definite
subject, «قتل الجيش خمسة مسلحين», names the killer and stays as it is; so does one whose phrase read as its source has
its object right after it, «قتل مسلحون خمسة جنود», «وقتل مسلحون جنودا سعوديين»: round tf1024.) Round tf1028: a
phrase read in a preposition's phrase («وقتل جنديان برصاص مسلحين») is the killer, no victims; past a comma only an act
of force right after it («، واستهدفت») or in a «when» clause («، عندما انفجر») did it («، وفي غضون ذلك شنت», «، بعد أسبوع من الغارات», «، وقالت» none); and
no doer named among the victims («قتل خمسة من مقاتلي جبهة النصرة عندما اقتحم مسلحون من جبهة النصرة»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunk_type import chunk_flags
from .forms import fw_keys, nkey
from .source_set import copy_phrase, drop_phrase, name_party, set_phrase
from .word_tests import clause_break, key_at, past_conjunction

FORCE = ("18", "19", "20")  # CAMEO: assault, fight, mass violence
SUBJECT_REACH = 4  # tokens from the verb to the start of the phrase read as its source («عشرات الأشخاص»)
ACT_REACH = 20  # tokens from the verb to the act of force that did it


def _victim_verb(doc: Doc, v: int) -> bool:
    """Whether token ``v`` is a singular verb of dying or hurt (``victim_subject_verbs``)."""
    return past_conjunction(key_at(doc, v)) in fw_keys("victim_subject_verbs")


def _past_verbs(doc: Doc, v: int) -> int:
    """The first token after the verb of dying at token ``v`` and the ones joined to it («قتل وجرح عشرات»)."""
    first = v + 1
    while first < len(doc.tokens) and _victim_verb(doc, first):
        first += 1
    return first


def _passive(doc: Doc, v: int) -> bool:
    """Whether the verb of dying at token ``v`` is read in the passive: the word after it (and the verbs joined to it)
    opens no definite phrase («جرح عشرات الأشخاص», «قتل وجرح 5 أشخاص»), or it follows another verb of dying
    («استشهد وجرح»). Not before a preposition: «1280 شخصا قتل خلال هجوم» tells the victims before it."""
    first = _past_verbs(doc, v)
    if first >= len(doc.tokens) or clause_break(doc.tokens[first].text):
        return False
    if not doc.tokens[first].norm_key.startswith("ال") and _in_phrase(doc.tokens[first].text):
        return True
    return v > 0 and _victim_verb(doc, v - 1)


def _object_after(doc: Doc, ev: Event) -> bool:
    """Whether the target phrase of ``ev`` opens on the word right after its source phrase, with no preposition: the
    verb's object, so the phrase before it is the doer of an active verb («قتل مسلحون خمسة جنود»)."""
    src, tgt = ev.attrs.get("source_span"), ev.attrs.get("target_span")
    if not isinstance(src, list):
        return False
    last = doc.token_at(int(src[1]) - 1)
    if last is not None and last + 1 < len(doc.tokens) and chunk_flags(doc.tokens[last + 1].text, False)[2]:
        return True  # round tf1029: a count right after the doer is the object, whatever target was read from it
    if not isinstance(tgt, list):  # («قتل مسلحون ثلاثة ضباط من الجيش اللبناني»: the target is the army)
        return False
    first = doc.token_at(int(tgt[0]))
    return last is not None and first == last + 1 and nkey(doc.tokens[first].text) not in fw_keys("prepositions")


def _victims_span(doc: Doc, ev: Event, v: int) -> tuple[int, int] | None:
    """The span (from the first word after the verbs of dying at token ``v``) of the phrase ``ev`` reads as its
    source, where it opens within ``SUBJECT_REACH`` tokens after the verb; None otherwise."""
    held = ev.attrs.get("source_span")
    if not isinstance(held, list):
        return None
    first = _past_verbs(doc, v)  # «قتل وجرح عشرات الأشخاص»
    start = doc.token_at(int(held[0]))
    if start is None or first >= len(doc.tokens) or not v < start <= v + SUBJECT_REACH:
        return None
    if any(_prepositional(doc, k) for k in range(first, start + 1)):
        return None  # round tf1028: «وقتل جنديان برصاص مسلحين»: the phrase in «بـ» is the killer
    return doc.tokens[first].start, int(held[1])


def _prepositional(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a preposition or has one glued to it («برصاص», «لقوات»)."""
    words = doc.tokens[k].words
    if len(words) >= 2 and words[0].kind == "proclitic" and words[0].form in ("ب", "ل", "ك"):
        return True
    return nkey(doc.tokens[k].text) in fw_keys("prepositions")


def _told_victims(doc: Doc, v: int) -> tuple[int, int] | None:
    """The span of the indefinite victims' phrase right after the verbs of dying at token ``v`` («عشرات الأشخاص
    جراء»: up to a word of cause, a preposition, a «و» word or a comma), where no party was read from it."""
    toks = doc.tokens
    first = _past_verbs(doc, v)
    if first >= len(toks) or toks[first].norm_key.startswith("ال"):
        return None
    last = first
    while last + 1 < min(len(toks), first + SUBJECT_REACH) and _in_phrase(toks[last + 1].text):
        last += 1
    return toks[first].start, toks[last].end


def _in_phrase(text: str) -> bool:
    """Whether a word may go on the victims' phrase: no word of cause, preposition, «و» word or punctuation."""
    key = nkey(text)
    return any(ch.isalnum() for ch in text) and not clause_break(text) and key not in fw_keys("toll_cause_words") \
        and key not in fw_keys("prepositions") and not key.startswith("و") \
        and key not in fw_keys("clause_time_openers")  # round tf1029: «شرطيا قتل بعدما أطلق مسلحون النار»


def _swap(doc: Doc, ev: Event, v: int) -> None:
    """Make the victims read as the source of the verb of dying ``ev`` (token ``v``) its target."""
    span = _victims_span(doc, ev, v)
    if span is None:
        return
    drop_phrase(ev, "source")
    if ev.target is None and not ev.attrs.get("target_span"):
        set_phrase(ev, "target", doc.text, span[0], span[1])
        ev.attrs["target_victims"] = True


def _doer_act(doc: Doc, ev: Event, events: list[Event], v: int, end: int) -> Event | None:
    """The act of force told after the verb of dying at token ``v`` in its sentence (before token ``end``), with no
    other act between; None where there is none."""
    by_token: dict[int, Event] = {}
    for other in events:
        t = doc.token_at(other.trigger.start)
        if t is not None and other is not ev:
            by_token.setdefault(t, other)
    for t in range(v + 1, min(end, v + ACT_REACH)):
        if clause_break(doc.tokens[t].text):
            return None
        if doc.tokens[t].text in ("،", ",") and past_conjunction(key_at(doc, t + 1)) not in fw_keys("when_words"):
            after = by_token.get(t + 1)  # round tf1028: only «، واستهدفت الطائرات»: the act right after the comma
            return after if after is not None and after.code.startswith(FORCE) else None
        found = by_token.get(t)
        if found is None:
            continue
        return found if found.code.startswith(FORCE) else None
    return None


def victim_sources(doc: Doc, events: list[Event]) -> None:
    """Give the victims of a passive verb of dying read as its source the target, and take them from the doer of the
    act of force told after it (module); :func:`victim_doers` gives the verb that act's doer once it is read."""
    for ev in events:
        if not ev.code.startswith(FORCE) or ev.source is not None:
            continue
        v = doc.token_at(ev.trigger.start)
        if v is None or not _victim_verb(doc, v) or not _passive(doc, v) or _object_after(doc, ev):
            continue
        ev.attrs["victims_passive"] = True
        _swap(doc, ev, v)
        act = _doer_act(doc, ev, events, v, doc.token_from(ev.sentence.end) or len(doc.tokens))
        held = act.attrs.get("source_span") if act is not None else None
        if act is not None and isinstance(held, list) and (t := doc.token_at(int(held[0]))) is not None \
                and v < t <= v + SUBJECT_REACH and int(held[1]) <= act.trigger.start:
            drop_phrase(act, "source")  # «جراء تنفيذ ... غارات»: the victims are not the raids' doer either


def victim_doers(doc: Doc, events: list[Event]) -> None:
    """The passive verb of dying :func:`victim_sources` read takes the doer of the act of force told after it and,
    where it has none, its place («جراء تنفيذ الطيران الحربي عدة غارات على مدينة أريحا»); victims read as its
    source since are its target."""
    for ev in events:
        if not ev.attrs.get("victims_passive") or ev.source is not None:
            continue
        v = doc.token_at(ev.trigger.start)
        if v is None:
            continue
        _swap(doc, ev, v)
        if ev.attrs.get("source_span"):
            continue
        told = _told_victims(doc, v) if ev.target is None and not ev.attrs.get("target_span") else None
        if told is not None:
            set_phrase(ev, "target", doc.text, told[0], told[1])
            ev.attrs["target_victims"] = True
        act = _doer_act(doc, ev, events, v, doc.token_from(ev.sentence.end) or len(doc.tokens))
        if act is None or (act.source is not None and act.source == ev.target):
            continue  # round tf1028: the party named among the victims is not their killer
        if act.source is not None:
            name_party(ev, "source", act.source)
        elif act.attrs.get("source_span"):
            copy_phrase(ev, "source", act)
        if ev.location is None and act.location is not None:
            ev.location = act.location


__all__ = ["victim_doers", "victim_sources"]
