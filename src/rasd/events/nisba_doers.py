"""Round an401: the doer of an attack noun named by the nisba adjective of a body of the article.

«وتواصلت الهجمات الحوثية على المدنيين», «القصف الحوثي على الأحياء», «الهجوم الداعشي»: an attack noun (the acts of
``object_adjectives.NATIONAL_ACTS``, as «القصف الإسرائيلي» for a country) with a definite nisba adjective right
after it («الحوثية», «الحوثي»: the article, then «ـي/ـية») whose base is a word of the name of one organization of the
article («جماعة الحوثيين», «أنصار الله الحوثي», «داعش») has that body as its doer. Nothing where no organization or
more than one fits (a null is better than a wrong party), for a country adjective (events.noun_sources reads it),
nor for a word without the article («هجمات حوثية» is read the same way only when definite: an indefinite nisba
may be a description, «مواقع حوثية»).

The same adjective in the antecedent of a relative clause of an event verb («العمليات الحوثية المسلحة التي تستهدف
المدنيين», «الميليشيات الحوثية التي اقتحمت»: ``nisba_antecedent``) names the verb's doer, where no name stands before
the relative pronoun (events.relative_subjects).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .chunk_type import Chunk, new_chunk
from .forms import nkey
from .group_lexicon import nisba_base
from .source_set import name_party

ORGANIZATION = "ORGANIZATION"
MIN_STEM = 3  # letters of the base before its «ي»
PERSON = "PERSON"
PAIR_REACH = 4  # tokens from the trigger to the name coordinated after the nisba («قصف مواقع ميليشيات الحوثي وصالح»)
ANTECEDENT_ADJECTIVES = 1  # adjectives between the nisba and the relative pronoun («المسلحة»)


def _base(word: str) -> str | None:
    """The nisba base («حوثي») of a definite nisba adjective («الحوثية», «الحوثي»), else None."""
    k = nkey(word)
    if not k.startswith("ال"):
        return None
    base = nisba_base(k[2:])
    return base if base.endswith("ي") and len(base) > MIN_STEM else None


def _named_by(name: str, base: str) -> bool:
    """Whether a word of the entity name ``name`` is the body the nisba base ``base`` says («الحوثيين», «داعش»)."""
    for w in name.split():
        k = nkey(w).removeprefix("ال")
        if len(k) > MIN_STEM and (nisba_base(k) == base or k + "ي" == base):
            return True
    return False


def nisba_doer(doc: Doc, t: int, sent_end: int) -> Chunk | None:
    """The organization the definite nisba adjective at token ``t`` names (module docstring), as a phrase of that
    token with the body's entity, else None."""
    if t >= sent_end or t >= len(doc.tokens):
        return None
    tok = doc.tokens[t]
    if any(m.start < tok.end and tok.start < m.end for m in doc.mentions):
        return None  # (a name: the argument rules read it)
    base = _base(tok.text)
    if base is None:
        return None
    found = [e for e in doc.entities if e.type == ORGANIZATION and _named_by(e.name, base)]
    if len(found) != 1:
        return None
    return new_chunk(doc.tokens, t, t, tok.start, tok.end, found[0].id, ORGANIZATION, None, False)


def nisba_antecedent(doc: Doc, b: int, sent_start: int) -> str | None:
    """«تنطلق منها العمليات الحوثية المسلحة التي تستهدف المدنيين»: the organization a definite nisba adjective names
    in the antecedent that ends at token ``b`` (a definite head noun, its nisba, at most ``ANTECEDENT_ADJECTIVES``
    definite adjectives after it; no name in it) before a relative clause, else None (events.relative_subjects)."""
    toks = doc.tokens
    for t in range(b, max(0, b - ANTECEDENT_ADJECTIVES - 1), -1):
        if toks[t].start < sent_start or toks[t - 1].start < sent_start or not _definite(toks[t - 1].text):
            return None
        if any(m.start < toks[t - 1].end and toks[t - 1].start < m.end for m in doc.mentions):
            return None
        found = nisba_doer(doc, t, len(toks))
        if found is not None:
            return found.entity
        if not _definite(toks[t].text):
            return None
    return None


def _definite(word: str) -> bool:
    """A word with the article, past a clitic «و» («العمليات», «والعمليات»)."""
    k = nkey(word)
    return k.startswith("ال") or k.startswith("وال")


def nisba_names(word: str, name: str) -> bool | None:
    """Round ev507: whether the definite nisba adjective ``word`` («الإسرائيلي») says a word of the name ``name``
    («الطائرات الإسرائيلية», «إسرائيل»); None where ``word`` is no definite nisba («عن»)."""
    base = _base(word)
    return None if base is None else _named_by(name, base)


def paired_bodies(doc: Doc, events: list[Event]) -> None:
    """Round ev923: «استهداف تجمعات الحوثي وصالح», «قصف مواقع الحوثي وصالح»: a name coordinated right after a
    definite nisba that names one organization of the article (``nisba_doer``: «الحوثي», the Houthi group), both the
    genitive of a head noun after the trigger (the gatherings, the sites of the pair), is one of the allied forces,
    no person struck: an event whose target is the person that name stands for («صالح»: علي عبد الله صالح) there
    gets that organization as its target. Nothing where the nisba is the trigger's own genitive («استهداف الحوثي
    وصالح»: may be the two men), nor where the organization is already the event's source."""
    toks = doc.tokens
    people = {e.id: e for e in doc.entities if e.type == PERSON}
    for ev in events:
        t = doc.token_at(ev.trigger.end - 1)
        ent = people.get(ev.target or "")
        if ent is None or t is None:
            continue
        end = min(len(toks), t + PAIR_REACH + 1, doc.token_from(ev.sentence.end) or len(toks))
        for k in range(t + 3, end):  # (a head noun between the trigger and the nisba)
            if not toks[k].norm_key.startswith("و") or not _names(doc, k, ent):
                continue
            body = nisba_doer(doc, k - 1, end)
            if body is not None and body.entity is not None and body.entity != ev.source:
                name_party(ev, "target", body.entity)
                ev.attrs["target_pair"] = "nisba"
            break


def _names(doc: Doc, k: int, ent: Entity) -> bool:
    """Whether token ``k`` holds a mention of entity ``ent``."""
    tok = doc.tokens[k]
    return any(m.start < tok.end and tok.start < m.end for m in ent.mentions)
