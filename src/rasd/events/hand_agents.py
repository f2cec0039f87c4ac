"""Round oe315: a verb with agent words right after it is passive; its doer is the agent, not a name before it.

«وقال فلان إن ضابط شرطة وجنديا اختطفا من منزليهما على يد مسلحين»: agent words («على يد», «على أيدي», «من
قبل»: function words ``late_agent_preps``) within ``REACH`` tokens after a verb trigger, with no clause break, comma,
finite verb or other event's trigger between (and no «لـ/بـ» on it: «تعرضت لقصف من قبل», a masdar), mark the verb passive: the source read for it before the verb (the
speaker of the sentence, the patient in front of the verb) is dropped, and events.later_agents gives it the phrase
after the agent words («مسلحين»).

The patient is then the phrase between a complementizer («أن», «إن») and the verb, with no comma in it, where the
event has no target: the person or body it opens with («إن عبد الحنان الموظف في اللجنة خطف من منزله على يد»), else
the words up to a preposition («إن ضابط شرطة وجنديا من الجيش اختطفا»: «ضابط شرطة وجنديا»). Not where the verb
carries an object pronoun («تم خطفهما»: the pronoun is the patient).

Nothing where the source or the target is named between the verb and the agent words («قصف الجيش مواقع المسلحين
من قبل»: an object, the verb is active), where a time follows the agent words («من قبل ساعات»), for a noun
trigger (events.actors reads its agent), nor where the agent words are an adverb with no noun after them («التقى من
قبل بممثلين»: events.nearest_agent).
"""

from __future__ import annotations

from ..doc import Doc, Event, Token
from .chunks import plain_chunk
from .forms import fw, phrase_keys
from .nearest_agent import agent_words_at
from .word_tests import enclitic, entity_starting, finite_verb, starts_in_time

REACH = 6  # tokens from the verb to the agent words
PATIENT = 8  # tokens from the complementizer to the verb at most
ACTORS = ("PERSON", "ORGANIZATION")
STOPS = frozenset("،,.:؛;()")


def _late_agent_at(doc: Doc, e: int, end: int) -> int | None:
    """The token that opens «على يد/على أيدي/من قبل» + a noun within ``REACH`` after token ``e``."""
    a = agent_words_at(doc, e + 1, min(end, e + 1 + REACH))
    if a is None:
        return None
    late = phrase_keys(fw("late_agent_preps"))
    if not any(tuple(doc.tokens[n].norm_key for n in range(a, min(end, a + len(p)))) == p for p in late):
        return None  # («بواسطة», «برصاص»: a means, read elsewhere)
    return a


def _masdar_clitic(tok: Token) -> bool:
    """A trigger token with «لـ» or «بـ» on it («تعرضت لقصف»): a masdar, whatever the lexicon read."""
    return any(w.kind == "proclitic" and w.norm in ("ل", "ب") for w in tok.words)


def _party_between(doc: Doc, ev: Event, role: str, lo: int, hi: int) -> bool:
    """Whether the event's source or target (``role``: its span, else a mention of its entity) lies between
    characters lo and hi."""
    span = ev.attrs.get(f"{role}_span")
    if isinstance(span, list) and len(span) == 2:
        return lo <= int(span[0]) and int(span[1]) <= hi
    eid = ev.source if role == "source" else ev.target
    ent = doc.entity(eid) if eid is not None else None
    return ent is not None and any(lo <= m.start and m.end <= hi for m in ent.mentions)


def _patient(doc: Doc, ev: Event, k: int) -> None:
    """Give the passive verb at token ``k`` with no target the phrase after the complementizer before it."""
    toks = doc.tokens
    if ev.target is not None or ev.attrs.get("target_span") or enclitic(toks[k]):
        return
    c = next((t for t in range(k - 1, max(-1, k - 1 - PATIENT), -1)
              if toks[t].norm_key in fw("complementizers") or toks[t].text in STOPS), None)
    if c is None or toks[c].text in STOPS or c + 1 >= k or toks[c].start < ev.sentence.start:
        return
    ent = entity_starting(doc, c + 1)
    if ent is not None:
        m = next((m for m in ent.mentions if m.start == toks[c + 1].start), None)
        if ent.type in ACTORS and ent.id != ev.source and m is not None:
            ev.target = ent.id
            ev.attrs["target_span"] = [m.start, m.end]
            ev.attrs["target_passive_patient"] = True
        return
    j = c + 1
    while j + 1 < k and toks[j + 1].norm_key not in fw("prepositions") and toks[j + 1].text[:1].isalpha():
        j += 1
    if any(finite_verb(toks[t]) for t in range(c + 1, j + 1)):
        return  # («أن تعرضت لقصف»: a verb, no patient phrase)
    phrase = plain_chunk(toks, c + 1, j)
    ev.attrs["target_span"] = [phrase.start, phrase.end]
    ev.attrs["target_text"] = doc.text[phrase.start : phrase.end]
    ev.attrs["target_passive_patient"] = True


def hand_agents(doc: Doc, events: list[Event]) -> None:
    """Drop the source read before a verb that agent words mark passive; its patient is the target (module
    docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        e = doc.token_at(ev.trigger.end - 1)
        if e is None or k is None or _masdar_clitic(doc.tokens[k]):
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        a = _late_agent_at(doc, e, end)
        if a is None:
            continue
        if any(doc.tokens[n].text in STOPS or finite_verb(doc.tokens[n]) for n in range(e + 1, a)):
            continue
        lo, hi = doc.tokens[e].end, doc.tokens[a].start
        if any(o is not ev and lo <= o.trigger.start < hi for o in events):
            continue
        if _party_between(doc, ev, "source", lo, hi) or _party_between(doc, ev, "target", lo, hi):
            continue  # (a subject or an object after the verb: the verb is active)
        width = next(len(p) for p in phrase_keys(fw("late_agent_preps"))
                     if tuple(doc.tokens[n].norm_key for n in range(a, min(end, a + len(p)))) == p)
        if a + width >= end or starts_in_time(doc, doc.tokens[a + width]):
            continue  # («من قبل ساعات»: «before», an adverb of time)
        if (ev.source is not None or isinstance(ev.attrs.get("source_span"), list)) and not _party_between(
                doc, ev, "source", hi, ev.sentence.end):  # (the agent itself, read by events.actors, stays)
            ev.source = None
            ev.attrs["source_span"] = None
            ev.attrs.pop("source_text", None)
            ev.attrs.pop("source_carried", None)
            ev.attrs["source_passive_agent"] = True
        _patient(doc, ev, k)
