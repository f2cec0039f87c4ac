"""The paper an «according to» source told, and the source named after it, round 294 (its quote's via «told_outlet»:
the events stage carries no doer from him): in «بحسب ما أفاد به
«الشرق الأوسط» فلان» / «حسبما قال لـ«الشرق الأوسط» فلان» the newspaper is whom he told (the outlet), and the
person named right after it is the source; the medium is the source only where no one follows it («بحسب ما أفادت
«الشرق الأوسط»»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import mention_index
from .press_review import is_medium

_LEADS = frozenset(("لـ", "ل", "«", '"'))  # «لـ«الشرق الأوسط»»: the «لـ» of the one told, the marks of its name
_CLOSES = frozenset(("»", '"'))


def told_outlet_source(doc: Doc, at: int) -> str | None:
    """The PERSON entity named right after a medium that stands right after token ``at`` (the verb of «بحسب ما
    أفاد به», its pronoun, or the «according to» word), its «لـ» and quote marks aside; None where no medium stands
    there or no person's name follows it at once."""
    toks = doc.tokens
    mentions = mention_index(doc)
    u = at + 1
    while u < len(toks) and u <= at + 3 and toks[u].text in _LEADS:
        u += 1
    outlet = mentions.get(u)
    if outlet is None or outlet[1] != "ORGANIZATION":
        return None
    entity = doc.entity(outlet[0])
    if entity is None or not is_medium(entity):
        return None
    while u < len(toks) and mentions.get(u) == outlet:
        u += 1
    while u < len(toks) and toks[u].text in _CLOSES:
        u += 1
    named = mentions.get(u)
    if named is None or named[1] != "PERSON" or named[0] == outlet[0]:
        return None
    return named[0]


OUTLET_REACH = 40  # characters from the end of the «according to» cue to the paper's name («ما أفاد به لـ«»)


def told_outlet(doc: Doc, cue_end: int) -> str | None:
    """The medium whose name starts within OUTLET_REACH characters after ``cue_end`` (the cue of a told-outlet
    quote): the events stage carries it, as it did before the witness was read as the source, not the witness, who
    does none of the deeds he tells; None where there is none."""
    for ent in doc.entities:
        if ent.type == "ORGANIZATION" and is_medium(ent) and any(
                cue_end <= m.start < cue_end + OUTLET_REACH for m in ent.mentions):
            return ent.id
    return None
