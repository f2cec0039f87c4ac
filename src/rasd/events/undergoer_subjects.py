"""Round ev491: the subject of a verb of undergoing is the act's target, never its doer.

«وقال المرصد إن الصحفي فلان تعرض للضرب», «وتعرض الصحفي فلان للضرب في القاهرة», «ويتعرض السجناء للضرب»: where the
trigger is the verb of undergoing itself (function words ``undergoing_verbs``, with its act in «لـ/بـ» after it:
the lexicon's ``beaten``/``stoned`` entries), the party the argument finder read as the verb's subject (the one
named before the act word, or carried from before) undergoes the act: it becomes the target where the event has
none, and the source is none; with no subject read, the one named between the verb and the act is the target (events.undergone's
``give_undergoer``: «وتعرض عدد من الطلبة للضرب على يد ضباط الأمن»). Its doer is only a party named after the act word («للطعن على يد مسلحين», «للضرب من
قبل الشرطة»: events.hand_agents and events.later_agents read it), which stays.

The masdar with the undergoer's pronoun («عند تعرضه للقذف», function words ``undergoing_masdars``): the pronoun's
owner undergoes the act, so a source read before the act word is dropped (the pronoun's referent is too often an
unnamed noun to be given as the target). Acts in «لـ» read as their own noun triggers after «تعرض» are
events.undergone's.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import bare, fw_keys
from .source_set import name_party, set_phrase
from .undergone import give_undergoer

REACH = 12  # tokens from the verb of undergoing to its act word in «لـ/بـ» (the lexicon's NEAR_WINDOW)


def _act_word(doc: Doc, k: int, end: int) -> int | None:
    """The first token after the verb at ``k`` that bears «لـ» or «بـ» («للضرب», «بالضرب»): the act undergone."""
    for t in range(k + 1, min(end, k + 1 + REACH)):
        words = doc.tokens[t].words
        if len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in ("ل", "ب"):
            return t
    return None


def _named_after(doc: Doc, ev: Event, at: int) -> bool:
    """Whether the event's source entity is named after character ``at`` in its sentence (an agent after the act)."""
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent is not None and any(at <= m.start and m.end <= ev.sentence.end for m in ent.mentions)


def _undergoing(doc: Doc, ev: Event, k: int) -> str | None:
    """«V» for the verb of undergoing at token ``k`` that is the trigger, «N» for its masdar with the undergoer's
    pronoun, else None."""
    key = bare(doc.tokens[k].norm_key, "undergoing_verbs", "undergoing_masdars")
    if ev.attrs.get("pos") == "V" and key in fw_keys("undergoing_verbs"):
        return "V"
    if key in fw_keys("undergoing_masdars"):  # (the lexicon may read «تعرضه للقذف» as a verb)
        return "N"
    return None


def undergoer_subjects(doc: Doc, events: list[Event]) -> None:
    """Make the subject of a verb of undergoing its act's target, no source (module docstring)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        form = _undergoing(doc, ev, k) if k is not None else None
        if k is None or form is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        act = _act_word(doc, k, end)
        if act is None:
            continue
        _no_subject_doer(doc, ev, form, act)
        if form == "V" and ev.target is None and not ev.attrs.get("target_span"):
            give_undergoer(doc, ev, k, act)  # («وتعرض عدد من الطلبة للضرب على يد ...»: the one named between)


def _no_subject_doer(doc: Doc, ev: Event, form: str, act: int) -> None:
    """Move the source read before the act word at token ``act`` to the target (a verb's, where it has none), and
    drop it (module docstring)."""
    at = doc.tokens[act].start
    span = ev.attrs.get("source_span")
    if ev.source is not None:
        if _named_after(doc, ev, doc.tokens[act].end):
            return  # («تعرض للطعن على يد مسلحين»: the agent)
        who: str | None = ev.source
    elif isinstance(span, list) and len(span) == 2 and int(span[0]) < at:
        who = None
    else:
        return
    untargeted = ev.target is None and not ev.attrs.get("target_span")
    if form == "V" and untargeted and who is not None:
        name_party(ev, "target", who)
        ev.attrs["target_undergoer"] = True
    elif form == "V" and untargeted and isinstance(span, list):
        stop = min(int(span[1]), doc.tokens[act - 1].end)  # («السجناء للضرب»: up to the act word)
        if stop > int(span[0]):
            set_phrase(ev, "target", doc.text, int(span[0]), stop)
            ev.attrs["target_undergoer"] = True
    name_party(ev, "source", None)
    ev.attrs.pop("source_carried", None)
    ev.attrs["source_undergoer"] = True
