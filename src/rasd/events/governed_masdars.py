"""Round ev832: the doer of a verb of ability or of going on is the doer of the masdar it governs.

«وتمكن داعش من استكمال محاصرته القوات»: a masdar of completing, going on with or beginning (function words
``continuing_masdars``) may stand between «من/في» and the act; «تمكن (داعش) خلال الاشتباكات ...، من استكمال»: a
comma may close the phrase set in between. The act (none of the governing words is one) has as its source the
entity named between the verb of ability (``ability_verbs`` with «من», ``success_verbs`` with «في») and «من», else
the one named right before the verb («أن «داعش» تمكن»). Where the act is a masdar with its doer's pronoun and a
definite noun right after it («محاصرته القوات», «وواصل الجيش محاصرته المدينة», after ``continuing_verbs`` too), that
noun is its object, the target, not the party read from the pronoun. Modality and date are the act's own, read as
those of any act after «تمكن من» («لم يتمكن من»: negated).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .clauses import ABLE_WINDOW
from .forms import bare, fw, fw_keys
from .source_set import name_party, set_phrase
from .word_tests import OBJECT_PRONOUNS, clause_stop, enclitic, entity_at

BEFORE = 3  # tokens before the verb read for its subject («(داعش) تمكن»)
VERB_REACH = 4  # tokens from a verb of going on to the masdar it governs («واصل الجيش اليمني محاصرته»)
PREP_LISTS = {"من": ("ability_verbs",), "في": ("success_verbs",)}
BRACKETS = ("(", ")", "«", "»", '"')


def _listed(key: str, name: str) -> bool:
    """Whether ``key``, or ``key`` without a leading «و/ف», is a word of the function-word list ``name``."""
    words = fw_keys(name)
    return key in words or key[:1] in ("و", "ف") and key[1:] in words


def _ability_verb(doc: Doc, p: int, lists: tuple[str, ...]) -> int | None:
    """The token of a verb of ``lists`` governing the «من/في» at token ``p``: within ``ABLE_WINDOW`` tokens before it,
    past one comma right before «من», at no other clause stop."""
    words = set().union(*(fw(w) for w in lists))
    for t in range(p - 1, max(-1, p - ABLE_WINDOW), -1):
        text = doc.tokens[t].text
        if clause_stop(text):
            if t == p - 1 and text in ("،", ","):
                continue
            return None
        if bare(doc.tokens[t].norm_key, *lists) in words:
            return t
    return None


def _subject(doc: Doc, v: int, p: int) -> str | None:
    """The entity named between the verb at ``v`` and «من» at ``p`` (up to a comma), else right before the verb."""
    for t in range(v + 1, p):
        if clause_stop(doc.tokens[t].text):
            break
        if (ent := entity_at(doc, t)) is not None:
            return ent.id
    for t in range(v - 1, max(-1, v - 1 - BEFORE), -1):
        if (ent := entity_at(doc, t)) is not None:
            return ent.id
        if doc.tokens[t].text not in BRACKETS:
            return None
    return None


def _phrase(doc: Doc, v: int, p: int) -> tuple[int, int] | None:
    """The tokens of an unnamed subject phrase between the verb at ``v`` and «من/في» at ``p``: definite words only
    («القوات», «القوات الحكومية»), none past a comma."""
    end = v + 1
    while end < p and not clause_stop(doc.tokens[end].text) and doc.tokens[end].norm_key.startswith("ال"):
        end += 1
    return (v + 1, end - 1) if end > v + 1 and (end == p or clause_stop(doc.tokens[end].text)) else None


def _object(doc: Doc, ev: Event, k: int) -> None:
    """Where the masdar at token ``k`` bears its doer's pronoun and a definite noun follows, that noun (its entity,
    else it and the definite words after it) is the target («محاصرته القوات الموجودة في»)."""
    if enclitic(doc.tokens[k]) not in OBJECT_PRONOUNS or k + 1 >= len(doc.tokens):
        return
    nxt = doc.tokens[k + 1]
    if not nxt.norm_key.startswith("ال") or nxt.start >= ev.sentence.end:
        return
    ent = entity_at(doc, k + 1)
    if ent is not None:
        name_party(ev, "target", ent.id)
        return
    last = k + 1
    while last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm_key.startswith("ال") \
            and doc.tokens[last + 1].start < ev.sentence.end:
        last += 1
    name_party(ev, "target", None)
    set_phrase(ev, "target", doc.text, nxt.start, doc.tokens[last].end)


def _continued(doc: Doc, k: int) -> bool:
    """Whether a verb of going on (``continuing_verbs``) stands a few tokens before token ``k`` in its clause."""
    for t in range(k - 1, max(-1, k - 1 - VERB_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _listed(doc.tokens[t].norm_key, "continuing_verbs"):
            return True
    return False


def governed_masdars(doc: Doc, events: list[Event]) -> None:
    """Give the act governed by «تمكن X من (استكمال)», «نجح X في» the doer X and its object (module docstring)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 2 or doc.token_at(ev.trigger.end - 1) != k:  # («قصف» read as a verb: a masdar here)
            continue
        p, cont = k - 1, False
        if _listed(doc.tokens[p].norm_key, "continuing_masdars"):
            p, cont = p - 1, True
        lists = PREP_LISTS.get(bare(doc.tokens[p].norm_key, "prepositions")) if p >= 1 else None
        v = _ability_verb(doc, p, lists) if lists else None
        if v is not None:
            _object(doc, ev, k)
            if cont or clause_stop(doc.tokens[p - 1].text):  # (no comma, no «استكمال»: read at the stage)
                if (doer := _subject(doc, v, p)) is not None and doer != ev.target:
                    name_party(ev, "source", doer)
                elif doer is None and (span := _phrase(doc, v, p)) is not None:
                    name_party(ev, "source", None)  # «نجحت القوات في مواصلة قصف»: the phrase
                    set_phrase(ev, "source", doc.text, doc.tokens[span[0]].start, doc.tokens[span[1]].end)
        elif ev.attrs.get("pos") == "N" and _continued(doc, k):
            _object(doc, ev, k)
