"""Round en381: a person named as one of a state body's staff takes the body's country, once the bodies are placed.

«والدكتور فهد القاشي من وزارة التعليم ،»: a person of no country, «من» and a state body (an actor code of a state
sector) of known country right after his name, the body closing his item of a list or his clause (a comma, a full
stop, «؛» or the text's end right after it), is one of that body's staff: he takes its country and its sector. The
academic bodies of :mod:`.containment` are read earlier, where they have their country already; a ministry often
takes its country only from the article's own (:func:`.posts.post_countries`, final call), so this pass runs after
it. Not a body that goes on («طلب X من وزارة الداخلية السماح ...»: he asked the ministry), nor «في» (where he
spoke), nor a body no rule placed.

Round en431 (:func:`among_members`): a person named as one of a body's members the sentence counts («عناصر من حزب
الله من بينهم جهاد مغنية», «ثمانية عناصر من «الفرقة 30» بينهم قائد الفرقة X») takes the body's country and sector:
a person of no country named right after «بينهم» («من بينهم», «وبينهم», «ضمنهم»; up to three title words between),
the cue right after an organisation or group of known country that «من» or «في» brings in (a comma or a quote mark
between at most). Not a body the cue does not follow («عناصر من حزب الله قرب الحدود، بينهم X»), nor a place
(«مواطنين من سوريا بينهم X»).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..doc import Doc, Entity, Mention
from .homeland import STATE_SECTORS
from .personloops import take_country, unplaced_persons

_FROM = re.compile(r"\s+من\s+")  # «X من وزارة ...» (one space or more, nothing else between)
_CLOSE = re.compile(r"\s*(?:[،,.؛]|$)")  # the body ends the person's item or clause


def _state_body(e: Entity) -> bool:
    """Is ``e`` an organisation of known country whose actor code is its country's state sector («SAUGOV»)?"""
    c, a = e.country or "", e.actor or ""
    return e.type == "ORGANIZATION" and bool(c) and a.startswith(c) and a[len(c) :] in STATE_SECTORS


def _placed_by(ents: list[Entity], by_entity: dict[str, list[Mention]], is_body: Callable[[Entity], bool],
               pick: Callable[[Mention, list[tuple[Mention, Entity]]], Entity | None], tag: str) -> None:
    """Give each person of no country the country and sector of the body ``pick`` finds for one of his own mentions
    among the mentions of the bodies ``is_body`` accepts (sorted by start); ``tag`` names the rule (in place)."""
    bodies = sorted(((m, e) for e in ents if is_body(e) for m in by_entity.get(e.id, ())), key=lambda p: p[0].start)
    if not bodies:
        return
    for e, ms in unplaced_persons(ents, by_entity):
        for m in ms:
            if m.source in ("coref", "anaphor"):
                continue
            body = pick(m, bodies)
            if body is not None and body is not e:
                take_country(e, body, tag)
                break


def staff_countries(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Persons of no country named as a state body's staff («X من وزارة التعليم ،»): the body's country and sector
    (see the module; in place)."""
    text = doc.text

    def pick(m: Mention, bodies: list[tuple[Mention, Entity]]) -> Entity | None:
        return next((b for bm, b in bodies if bm.start > m.end and _FROM.fullmatch(text, m.end, bm.start)
                     and _CLOSE.match(text, bm.end)), None)

    _placed_by(ents, by_entity, _state_body, pick, "staff:")


def body_people(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """The persons of a body's staff and the members a sentence counts among a body (in place)."""
    staff_countries(doc, ents, by_entity)
    among_members(doc, ents, by_entity)


# «من بينهم» + up to three words (a title) right before the name
_AMONG = re.compile(r"(?:^|\s)(?:و?(?:من\s+)?بينهم|و?ضمنهم|و?من\s+ضمنهم)((?:\s+[^\s،,.؛:«»()]+){0,3})\s+$")
_BODY_GAP = re.compile(r"[»\"]?\s*[،,]?\s*$")  # between the body and the cue: a closing quote, a comma
_BROUGHT_IN = re.compile(r"(?:^|\s)(?:من|في)\s*«?$")  # «من» or «في» right before the body


def _member_body(e: Entity) -> bool:
    """An organisation or group of known country whose actor code is of that country («LBNREB»)."""
    c, a = e.country or "", e.actor or ""
    return e.type in ("ORGANIZATION", "GROUP") and bool(c) and a.startswith(c)


def among_members(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Persons of no country named as one of a counted body's members («عناصر من حزب الله من بينهم X»): the body's
    country and sector (see the module; in place)."""
    text = doc.text

    def pick(m: Mention, bodies: list[tuple[Mention, Entity]]) -> Entity | None:
        cue = _AMONG.search(text, max(0, m.start - 60), m.start)
        if cue is None:
            return None
        at = cue.start()
        return next((b for bm, b in bodies if bm.end <= at and _BODY_GAP.fullmatch(text, bm.end, at)
                     and _BROUGHT_IN.search(text, max(0, bm.start - 6), bm.start)), None)

    _placed_by(ents, by_entity, _member_body, pick, "among:")
