"""An entity's attributes from the cluster of mentions that names it (:mod:`rasd.entities.resolve` makes the
clusters): its name and aliases, type, lexicon link, country, actor code, roles, gender and romanisation."""

from __future__ import annotations

from ..doc import Doc, Entity, Mention, Span
from ..text.normalize import norm_key
from ..events.forms import fw, fw_keys
from ..quotes.cues import cue_index  # data only (the reporting verbs' table), no stage
from .gazetteer import Entry, Gazetteer, actor_at, clitic_keys, clitic_variants, phrase_of
from .placementions import plain_place
from .localplaces import province_table
from .compoundsurnames import compound_surname, deposed_before, past_head_by_surname, president_short_name
from .gentilics import nisba_after, other_branch, quoted_nisba
from .nationality import FORMER as FORMER, body_after_role, dynasty_country, employer_country, nisba_before
from .names import spelt_within, arabic_given, name_parts, near, person_gender
from .romanize import romanize
from .titlegloss import title_gloss
from .royalnames import KING_HEADS, MONARCHIES_NOW, foreign_royal, past_monarchs, past_presidents
from .units import NASAB, QUOTES


# Royal titles, which name a man by his given name («الملك سلمان», «الأمير تميم»).
ROYAL = frozenset(norm_key(w) for w in ("ملك", "أمير", "امير", "سلطان", "شيخ", "خديو", "خديوي", "شاه", "إمبراطور",
                                             "إمبراطورة", "قيصر"))
# States ruled by a king, emir, sultan or emperor (now or within the lexicon's dates): a royal title with a given
# name is looked up among their officials only («الملك فاروق» is no Syrian minister named Farouk).
MONARCHIES = frozenset("SAU JOR MAR KWT BHR QAT ARE OMN GBR ESP NLD BEL SWE NOR DNK JPN THA BRN LSO SWZ KHM BTN "
                       "MYS TON LIE MCO AND IRN EGY LBY IRQ YEM AFG ETH".split())

# facilities named after the town they serve (round ents97): «قاعدة العند», «مطار عدن», «ميناء المعلا»
_TOWN_FACILITIES = frozenset(norm_key(w) for w in ("قاعدة", "مطار", "ميناء", "معسكر", "مثلث"))
_PRESIDENTS = frozenset({norm_key("رئيس")})  # a head of state's title: «الرئيس السادات», a president of the past


def _counts(items: list[str]) -> dict[str, int]:
    """How often each item occurs, in the order of first occurrence (a ``Counter``'s, without the Python-level
    class)."""
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def most_common(counts: dict[str, int]) -> str:
    """The item counted most, the first of the tied ones (``Counter.most_common(1)``'s choice)."""
    best = ""
    top = 0
    for x, n in counts.items():
        if n > top:
            best, top = x, n
    return best


