"""Round 73: the country of a place or a state's body that its name leaves open, from what the article says.

- A province named by a common word (``places_context.tsv``: «الضالع»), read as a place wherever the tagger or the
  context rule found it, is in its listed country where the article names that country (its evidence, or the one
  country of all its located places: «رادفان في محافظة لحج»; not among places of many countries), as
  :func:`.localplaces.context_provinces` asks before it reads one.
- A place the lists lack right before «بـ» or «في» and a located place («في قصر السلام بجدة», «حي X في
  بغداد», «قرية X بمدينة Y»: a noun of the place's kind between) is in that place's country (not where the
  place is listed or already has one); its closing quote mark and a participle of lying there may come between
  («منجم «X» الواقع في كوينزلاند», round en451: ``located_participles``).
- A listed state's body whose name leaves its state open, of kind ``gov`` and no country (``orgs_extra.tsv``: «الديوان
  الملكي», a royal court), is the body of the one monarchy (now) of the persons its sentences name («مستشار في الديوان
  الملكي» beside Saudi princes), else, where they name none, of the one state the article is about (``home``: its own
  country, else its agency's) where that is a monarchy, else (round en425) of the one monarchy of all the persons the
  article names («خادم الحرمين الشريفين» in an article about aid to Aden); a republic has no royal court, two
  monarchies leave it open.
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Doc, Entity
from ..events.forms import fw
from ..text.normalize import norm_key
from .courtholders import court_holders
from .localplaces import province_table
from .royalnames import MONARCHIES_NOW

# («قرية دوما بمدينة نابلس»: a noun of a place's kind may stand between, round ents87)
_BEFORE_TOWN = re.compile(r"\s+(?:في\s+|ب)((?:مدينة|محافظة|ولاية|إقليم|مقاطعة|منطقة|بلدة|مديرية|ناحية)\s+)?")
_PARTICIPLE = re.compile(r"[»\"”]?\s+(\S+)")  # («X» الواقع: the closing mark, then the participle)


def _past_participle(text: str, end: int) -> int:
    """Where the words after a place ending at ``end`` go on past its closing mark and a participle of lying
    somewhere («» الواقع»), else ``end``."""
    got = _PARTICIPLE.match(text, end)
    return got.end() if got is not None and norm_key(got.group(1)) in fw("located_participles") else end


def province_countries(ents: list[Entity], evidence: Counter[str]) -> None:
    """Give a province named by a common word its listed country where the article names that country (in place)."""
    table = province_table()
    named = {iso for iso, n in evidence.items() if n > 0}
    located = {str(x.country) for x in ents if x.type == "LOCATION" and x.country}
    if len(located) == 1:
        named |= located  # («رادفان في محافظة لحج»: the one country of the places the article names)
    for e in ents:
        if e.type != "LOCATION" or e.country:
            continue
        row = table.get(norm_key(e.name))
        if row is not None and row[1] and row[1] in named:
            e.country = row[1]
            e.attrs["country_from"] = "province"


def town_after(doc: Doc, ents: list[Entity]) -> None:
    """Give a place the lists lack the country of the located place right after it, after «بـ» or «في» (in
    place)."""
    located: dict[int, str] = {}
    for x in ents:
        if x.type == "LOCATION" and x.country:
            for sp in x.mentions:
                located[sp.start] = x.country
    if not located:
        return
    for e in ents:
        if e.type != "LOCATION" or e.country or "gazetteer" in e.attrs:
            continue
        for sp in e.mentions:
            end = _past_participle(doc.text, sp.end)
            got = _BEFORE_TOWN.match(doc.text, end)
            iso = located.get(got.end()) if got is not None and got.end() > end else None
            if iso is None and got is not None and got.start(1) > end:
                iso = located.get(got.start(1))  # («بمدينة نابلس» the place's mention)
            if iso is not None:
                e.country = iso
                e.attrs["country_from"] = "town_after"
                break


def _sentence_monarchies(doc: Doc, ents: list[Entity], e: Entity) -> set[str]:
    """The monarchies of the persons named in the sentences that name ``e``."""
    spans = [(s.start, s.end) for s in doc.sentences if any(s.start <= sp.start < s.end for sp in e.mentions)]
    out: set[str] = set()
    for x in ents:
        if x.type == "PERSON" and x.country in MONARCHIES_NOW and any(
                a <= sp.start < b for sp in x.mentions for a, b in spans):
            out.add(str(x.country))
    return out


def court_country(doc: Doc, ents: list[Entity], home: str | None) -> None:
    """Give a listed state's body of no country the one monarchy of the persons named in its sentences, else the
    article's one state where that is a monarchy, else the one monarchy of the article's persons (in place)."""
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.actor or "gazetteer" not in e.attrs \
                or e.attrs.get("kind") != "gov":
            continue
        near = _sentence_monarchies(doc, ents, e)
        iso = next(iter(near)) if len(near) == 1 else home if not near and home in MONARCHIES_NOW else None
        if iso is None and not near:
            named = {str(x.country) for x in ents if x.type == "PERSON" and x.country in MONARCHIES_NOW}
            iso = next(iter(named)) if len(named) == 1 else None
        if iso is not None:
            e.country = iso
            e.actor = iso + "GOV"
            e.attrs["country_from"] = "article"
    court_holders(doc, ents)  # «المستشار بالديوان الملكي» (round en425)
