"""Round en946: a university named by a town no list holds is of the town's country, where the article places it.

The facility rules code «جامعة الطائف» by the listed town in its name; a university named by a town the gazetteer
lacks («جامعة سنسيناتي», «جامعة تكريت») comes from the tagger as a body of education of no country (EDU). It is of
one country only where the article itself places that town:

- the town right after it in brackets, or «ولاية/مدينة» and a place in them («جامعة سنسيناتي (ولاية أوهايو)»:
  the place's country, USAEDU);
- else the town, named alone elsewhere in the article as a place of one country («في تكريت ... جامعة تكريت»,
  the place read as Iraq's: IRQEDU).

Never a name of more than the noun and one word («جامعة تربيت مدرس»: a founder's or a subject's name, no town),
nor a word the article names as a country or as places of two countries, nor a university with a country already.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity
from ..text.normalize import norm_key

_HEAD = norm_key("جامعة")
# the bracket right after the university: «(», then «ولاية/مدينة/بولاية» or nothing, then the place
_BRACKET = re.compile(r"\s*\(\s*(?:(?:ب|في\s+)?(?:ولاية|مدينة|مقاطعة)\s+)?")


def _places(doc: Doc, ents: list[Entity]) -> tuple[dict[int, Entity], dict[str, set[str]]]:
    """The located places by where each mention starts, and each place word's countries (a country: «*»)."""
    at: dict[int, Entity] = {}
    words: dict[str, set[str]] = {}
    for x in ents:
        if x.type != "LOCATION" or not x.country:
            continue
        iso = "*" if x.actor == x.country else x.country  # (a country's entity: its code is its actor)
        for sp in x.mentions:
            at[sp.start] = x
            words.setdefault(norm_key(sp.text_in(doc.text)), set()).add(iso)
    return at, words


def town_universities(doc: Doc, ents: list[Entity]) -> None:
    """Give each university of no country named by a town the article places the town's country (in place)."""
    unis = [e for e in ents if e.type == "ORGANIZATION" and not e.country and e.actor in (None, "EDU")
            and len(ws := norm_key(e.name).split()) == 2 and ws[0] == _HEAD]
    if not unis:
        return
    at, words = _places(doc, ents)
    for e in unis:
        iso = None
        for sp in e.mentions:
            m = _BRACKET.match(doc.text, sp.end, sp.end + 16)
            place = at.get(m.end()) if m and m.group(0).strip().startswith("(") else None
            if place is not None and place.actor != place.country:
                iso = place.country  # «جامعة سنسيناتي (ولاية أوهايو)»
                break
        if iso is None:
            got = words.get(norm_key(e.name).split()[1], set())
            iso = next(iter(got)) if len(got) == 1 and "*" not in got else None  # «في تكريت ... جامعة تكريت»
        if iso is not None:
            e.country, e.actor = iso, iso + "EDU"
            e.attrs["country_from"] = "town"