class EntityBuilder:
    def __init__(self, gaz: Gazetteer) -> None:
        self.g = gaz

    def titled_given(self, e: Entry) -> bool:
        """Is the listed person named by a royal title and a given name («شيخ محمد»), no surname of his own?"""
        words = [norm_key(w) for w in e.name.split()]
        w = self.g.name_word(words[-1])
        return words[-2] in ROYAL and w is not None and "g" in w.flags

    def build(self, eid: str, doc: Doc, mentions: list[Mention], gid: str | None, entry_id: str | None) -> Entity:
        """The entity of one cluster of mentions (its gazetteer id ``gid``, its lexicon entry ``entry_id``)."""
        ms = sorted(mentions, key=lambda m: m.start)
        for m in ms:
            foreign_royal(m)  # «استقبل الرئيس المصري الأمير X»: the office and its country are the host's
        named = [m for m in ms if m.source not in ("coref", "anaphor")] or ms
        named = [m for m in named if "kin" not in m.attrs] or named  # «الساعدي», not «نجل القذافي»
        clean = [" ".join("".join(ch for ch in str(m.attrs.get("form", m.text)) if ch not in QUOTES).split())
                 for m in named]
        counts = _counts(clean)
        bodies = [c for c, m in zip(clean, named, strict=True) if {"acronym_of", "kunya"}.isdisjoint(m.attrs)] or clean
        name = max(bodies, key=lambda s: (len(s.split()), counts[s], len(s)))  # fullest, then most used (a body's
        # name, not its acronym in brackets: «حزب العمال الكردستاني (بي كيه كيه)»)
        aliases = list(dict.fromkeys(clean))
        eid_ = gid or entry_id
        entry: Entry | None = self.g.by_id.get(eid_) if eid_ else None
        types = _counts([m.type for m in ms])
        typ = entry.type if entry else most_common(types)
        known: Entry | None = None
        if entry is None and typ == "PERSON":
            # a person named after a title («الرئيس الأسبق محمد مرسي») is still the one the actor lexicon knows:
            # it fills what the title leaves open (see ``entities``)
            key = phrase_of(name)
            got = self.g.phrases.get(key)
            # «محمد بن سلمان بن عبد العزيز»: a listed «X بن Y» followed by more forefathers is the same man
            for cut in range(len(key) - 2, 2, -1):
                if got is None and key[cut] in NASAB:
                    got = self.g.phrases.get(key[:cut])
            if got is None and len(key) == 1 and any(m.attrs.get("title_kind") in ("office", "rank") for m in ms):
                # «الرئيس الأسد»: a title and the surname of the one office holder the lexicon lists then; the
                # title shows it is a person, so a surname that is also a common word (أسد) may be looked up
                royal = any(m.attrs.get("head") in ROYAL for m in ms)  # «الملك سلمان»: a king's given name
                cands = self.g.officials((self.g.givens if royal else self.g.surnames).get(key[0], ()), doc.date)
                if royal:
                    # «الملك فاروق», «الملك خالد»: no monarch in office by that name, a king of the past (of the elite
                    # now) whom the lexicon lists with his regnal number («فاروق الأول») or, after a king's title,
                    # as «X بن Y» (:mod:`.royalnames`); a king's title and two ministers of the name: the king
                    king = any(m.attrs.get("head") in KING_HEADS for m in ms)
                    now = [c for c in cands if c.country in MONARCHIES_NOW]  # (no official of today's Iran)
                    past = past_monarchs(self.g, key[0], doc.date, MONARCHIES, king)
                    cands = now or past
                    if king and len(now) > 1 and len(past) == 1:
                        cands = past
                heads = {m.attrs.get("head") for m in ms}
                if not royal:  # «المهندس محمد» is not «شيخ محمد»: a given name after another title than the royal one
                    cands = [c for c in cands if not self.titled_given(c) or norm_key(c.name.split()[-2]) in heads]
                if not cands and not royal and heads & _PRESIDENTS and self.g.surname_alone(key[0]):
                    cands = past_presidents(self.g.surnames.get(key[0], ()), doc.date)  # «الرئيس السادات»
                got = cands[0] if len(cands) == 1 else None
            if got is None and len(key) == 1 and any(
                    m.attrs.get("head") in _PRESIDENTS or deposed_before(doc.text, m.start) for m in ms):
                got = past_head_by_surname(self.g, key[0], doc.date)  # «وقوات المخلوع صالح» (round ents99)
            if got is None and len(key) == 1 and any(_after_regime(doc.text, m.start) for m in ms):
                got = _regime_leader(self.g, key[0], doc.date)  # «نظام بشار»: the head of a regime by his given name
            if got is None and len(key) >= 2:
                got = self.g.known_variant(list(key), doc.date, near)  # «فرنسوا هولاند» for «فرانسوا هولاند»
            if got is None and len(key) >= 2 and doc.date:
                got = compound_surname(self.g, key, doc.date)  # «داود أوغلو»: «أحمد داود أوغلو» (round ents95)
            if got is None and len(key) == 2 and {m.attrs.get("head") for m in ms} & _PRESIDENTS:
                got = president_short_name(self.g, key)  # «الرئيس المخلوع علي صالح» (round ents97)
            if isinstance(got, Entry) and got.type == "PERSON":
                known = got
        e = Entity(eid, typ, name, aliases, mentions=[Span(m.start, m.end) for m in ms])
        e.attrs["sources"] = sorted({m.source for m in ms})
        if entry is not None:
            e.latin, e.country, e.actor = entry.latin, entry.country, entry.actor
            e.attrs["kind"] = entry.kind
            e.attrs["gazetteer"] = entry.id
            if entry.codes:
                e.actor = actor_at(entry.codes, doc.date)
                if entry.type == "PERSON" and international(e.actor):
                    e.country = None  # serving an international body at the date: of no one country
            gov = [m.attrs["government"] for m in ms if m.attrs.get("government")]
            if gov and entry.kind != "country":  # a country stays a country; its mention keeps the reading
                e.actor = str(gov[0])
                e.attrs["as_government"] = True
                # per mention where they differ: «قالت واشنطن» is the government, «شركة في واشنطن» the town (no
                # actor code); the output's mentions then carry their own (doc.Entity._mention_dict)
                own = {m.start: None if not m.attrs.get("government") and plain_place(doc, m) else e.actor
                       for m in ms}
                if len(set(own.values())) > 1:
                    e.attrs["mention_actors"] = own
        elif gid and gid.startswith("ORGH:"):
            m0 = next((m for m in ms if m.attrs.get("gid") == gid), None) or next(m for m in ms if m.attrs.get("gid"))
            e.country = m0.attrs.get("country")
            e.actor = m0.attrs.get("actor")
            e.attrs["kind"] = str(m0.attrs.get("kind") or "gov")  # («company»: a firm named by its trade)
            if not e.country and m0.attrs.get("bare_sector"):
                e.attrs["bare_sector"] = m0.attrs["bare_sector"]
        elif typ == "LOCATION" and any(m.attrs.get("kind") == "sea" for m in ms):
            e.attrs["kind"] = "sea"  # «بحر الصين الجنوبي» (.seanames, round 74): of no country
        elif typ == "LOCATION" and any(m.attrs.get("short_town") for m in ms):
            e.attrs["kind"] = next(str(m.attrs["kind"]) for m in ms if m.attrs.get("short_town"))  # (.shorttowns)
        if typ == "ORGANIZATION" and not e.country:
            # a body named with its country adjective: «الحرس الثوري الإيراني», «حزب المؤتمر الشعبي اليمني»
            isos = {self.g.nisba[k] for k in (norm_key(w) for w in name.split()) if k in self.g.nisba}
            if len(isos) == 1:
                e.country = isos.pop()
                e.attrs["country_from"] = "adjective"
        if typ == "LOCATION" and not e.country and entry is None and (iso := self._facility_town(name)):
            e.country = iso  # «قاعدة العند الجوية», «ميناء المعلا»: a facility named after a town of one state
            e.attrs["country_from"] = "place"
        if typ == "ORGANIZATION" and not e.country and not e.actor and (iso := self._place_in_name(name)):
            e.country = iso  # «جامعة أم القرى», «مطار بيروت»: an institution named after a town of one state
            e.attrs["country_from"] = "place"
        clubs = [str(m.attrs["club_country"]) for m in ms if isinstance(m.attrs.get("club_country"), str)]
        within = [self.g.by_id.get(str(m.attrs["within"])) for m in ms if m.attrs.get("within")]
        if typ == "LOCATION" and not e.country and within and within[0] is not None and within[0].country:
            e.country = within[0].country  # «قناة بنما»: Panama's canal
            e.attrs["country_from"] = "within"
        if typ == "ORGANIZATION" and not e.country and clubs:
            e.country = clubs[0]  # «نادي قطر»: a club named after its country
        if typ == "ORGANIZATION" and not e.country:
            media = next((got for m in ms if (got := self._media_country(doc.text, m)) is not None), None)
            if media is not None:
                e.country = media[0]
                e.attrs["country_from"] = "media"
                if not e.actor and media[1]:
                    e.actor = media[0] + "MED"
        if typ == "ORGANIZATION" and not e.country and not e.actor:
            firm = next((got for m in ms if (got := self._noun_adjective(doc.text, m, fw("company_nouns")))), None)
            if firm is not None:
                e.country, e.actor = firm[0], firm[0] + "BUS"  # «شركة لينوفو الصينية»: a Chinese firm
                e.attrs["country_from"] = "company"
        if typ in ("LOCATION", "ORGANIZATION") and not e.country and not e.actor and entry is None and (
                iso := next((got for m in ms if (got := quoted_nisba(self.g, doc.text, m))), None)):
            e.country = iso  # «قاعدة «إنجرلك» التركية»: the adjective after the marks (round ents90)
            e.attrs["country_from"] = "adjective"
        elif typ == "ORGANIZATION" and entry is not None and e.country and entry.kind != "company":
            other_branch(self.g, doc.text, e, ms)  # «حركة «الجهاد الإسلامي» المصرية»: Egypt's (round ents91)
        if typ == "PERSON":
            roles = [str(r) for m in ms if m.attrs.get("role") for r in (m.attrs["role"], *m.attrs.get("extra_roles", ()))]
            e.roles = list(dict.fromkeys(r.strip() for r in roles))
            countries = _counts([str(m.attrs["role_country"]) for m in ms if m.attrs.get("role_country")])
            if countries and not e.country:
                e.country = most_common(countries)
            nisbas = [got for m in named if not countries and (got := nisba_before(self.g, doc.text, m))]
            if nisbas and not e.country:
                # «العراقي إبراهيم عواد», «المعارض السوري عبد الرحمن الحاج»: the adjective right before his name
                e.country = nisbas[0][0]
                e.attrs["country_from"] = "adjective"
            # the sector of the office that gave the country first («رئيس قسم» and «رئيس التحقيقات في صنداي
            # تايمز»: the newspaper's, not an office of no body's)
            sectors = [m.attrs["sector"] for m in ms if m.attrs.get("sector") and m.attrs.get("role_country")
                       and m.attrs["role_country"] == e.country] or [m.attrs["sector"] for m in ms if m.attrs.get("sector")]
            if not e.country and (iso := next((got for m in ms if (got := body_after_role(self.g, doc.text, m))),
                                               None)):
                e.country = iso  # «... مدير مكتب الشؤون الثقافية في القنصلية اليمنية»: the body he serves in
                e.attrs["country_from"] = "body"
            if not e.country and (iso := next((got for m in named if (got := employer_country(self.g, doc.text, m))),
                                               None)):
                e.country = iso  # «أستاذ علم الاجتماع بجامعات طهران X»: the town his university is named after
                e.attrs["country_from"] = "employer"
            if not e.country and (iso := next((got for m in named if (got := nisba_after(self.g, doc.text, m))),
                                               None)):
                e.country = iso  # «الزرقاوي، الحركي الأردني»: the gentilic of his apposition
                e.attrs["country_from"] = "apposition"
            if not e.country and (iso := dynasty_country(name, any(
                    norm_key(r.split()[0]).removeprefix("ال") in ROYAL for r in e.roles if r.split()))):
                e.country = iso  # «الشيخ جابر الأحمد الصباح», «طحنون بن زايد آل نهيان»: a ruling family's
                e.attrs["country_from"] = "family"
            if not sectors and nisbas and nisbas[0][1] and e.country == nisbas[0][0]:
                sectors = [nisbas[0][1]]  # «عضو الائتلاف السوري»: OPP of SYROPP
            if sectors:
                e.attrs["sector"] = sectors[0]
            if sectors and sectors[0] == "GOV" and known is None and _private_office(doc, ms):
                # «يرافقه نائب الرئيس حسين القحطاني ... لنادي عسير»: the bare head of a club or a society his
                # sentence names holds no office of a state
                del e.attrs["sector"]
                e.attrs["private_office"] = True
            parts = name_parts(name)
            words = [self.g.name_word(k) for k in parts]
            gender = person_gender(e.roles, words[0] if words else None)
            if gender == "f" and not any(r.split()[0].endswith("ة") for r in e.roles if r.split()) \
                    and "m" in {verb_gender(doc.text, m.start) for m in ms}:
                gender = "m"  # «وأضاف سيانج»: a masculine verb right before the name outweighs a woman's given
                # name «ليم» (the Malaysian Lim Kit Siang); a feminine title does not give way
            if gender is not None:
                e.attrs["gender"] = gender
            # «حمد بن محمد», «نوفل الجمالي», «عائض القرني», «جواد»: a particle of descent, a definite surname or an
            # Arabic given name is no Western name
            arabic = bool(parts) and (any(norm_key(x) in NASAB for x in name.split()) or arabic_given(parts[0], self.g))
            e.attrs["western"] = western = bool(words) and all(
                w is not None and "w" in w.flags and "g" not in w.flags and "f" not in w.flags for w in words[:1]
            ) and not arabic and not any(k.startswith("ال") for k in parts[1:])
            if not e.latin:
                # the lexicon's spelling of a linked person romanises best («موغريني» is «موغيريني»), where the name is
                # it or a part of it; a Western name in Western letters; a title alone is glossed (round en563)
                full = entry.name if entry is not None and entry.type == "PERSON" and spelt_within(name, entry.name) else name
                style = "western" if western else "arabic" if arabic else ""
                e.latin = title_gloss(name, e.roles, self.g) or romanize(full, self.g, style, doc.text)
        e.attrs["mention_types"] = dict(types)
        if known is not None:
            e.attrs["gazetteer"] = known.id
            if not e.country and not international(actor_at(known.codes, doc.date)):
                e.country = known.country  # (a Commission president is no Luxembourger in the news of the EU)
            former = any(w in r for r in e.roles for w in (*FORMER, *fw("dead_or_ousted"), *fw("then_words"))) or (
                # («الرئيس حينها»: the office he held then, round ents88)
                # «نظام الرئيس زين العابدين بن علي», «الرئيس حسني مبارك» years after his fall: a bare title of one
                # word, and the lexicon's code at the date is of the elite (every dated role of his has ended)
                (actor_at(known.codes, doc.date) or "").endswith("ELI") and bool(e.roles)
                and all(len(r.split()) == 1 for r in e.roles))
            # a sector read from the body he heads («الأمين العام لحزب الله»: LBNREB) yields to the lexicon's
            # code of the person himself (LBNPTYELI)
            body = any(m.attrs.get("body_sector") for m in ms)
            if (former or body or not e.attrs.get("sector")) and known.codes:
                e.actor = actor_at(known.codes, doc.date)  # «الرئيس الأسبق»: the lexicon's dated roles tell
            elif known.codes and str(e.attrs.get("sector")) == "GOV" and not any(
                    m.attrs.get("role_country") for m in ms) and (
                    at := actor_at(known.codes, doc.date) or "").startswith("IGO"):
                # «المبعوث الدولي ستيفان دي ميستورا»: a bare title of office; at the date he serves an international
                # body, not his country's government
                e.actor = at
                e.attrs["sector"] = at
        if typ == "PERSON" and e.actor and e.country and self._former_in_office(e, ms):
            e.actor = e.country + "ELI"  # «وزير الخارجية الأميركي السابق جون كيري»: the article's word wins
        return e

    def _facility_town(self, name: str) -> str | None:
        """Round ents97: the country of the listed town a base, airport, port, camp or junction (nb411: «مثلث العند»)
        is named after, with only the facility's adjectives after the town («قاعدة العند الجوية» YEM, «مطار رفيق
        الحريري» none: no town); else None."""
        keys = [norm_key(w) for w in name.split()]
        if len(keys) < 2 or keys[0] not in _TOWN_FACILITIES:
            return None  # (not «تل واسط», «قلعة الزهرا»: a hill, a castle bear any name, another land's town's too)
        adjs = fw_keys("facility_adjectives")
        for n in range(min(3, len(keys) - 1), 0, -1):
            if not all(k in adjs for k in keys[1 + n :]):
                continue
            got = self.g.phrases.get(tuple(keys[1 : 1 + n]))
            if isinstance(got, Entry) and got.type == "LOCATION" and got.kind != "country" and got.country:
                return got.country
            local = province_table().get(keys[1]) if n == 1 else None  # («العند», a common word elsewhere)
            if local is not None and local[1]:
                return local[1]
        return None

    def _place_in_name(self, name: str) -> str | None:
        """The country of the town, region or country that follows an institution's head noun in its name and
        ends it («جامعة أم القرى», «مطار بيروت الدولي», «مصرف أبوظبي الإسلامي» with its adjective; not a country name that
        spells a US place too: «جامعة كولومبيا» is in New York) or comes before its field in «لل» («معهد واشنطن للشرق الأدنى»)."""
        keys = [norm_key(w) for w in name.split()]
        if len(keys) < 2 or (keys[0] not in fw("place_named_institutions") and keys[0] not in fw("place_named_banks")):
            return None
        for n in range(min(4, len(keys) - 1), 0, -1):
            got = self.g.phrases.get(tuple(keys[1 : 1 + n]))
            tail = keys[1 + n :]
            if isinstance(got, Entry) and got.type == "LOCATION" and got.country and (got.kind != "country" or got.name not in
                    fw("university_homograph_countries")) and (len(tail) <= 1 or len(tail) <= 3 and tail[0].startswith("لل")):
                return got.country  # («معهد واشنطن للشرق الأدنى»: the institute's field after the town)
        return None

    def _media_country(self, text: str, m: Mention) -> tuple[str, bool] | None:
        """The country of a paper, a channel or an agency named after its noun and before its country's adjective
        («لصحيفة «إزفيستيا» الروسية», «وكالة دوجان التركية»), and whether it is surely the press (any noun but
        «وكالة», «موقع», «شبكة» — «وكالة ناسا الأميركية» is no news agency — or a name in quotes, or one the word
        of news follows, after its adjective: «وكالة دوجان التركية للأنباء», «شبكة ... الإخبارية»)."""
        got = self._noun_adjective(text, m, fw("media_nouns"))
        if got is None:
            return None
        iso, nouns, quoted = got
        rest = text[m.end : m.end + 40].lstrip(" " + "".join(QUOTES)).split()
        news = len(rest) >= 2 and norm_key(rest[1].rstrip("،,.:؛")) in fw("news_agency_words")
        return iso, quoted or news or not nouns & fw("media_agencies")

    def _noun_adjective(self, text: str, m: Mention, heads: frozenset[str]) -> tuple[str, set[str], bool] | None:
        """The country adjective right after a name that one of the nouns ``heads`` opens («شركة لينوفو الصينية»),
        with the keys of that noun and whether the name is in quotes; else None."""
        before = text[max(0, m.start - 30) : m.start]
        quoted = before.rstrip()[-1:] in QUOTES
        words = before.rstrip(" " + "".join(QUOTES)).split()
        after = text[m.end : m.end + 30]
        if not words or after[:1] not in QUOTES | {" "} or not (rest := after.lstrip(" " + "".join(QUOTES)).split()):
            return None
        nouns = clitic_keys(words[-1])
        if not nouns & heads:
            return None
        iso = self.g.nisba.get(norm_key(rest[0].rstrip("،,.:؛")))
        return None if iso is None else (iso, nouns, quoted)

    @staticmethod
    def _former_in_office(e: Entity, ms: list[Mention]) -> bool:
        """Does the article call the person former («السابق») in the very office the lexicon's dated role still
        gives him (its country and sector: USAGOV), with no title of his that is not former?"""
        roles = [m for m in ms if m.attrs.get("role")]
        former = [m for m in roles if any(w in str(m.attrs["role"]).split() for w in FORMER)]
        if not former or len(former) < len(roles):
            return False
        return any(e.actor == str(m.attrs.get("role_country") or e.country) + str(m.attrs.get("sector") or "")
                   for m in former)




