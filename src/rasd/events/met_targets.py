"""The one met, named right after a meeting noun with a pronoun: «خلال لقائه نظيره الأميركي جون كيري».

A meeting or talks event (CAMEO 04) with no target, whose trigger is a meeting noun (function words
``meeting_nouns``, and «استقبال», hosting: ``met_object_nouns``) with a possessive pronoun of its own («لقائه»,
«استقبالها»: the one who meets), takes as its target the person or body named after it as its direct object: the
first name within ``REACH`` tokens, past a time («أمس»), titles and adjectives («نظيره الأميركي», «المهندس») and
countries in a title's genitive («وزير خارجية إيران»).

Nothing where a preposition, a comma, a relative or a clause break comes first («لقاءاته في القاهرة مع ...»: the
other rules read «مع»), where the name is the event's own source, or for «كان في استقباله X» (X is the host, the
pronoun's owner the guest).

Round ev416: past a title's complement in «لـ» («لقائه الوزير التركي للشؤون الأوروبية فولكان بوزكير»).

Round 192: also a meeting noun with the purpose «ل» and no pronoun («توجه إلى الدوحة للقاء وزراء خارجية دول مجلس
التعاون»: the council), where the event has a source (the one who goes to meet them).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import bare, fw, nkey
from .source_set import name_party
from .word_tests import mention_holding, phrase_break, starts_in_time

TALKS = "04"
ACTORS = ("PERSON", "ORGANIZATION")
PLACE = "LOCATION"
REACH = 6  # tokens from the trigger to the name
PLAIN = 4  # plain words (titles, adjectives) before it
PRONOUNS = ("ه", "ها")
PREPOSITION_CLITICS = ("ب", "ل", "ك")
IN = "في"
PURPOSE = "ل"  # round 192: «التوجه إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون»


def _noun(doc: Doc, k: int, purpose: bool) -> bool:
    """Whether token ``k`` is a meeting noun with a possessive pronoun «ـه/ـها», or, where ``purpose``, with the
    purpose «ل» and no pronoun («للقاء»: to meet)."""
    words = doc.tokens[k].words
    stems = [w for w in words if w.kind == "stem"]
    clitics = [nkey(w.form) for w in words if w.kind == "enclitic"]
    proclitics = [nkey(w.form) for w in words if w.kind == "proclitic"]
    if purpose:
        if len(stems) != 1 or clitics or proclitics[-1:] != [PURPOSE]:
            return False
    elif len(stems) != 1 or len(clitics) != 1 or clitics[0] not in (nkey(p) for p in PRONOUNS):
        return False
    key = nkey(stems[0].form)
    return key in fw("meeting_nouns") or key in fw("met_object_nouns")


def _hosted_by(doc: Doc, k: int) -> bool:
    """«وكان في استقباله»: the one named after it hosts the pronoun's owner."""
    if k < 2 or doc.tokens[k - 1].norm_key != IN:
        return False
    return bare(doc.tokens[k - 2].norm_key, "past_being") in fw("past_being")


def _mention_at(doc: Doc, k: int) -> tuple[Entity, int] | None:
    """The entity of the mention holding token ``k`` and the index of its last token."""
    m = mention_holding(doc, k)
    ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
    last = doc.token_at(m.end - 1) if m is not None else None
    return (ent, last) if ent is not None and last is not None else None


def _stops(doc: Doc, k: int) -> bool:
    if phrase_break(doc, k):
        return True
    tok = doc.tokens[k]
    first = tok.words[0] if tok.words else None
    return first is not None and first.kind == "proclitic" and nkey(first.form).lstrip("وف") in PREPOSITION_CLITICS


def title_complement(doc: Doc, k: int) -> bool:
    """Round ev416: «الوزير التركي للشؤون الأوروبية فولكان بوزكير»: a definite word in a glued «لـ» after a title
    (``plain`` words read) is the title's complement, no preposition of the meeting noun."""
    words = doc.tokens[k].words
    return len(words) == 2 and words[0].kind == "proclitic" and nkey(words[0].form) == "ل" \
        and nkey(words[1].form).startswith("ال")


def _met(doc: Doc, ev: Event, end: int) -> Entity | None:
    k = doc.token_from(ev.trigger.end)
    plain = 0
    stop = min(end, (k or end) + REACH)
    while k is not None and k < stop:
        found = _mention_at(doc, k)
        if found is not None:
            ent, last = found
            if ent.type in ACTORS:
                return ent
            if ent.type != PLACE:
                return None
            k = last + 1  # («وزير خارجية إيران محمد ظريف»)
            continue
        if starts_in_time(doc, doc.tokens[k]):
            k += 1
            continue
        if _stops(doc, k) and not (plain and title_complement(doc, k)) or plain == PLAIN:
            return None
        plain += 1
        k += 1
    return None


def met_targets(doc: Doc, events: list[Event]) -> None:
    """Give a meeting noun with a pronoun and no target the one named as its object (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(TALKS):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or _hosted_by(doc, k) or not (
                _noun(doc, k, False) or (ev.source is not None and _noun(doc, k, True))):
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        ent = _met(doc, ev, end)
        if ent is None or ent.id == ev.source:
            continue
        name_party(ev, "target", ent.id)
        ev.attrs["target_met"] = True
