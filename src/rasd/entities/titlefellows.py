"""Round en472: a movement's titled man of no country takes the country his fellow title-holders share.

An article on the Taliban names many mullahs: the known ones the gazetteer or their offices place («الملا محمد عمر»:
AFGREB), the others come with the title alone («الملا عبد المنان»: the cleric's sector REL, no country). A title that
a news article gives the ranks of one movement (the function-word list ``movement_titles``: «الملا», «المولوي») makes
the men who hold it in one article fellows: a holder of no country takes the country that all his placed fellows
share, and their sector too where all who have one agree on it («عبد المنان» → AFGREB); where their sectors differ
he keeps his own and takes the country alone (REL → AFGREL).

Fellows of two countries give nothing (a mullah of Iraq and one of Afghanistan); nor does a title that names men of
many states in one article («الإمام», «الشيخ», «الوزير» are in no such list). Called by :mod:`.stage` after
:mod:`.clerics`, on the finished entities.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key


def _title(e: Entity, titles: frozenset[str]) -> str | None:
    """The movement's title (its key, the article dropped) that one of the person's roles is, or None."""
    for r in e.roles:
        key = norm_key(r)
        if key in titles:
            return key.removeprefix("ال")
    return None


def _sector(e: Entity) -> str:
    """The person's sector: his actor code after his country's («AFGREB» → «REB»), or «» where none."""
    actor, iso = e.actor or "", e.country or ""
    return actor[len(iso) :] if iso and actor.startswith(iso) else ""


def title_fellows(doc: Doc) -> None:
    """Give each movement's titled person of no country his fellow holders' country (see the module), in place."""
    titles = fw_keys("movement_titles")
    holders: dict[str, list[Entity]] = {}
    for e in doc.entities:
        title = _title(e, titles) if e.type == "PERSON" else None
        if title is not None:
            holders.setdefault(title, []).append(e)
    for fellows in holders.values():
        placed = [e for e in fellows if e.country]
        countries = {e.country for e in placed}
        if len(countries) != 1:
            continue
        iso = str(placed[0].country)
        sectors = {_sector(e) for e in placed} - {""}  # (a placed fellow of no sector disagrees with no one)
        shared = next(iter(sectors)) if len(sectors) == 1 else ""
        for e in fellows:
            if e.country or "gazetteer" in e.attrs:
                continue
            own = e.actor if e.actor and e.actor.isalpha() and len(e.actor) == 3 else ""
            sector = shared or own
            e.country = iso
            e.actor = iso + sector
            if sector:
                e.attrs["sector"] = sector
