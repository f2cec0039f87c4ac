"""Bodies named by a construction the lists cannot hold: a name in quotation marks after an indefinite group noun
(«تنظيم «تمرد»»), a meeting named after its place or a foreign name («مؤتمر الرياض», «منتدى أسبن للأمن»), a
company named by its trade and its country («شركة النفط الفنزويلية العامة») and a state's airline named by its
country adjective after «رحلات/طائرات» («رحلات اليمنية»). :class:`~rasd.entities.recognize.Recognizer` builds on
them."""

from __future__ import annotations

from typing import Final

from ..events.forms import fw  # data only (closed word lists), no stage
from .gazetteer import Entry
from ..text.normalize import norm_key
from .namerun import nisba
from .foreignbodies import ForeignBodies
from .units import OPENING_QUOTES, QUOTES, Found, Unit, next_char, plain_unit
from ..doc import Doc
from ..memo import remember

MAX_QUOTED_NAME = 4  # words of a quoted name after its group noun («تنظيم «تمرد»», «جماعة «جند الأقصى»»)
_PLACE_BODY_NOUNS = 2  # indefinite nouns between a body head and its place («موانئ», «سكك حديد»)
_FIRM_WORDS = 3  # definite words of a company's trade before its country adjective («الحديد والصلب»)


# the head lists _constructed_body tests a unit's keys against, in one set (one entry, under ""): a unit with none
# of them goes straight to _headed_body (most units) instead of eight intersections
_HEAD_LISTS = ("place_body_heads", "linked_place_body_heads", "quoted_name_heads", "gathering_heads",
               "described_firm_heads", "airline_heads", "guild_heads")
_ANY_HEAD: Final[dict[str, frozenset[str]]] = {}


def _any_head() -> frozenset[str]:
    """The words of every list in ``_HEAD_LISTS`` (``complement_guild_heads`` is asked only after ``guild_heads``)."""
    got = _ANY_HEAD.get("")
    return got if got is not None else remember(_ANY_HEAD, "", frozenset().union(*(fw(h) for h in _HEAD_LISTS)), 0)


def _keys(u: Unit) -> set[str]:
    return {v for v, _, _ in u.variants}


def _head_off(u: Unit, *heads: str) -> int:
    """Where the head noun starts in its word («لمؤتمر»: after «ل»)."""
    return next((off for v, off, _ in u.variants if any(v in fw(h) for h in heads)), 0)


