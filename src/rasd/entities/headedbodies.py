"""Bodies named by a head noun and the words of their name that no list holds: a party, movement or coalition
(«حزب العمل الديمقراطي», «الحزب المسيحي الديمقراطي», «حزب المؤتمر الشعبي العام», «منظومة المجتمع الديمقراطي الكردستاني», «الحركة الشعبية -
الشمال»), a committee, authority or command («اللجنة العليا للانتخابات», «هيئة التنسيق الوطني», «القيادة
المشتركة», «لجنة فلسطين بالبرلمان») and a summit of a region («القمة العربية», «قمة عربية طارئة»).

The head noun alone, or with a word no list of name adjectives holds, is no name («اللجنة», «لجنة التحقيق»,
«الحركة التجارية»); «الحركة» (also motion, traffic) and the other loose heads need two adjectives of a name, a tail
(«- الشمال») or their country. The word lists are in ``function_words.json`` (``party_name_heads``,
``council_name_heads``, ``loose_body_heads``, ``body_name_adjectives``, ``body_rank_adjectives``,
``body_name_tails``, ``legislature_nouns``, ``summit_heads``, ``summit_adjectives``, ``summit_extras``,
``party_member_plurals``, ``party_kind_heads``). A body without its country keys as one with it (``ORGH:<words>:``), so that the
resolver joins it to the one body of those words named with its country."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw  # data only (closed word lists), no stage
from .gazetteer import Entry
from ..text.normalize import norm_key
from .namerun import nisba
from .orgmentions import BodyMentions
from .summitactors import summit_actor
from .units import Found, Unit, plain_unit

MAX_GENITIVE = 2  # definite nouns of a body's name after an indefinite head («منظومة المجتمع ...»)
_DASHES = frozenset("-–—ـ")


class HeadedBodies(BodyMentions):
    def _headed_body(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found) -> int:
        """A party, council or summit at ``i`` named by its head noun and the name's words: the number of units
        taken, 0 where none."""
        parties, councils = fw("party_name_heads"), fw("council_name_heads")  # (no union built per word)
        masc, courts = fw("council_masc_heads"), fw("court_heads")
        hit = next(((v, off) for v, off, _ in units[i].variants
                    if v in parties or v in councils or v in masc or v in courts), None)
        if hit is None:
            return self._summit(doc, units, i, found)
        head, off = hit
        if self._longest(units, i, self.g.phrases)[0]:
            return 0  # a listed name («حزب الشعوب الديمقراطي», and after it «العلماني») is the gazetteer's
        j = i + 1
        paired = False
        if not head.startswith("ال"):
            j = self._genitive(units, j)
            if j == i + 1:
                return 0  # «حزب ديمقراطي», «لجنة للتحقيق»: no name
            if (head in fw("bloc_name_heads") or head in fw("paired_council_heads")) and self._paired(units, j):
                j, paired = j + 1, True  # «حزب العدالة والبناء», «هيئة الحقيقة والكرامة»: two nouns joined by «و»
        ranks = fw("council_masc_rank_adjectives") if head in masc else fw("body_rank_adjectives")
        first = self._country_first(units, j, ranks) if head in masc or head in councils else None
        j += int(first is not None)  # «المجلس الأفغاني الأعلى للسلام»: the country before the rank
        adj_start = j
        while j < len(units) and plain_unit(units[j]) and (units[j].key in fw("body_name_adjectives")
                                                       or units[j].key in ranks):
            j += 1
        if j > adj_start and self._general_last(units, j):
            j += 1  # «حزب المؤتمر الشعبي العام»: «العام» (general) closes the name, not «العام الماضي» (the year)
        adjs = [u.key for u in units[adj_start:j]]
        council = head in councils or head in masc or head in courts
        comp = self._complement(units, j) if adjs and council else 0
        j = comp or j  # «اللجنة العليا للانتخابات», «اللجنة الوطنية لمكافحة الإرهاب» (not a party's: «الحزب
        # الديمقراطي للرئاسة», its candidate for the presidency)
        iso = first or (nisba(self.g, units[j]) if j < len(units) and adjs else None)
        if iso and not first:
            j += 1  # «الحزب الاشتراكي الفرنسي»: its country
            while not comp and j < len(units) and plain_unit(units[j]) and units[j].key in ranks:
                j += 1  # «مجلس الشورى العسكري التركي الأعلى»: a rank after the country
            dash = int(j + 1 < len(units) and units[j].tok.text in _DASHES)
            if j + dash < len(units) and (iso2 := nisba(self.g, units[j + dash])):
                found.evidence[si].update((iso, iso2))  # (both states are named in the sentence)
                j, iso = j + dash + 1, None  # «اللجنة العليا المشتركة اللبنانية ـ الأردنية»: two states' body
        tail = self._tail(units, j)
        j += tail
        house = self._legislature(units, j) if council else 0
        if house and j + house < len(units) and (hiso := nisba(self.g, units[j + house])):
            iso = iso or hiso  # «لجنة العلاقات الخارجية في البرلمان العراقي»: the house with its country is
        else:  # a body of its own
            j += house
        noun_name = not adjs and j == i + 2 and head == norm_key("حزب") \
            and units[i + 1].key in fw("party_name_nouns")  # «حزب الشعب», «حزب العمال» (not «حزب الرئيس»)
        # «لجنة الحكام (الرئيسية)», «لجنة الانضباط»: a standing committee of a federation or a league named by
        # its field (``committee_name_nouns``; not «لجنة التحقيق», an inquiry's) (round ents93)
        standing = not adjs and not head.startswith("ال") and head in councils and i + 1 < len(units) \
            and units[i + 1].key in fw("committee_name_nouns") and (j == i + 2 or j == i + 3 and units[i + 2].key in
                                                                   fw("committee_name_adjectives"))
        if not adjs and not house and not paired and not noun_name and not standing:
            return 0  # «لجنة التحقيق», «الحركة التجارية»
        if head in fw("loose_body_heads") and len(adjs) < 2 and not (tail or iso or house) \
                and not any(a in fw("body_rank_adjectives") for a in adjs):
            iso = self._state_in(units, j) if adjs and units[j].key == "في" else None
            if iso is None:
                return 0  # «الحركة الإسلامية», «الحركة الوطنية»: a current of opinion as often as a body
            found.evidence[si].add(iso)  # (round 67: «الحركة الإسلامية في إسرائيل», a country's movement; «في»
            # and the country stay outside its name)
        party = head in fw("party_kind_heads")  # (a movement, a front or a coalition: no «الحزب» nor «الحركة»
        # refers to it by kind, only by its head noun)
        words = [head.removeprefix("ال")] + [u.key.removeprefix("ال") for u in units[i + 1 : j]
                                             if not u.punct and not nisba(self.g, u)]
        if standing:
            words = words[:2]  # «لجنة الحكام الرئيسية» is «لجنة الحكام»
        gid = "ORGH:" + " ".join(words) + ":" + (iso or "")
        if head.startswith("ال") and not (comp or iso or tail or house):
            lead = doc.text[max(0, units[i].tok.start - 4) : units[i].tok.start].replace(" ", "")
            if off == 0 and lead.endswith(("»،", "»", '"،')):
                return 0  # «شورى كويتا»، الهيئة المركزية لدى الحركة: what the quoted body is, no other body
            gid = self._full_form(found, gid)
        attrs: dict[str, object] = {"gid": gid, "kind": "council" if council else "party" if party else "movement"}
        if party:
            attrs["actor"] = (iso or "") + "PTY"  # (without its country, the country the article names most)
        if iso:
            found.evidence[si].add(iso)
            attrs["country"] = iso
        m = self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern", **attrs)
        if not head.startswith("ال"):
            m.attrs.pop("form", None)  # «للجنة الأشغال»: ل + «لجنة», no article
        elif "form" in m.attrs:
            m.key = norm_key(str(m.attrs["form"]))  # «للحزب الاشتراكي»: keyed as «الحزب الاشتراكي», one body
        found.mentions.append(m)
        return j - i

    def _country_first(self, units: list[Unit], j: int, ranks: frozenset[str]) -> str | None:
        """The country of a council named before its rank («المجلس الأفغاني الأعلى»): the country adjective at
        ``j`` where a rank adjective follows it, else None («المجلس الأفغاني» alone is no name)."""
        if j + 1 >= len(units) or not (plain_unit(units[j]) and plain_unit(units[j + 1])):
            return None
        iso = nisba(self.g, units[j])
        return iso if iso and units[j + 1].key in ranks else None

    @staticmethod
    def _general_last(units: list[Unit], j: int) -> bool:
        """Is ``units[j]`` «العام» (general) as the last adjective of a body's name: not the year, which a year's
        adjective or a number follows («العام الماضي», «العام 2014»)?"""
        if j >= len(units) or not plain_unit(units[j]) or units[j].key not in fw("body_general_adjectives"):
            return False
        if j + 1 >= len(units) or units[j + 1].punct:
            return True
        nxt = units[j + 1]
        return not (nxt.key in fw("year_adjectives") or nxt.tok.text[:1].isdigit())

    @staticmethod
    def _full_form(found: Found, gid: str) -> str:
        """The id of the one body named before whose name goes on from a short one («اللجنة العليا» after «اللجنة
        العليا للانتخابات»), else ``gid``."""
        stem = gid.rsplit(":", 1)[0] + " "
        fulls = {str(m.attrs["gid"]) for m in found.mentions if str(m.attrs.get("gid", "")).startswith(stem)}
        return fulls.pop() if len(fulls) == 1 else gid

    def _members_adjective(self, units: list[Unit], i: int) -> int:
        """«المرشحين الجمهوريين»: a party's members' plural after a definite plural noun is its adjective, and
        before a plural relative («الجمهوريين، الذين يشكلون غالبية») it stands for the people the clause tells of,
        whose phrase the relative refers back to: no mention of the party (1 unit taken, so the list does not read
        it); 0 elsewhere («انتقادات الجمهوريين»). Called first by
        :meth:`~rasd.entities.namedbodies.NamedBodies._constructed_body`, also before a comma."""
        if units[i].punct or units[i].key not in fw("party_member_plurals"):
            return 0
        k = i + 1 + int(i + 1 < len(units) and units[i + 1].tok.text in ("،", ","))
        if k < len(units) and units[k].key in fw("plural_relatives"):
            return 1
        prev = units[i - 1] if i else None
        return int(prev is not None and plain_unit(prev) and not units[i].gap and prev.key.startswith("ال")
                   and prev.key.endswith(("ين", "ون")) and prev.key not in fw("party_member_plurals"))

    def _bodies_in_title(self, doc: Doc, units: list[Unit], lo: int, hi: int, si: int, found: Found) -> int:
        """A party or council named in the words ``lo``..``hi`` of an office's title («رئيس لجنة فلسطين
        بالبرلمان», «قادة الحركة الشعبية - الشمال»): its mention beside the title's (in place of the mentions the
        title read inside it: «فلسطين»), none over a person's name. Returns where reading goes on: past a body
        the title stopped inside."""
        k, end = lo, hi
        while k < hi:
            before = len(found.mentions)
            n = self._title_body(doc, units, k, si, found)
            if not n:
                k += self._listed_in_title(doc, units, k, si, found)
                continue
            m = found.mentions[-1]
            if any(o.type == "PERSON" and o.start < m.end and m.start < o.end for o in found.mentions[:before]):
                del found.mentions[before:]
                k += 1
                continue
            found.mentions[:before] = [o for o in found.mentions[:before]
                                       if not (m.start <= o.start and o.end <= m.end)]
            end = max(end, k + n)
            k += n
        return end

    def _title_body(self, doc: Doc, units: list[Unit], k: int, si: int, found: Found) -> int:
        """A body named in an office's title at ``k`` («رئيس لجنة فلسطين»): the units it takes, 0 where none."""
        return self._headed_body(doc, units, k, si, found)

    def _listed_in_title(self, doc: Doc, units: list[Unit], k: int, si: int, found: Found) -> int:
        """An international body listed at ``k`` that the title read as its complement and left unnamed («رئيس
        جمهورية قبرص عضو الاتحاد الأوروبي»): its mention. Returns the units to step over (1 where none is)."""
        n, e, off = self._longest(units, k, self.g.phrases)
        if not n or not isinstance(e, Entry) or e.type != "ORGANIZATION" or e.kind not in ("igo", "gov"):
            return 1
        start, end = units[k].tok.start + off, units[k + n - 1].tok.end
        over = [m for m in found.mentions if m.start < end and start < m.end]
        if any(m.type != "PERSON" or m.start < start or m.end > end for m in over):
            return n
        for m in over:  # «رئيس الديوان الملكي الهاشمي»: the title read the body's last word as a name
            found.mentions.remove(m)
        found.mentions.append(self._entry_mention(doc, units, k, n, off, e, si, found))
        return n

    def _genitive(self, units: list[Unit], j: int) -> int:
        """Where the nouns of a name after an indefinite head end: one listed place («لجنة فلسطين») or up to
        :data:`MAX_GENITIVE` definite nouns that are no adjective of a name, name word, country adjective or
        title («هيئة التنسيق», «منظومة المجتمع»); ``j`` where none is."""
        if j >= len(units) or not plain_unit(units[j]):
            return j
        n, e, off = self._longest(units, j, self.g.phrases)
        if n and not off and isinstance(e, Entry) and e.type == "LOCATION" and e.kind in ("country", "region"):
            return j + n
        k = j
        while k < len(units) and k - j < MAX_GENITIVE and plain_unit(units[k]):
            key = units[k].key
            # (a name word that makes a listed body's head with the noun: «مجلس الشورى» + «العسكري»)
            named = self.g.is_name_word(key) and not (k == j and any(
                (v, key) in self.g.org_heads for v, _, _ in units[j - 1].variants))
            if not key.startswith("ال") or key in fw("body_name_adjectives") \
                    or key in fw("body_rank_adjectives") or nisba(self.g, units[k]) or named \
                    or self._listed_at(units, k):
                break
            k += 1
        return k

    def _paired(self, units: list[Unit], j: int) -> bool:
        """Is ``units[j]`` «و» + a definite noun after the one definite noun of a party's name («العدالة
        والبناء»), no adjective (nor of an adjective's shape), name word, country adjective, body's head («حزب
        الأغلبية والحكومة»: two actors) nor listed name?"""
        if j >= len(units) or not plain_unit(units[j]) or not units[j - 1].key.startswith("ال"):
            return False
        key = units[j].key
        rest = key[1:]
        word = self.g.name_word(rest)  # (a name word of no list's flag is a noun as often: «والكرامة»)
        return key.startswith("وال") and len(rest) > 4 and rest not in fw("body_name_adjectives") \
            and rest not in fw("body_rank_adjectives") and not nisba(self.g, units[j]) \
            and not rest.endswith(("ي", "يه")) and (rest,) not in self.g.org_heads \
            and not (self.g.is_name_word(rest) and word is not None and bool(word.flags)) \
            and not self._listed_at(units, j)

    def _complement(self, units: list[Unit], j: int) -> int:
        """Where the complement of a body's name after its adjectives ends: «لل» + a noun («للانتخابات») and its
        adjective («الرئاسية») or the body it serves («للقوات المسلحة»), or «ل» + a noun and its genitive
        («لمكافحة الإرهاب»); 0 where none is, or where it is a listed body («للائتلاف السوري»: its own)."""
        if j >= len(units) or not plain_unit(units[j]) or self._longest(units, j, self.g.phrases)[0]:
            return 0
        u = units[j]
        if any(p == "ل" and self._body_head(v.removeprefix("ال")) for v, _, p in u.variants):
            # the body it belongs to, by its head noun alone («الهيئة العامة للائتلاف»); not one named after it,
            # a body of its own («اللجنة التنفيذية لمنظمة التحرير»)
            named = j + 1 < len(units) and plain_unit(units[j + 1]) and units[j + 1].key.startswith("ال")
            return 0 if named or not u.key.startswith("لل") else j + 1
        if u.key.startswith("لل") and len(u.key) >= 5:
            k = j + 1
            if k < len(units) and plain_unit(units[k]) and not nisba(self.g, units[k]) \
                    and units[k].key not in fw("affiliations") and (
                    units[k].key.startswith("ال") and units[k].key.endswith(("ي", "يه"))
                    or ("ال" + u.key[2:], units[k].key) in self.g.org_heads):
                k += 1  # not the verb's object: «اللجنة العليا للانتخابات النتائج» (nor «الموالي لـ»)
            joined = k
            while k < len(units) and self._joined_noun(units, k):
                k += 1  # «المجلس الوطني للثقافة والفنون والآداب»
            if k > joined and k < len(units) and plain_unit(units[k]) and not nisba(self.g, units[k]) \
                    and units[k].key not in fw("affiliations") and units[k].key not in fw("relatives") \
                    and units[k].key.startswith("ال") and units[k].key.endswith(("ي", "يه")):
                k += 1  # «للسياحة والتراث الوطني»: the last noun's adjective
            return k
        if any(p == "ل" and not v.startswith("ال") and len(v) >= 4 for v, _, p in u.variants) \
                and j + 1 < len(units) and plain_unit(units[j + 1]) and units[j + 1].key.startswith("ال") \
                and not nisba(self.g, units[j + 1]) and not self.g.is_name_word(units[j + 1].key) \
                and not self._listed_at(units, j + 1):
            return j + 2
        return 0

    def _joined_noun(self, units: list[Unit], k: int) -> bool:
        """Is ``units[k]`` «و» + a definite noun that goes on a body's complement («للثقافة والفنون»): no adjective
        (nor of an adjective's shape), country adjective, body's head, name word nor listed name?"""
        if k >= len(units) or not plain_unit(units[k]) or not units[k].key.startswith("وال"):
            return False
        rest = units[k].key[1:]
        return len(rest) > 4 and not rest.endswith(("ي", "يه")) and rest not in fw("body_name_adjectives") \
            and not nisba(self.g, units[k]) and (rest,) not in self.g.org_heads and not self._body_head(rest[2:]) \
            and not self.g.is_name_word(rest) and not self._listed_at(units, k)

    def _tail(self, units: list[Unit], j: int) -> int:
        """« - الشمال»: a dash and the part of the country a movement's branch is named after (2 units); else 0."""
        if j + 1 < len(units) and units[j].tok.text in _DASHES and plain_unit(units[j + 1]) \
                and units[j + 1].key in fw("body_name_tails"):
            return 2
        return 0

    def _legislature(self, units: list[Unit], j: int) -> int:
        """«بالبرلمان», «في مجلس النواب»: the house a committee belongs to, after «بـ» or «في»; its units, else 0."""
        if j >= len(units) or not plain_unit(units[j]):
            return 0
        link = 1 if units[j].key == "في" else 0
        k = j + link
        if k >= len(units) or not plain_unit(units[k]):
            return 0
        houses = fw("legislature_nouns")
        for v, _, pre in units[k].variants:
            if (link and pre) or (not link and pre != "ب"):
                continue
            if v in houses:
                return link + 1
            if k + 1 < len(units) and plain_unit(units[k + 1]) and v + " " + units[k + 1].key in houses:
                return link + 2
        return 0

    def _summit(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """«القمة العربية», «قمة خليجية طارئة»: a summit of a region's states, an actor that resolves and
        condemns; not «قمة» alone nor a mountain's top."""
        hit = next(((v, off) for v, off, _ in units[i].variants if v in fw("summit_heads")), None)
        if hit is None or i + 1 >= len(units) or not plain_unit(units[i + 1]) \
                or units[i + 1].key not in fw("summit_adjectives"):
            return 0
        definite = hit[0].startswith("ال")
        if definite != units[i + 1].key.startswith("ال"):
            return 0  # the adjective agrees with its noun
        j = i + 2
        while j < len(units) and plain_unit(units[j]) and units[j].key in fw("summit_extras") \
                and units[j].key.startswith("ال") == definite:
            j += 1
        if actor := summit_actor(units[i + 1].key):  # «القمة الأفريقية»: the African Union's (round en395)
            found.mentions.append(self._mention(doc, units, i, j - i, hit[1], "ORGANIZATION", "pattern",
                                                gid="ORGH:" + " ".join(u.key for u in units[i:j]) + ":" + actor,
                                                kind="igo", actor=actor))  # (two summits: two bodies)
        else:
            found.mentions.append(self._mention(doc, units, i, j - i, hit[1], "ORGANIZATION", "pattern"))
        return j - i