def international(actor: str | None) -> bool:
    """Is ``actor`` an international body's («IGOEU», «IGOUNO»; not a coalition of states, «IGOCOA»)?"""
    return bool(actor) and str(actor).startswith("IGO") and actor != "IGOCOA"


def _private_office(doc: Doc, ms: list[Mention]) -> bool:
    """Is a titled mention's office a bare head title («الرئيس», «نائب الرئيس») in a sentence that names a club, a
    society or a company («نادي», «جمعية», «شركة», with their clitics): that body's office, not a state's?"""
    heads = fw("bare_head_titles")
    for m in ms:
        role = norm_key(str(m.attrs.get("role") or ""))
        if role not in heads:
            continue
        sent = next((s for s in doc.sentences if s.start <= m.start < s.end), Span(0, len(doc.text)))
        if any(k in fw("private_body_nouns") for w in doc.text[sent.start : sent.end].split()
               for k, _, _ in clitic_variants(w.strip("«»\"()،,.:؛"))):
            return True
    return False


def verb_gender(text: str, start: int) -> str | None:
    """The gender of the singular reporting verb right before ``start`` («وأضاف» m, «قالت» f), else None."""
    words = text[max(0, start - 20) : start].split()
    if not words or not text[start - 1 : start].isspace():
        return None
    k = norm_key(words[-1])
    cue = cue_index().get(k) or (cue_index().get(k[1:]) if k[:1] in "وف" else None)
    return cue.gender if cue is not None and cue.kind == "verb" and not cue.plural and not cue.dual else None


def _after_regime(text: str, start: int) -> bool:
    """Round 77: does a regime noun («نظام», «لنظام», «بنظام») stand right before ``start``, one space between?"""
    words = text[max(0, start - 20) : start].split()
    return start > 0 and text[start - 1] == " " and bool(words) and bool(
        {k for k, _, _ in clitic_variants(words[-1])} & fw("regime_nouns"))


def _regime_leader(g: Gazetteer, given: str, date: str | None) -> Entry | None:
    """The one person the lexicon lists with this given name who serves a government at ``date`` («نظام بشار»: Bashar
    al-Assad); None where none or more than one does."""
    cands = [c for c in g.officials(g.givens.get(given, ()), date) if (actor_at(c.codes, date) or "")[3:6] == "GOV"]
    return cands[0] if len(cands) == 1 else None
