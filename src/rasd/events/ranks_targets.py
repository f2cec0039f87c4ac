"""Round au953: the victims of a toll told «في صفوف X» are its target.

«وأكدت المصادر سقوط قتلى وجرحى في صفوف المدنيين جراء القصف», «أسفرت عن سقوط 20 قتيلا وعدد غير معروف من الجرحى
في صفوف القوات النظامية», «خلفت عشرات القتلى في صفوف المتمردين الحوثيين»: a toll noun (function words
``victim_nouns``, with its article, «و» or a singular «قتيلا»: ``victim_singulars``) that is one of the triggers of
an act of force (CAMEO 18–20), followed within ``REACH`` tokens of its own phrase (counts, another victims' noun,
``ranks_gap_words``; no comma, verb or named entity) by «في صفوف» (function words ``ranks_nouns``), has the party
named right after «صفوف» (past quotation marks and one generic head of a group, or one noun of its men before an
organisation: «المتمردين الحوثيين») as its target: those who were killed or wounded. Only for an event with no
target entity (a null is better than a wrong party), never its own source; civilians («في صفوف المدنيين», function
words ``civilian_words``), whom the entity layer names as no entity, are the target's phrase; nothing where «صفوف»
is followed by any other word that is no name («في صفوف الطرفين»).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import bare, fw, nkey, stem_key
from .member_targets import body_reached
from .source_set import name_party, set_phrase

REACH = 6  # tokens between the toll noun and «في» («وعدد غير معروف من الجرحى»)
IN = "في"
GROUP = "ORGANIZATION"
FORCE = ("18", "19", "20")
STOPS = frozenset({"،", ",", ".", "؛", ":", "(", ")"})


def _toll(doc: Doc, k: int) -> bool:
    """Token ``k`` is a victims' noun («قتلى», «والجرحى», «قتيلا»)."""
    key = stem_key(doc.tokens[k], last=True, form=True, article=False)
    return key in fw("victim_nouns") or key in fw("victim_singulars")


def _own_word(doc: Doc, j: int) -> bool:
    """Token ``j`` belongs to the toll's own phrase: a victims' noun, a number or a count word, or one of the
    function words ``ranks_gap_words`` («وعدد غير معروف من»); a verb or any other word ends it («قتلى وأثار»)."""
    tok = doc.tokens[j]
    key = bare(nkey(tok.text), "quantity_heads", "ranks_gap_words")
    return _toll(doc, j) or key in fw("quantity_heads") or key in fw("ranks_gap_words") or any(
        ch.isdigit() for ch in tok.text) or any(n.start <= tok.start < n.end for n in doc.numbers)


def _ranks_at(doc: Doc, k: int, end: int) -> int | None:
    """The token right after «في صفوف» within ``REACH`` tokens after the toll noun at token ``k``."""
    mentioned = {doc.tokens[j].start for j in range(k + 1, min(end, k + REACH + 2))}
    starts = {m.start for m in doc.mentions if m.entity is not None and m.start in mentioned}
    j = k + 1
    while j + 1 < end and j <= k + REACH + 1:
        tok = doc.tokens[j]
        if tok.text in STOPS or tok.start in starts:
            return None
        if nkey(tok.text) == IN and nkey(doc.tokens[j + 1].text) in fw("ranks_nouns"):
            return j + 2 if j + 2 < end else None
        if not _own_word(doc, j):
            return None
        j += 1
    return None


def _members_body(doc: Doc, j: int, end: int) -> Entity | None:
    """«في صفوف المتمردين الحوثيين», «في صفوف عناصر «داعش»»: a noun of a group's men (function words
    ``member_target_nouns``) at token ``j`` right before an organisation's name stands for that organisation."""
    if j + 1 >= end or stem_key(doc.tokens[j], last=True, form=True, article=False) not in fw("member_target_nouns"):
        return None
    ent = body_reached(doc, j + 1, end)
    return ent if ent is not None and ent.type == GROUP else None


def ranks_targets(doc: Doc, events: list[Event]) -> None:
    """Give an act of force whose toll noun is followed by «في صفوف X» the target X (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(FORCE):
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        for trig in ev.triggers or [ev.trigger]:
            k = doc.token_at(trig.start)
            if k is None or not _toll(doc, k):
                continue
            j = _ranks_at(doc, k, end)
            if j is None:
                continue
            party = body_reached(doc, j, end) or _members_body(doc, j, end)
            if party is not None and party.id != ev.source:
                name_party(ev, "target", party.id)
                ev.attrs["target_ranks"] = True
                break
            tok = doc.tokens[j]
            if party is None and nkey(tok.text) in fw("civilian_words"):
                set_phrase(ev, "target", doc.text, tok.start, tok.end)
                ev.attrs["target_ranks"] = True
                break


__all__ = ["ranks_targets"]
