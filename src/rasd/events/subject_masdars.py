"""Round 193: the sentence's subject as the doer of a masdar whose pronoun stands for it after a preposition of time.

«ويأمل المغرب في الحصول على قروض ...، بعد إعلانه عن بناء سور على حدوده مع الجزائر»: a noun trigger with a
possessive pronoun of the 3rd person singular («إعلانه», «إعلانها») and no source of its own, right after a word of
time before or after (function words ``time_before_words``: «بعد», «قبل», «عقب», «منذ»), is done by the subject
of its sentence: the person, body or state named right after the verb that opens the sentence (past «و/ف»), where
the verb and the pronoun agree with it («تأمل تونس ... بعد إعلانها»; «ـه» a person, a body or a state with a masculine verb: «يأمل المغرب»).
Not where another party the pronoun could stand for is named between them outside a preposition's phrase («ويأمل
المغرب أن الحكومة ... بعد إعلانها»), where the subject is the act's target, or where the sentence opens otherwise.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.verb_gender import feminine_verb
from .forms import bare, fw, fw_keys, nkey
from .source_set import name_party
from .word_tests import enclitic, entity_at, finite_verb

OPENING = 3  # tokens from the sentence's start to its opening verb


def _fits(ent: Entity, pron: str, verb: str) -> bool:
    """Whether ``ent`` can be the subject of the opening ``verb`` and what ``pron`` stands for."""
    v = nkey(verb).lstrip("وف")
    feminine = feminine_verb(v)
    if pron == "ها":
        return feminine and (ent.attrs.get("kind") == "country" or ent.type == "ORGANIZATION")
    return not feminine and (ent.type in ("PERSON", "ORGANIZATION") or ent.attrs.get("kind") == "country")


def _verb_like(text: str) -> bool:
    """Whether a sentence's first word reads as a present or past verb the tagger left unmarked («وتسعى»)."""
    key = nkey(text).lstrip("وف")
    return len(key) >= 3 and not key.startswith("ال") and bare(key, "prepositions") not in fw("prepositions") and (
        key.startswith(("ي", "ت")) or key.endswith("ت"))


def _governed(doc: Doc, start: int) -> bool:
    """Whether the mention starting at ``start`` is in a preposition's phrase (a glued one or the word before)."""
    k = doc.token_at(start)
    if k is None:
        return False
    if doc.tokens[k].start < start:
        return True
    return k > 0 and bare(doc.tokens[k - 1].norm_key, "prepositions") in fw("prepositions")


def _subject(doc: Doc, ev: Event, k: int, pron: str) -> str | None:
    toks = doc.tokens
    first = doc.token_from(ev.sentence.start)
    if first is None:
        return None
    for v in range(first, min(k - 1, first + OPENING)):
        if not finite_verb(toks[v]) and not (v == first and _verb_like(toks[v].text)):
            continue
        ent = entity_at(doc, v + 1)
        m = next((m for m in doc.mentions if m.entity is not None and m.start <= toks[v + 1].start < m.end), None)
        if ent is None or m is None or ent.id == ev.target or not _fits(ent, pron, toks[v].text):
            return None
        for o in doc.mentions:
            other = doc.entity(o.entity) if o.entity is not None else None
            if other is None or other.id == ent.id or not (m.end <= o.start and o.end <= ev.trigger.start):
                continue
            if other.type in ("PERSON", "ORGANIZATION") or other.attrs.get("kind") == "country":
                if not _governed(doc, o.start):
                    return None
        return ent.id
    return None


def subject_masdars(doc: Doc, events: list[Event]) -> None:
    """Give a masdar after a word of time the sentence's subject its pronoun stands for (module docstring)."""
    words = fw_keys("time_before_words")
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.attrs.get("source_span"):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 1 or doc.token_at(ev.trigger.end - 1) != k:
            continue
        pron = enclitic(doc.tokens[k])
        if pron not in ("ه", "ها") or doc.tokens[k - 1].norm_key.removeprefix("و") not in words:
            continue
        got = _subject(doc, ev, k, pron)
        if got is not None:
            name_party(ev, "source", got)
            ev.attrs["source_subject"] = True
