"""Round 75: a union, a league or an airline named by its head noun and the country inside its name, that no list
holds: «نقابة الصحافيين المصريين», «نقابة مدرسي تشاد» (an indefinite head, one or two nouns of its members, then a
country adjective or a country), «الرابطة التشادية لحقوق الإنسان» (a definite head, its country adjective and a
«لـ» complement) and «الخطوط الجوية اليمنية» (a state's airline). The country is the one the name holds; a head
with no country in its name is no name («نقابة الصحافيين», «الرابطة الأدبية»). Round en520: a company, society
or university by its definite head, country adjective and «لـ» complement («الشركة الليبية للحديد والصلب» LBYBUS,
«الجمعية الأميركية لعلم النفس» USANGO); without the complement it is a description («الشركة الأمريكية»). The words
are in ``function_words.json`` (``guild_heads``, ``complement_guild_heads``, ``business_guild_heads``,
``school_guild_heads``, ``airline_line_heads``, ``airline_line_adjectives``)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw  # data only (closed word lists), no stage
from .agencies import AgencyBodies
from .gazetteer import Entry
from .namerun import nisba
from .units import Found, Unit, plain_unit

MAX_MEMBER_NOUNS = 2  # nouns of a union's members before its country («نقابة المعلمين الأردنيين»)


class GuildBodies(AgencyBodies):
    def _guild_body(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """A union, league or airline at ``i`` named by its head and the country in its name: the units taken, 0
        where none."""
        hit = next(((v, off) for v, off, _ in units[i].variants if v in fw("guild_heads")), None)
        if hit is None or self._longest(units, i, self.g.phrases)[0]:
            return 0
        head, off = hit
        airline = head in fw("airline_line_heads")
        if airline:
            if i + 2 >= len(units) or not plain_unit(units[i + 1]) or units[i + 1].key not in fw("airline_line_adjectives"):
                return 0
            j, iso = self._country_adjective(units, i + 2)
        elif head.startswith("ال"):
            j, iso = self._country_adjective(units, i + 1)
            if iso:
                j = self._complement(units, j) or (0 if head in fw("complement_guild_heads") else j)  # «لحقوق الإنسان»
        else:
            j, iso = self._members_country(units, i + 1)
        if not iso or not j:
            return 0  # (no country; or «الشركة الأمريكية» with no «لـ» complement: a description)
        found.evidence[si].add(iso)
        attrs: dict[str, object] = {"country": iso}
        if airline:
            attrs.update(gid="ORGH:airline:" + iso, kind="company", actor=iso + "BUS")
        else:
            words = [head.removeprefix("ال")] + [u.key.removeprefix("ال") for u in units[i + 1 : j]
                                                 if not nisba(self.g, u)]
            sector = "BUS" if head in fw("business_guild_heads") else "EDU" if head in fw("school_guild_heads") else "NGO"
            attrs.update(gid="ORGH:" + " ".join(words) + ":" + iso, kind="company" if sector == "BUS" else "council",
                         actor=iso + sector)
        found.mentions.append(self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern", **attrs))
        return j - i

    def _country_adjective(self, units: list[Unit], j: int) -> tuple[int, str | None]:
        """The definite country adjective at ``j`` («التشادية»): (the unit after it, its country), else (j, None)."""
        if j >= len(units) or not plain_unit(units[j]) or not units[j].key.startswith("ال"):
            return j, None
        iso = nisba(self.g, units[j])
        return (j + 1, iso) if iso else (j, None)

    def _plural_nisba(self, u: Unit) -> str | None:
        """The country of a country adjective, also of its masculine plural («المصريين», «الأردنيون»)."""
        iso = nisba(self.g, u)
        if iso is None and u.key.endswith(("يين", "يون")):
            iso = self.g.nisba.get(u.key[:-2])
        return iso

    def _members_country(self, units: list[Unit], j: int) -> tuple[int, str | None]:
        """After an indefinite head: one or two nouns of its members and then the country, by its adjective
        («الصحافيين المصريين») or its name («مدرسي تشاد»): (the unit after it, its country), else (j, None)."""
        k = j
        while k < len(units) and plain_unit(units[k]) and k - j <= MAX_MEMBER_NOUNS:
            n, e, off = self._longest(units, k, self.g.phrases)
            if n and not off and isinstance(e, Entry) and e.type == "LOCATION" and e.kind == "country":
                return (k + n, e.country) if k > j else (j, None)
            iso = self._plural_nisba(units[k])
            if iso:
                definite = units[k].key.startswith("ال") == units[k - 1].key.startswith("ال")
                return (k + 1, iso) if k > j and definite else (j, None)
            if n or self.g.is_name_word(units[k].key) or units[k].key in fw("guild_heads"):
                return j, None
            k += 1
        return j, None
