"""Round ev576: a noun act whose possessive pronoun is its doer, owned by an unnamed group named before it.

«وذكرت المقاومة أنها غنمت عتادا كبيرا في هجومها على الموقع»: «هجومها» is a noun of an act whose genitive is its
doer (lexicon frame ``gen:src``: «هجماتهم», «غاراته», «مجازره»; or function words ``doer_owned_nouns``: «سيطرتها»,
«رفضها»), with a pronoun on it and no source. The events stage reads that pronoun only against named persons and
bodies (``held``, ``owned_doers``); a group of people the ``groups`` stage makes later («المقاومة» REB, «النظام»
GOV, «المسلحين») is not there yet. After that stage, the act is done by the one party the pronoun agrees with named
in its sentence before it or in the sentence before, where that party is such a group: «ـها» a group whose head is
feminine («المقاومة», «الحكومة», «القوات»; round en607: a generic broken plural, «أطراف تونسية»), «ـه» one whose head is masculine and no plural of people («النظام»,
«الجيش»), «ـهم» a plural of people («المسلحين», «المتمردون»).

Nothing where two parties agree (a named body, a state, a person or another group: «وصعدت المقاومة وحكومة هادي
هجماتهما»), where an unnamed person or body the pronoun agrees with stands between (``owned_doers``), where the
one found is the act's target, for an act done to the owner of its masdar (arrest, abduction, torture,
assassination: «اعتقاله», ``pronoun_doers.PATIENT_CODES``), for a newspaper or agency, or for a place.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Entity, Event
from .acting import is_press
from .forms import fw_keys, nkey
from .group_lexicon import bare_key, lexicon as group_heads
from .named import feminine_name
from .owned_doers import _unnamed_party
from .pronoun_doers import PATIENT_CODES
from .source_set import name_party
from .trigger_table import lexicon
from .word_tests import enclitic

PRONOUNS = {"ه": "ه", "ها": "ها", "هم": "هم", "هما": "هم"}
PEOPLE_PLURAL = ("ون", "ين")  # a plural of people's ending («المسلحين», «المتمردون»)


@lru_cache(maxsize=1)
def _doer_genitive_entries() -> frozenset[str]:
    """The ids of the lexicon entries whose genitive after a noun trigger is its doer (frame ``gen:src``)."""
    return frozenset(e.id for options in lexicon().values() for e, _ in options if e.gen == "src")


def _people_plural(name: str) -> bool:
    """Whether a name opens with a plural of people («المسلحين», «الحوثيون»)."""
    first = nkey(name.split()[0]) if name.split() else ""
    return first.endswith(PEOPLE_PLURAL) and len(first) > 5


def _agrees(doc: Doc, ent: Entity, start: int, end: int, pron: str) -> bool:
    """Whether ``ent`` (its mention at ``start:end``) may be what the possessive ``pron`` stands for. A person of
    unknown gender agrees with «ـه» and «ـها» both (a rival, never found alone where the other is meant)."""
    if is_press(ent):
        return False
    name = doc.text[start:end]
    if ent.type == "PERSON":
        gender = ent.attrs.get("gender")
        return pron == "ها" and gender != "m" or pron == "ه" and gender != "f"
    if ent.type == "LOCATION":
        return pron == "ها" and ent.attrs.get("kind") == "country"
    if ent.type not in ("ORGANIZATION", "GROUP"):
        return False
    if pron == "هم":
        return _people_plural(name)
    feminine = feminine_name(doc, start, name) or _described_head(name)
    return feminine if pron == "ها" else not feminine and not _people_plural(name)


def _described_head(name: str) -> bool:
    """Whether a group is named by a generic broken plural and adjectives («أطراف عروبية وقومية تونسية», «قوى
    معارضة سورية»: agent_groups.tsv flag "described", round en607), which «ـها» resumes as a non-human plural
    («تتابع أطراف ... تونسية انتقاداتها»)."""
    row = group_heads().get((bare_key(nkey(name.split()[0])),)) if name.split() else None
    return row is not None and row[0].described


def _owner(doc: Doc, ev: Event, at: int, pron: str) -> Entity | None:
    """The one party named before offset ``at`` in the act's sentence or the one before that ``pron`` agrees
    with; None where none or more than one agree."""
    here = ev.sentence.start
    before = max((s.start for s in doc.sentences if s.end <= here), default=here)
    found: dict[str, Entity] = {}
    for ent in doc.entities:
        if any(before <= m.start and m.end <= at and _agrees(doc, ent, m.start, m.end, pron) for m in ent.mentions):
            found[ent.id] = ent
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    last = max(m.end for m in ent.mentions if m.end <= at)
    return None if pron != "هم" and _unnamed_party(doc, last, at, pron, ent) else ent


def group_owners(doc: Doc) -> None:
    """Give a sourceless noun act with a doer's pronoun on it the one group that pronoun stands for (module)."""
    for ev in doc.events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.attrs.get("source_span") \
                or ev.code.startswith(PATIENT_CODES):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k != doc.token_at(ev.trigger.end - 1):
            continue
        tok = doc.tokens[k]
        pron = PRONOUNS.get(enclitic(tok), "")
        stems = [w.norm for w in tok.words if w.kind == "stem"]
        if not pron or len(stems) != 1 or not (ev.attrs.get("trigger_id") in _doer_genitive_entries()
                                               or nkey(stems[0]) in fw_keys("doer_owned_nouns")):
            continue
        ent = _owner(doc, ev, tok.start, pron)
        if ent is None or ent.type != "GROUP" or ent.id == ev.target:
            continue
        name_party(ev, "source", ent.id)
        ev.attrs["source_group_owner"] = True
