"""State forces and governments named by description, not by name: the government's armed forces («قوات النظام»,
«القوات الحكومية», «قوات الجيش», «القوات النظامية»), a government named by its state («حكومة العراق»: that country's,
one body with «الحكومة العراقية») or by a region of one («حكومة إقليم كردستان»: the region's own government).

A force named by description is one body per article (all its wordings joined, ``ORGH:قوات حكومية:``), never one
with a named army («الجيش التركي»). Its country is the adjective after it («القوات الحكومية السورية»), else the
country the article is about where that is unambiguous (:func:`.homeland.article_country`; not the country of the
agency that reports it: the Saudi agency tells of Yemen's war), else none. So are the forces of a war named in full
(«الجيش الوطني», «المقاومة الشعبية»: the gazetteer's heads that stand alone for no country by themselves). The
phrases are ``described_forces`` and ``force_allegiance_words`` in ``function_words.json``."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from ..doc import Doc, Entity, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, Table
from .homeland import STATE_SECTORS, places_country
from .namedbodies import NamedBodies
from .namerun import nisba
from .units import Found, Unit, plain_unit

FORCE_GID = "ORGH:قوات حكومية:"  # + the country where its adjective names it
BARE_FORCE_GID = "ORGH:قوات حكومية موصوفة:"  # one named by description alone (joined to none by the resolver)
FORCE_SECTOR = "MIL"
_GOVERNMENT = norm_key("حكومة")


@lru_cache(maxsize=1)
def _forces() -> Table:
    """The phrases that describe a state's armed forces, by their word keys."""
    return Table({tuple(p.split()): True for p in fw("described_forces")})


