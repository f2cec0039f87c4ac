"""Round ev903: the object pronoun on a relative clause's verb resumes the antecedent: it is the target.

«قالت والدة خالد الذي أحرقه المستوطنون», «الطفل فلان (3 أعوام) الذي أحرقه متطرفون», «فلان، الذي ...، والذي
تحتجزه جماعة مسلحة»: a verb trigger right after «الذي/التي/الذين» (``word_tests.RELATIVE_PRONOUNS``) that carries
the object pronoun agreeing with the relative (the lexicon's split, else the word layer's: ``enclitic``) has the
antecedent as its object, and the phrase right after it as its subject. So:

- the phrase right after the verb, where the argument rules read it as the target, is the source;
- the target is the person or body named right before the relative (past commas, quotation marks and a bracketed
  aside «(18 شهرا)»; for «والذي/والتي» the one ``relative_subjects.earlier_antecedent`` finds), where it agrees:
  for «الذي» not a name whose first word is feminine («والدة خالد الذي»: the pronoun is Khalid's, whom no entity
  names alone; the target is then left empty), for «التي» a state or a feminine body, for «الذين» a group;
- a source that is that antecedent (read off the name before the clause) is dropped: the antecedent undergoes the
  act.

Nothing where the verb has no such pronoun («الذي أحرق المنزل»: the antecedent is the subject,
``relative_subjects``), nor where the word after the verb is no phrase the event holds.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import bare, fw, nkey
from .lexicon import match_token
from .named import feminine_name, referent
from .relative_subjects import earlier_antecedent
from .source_set import name_party, set_phrase
from .word_tests import RELATIVE_PRONOUNS, after_noun_preposition, enclitic, entity_at, entity_starting

SKIP = ("«", "»", '"', "،", ",")
ACTORS = ("PERSON", "ORGANIZATION", "GROUP")
PARTY_ACTS = ("02", "04", "10", "13", "17", "18", "19")  # CAMEO: appeals, meetings, demands, threats, force
ASIDE_REACH = 6  # tokens inside a bracketed aside between the antecedent and the relative


def _before(doc: Doc, b: int, first: int) -> int:
    """The token of the antecedent's last word: back from ``b`` past commas, quotation marks and one bracketed
    aside; -1 where none is left in the sentence."""
    toks = doc.tokens
    while b >= first and toks[b].text in SKIP:
        b -= 1
    if b >= first and toks[b].text == ")":
        opening = next((t for t in range(b - 1, max(first - 1, b - ASIDE_REACH - 1), -1) if toks[t].text == "("), None)
        if opening is None:
            return -1
        b = opening - 1
        while b >= first and toks[b].text in SKIP:
            b -= 1
    return b if b >= first else -1


def _agrees(doc: Doc, ent: Entity, b: int, pron: str) -> bool:
    """Does the antecedent named at token ``b`` agree with the resumptive pronoun ``pron``?"""
    m = next((m for m in ent.mentions if m.start <= doc.tokens[b].start < m.end), None)
    if m is None:
        return False
    name = doc.text[m.start : m.end]
    first = nkey(name.split()[0]) if name.split() else ""
    if pron == "ه":
        if ent.type == "PERSON":
            return not first.endswith("ه")  # («والدة خالد الذي»: the pronoun is Khalid's)
        return ent.type == "ORGANIZATION" and not feminine_name(doc, m.start, name)
    if pron == "ها":
        return ent.attrs.get("kind") == "country" or ent.type == "ORGANIZATION" and feminine_name(doc, m.start, name)
    return pron == "هم" and ent.type in ("GROUP", "ORGANIZATION")


def _antecedent(doc: Doc, ev: Event, rel: int, first: int, pron: str) -> tuple[str | None, bool]:
    """The entity the relative at ``rel`` resumes where it agrees (else None), and whether some entity stands right
    before the relative at all (a reading of it as the clause's subject is then to be undone)."""
    toks = doc.tokens
    if toks[rel].norm_key.startswith("و"):
        eid = earlier_antecedent(doc, ev, rel - 1, pron == "ها") if pron in ("ه", "ها") else None
        return eid, eid is not None
    b = _before(doc, rel - 1, first)
    ent = entity_at(doc, b) if b >= 0 else None
    if ent is None:
        return None, False
    if ent.type not in ACTORS and ent.attrs.get("kind") != "country":
        return None, True
    return (ent.id if _agrees(doc, ent, b, pron) else None), True


def _subject_after(doc: Doc, ev: Event, n: int) -> str:
    """The role («source», «target») the event gave the phrase starting at token ``n``; "" where none."""
    start = doc.tokens[n].start
    for role, eid in (("source", ev.source), ("target", ev.target)):
        span = ev.attrs.get(f"{role}_span")
        if isinstance(span, list) and span[0] == start:
            return role
        ent = entity_starting(doc, n)
        if eid is not None and ent is not None and ent.id == eid and not isinstance(span, list):
            return role
    return ""


def resumed_objects(doc: Doc, events: list[Event]) -> None:
    """The antecedent of a relative verb's object pronoun is its target; the phrase after the verb its source."""
    toks = doc.tokens
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        if k is None or first is None or k < first + 2 or k + 1 >= len(toks):
            continue
        hit = match_token(toks, k)
        pron = (hit.cand.enclitic if hit is not None else "") or enclitic(toks[k])
        rel = k - 1
        resumed = RELATIVE_PRONOUNS.get(toks[rel].norm_key.removeprefix("و"))  # (the pronoun the relative takes)
        if pron in ("ه", "ها") and resumed is None:
            _told_object(doc, ev, k, first, pron)
            continue
        if not pron or resumed != pron:
            continue
        ant, named_before = _antecedent(doc, ev, rel, first, pron)
        n = k + 1
        while n < len(toks) and toks[n].text in ("«", '"'):
            n += 1
        role = _subject_after(doc, ev, n) if n < len(toks) else ""
        if role == "target":
            before = ev.source is None or ev.source == ant or _span_before(ev, toks[rel].start)
            if not before and not (named_before and _source_at(doc, ev, rel)):
                continue
            span = ev.attrs.get("target_span")
            name_party(ev, "source", ev.target)
            if isinstance(span, list):
                set_phrase(ev, "source", doc.text, int(span[0]), int(span[1]))
            name_party(ev, "target", ant)
        elif role == "source" and ant is not None and ev.target is None:
            name_party(ev, "target", ant)
        elif role == "" and ant is not None and ev.source == ant and ev.target is None:
            name_party(ev, "source", None)
            name_party(ev, "target", ant)
        else:
            continue
        ev.attrs["target_resumed"] = True


def _told_object(doc: Doc, ev: Event, k: int, first: int, pron: str) -> None:
    """«ويشجب إسرائيل ويطالبها بفتح», «إلى فلان برسالة يطالبونه فيها»: a verb of an act aimed at a party
    (``PARTY_ACTS``) with a singular object pronoun and no target stands for the one entity that agrees with it
    (``named.referent``; none where two agree, in its sentence or the one before), named in its own sentence before
    it, not its source; not a masdar after a preposition («عند تعرضه», «من قصفه»)."""
    if ev.target is not None or ev.attrs.get("target_span") is not None or not ev.code.startswith(PARTY_ACTS):
        return
    prev = doc.tokens[k - 1].norm_key
    if after_noun_preposition(doc.tokens, k) or bare(prev, "prepositions") in fw("prepositions"):
        return  # «عند تعرضه للقذف», «لمنع الطيران من قصفه»: a masdar, whose pronoun may be who undergoes or does it
    ent = referent(doc, k, ev.source, first, pron)
    here = doc.tokens[first].start
    if ent is None or ent.id == ev.source or not any(here <= m.start for m in ent.mentions if m.end <= ev.trigger.start):
        return  # (only one named in its own sentence: the sentence before may tell of another)
    name_party(ev, "target", ent.id)
    ev.attrs["target_resumed"] = True


def _span_before(ev: Event, at: int) -> bool:
    """The event's source phrase is read before offset ``at`` (the relative): the antecedent's reading."""
    span = ev.attrs.get("source_span")
    return isinstance(span, list) and int(span[1]) <= at


def _source_at(doc: Doc, ev: Event, rel: int) -> bool:
    """The event's source is the entity named right before the relative at ``rel``."""
    b = _before(doc, rel - 1, doc.token_at(ev.sentence.start) or 0)
    ent = entity_at(doc, b) if b >= 0 else None
    return ent is not None and ent.id == ev.source
