"""Bodies named by their kind and what they belong to, which no list can hold in full: an agency of the United
Nations named by its head noun, «الأمم المتحدة» and what it serves («مفوضية الأمم المتحدة للاجئين», «برنامج الأمم
المتحدة الإنمائي»), and a court named by its kind and its town («محكمة جنايات القاهرة», «محكمة استئناف باريس»),
or by its town alone where no definite word follows (round mn985: «أمام محكمة وستمنستر.»).

«منظمة الأمم المتحدة» alone is the United Nations (listed), a court's noun alone or with a common word («محكمة
جنايات», «محكمة جنايات عادية») no name. The word lists are in ``function_words.json`` (``un_agency_heads``,
``court_kind_nouns``)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw  # data only (closed word lists), no stage
from .gazetteer import Entry
from .headedbodies import HeadedBodies
from .units import Found, Unit, plain_unit

_UN = ("الامم", "المتحده")
MAX_SERVED = 4  # words of what an agency serves after «لـ» («لغوث وتشغيل اللاجئين الفلسطينيين»)


TOWNS = ("city", "capital")  # the kinds of place a court is named by alone (round mn985)


def _town_alone(units: list[Unit], j: int, e: Entry) -> bool:
    """Round mn985: «مثلا أمام محكمة وستمنستر.»: «محكمة» + a listed town with no word after it in its clause
    (the end, a punctuation mark, or a word with no article: not «محكمة القاهرة الجديدة», an adjective of the
    court or of a place no list holds) is that town's court."""
    return e.kind in TOWNS and (j >= len(units) or not plain_unit(units[j]) or not units[j].key.startswith("ال"))


class AgencyBodies(HeadedBodies):
    def _un_agency(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """An agency of the UN at ``i``: its head noun (indefinite), «الأمم المتحدة», then what it serves after
        «لـ» and the definite words after it, or an adjective («الإنمائي»); the units taken, 0 where none. A
        listed agency is the gazetteer's (its longer form wins)."""
        hit = next(((v, off) for v, off, _ in units[i].variants if v in fw("un_agency_heads")), None)
        if hit is None or i + 3 >= len(units) or not all(plain_unit(units[i + k]) for k in (1, 2, 3)) \
                or (units[i + 1].key, units[i + 2].key) != _UN:
            return 0
        n, _, _ = self._longest(units, i, self.g.phrases)
        if n > 3:
            return 0  # «مفوضية الأمم المتحدة لشؤون اللاجئين»: listed, with its code
        j = i + 3
        k = units[j].key
        if k.startswith("ل") and not k.startswith("ال") and len(k) >= 4 and k not in self.g.stop:
            j += 1  # «للاجئين», «لشؤون», «لغوث»
            while j < len(units) and j - i - 3 < MAX_SERVED and plain_unit(units[j]) \
                    and units[j].key.startswith(("ال", "وال", "و")) and units[j].key not in self.g.stop \
                    and not self._longest(units, j, self.g.phrases)[0]:
                j += 1  # «اللاجئين», «وتشغيل اللاجئين»
        elif k.startswith("ال") and k.endswith("ي") and len(k) >= 6:
            j += 1  # «الإنمائي»
        else:
            return 0  # «منظمة الأمم المتحدة منذ ...»: the UN itself
        gid = "ORGH:un:" + " ".join([hit[0]] + [u.key.removeprefix("ال") for u in units[i + 3 : j]]) + ":"
        found.mentions.append(self._mention(doc, units, i, j - i, hit[1], "ORGANIZATION", "pattern", gid=gid,
                                            kind="igo", actor="IGOUNO"))
        return j - i

    def _town_court(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """«محكمة جنايات القاهرة», «محكمة استئناف باريس»: «محكمة» (indefinite), the kind of court (indefinite)
        and a listed town or country, or the town and then the kind as an adjective («محكمة بروكسل الجنائية»,
        «محكمة باريس الابتدائية»): that place's court, a judicial body of its country; 0 where none."""
        hit = next((off for v, off, _ in units[i].variants if v == "محكمه"), None)
        if hit is None or i + 1 >= len(units) or not plain_unit(units[i + 1]):
            return 0
        kind = int(units[i + 1].key in fw("court_kind_nouns"))  # (round en842: without it, «محكمة بروكسل
        # الجنائية»: the town, then the court's kind as an adjective, ``court_kind_adjectives``)
        if kind and (i + 2 >= len(units) or not plain_unit(units[i + 2])):
            return 0
        n, e, off = self._longest(units, i + 1 + kind, self.g.phrases)
        if not n or off or not isinstance(e, Entry) or e.type != "LOCATION" or not e.country:
            return 0
        j = i + 1 + kind + n
        adjective = j < len(units) and plain_unit(units[j]) and units[j].key in fw("court_kind_adjectives")
        if not kind and not adjective and not _town_alone(units, j, e):
            return 0  # «محكمة القاهرة الجديدة»: no court's kind
        j += int(adjective) if not kind else 0
        found.evidence[si].add(e.country)
        gid = "ORGH:court:" + " ".join(u.key for u in units[i + 1 : j]) + ":" + e.country
        found.mentions.append(self._mention(doc, units, i, j - i, hit, "ORGANIZATION", "pattern", gid=gid,
                                            kind="gov", country=e.country, actor=e.country + "JUD"))
        return j - i

    def _mission_agency(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """A body named by what it fights (round 51): its head noun and «مكافحة» + what («وكالة مكافحة الفساد»,
        «هيئة مكافحة الإرهاب»), or the definite head, an adjective of its reach and «لمكافحة» («الوكالة الوطنية
        لمكافحة الفساد»); the units taken, 0 where none. Of the state the article is about (its country is no
        part of its name)."""
        hit = next(((v, off) for v, off, _ in units[i].variants if v.removeprefix("ال") in fw("mission_agency_heads")),
                   None)
        if hit is None:
            return 0
        j = i + 1
        if hit[0].startswith("ال"):
            while j < len(units) and j - i < 3 and plain_unit(units[j]) and units[j].key in fw("mission_agency_reach"):
                j += 1  # «الوطنية», «العليا»
            mission = "لمكافحه"
        else:
            mission = "مكافحه"
        if j == i + 1 and hit[0].startswith("ال") or j + 1 >= len(units) or not plain_unit(units[j]) \
                or units[j].key != mission or not plain_unit(units[j + 1]) or not units[j + 1].key.startswith("ال") \
                or units[j + 1].key in self.g.stop or self._longest(units, i, self.g.phrases)[0] > 1:
            return 0
        j += 2
        gid = "ORGH:mission:" + " ".join([hit[0].removeprefix("ال")] + [u.key for u in units[j - 1 : j]]) + ":"
        m = self._mention(doc, units, i, j - i, hit[1], "ORGANIZATION", "pattern", gid=gid, kind="gov")
        m.attrs["bare_sector"] = "GOV"  # a state's body, of the country the article is about
        found.mentions.append(m)
        return j - i
