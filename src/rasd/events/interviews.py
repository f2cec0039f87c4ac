"""The speaker of a statement told as the frame of a quote: «في تصريح لوكالة الأنباء».

«وأضاف الوزير: «...»، في تصريح لوكالة الأنباء الرسمية» and «وفي تصريح لصحيفة «الحياة»، قال المحلل فلان إن ...»: a
statement noun (function words ``interview_nouns``: «تصريح», «تصريحات», «حديث», «مقابلة») with no source, governed by
«في» (or «خلال»), indefinite and with no possessive pronoun («في تصريحه»: the pronoun's owner), frames a quote of
its sentence: the quote whose words end right before that «في» (past a comma or quotation marks), or the first quote
whose cue follows the noun's phrase within ``REACH`` words after a comma, with no finite verb between. The quote's
actor (its speaker, or the named body an unnamed speaker belongs to) made the statement. A quote farther away, or
one in another sentence, lends none; nor a quote whose cue is a verb of another sentence part («استبعد»: no quote
cue, no quote, none). Round ev301: a statement noun (with a pronoun or not) after «في» right after a quote's cue
(«وقال في تصريح صحافي أمس إن», «مضيفا في تصريحاته لـ...») is that quote's actor's, where the cue's speaker was
named in the sentence before.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.verb_gender import verb_agreement
from .forms import fw, nkey
from .named_roles import announced_roles
from .press_calls import press_calls
from .source_set import drop_phrase
from .word_tests import clause_break, finite_verb, verb_key

REACH = 14  # words from the statement noun to the cue of the quote it frames
STATEMENTS = ("010", "012", "013", "015", "016")
GAP = frozenset({"،", ",", "»", "«", '"', ":", "-", "(", ")"})


def _framed(doc: Doc, t: int) -> bool:
    """Token ``t`` is a statement noun with no proclitic, with «في/خلال» right before it."""
    words = doc.tokens[t].words
    stems = [w for w in words if w.kind == "stem"]
    if not stems or any(w.kind == "proclitic" for w in words) or nkey(stems[0].norm) not in fw("interview_nouns"):
        return False
    return t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in fw("interview_frames")


def _noun(doc: Doc, t: int) -> bool:
    """Token ``t`` is an indefinite statement noun with no pronoun, with «في/خلال» right before it."""
    return _framed(doc, t) and not any(w.kind == "enclitic" for w in doc.tokens[t].words)


def _owned_after(doc: Doc, ev: Event, t: int) -> str | None:
    """Round ev301: «وفي تصريحاته لوسائل إعلام أوروبية، أوضح يونكر أن»: a statement noun with «ـه» fronted before
    the quote it frames is its speaker's, a man by his cue («ـها»: a feminine cue), where that quote is the first after
    it (``_quote_after``); only where the sentence opens with it."""
    words = doc.tokens[t].words
    pron = next((w.form for w in words if w.kind == "enclitic"), None)
    a = doc.token_from(ev.sentence.start)
    if pron not in ("ه", "ها") or a is None or any(doc.tokens[k].text not in GAP for k in range(a, t - 1)):
        return None
    who = _quote_after(doc, ev, t)
    ent = doc.entity(who) if who is not None else None
    cue = next((q.cue for q in doc.quotes if q.actor() == who and q.cue.start > doc.tokens[t].end), None)
    k = doc.token_at(cue.start) if cue is not None else None
    if ent is None or k is None:
        return None
    feminine = verb_agreement(verb_key(doc.tokens[k].text)) == "f" or ent.attrs.get("gender") == "f"
    man = ent.type == "PERSON" and not feminine
    return who if (man if pron == "ه" else feminine) else None  # («أوضحت ميركل» after «تصريحاته»: not hers)


def _cue_right_before(doc: Doc, t: int) -> str | None:
    """Round ev301: «وقال في تصريح صحافي إن», «مضيفا في تصريحاته»: the actor of the quote whose cue is the word right
    before the «في» of the statement noun at token ``t`` (its speaker told in the sentence before is still his)."""
    if t < 2:
        return None
    cue = doc.tokens[t - 2].start
    return next((q.actor() for q in doc.quotes if q.cue.start == cue), None)


def _quote_before(doc: Doc, ev: Event, t: int) -> str | None:
    """The actor of the quote whose words end right before the «في» at token ``t`` - 1, in the same sentence."""
    p = t - 1
    start = doc.tokens[p].start
    for q in doc.quotes:
        actor = q.actor()
        if actor is None or not (ev.sentence.start <= q.cue.start < start and q.content.end <= start):
            continue
        gap = doc.text[q.content.end : start]
        if all(ch.isspace() or ch in GAP for ch in gap):
            return actor
    return None


def _quote_after(doc: Doc, ev: Event, t: int) -> str | None:
    """The actor of the first quote whose cue follows the statement noun at token ``t`` in its sentence, within
    ``REACH`` words, with a comma and no finite verb before it."""
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    cues = {doc.token_at(q.cue.start): q for q in doc.quotes if ev.sentence.start <= q.cue.start < ev.sentence.end}
    comma = False
    for k in range(t + 1, min(end, t + 1 + REACH)):
        tok = doc.tokens[k]
        if k in cues:
            actor = cues[k].actor()
            return actor if comma else None
        if tok.text in ("،", ","):
            comma = True
        elif finite_verb(tok) or clause_break(tok.text):
            return None
    return None


def interview_speakers(doc: Doc, events: list[Event]) -> None:
    """Give a statement noun that frames a quote the quote's actor as its source (module docstring); and drop, in
    place, a phone call that is only the medium of quoted words to the press (round 104, ``press_calls``)."""
    events[:] = press_calls(doc, events)
    announced_roles(doc, events)  # «الذي كان قد أعلن زعيما جديدا»: the passive, no source (round 104)
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.code not in STATEMENTS:
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or not _framed(doc, t):
            continue
        who = (_quote_before(doc, ev, t) or _quote_after(doc, ev, t)) if _noun(doc, t) else _owned_after(doc, ev, t)
        who = who or _cue_right_before(doc, t)
        if who is not None and who != ev.target:
            ev.source = who
            ev.attrs["source_interview"] = True
            drop_phrase(ev, "source")
