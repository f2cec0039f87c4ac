"""Round en467: a man known by a cleric's title whom nothing else placed is of the religious sector.

A person of no actor whose role, or the words right before one of his mentions, is a cleric's title or a religious
calling (the function-word lists ``cleric_titles``: «الملا», «آية الله», «الإمام», «البابا»; and
``religious_nouns``: «الداعية», «المفتي», «رجل الدين», «الحاخام») takes the sector REL (the CAMEO agents
dictionary codes a cleric «~REL»): ``<ISO>REL`` where his country is known, else ``REL`` alone («وقال الملا حسن،
وهو من تولى منصب مفتي نظام طالبان»; «مثاليات الإمام علي بن أبي طالب»). A title that closes a longer office is
not his calling («النائب السابق للملا»: the deputy of a mullah); «الشيخ» (a ruler, a tribal chief, an elder as
often as a cleric) and «الأب» (a father) are in neither list. Called by :mod:`.stage` on the finished entities.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key

_LISTS = ("cleric_titles", "religious_nouns")


def _titles() -> frozenset[str]:
    """The keys of a cleric's titles and religious callings (both lists)."""
    return frozenset().union(*(fw_keys(n) for n in _LISTS))


def _opens_with_title(words: list[str], titles: frozenset[str]) -> bool:
    """Do ``words`` (a role's keys) open with a cleric's title of one or two words («الملا», «آية الله الراحل»)?"""
    return any(" ".join(words[:n]) in titles for n in (2, 1) if len(words) >= n)


def _cleric(doc: Doc, e: Entity, titles: frozenset[str]) -> bool:
    """Is the person titled a cleric: a role that opens with a cleric's title, or one right before a mention of
    his (no punctuation between: «قال الداعية محمد حسان»)?"""
    if any(_opens_with_title(norm_key(r).split(), titles) for r in e.roles):
        return True
    for m in e.mentions:
        before = [norm_key(w) for w in doc.text[max(0, m.start - 30) : m.start].split()]
        if before and not doc.text[m.start - 1 : m.start].strip() and any(
                " ".join(before[-n:]) in titles for n in (2, 1) if len(before) >= n):
            return True
    return False


def cleric_actors(doc: Doc) -> None:
    """Give the sector REL to each person of no actor titled a cleric (see the module), in place."""
    titles = _titles()
    for e in doc.entities:
        if e.type != "PERSON" or e.actor or "gazetteer" in e.attrs or not _cleric(doc, e, titles):
            continue
        e.actor = (e.country or "") + "REL"
        e.attrs["sector"] = "REL"