class DescribedForces(NamedBodies):
    def _described_body(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """A force or government at ``i`` named by description: the units taken, 0 where none."""
        return self._described_force(doc, units, i, si, found) or self._state_government(doc, units, i, si, found)

    def _described_force(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """«قوات النظام», «والقوات الحكومية», «لقوات الجيش»: the government's armed forces, with the country adjective
        after it where there is one («القوات النظامية السورية»); not where a definite word after it names another
        body or time («قوات الجيش الوطني», «قوات الجيش الثاني», «قوات النظام السابق»), save a word of allegiance
        («قوات الجيش الموالية للشرعية»), nor inside a longer listed name."""
        n, _, off = self._longest(units, i, _forces())
        if not n or self._longest(units, i, self.g.phrases)[0] > n:
            return 0
        j = i + n
        iso = None
        if j < len(units) and plain_unit(units[j]) and units[j].key.startswith("ال"):
            iso = nisba(self.g, units[j])
            if iso:
                j += 1
            elif units[j].key not in fw("force_allegiance_words"):
                return 0
        attrs: dict[str, object] = {"gid": FORCE_GID + iso if iso else BARE_FORCE_GID, "kind": "gov"}
        if iso:
            found.evidence[si].add(iso)
            attrs.update(country=iso, actor=iso + FORCE_SECTOR)
        else:
            attrs["described_force"] = FORCE_SECTOR
        found.mentions.append(self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern", **attrs))
        return j - i

    @staticmethod
    def _join_forces(found: Found) -> None:
        """The forces named by description alone are the one force named with its adjective («القوات الحكومية
        السورية») where that is of the country the article names in more sentences than any other; else they stay
        apart (never one with another country's army: «قوات النظام» and «قوات الجيش
        التركي» in an article about Syria). Called once the sentences are read."""
        named = {str(m.attrs["country"]) for m in found.mentions
                 if str(m.attrs.get("gid", "")).startswith(FORCE_GID) and m.attrs.get("country")}
        if len(named) != 1:
            return
        (iso,) = named
        top = Counter(c for ev in found.evidence for c in ev).most_common(2)
        if not top or top[0][0] != iso or len(top) == 2 and top[0][1] == top[1][1]:
            return
        for m in found.mentions:
            if m.attrs.get("gid") == BARE_FORCE_GID:
                del m.attrs["described_force"]
                m.attrs.update(gid=FORCE_GID + iso, country=iso, actor=iso + FORCE_SECTOR)

    def _state_government(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """«حكومة العراق» (indefinite «حكومة» and a listed country): that country's government, one body with «الحكومة
        العراقية»; «حكومة إقليم كردستان (العراق)» (and a listed region of one state): the region's own government, of
        its state, apart from the state's. Not a capital («حكومة بغداد»: the capital speaks for its government), nor
        a longer listed name."""
        off = next((o for v, o, _ in units[i].variants if v == _GOVERNMENT), None)
        if off is None or i + 1 >= len(units) or not plain_unit(units[i + 1]) or self._longest(units, i, self.g.phrases)[0]:
            return 0
        pn, e, poff = self._longest(units, i + 1, self.g.phrases)
        if not pn or poff or not isinstance(e, Entry) or e.type != "LOCATION" or not e.country \
                or e.kind not in ("country", "region"):
            return 0
        j = i + 1 + pn
        after = units[j].key if j < len(units) and plain_unit(units[j]) else ""
        if e.kind == "country" and after.startswith("ال") and after.endswith(("ي", "يه")) and after not in self.g.stop:
            return 0  # «حكومة ألمانيا الشرقية»: another state, named by an adjective of its own
        found.evidence[si].add(e.country)
        if e.kind == "country":
            gid = "ORGH:" + _GOVERNMENT + ":" + e.country  # (as «الحكومة العراقية» keys)
        else:
            gid = "ORGH:" + " ".join(u.key.removeprefix("ال") for u in units[i : j]) + ":" + e.country
            if j < len(units) and plain_unit(units[j]):
                cn, c, coff = self._longest(units, j, self.g.phrases)
                if cn and not coff and isinstance(c, Entry) and c.kind == "country" and c.country == e.country:
                    j += cn  # «حكومة إقليم كردستان العراق»
        found.mentions.append(self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern", gid=gid,
                                            kind="gov", country=e.country, actor=e.country + "GOV"))
        return j - i


def _war_force(g: Gazetteer, m: Mention) -> str | None:
    """The sector of a force of a war named in full («الجيش الوطني», «المقاومة الشعبية»: a head that stands alone
    for no country by itself), else None."""
    key = norm_key(str(m.attrs.get("form") or m.text))
    head = g.org_heads.get(tuple(key.split()))
    return str(head[0]) if head is not None and head[2] == "3" and head[0] else None


def force_home(own: str | None, ents: list[Entity], evidence: Counter[str]) -> str | None:
    """The country a force named by description is of: the one the article is about (``own``), else the one country
    of its places (:func:`.homeland.places_country`: «زنجبار», «أبين», «تعز»: Yemen) where the country it names
    most is that one too (or it names none); else None."""
    if own:
        return own
    iso = places_country(ents)
    most = max(evidence.values(), default=0)
    return iso if iso and evidence.get(iso, 0) >= most else None


def home_forces(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]], home: str | None,
                evidence: list[set[str]]) -> None:
    """A force named by description with no country of its own is of the country the article is about (``home``,
    from :func:`force_home`; in place): «قوات النظام» in an article about Syria is Syria's army; not where every
    sentence that names it names other countries and not that one («... المقاومة الشعبية اليمنية وقوات الجيش» in
    an article from Cairo about Egypt's press)."""
    starts = [s.start for s in doc.sentences]
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.actor:
            continue
        ms = by_entity.get(e.id, [])
        sector = next((str(m.attrs["described_force"]) for m in ms if m.attrs.get("described_force")), None) \
            or next((s for m in ms if (s := _war_force(g, m))), None)
        if sector is None:
            continue
        e.attrs["described_force"] = True
        named = [evidence[k] if 0 <= (k := bisect_right(starts, m.start) - 1) < len(evidence) else set() for m in ms]
        if home and any(not ev or home in ev for ev in named):
            e.country = home
            # a state's force takes its sector («YEMMIL»), and so does an armed popular one, a militia («المقاومة
            # الشعبية»: MIL in the list, as «الحشد الشعبي» IRQMIL; round en601); a sector of no state the country alone
            e.actor = home + sector if sector in STATE_SECTORS else home
            e.attrs["country_from"] = "article"
