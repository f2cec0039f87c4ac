"""Round en930: a scholar whose apposition names his university is of the education sector.

«قال فلان، أستاذ العلوم السياسية في جامعة X الأميركية، إن ...»: a person of no actor (or of his bare country
alone) whose apposition — after his name and a comma, up to the next comma or stop — opens on an academic title
(``academic_titles``: «أستاذ», «الأستاذ», «محاضر», «باحث») or a title of office or a noun of a post
(:func:`.bodyroles.apposed_body`: «رئيس قسم», «الخبير»), and names, after «في», «لدى» or a proclitic «بـ/لـ», a
university or college the entity layer coded of the education sector («EDU», «USAEDU»), is one of its staff: the
CAMEO agents dictionary codes a professor or a university's officer «~EDU». His actor is ``<ISO>EDU`` where his own
country is known, else that of the university where it has one (and he takes that country), else ``EDU`` alone.

Not a clause that names a person, a place or another body before the university («الأستاذ في مركز X بجامعة Y»: the
centre is his employer), nor a university in construct with a title of office («رئيس جامعة X»: :mod:`.rolebodies`; an academic title in
construct with it is: «X، عميد كلية النهرين في جامعة بغداد», IRQEDU), nor a
clause after a relative pronoun («، الذي درس في جامعة X»: a past tie), nor a person the actor lexicon coded. Called by
:mod:`.stage` on the finished entities, after :func:`.unplacedbodies.sector_countries` has placed the universities.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .bodyroles import apposed_body
from .gazetteer import Gazetteer

_SECTOR = "EDU"
_CONSTRUCT = re.compile(r" ?[،,] (\S+) ")  # «، عميد »: the title and the space before its genitive


def _university(e: Entity) -> bool:
    """Is ``e`` an organisation coded of the education sector («EDU», «IRQEDU»)?"""
    actor = e.actor or ""
    return e.type == "ORGANIZATION" and actor.endswith(_SECTOR) and len(actor) in (3, 6)


def _dean_of(doc: Doc, m: Mention, by_start: dict[int, Entity], openers: frozenset[str]) -> Entity | None:
    """«X، عميد كلية النهرين في جامعة بغداد»: the university in construct right after the academic title that
    opens the apposition after the mention ``m`` (a comma between the name and the title); None elsewhere."""
    got = _CONSTRUCT.match(doc.text, m.end)
    if got is None or norm_key(got.group(1)).removeprefix("ال") not in openers:
        return None
    return by_start.get(got.end())


def academic_staff(doc: Doc, g: Gazetteer) -> None:
    """Give the education sector to each person of no actor whose apposition names his university (see the
    module), in place."""
    by_start = {m.start: e for e in doc.entities if _university(e) for m in e.mentions}
    if not by_start:
        return
    starts = {m.start for e in doc.entities for m in e.mentions}
    openers = fw_keys("academic_titles")
    own: dict[str, list[Mention]] = {}
    for m in doc.mentions:  # (in text order)
        if m.entity is not None:
            own.setdefault(m.entity, []).append(m)
    for e in doc.entities:
        if e.type != "PERSON" or "gazetteer" in e.attrs or e.actor not in (None, e.country):
            continue
        for m in own.get(e.id, ()):
            body = apposed_body(doc, g, m, by_start, starts, openers) or _dean_of(doc, m, by_start, openers)
            if body is None:
                continue
            iso = e.country or body.country
            e.actor = (iso or "") + _SECTOR
            if iso and not e.country:
                e.country = iso
                e.attrs["country_from"] = "role_body:" + body.id
            e.attrs["sector"] = _SECTOR
            break