class NamedBodies(ForeignBodies):
    def _constructed_body(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """A body at ``i`` named by one of this module's constructions: the number of units taken, 0 where none."""
        if adj := self._members_adjective(units, i):
            return adj
        if units[i].punct or i + 1 >= len(units) or units[i + 1].punct:
            return 0
        if step := self._un_agency(doc, units, i, found) or self._town_court(doc, units, i, si, found) \
                or self._mission_agency(doc, units, i, found) or self._foreign_body(doc, units, i, found):
            return step
        keys = _keys(units[i])
        if keys.isdisjoint(_any_head()):
            return self._headed_body(doc, units, i, si, found)  # (no head of the lists below: what the end gives)
        if (keys & fw("place_body_heads") or keys & fw("linked_place_body_heads")) \
                and (step := self._place_body(doc, units, i, si, found)):
            return step
        if keys & fw("quoted_name_heads"):
            return self._headed_quote(doc, units, i, found) or self._headed_body(doc, units, i, si, found)
        if keys & fw("gathering_heads"):
            return self._gathering(doc, units, i, found)
        if keys & fw("described_firm_heads"):
            return self._described_firm(doc, units, i, si, found)
        if keys & fw("airline_heads"):
            return self._airline(doc, units, i, si, found)
        if keys & fw("guild_heads"):
            return self._guild_body(doc, units, i, si, found) or (  # (a firm's other names: as before)
                self._headed_body(doc, units, i, si, found) if keys & fw("complement_guild_heads") else 0)
        return self._headed_body(doc, units, i, si, found)

    def _headed_quote(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """«لتنظيم «تمرد»», «جماعة «جند الأقصى»»: an indefinite group noun and a name of a few words in quotation
        marks right after it are one organisation; not a listed one («تنظيم «داعش»»: the gazetteer's, with its
        code), nor a quoted clause («حركة «يريدها الشعب»») or function word."""
        if not units[i + 1].gap or next_char(doc.text, units[i + 1].tok.start, -1) not in OPENING_QUOTES:
            return 0
        if self._longest(units, i, self.g.phrases)[0] or self._longest(units, i + 1, self.g.phrases)[0]:
            return 0
        j = i + 2
        while j < len(units) and j - i - 1 < MAX_QUOTED_NAME and not units[j].punct and not units[j].gap:
            j += 1
        closed = next_char(doc.text, units[j - 1].tok.end, 1) in QUOTES - OPENING_QUOTES
        if not closed or any(u.key in self.g.stop or nisba(self.g, u) or not u.tok.text.isalpha()
                             or (u.key[:1] == "ي" and not self.g.is_name_word(u.key)) for u in units[i + 1 : j]):
            return 0
        found.mentions.append(self._mention(doc, units, i + 1, j - i - 1, 0, "ORGANIZATION", "quoted"))
        return j - i  # (the name alone, as it is named without the noun: «تمرد»)

    def _gathering(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """«مؤتمر الرياض», «منتدى أسبن للأمن», «منتدى دافوس الاقتصادي»: an indefinite meeting noun and the place it
        is named after (a listed place), or a rare word no list has with the name's tail («للأمن», an adjective),
        name a meeting, a body of its own (a round, «دورة الدوحة», a named event: MISC); not «مؤتمر صحافي» (an
        adjective), «مؤتمر حوار» (a common noun)."""
        if units[i + 1].gap:
            return 0  # «مؤتمر «جنيف 2»»: a quoted name is its own
        j = i + 1
        n, e, off = self._longest(units, j, self.g.phrases)
        if n and not off and isinstance(e, Entry) and e.type == "LOCATION":
            j += n
            tail_needed = False
        elif not n and self._rare_word(units[j]):
            j += 1
            tail_needed = True
        else:
            return 0
        tail = 0
        if j < len(units) and not units[j].punct and not units[j].gap:
            k = units[j].key
            if k.startswith("لل") and len(k) > 4 or k.startswith("ال") and k.endswith(("ي", "يه")) and len(k) > 4:
                tail = 1  # «للأمن», «الاقتصادي», «الدولي»
        if tail_needed and not tail:
            return 0
        # a round of talks or games named after its place («دورة الدوحة», «جولة أستانا») is a named event, no
        # body (round en395): MISC, its place still no place of its own
        typ = "MISC" if _keys(units[i]) & fw("round_heads") else "ORGANIZATION"
        found.mentions.append(self._mention(doc, units, i, j + tail - i, _head_off(units[i], "gathering_heads"),
                                            typ, "pattern"))
        return j + tail - i

    def _described_firm(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """«شركة النفط الفنزويلية العامة», «شركة النفط الوطنية الليبية»: «شركة» (indefinite), the definite words of
        its trade, its country adjective and a word of the state's firm («العامة», «الوطنية», «الحكومية») are
        that country's company (CAMEO business); a listed name is the gazetteer's; «شركة النفط النيجيرية» alone
        describes one (ANERcorp leaves it untagged)."""
        if units[i].key.startswith("ال") or self._longest(units, i, self.g.phrases)[0] \
                or self._longest(units, i + 1, self.g.phrases)[0]:
            return 0
        j = i + 1
        while j < len(units) and j - i <= _FIRM_WORDS and not units[j].punct and not units[j].gap \
                and units[j].key.startswith(("ال", "وال")) and not nisba(self.g, units[j]) \
                and not self.g.is_name_word(units[j].key):
            j += 1
        if j == i + 1 or j >= len(units) or units[j].gap or not (iso := nisba(self.g, units[j])):
            return 0
        j += 1
        if j < len(units) and not units[j].punct and not units[j].gap and units[j].key in fw("state_firm_adjectives"):
            j += 1  # «العامة», «الوطنية»: a state company
        if not any(u.key in fw("state_firm_adjectives") for u in units[i + 1 : j]):
            return 0  # «شركة النفط النيجيرية»: a description (the state's own firm is «الوطنية», «العامة»)
        k = j
        while k < len(units) and k - j < 2 and not units[k].punct and not units[k].gap and units[k].key.startswith("ال"):
            k += 1
        if k < len(units) and units[k].gap and not units[k].punct:
            return 0  # «شركة الصلب الألمانية العملاقة «تيزنكروب»»: the description of the firm named after it
        found.evidence[si].add(iso)
        gid = "ORGH:" + " ".join(u.key for u in units[i:j]) + ":" + iso
        found.mentions.append(self._mention(doc, units, i, j - i, _head_off(units[i], "described_firm_heads"),
                                            "ORGANIZATION", "pattern", gid=gid,
                                            kind="company", country=iso, actor=iso + "BUS"))
        return j - i

    def _airline(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """«رحلات اليمنية», «طائرات اليمنية»: flights or planes (indefinite) of a definite country adjective (that is
        not the country's own name, as «السعودية» is) are those of the country's airline, named by the adjective;
        not «طائرات يمنية» nor «الطائرات اليمنية» (Yemeni planes)."""
        u = units[i + 1]
        if units[i].key.startswith("ال") or u.gap or not u.key.startswith("ال") or not (iso := nisba(self.g, u)) \
                or self._longest(units, i + 1, self.g.phrases)[0]:
            return 0
        found.evidence[si].add(iso)
        found.mentions.append(self._mention(doc, units, i + 1, 1, 0, "ORGANIZATION", "pattern",
                                            gid="ORGH:airline:" + iso, kind="company", country=iso, actor=iso + "BUS"))
        return 2

    def _title_body(self, doc: Doc, units: list[Unit], k: int, si: int, found: Found) -> int:
        """A body named in an office's title at ``k``: one named after its place first («رئيس هيئة قناة السويس»:
        the authority, not the canal, round en537), else a party's or council's."""
        keys = _keys(units[k])
        if (keys & fw("place_body_heads") or keys & fw("linked_place_body_heads")) and not units[k].punct \
                and k + 1 < len(units) and (step := self._place_body(doc, units, k, si, found)):
            return step
        return super()._title_body(doc, units, k, si, found)

    def _place_body(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """«مؤسسة موانئ البحر العربي», «هيئة سكك حديد مصر», «هيئة قناة السويس»: an indefinite body head, up to
        two indefinite nouns and a place in genitive (a listed place without clitic, or a named sea «البحر
        الأحمر») are one organisation of the place's country; not a listed body, nor a country right after the
        head («شركة مصر للطيران» is the list's), nor a place after a preposition («مؤسسة الكهرباء في عدن»)."""
        if units[i].key.startswith("ال") or self._longest(units, i, self.g.phrases)[0]:
            return 0
        j = i + 1
        while j < len(units) and j - i <= _PLACE_BODY_NOUNS and plain_unit(units[j]) and not units[j].gap \
                and not units[j].key.startswith("ال") and units[j].key not in fw("prepositions") \
                and not self._longest(units, j, self.g.phrases)[0]:
            j += 1
        if j >= len(units) or units[j].punct or units[j].gap \
                or j == i + 1 and not _keys(units[i]) & fw("place_body_heads"):
            return 0  # «سلطة مصر», «مصلحة إيران»: power, interest (a linked head needs its noun: «سلطة منطقة»)
        n, e, off = self._longest(units, j, self.g.phrases)
        iso = ""
        if n and not off and isinstance(e, Entry) and e.type == "LOCATION" \
                and (j > i + 1 or e.kind not in ("country", "capital")):
            iso = e.country or ""
        elif j > i + 1 and j + 1 < len(units) and units[j].key.removeprefix("ال") in fw("sea_heads") \
                and units[j].key.startswith("ال") and plain_unit(units[j + 1]) \
                and units[j + 1].key.startswith("ال") and not nisba(self.g, units[j + 1]):
            n = 2  # «موانئ البحر العربي»: a sea named by its adjective
        else:
            return 0
        j += n
        while j < len(units) and plain_unit(units[j]) and not units[j].gap and units[j].key in fw("place_body_tails"):
            j += 1  # «سلطة منطقة العقبة الاقتصادية الخاصة»
        attrs: dict[str, object] = {"gid": "ORGH:" + " ".join(u.key for u in units[i:j]) + ":" + iso,
                                    "kind": "company" if units[i].key.endswith(norm_key("شركة")) else "council"}
        if iso:
            found.evidence[si].add(iso)
            attrs["country"] = iso
        found.mentions.append(self._mention(doc, units, i, j - i, _head_off(units[i], "place_body_heads", "linked_place_body_heads"),
                                            "ORGANIZATION", "pattern", **attrs))
        return j - i
