"""Round en365: the spokesman of an international body speaks for it: «فيديريكو فوسي، المتحدث باسم مفوضية الأمم
المتحدة للاجئين في إيطاليا», «الناطق باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية بيار بيرون» take the body's
code as their sector (IGOUNO; the resolver makes it their actor code whatever their country, as for «المبعوث
الأممي»).

The body is an organisation of no country whose code is international (``IGO…``); its mention stands right after
«باسم», which stands right after a spokesman's noun (``spokesman_heads``, «المتحدث الرسمي باسم» too), and the name
stands right before that noun (a comma or a space between) or right after the body's mention. Not a person who
has a sector already, nor the spokesman of a state's body («المتحدث باسم الخارجية الأميركية»: its country tells),
nor a person the phrase does not touch («... المتحدث باسم الأمم المتحدة، وقال X»: a comma and a verb between).
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key

# «المتحدث باسم », «المتحدث الرسمي باسم », «الناطقة الإعلامية باسم »: the spokesman's noun (group 1) and «باسم»
_BY_NAME = re.compile(r"(\S+)(?: (?:الرسمي|الرسمية|الإعلامي|الإعلامية))? باسم ")
_GAP = " ،,"


def _spokesman_before(text: str, at: int) -> bool:
    """Does a spokesman's noun and «باسم » end right at ``at``?"""
    got = None
    for got in _BY_NAME.finditer(text, max(0, at - 40), at):
        pass
    return got is not None and got.end() == at and norm_key(got.group(1)) in fw_keys("spokesman_heads")


def spokesman_body(doc: Doc, m: Mention, starts: dict[int, Entity],
                   ends: dict[int, tuple[int, Entity]]) -> Entity | None:
    """The body (of ``starts``: each mention's start, ``ends``: each mention's end with its start) whose spokesman
    mention ``m`` names, «باسم» it right before or after the name; None elsewhere."""
    text = doc.text
    rest = text[m.end : m.end + 60]
    lead = len(rest) - len(rest.lstrip(_GAP))
    if text.count("،", m.end, m.end + lead) + text.count(",", m.end, m.end + lead) <= 1:
        got = _BY_NAME.match(text, m.end + lead)
        if got is not None and norm_key(got.group(1)) in fw_keys("spokesman_heads") and got.end() in starts:
            return starts[got.end()]  # «X، المتحدث باسم المفوضية ...»
    before = text[max(0, m.start - 4) : m.start]
    gap = len(before) - len(before.rstrip(_GAP))
    if gap and text.count("،", m.start - gap, m.start) + text.count(",", m.start - gap, m.start) <= 1:
        got_end = ends.get(m.start - gap)
        if got_end is not None and _spokesman_before(text, got_end[0]):
            return got_end[1]  # «الناطق باسم مكتب الأمم المتحدة ... X»
    return None


def igo_spokesmen(doc: Doc, ents: list[Entity], mentions: dict[str, list[Mention]]) -> None:
    """Give each person of no sector whom the text names an international body's spokesman that body's code as
    his sector (see the module), in place; ``mentions``: each entity id's mentions."""
    bodies = [(o, e) for e in ents if e.type == "ORGANIZATION" and not e.country
              and (e.actor or "").startswith("IGO") for o in mentions.get(e.id, ())]
    if not bodies:
        return
    starts = {o.start: e for o, e in bodies}
    ends = {o.end: (o.start, e) for o, e in bodies}
    for e in ents:
        if e.type != "PERSON" or e.actor or e.attrs.get("sector"):
            continue
        for m in sorted(mentions.get(e.id, ()), key=lambda x: x.start):
            body = spokesman_body(doc, m, starts, ends)
            if body is not None:
                e.attrs["sector"] = str(body.actor)
                e.attrs["sector_from"] = "spokesman:" + body.id
                break
