"""Resolution within one article: mentions → one ``Entity`` per referent, with its attributes.

Persons cluster by name parts (a full name joins a cluster when its first and last parts agree, so two people
who share a surname stay apart); surname-only and first-name-only mentions, titles without a name («الوزير
الفرنسي», «نظيره العراقي») and anaphoric nouns («التنظيم») attach to the latest compatible entity before them
(:mod:`.coref`, which :class:`Resolver` extends).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cache, partial

from ..doc import Doc, Entity, Mention, Span, Token
from ..text.normalize import norm_key
from ..events.forms import fw, fw_keys
from .counterparts import counterpart
from .gazetteer import ARAB_STATES, Gazetteer
from .units import NASAB, Found
from .names import family_style_of, son_of, tail, within, name_parts, near as near, regnal_last, same_word
from .attributes import EntityBuilder
from .kinship import after_infant_noun, introduced_as, kin_of
from .coref import OUSTED, Cluster as Cluster, Coreference
from .qualifiedbodies import company_shorts, force_bodies, headless_groups, qualified_bodies
from .rolebodies import role_bodies
from .posts import post_countries
from .kincountry import kin_after, kin_countries
from .listcountries import list_countries
from .members import led_bodies, member_bodies, members_of_bodies, post_countries_apposed
from .described import described_countries, predecessors
from .shortbodies import short_body_countries
from .localcountries import court_country, province_countries, town_after
from .townuniversities import town_universities
from .postplaces import post_places
from .containment import compass_places, district_homonyms, led_and_placed_persons
from .staffbodies import body_people
from .partycountries import sentence_party_countries
from .forces import force_home, home_forces
from .regimeforces import regime_forces
from .mediapeople import media_writers
from .barespokesmen import bare_spokesmen
from .appositionbodies import apposition_countries, named_spokesmen
from .commanisbas import comma_nisbas, lexicon_surnames
from .contextbodies import context_bodies, dominant_officers
from .royalnames import founder_kings
from .royalhouses import listed_princes, prince_countries
from .stories import story_evidence, story_home
from .homeland import (STATE_SECTORS as STATE_SECTORS, agency_home, agency_place, article_country, body_pairs, home_towns,
                       local_places, state_office)

# A Western-named person with no stated country is given none of the Arab League's (``ARAB_STATES``), nor one of
# these, where Western given names are as rare («عضو مجلس الشيوخ توم كوتون» in an article on Iran); Turkey stays:
# Turkish names are among the name lists' Western ones («أكين أوزتورك»)
NOT_WESTERN = ARAB_STATES | frozenset("IRN PAK AFG IDN MYS BGD AZE UZB TJK KAZ KGZ TKM CHN JPN KOR PRK IND".split())


# Sector codes of an organisation that belongs to some one country, named by the entry without it.
_NATIONAL_SECTORS = frozenset(("PTY", "OPP", "GOV", "LEG", "MIL"))
_KING = norm_key("ملك")  # (the head of «الملك»)


class Resolver(Coreference):
    def __init__(self, gaz: Gazetteer) -> None:
        super().__init__(gaz)
        self.builder = EntityBuilder(gaz)

    # ------------------------------------------------------------------------------------------ persons
    def _sired(self, name: str) -> bool:
        """Does ``name`` end on its father's given name («محمد بن سلمان»), not on a family name after «بن»
        («أسامة بن لادن», «أحمد بن دغر»)?"""
        words = [norm_key(w) for w in name.split()]
        w = self.g.name_word(words[-1]) if len(words) >= 3 and words[-2] in NASAB else None
        return w is not None and "g" in w.flags


    def _kin_name(self, a: list[str], b: list[str]) -> bool:
        """Is the longer of two names the shorter, a full name the actor lexicon knows («هاشمي رفسنجاني»), with a
        given name added before it that makes no form of the lexicon's («مهدي هاشمي رفسنجاني»: his son)? Then they
        are two persons; «منصور هادي» (no lexicon name) stays a short form of «عبد ربه منصور هادي»."""
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        if len(short) < 2 or len(long_) == len(short):
            return False
        given = self.g.name_word(long_[0])  # a given name added, no title («المولوي جلال الدين حقاني»)
        if given is None or "g" not in given.flags or long_[0].startswith("ال"):
            return False
        known = self.g.phrases.get(tuple(short))
        return known is not None and known.type == "PERSON" and self.g.phrases.get(tuple(long_)) is not known

    def _person_cluster(self, clusters: list[Cluster], m: Mention, *, aged: bool = False,
                        doc: Doc | None = None) -> Cluster | None:
        """The person named before that mention ``m`` names again, if any. A given name alone with an age after it
        («محمد (5 سنوات)») is no short form of a full name named before («محمد أبو خضير»): a child introduced here
        (it is still the one named by that given name alone before: «شقيقه أحمد» ... «أحمد (4 سنوات)»)."""
        parts = name_parts(str(m.attrs.get("form", m.text)))  # «للعبادي»: the name «العبادي»
        if not parts:
            return None
        persons = [c for c in clusters if c.gid is None and c.kind == "person" and c.mentions[0].start < m.start]
        if not persons:
            return None  # (no one named before: nothing below can answer)
        words = [norm_key(w) for w in m.text.split()]
        if words[0] in NASAB:  # «ولد الشيخ», «بن سلمان»: the tail of a full name given before, from its particle
            for c in sorted(persons, key=lambda c: -c.last_start):
                if any(within(words, [norm_key(w) for w in prior.text.split()]) for prior in c.mentions):
                    return c
        if len(parts) >= 2:
            first, last = parts[0], regnal_last(parts)  # (not «عشر» of «لويس الرابع عشر» and «لويس الخامس عشر»)
            latest_first = sorted(persons, key=lambda c: -c.last_start)
            for c in latest_first:
                if any(same_word(last, f[-1]) and same_word(first, f[0]) for f in c.fulls):
                    return c  # (before a looser match of another: «علي دوابشة» is «علي سعد دوابشة», not his
                    # father «سعد محمد دوابشة» named after him by the surname alone)
            for c in latest_first:
                if any(tail(parts, f) and not (len(parts) > len(f) and son_of(m.text, f)) and not self._kin_name(parts, f)
                       for f in c.fulls) \
                        and not any(son_of(p.text, parts) for p in c.mentions if len(name_parts(p.text)) > len(parts)):
                    # «جاويش أوغلو» after «مولود جاويش أوغلو»; not «سلمان بن عبد العزيز» after «محمد بن سلمان بن
                    # عبد العزيز»: the father named after his son
                    return c
                if any(same_word(last, f[-1]) and (same_word(first, f[0]) or len(f) == 1) for f in c.fulls):
                    return c
                if any(family_style_of(parts, f) for f in c.fulls):
                    return c  # «محمد العبد الله» after «محمد عبد الله المبارك الصباح»: his name and his father's (en885)
                if any(_prefix(parts, f) for f in c.fulls) and _ends_on_father(m.text) or any(
                        _prefix(name_parts(p.text), parts) and _ends_on_father(p.text) for p in c.mentions):
                    return c  # «محمد بن زايد» of «محمد بن زايد آل نهيان»: his name and father's, the family left off
                if _ends_on_father(m.text) and any(_prefix(f, parts) for f in c.fulls):
                    return c  # «عبد الله الثاني» then «عبد الله الثاني بن الحسين», «سلمان بن عبد العزيز» then «...
                    # آل سعود»: the name named before, his father's or family's name added at its end (round en885)
                if not c.fulls and c.has_part(last) and not self._sired(m.text):
                    return c  # («محمد بن سلمان» is not the «الملك سلمان» before: his father's name)
            return self._given_then_sired(persons, m, first) or _longer_name(persons, m, parts)
        k = parts[0]
        king = str(m.attrs.get("head") or "").split()[:1] == [_KING]  # a king by his given name alone: «الملك
        for pick_last in ((False,) if king else (True, False)):  # فيصل» is no «سعود الفيصل» (round 64)
            # a surname may be spelled another way; a given name one letter away is another name («مارين», «مارتن»)
            # («الملك سلمان» is no short form of «محمد بن سلمان»: a father's name at the end is no surname)
            cands = [c for c in persons if any(
                same_word(k, f[-1]) and f[-1] not in c.sired if pick_last else k == f[0] and not aged for f in c.fulls)
                     or (not c.fulls and c.has_part(k))]  # fmt: skip
            if cands and pick_last and doc is not None and _infant_named(doc, m.start):
                # round lo899: «إحراق الرضيع دوابشة»: the child, not «سعد دوابشة» his father; only a person named as
                # a child himself («الرضيع علي دوابشة») is he, else a person of his own (or one by his given name)
                cands = [c for c in cands if any(_infant_named(doc, x.start) for x in c.mentions)]
                if not cands:
                    continue
            head = str(m.attrs.get("head") or "").split()[:1]
            if len(cands) > 1 and head:
                # «جون كيندي» the president, «السفير جوزيف بي. كيندي», then «الرئيس كيندي»: the one of that surname
                # named with the same title before, not the one named last (round 63)
                same = [c for c in cands if any(str(x.attrs.get("head") or "").split()[:1] == head for x in c.mentions)]
                cands = same or cands
            if cands:
                return max(self._listed_one(cands, doc), key=lambda c: c.last_start)
        return None

    @staticmethod
    def _given_then_sired(persons: list[Cluster], m: Mention, first: str) -> Cluster | None:
        """Round en907: «الملك سلمان» ... «خادم الحرمين الشريفين الملك سلمان بن عبد العزيز»: a name of a given name
        and «بن» and his father's given the one person named by that given name alone before, where his title agrees
        (the earlier title's head is a word of the later one's) and no one else of that given name was named before
        («الأمير محمد بن نايف» after «الأمير محمد» and «الأمير محمد بن سلمان» tells not which)."""
        words = [norm_key(w) for w in m.text.split()]
        at = [i for i, w in enumerate(words) if w in NASAB]
        if len(at) != 1 or at[0] != 1 or len(name_parts(" ".join(m.text.split()[2:]))) != 1:
            return None  # (one «بن» after the given name, one name after it: «سلمان بن عبد العزيز»)
        role = {norm_key(w).removeprefix("ال") for w in str(m.attrs.get("role") or "").split()}
        alone = [c for c in persons if not c.fulls and c.has_part(first)]
        others = [c for c in persons if any(same_word(first, f[0]) for f in c.fulls)]
        if len(alone) != 1 or others or not role:
            return None
        heads = {str(x.attrs.get("head") or "").split()[0] for x in alone[0].mentions if x.attrs.get("head")}
        return alone[0] if heads and heads <= role else None

    def cluster(self, doc: Doc, mentions: list[Mention]) -> list[Cluster]:
        clusters: list[Cluster] = []
        by_gid: dict[str, Cluster] = {}
        by_key: dict[tuple[str, str], Cluster] = {}
        kin: dict[tuple[str, str], Cluster] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            gid = m.attrs.get("gid")
            if m.type == "PERSON" and (rel := kin_of(doc, m, self.g)) is not None:
                # «ابن القذافي»: the son, no mention of his father; one person for each relation and relative
                key = next((k for k in kin if k[0] == rel[0] and same_word(k[1], rel[1])), rel)
                c = kin.get(key)
                if c is None:
                    c = kin[key] = Cluster(kind="person")
                    clusters.append(c)
                c.mentions.append(m)
                continue
            if m.type == "PERSON":
                c = self._person_cluster(clusters, m, aged=_aged(doc, m), doc=doc)
                if c is None:
                    c = Cluster(kind="person")
                    clusters.append(c)
                if gid and c.entry is None:
                    c.entry = str(gid)
                parts = name_parts(str(m.attrs.get("form", m.text)))
                if len(parts) >= 2:
                    c.fulls.append(parts)
                    if m.attrs.get("gap_given") and len(parts) >= 3:
                        c.fulls.append(parts[1:])  # «سلفا كير ميارديت»: the tagger's «كير ميارديت», «كير» alone
                    if self._sired(m.text):
                        c.sired.add(parts[-1])
                c.parts.update(parts)
                c.mentions.append(m)
                continue
            if gid:
                c = by_gid.get(str(gid))
                if c is None:
                    entry = self.g.by_id.get(str(gid))
                    c = Cluster(gid=str(gid), kind=entry.kind if entry else str(m.attrs.get("kind") or ""))
                    by_gid[str(gid)] = c
                    clusters.append(c)
                c.mentions.append(m)
                continue
            key = (m.type, m.key.removeprefix("ال"))
            c = by_key.get(key)
            if c is None:
                c = Cluster(kind=m.type.lower())
                by_key[key] = c
                clusters.append(c)
            c.mentions.append(m)
        self._bare_bodies(clusters)
        self._last_word_alone(clusters)
        qualified_bodies(doc, clusters)  # «حزب الدعوة» of «حزب الدعوة الإسلامية» (round en896)
        force_bodies(clusters)  # «قوات الجيش التركي» is «الجيش التركي» (round en907)
        headless_groups(doc, clusters)  # «تنظيم «بيت المقدس»» is «أنصار بيت المقدس» (round en907)
        company_shorts(doc, clusters)  # «أثيكس» is «أثيكس غروب» (round en910)
        self._introduced_kin(doc, clusters, kin)
        return clusters

    @staticmethod
    def _introduced_kin(doc: Doc, clusters: list[Cluster], kin: dict[tuple[str, str], Cluster]) -> None:
        """«ابن القذافي» where the article introduced one person as his son («الساعدي، النجل الثالث للعقيد الراحل
        معمر القذافي») is that person."""
        kin_ids = {id(c) for c in kin.values()}
        persons = [c for c in clusters if c.kind == "person" and c.gid is None and id(c) not in kin_ids]
        for (rel, relative), c in kin.items():
            i = introduced_as(doc, [p.mentions for p in persons], rel, relative)
            if i is not None:
                persons[i].mentions.extend(c.mentions)
                persons[i].mentions.sort(key=lambda m: m.start)
                clusters.remove(c)

    @staticmethod
    def _last_word_alone(clusters: list[Cluster]) -> None:
        """«لـ«الكردستاني»» after «حزب العمال الكردستاني»: a body named by one definite word alone that is the last
        word of the name of one body named before it (an adjective: «ال...ي») is that body; where two bodies named
        before end on it («الاتحاد الوطني الكردستاني», «الحزب الديمقراطي الكردستاني»), it stays apart."""
        for c in list(clusters):
            keys = {m.key for m in c.mentions}
            if c.gid is not None or c.kind != "organization" or len(keys) != 1:
                continue
            (k,) = keys
            if " " in k or not (k.startswith("ال") and k.endswith("ي")):
                continue
            first = c.mentions[0].start
            hits = [o for o in clusters if o is not c and any(
                m.type == "ORGANIZATION" and m.start < first and len(ws := m.key.split()) >= 2 and ws[-1] == k
                for m in o.mentions)]
            if len(hits) == 1:
                hits[0].mentions.extend(c.mentions)
                hits[0].mentions.sort(key=lambda m: m.start)
                clusters.remove(c)

    @staticmethod
    def _bare_bodies(clusters: list[Cluster]) -> None:
        """A body named without its country («البنك المركزي», «وزارة الخارجية») where the article names one such
        body with its country («البنك المركزي المصري») is that body, as «الوزير» is the minister named before; with
        two named («المصري», «الأوروبي»: no body of a country) or none, it stays apart, and so does an indefinite one
        («بنك مركزي»: a central bank)."""
        named: dict[str, list[Cluster]] = {}
        for c in clusters:
            if c.gid is not None and c.gid.startswith("ORGH:") and not c.gid.endswith(":"):
                named.setdefault(c.gid.rsplit(":", 1)[0], []).append(c)
        if not named:
            return
        for c in list(clusters):
            if c.gid is None and c.kind == "organization" and c.mentions[0].key.rsplit(" ", 1)[-1].startswith("ال"):
                body = "ORGH:" + " ".join(w.removeprefix("ال") for w in c.mentions[0].key.split())
            elif c.gid is not None and c.gid.startswith("ORGH:") and c.gid.endswith(":"):
                body = c.gid[:-1]
            else:
                continue
            hits = named.get(body, [])
            if len(hits) == 1:
                hits[0].mentions.extend(c.mentions)
                hits[0].mentions.sort(key=lambda m: m.start)
                clusters.remove(c)

    # ------------------------------------------------------------------------------------------ entities
    def entities(self, doc: Doc, clusters: list[Cluster], found: Found) -> list[Entity]:
        evidence: Counter[str] = Counter()
        for ev in found.evidence:
            evidence.update(ev)
        ordered = sorted((c for c in clusters if c.mentions), key=lambda c: min(m.start for m in c.mentions))
        ents: list[Entity] = []
        pos_entity: dict[int, Entity] = {}
        for n, c in enumerate(ordered, 1):
            e = self.builder.build(f"E{n}", doc, c.mentions, c.gid, c.entry)
            for m in c.mentions:
                m.entity = e.id
                pos_entity[m.start] = e
            ents.append(e)
        by_entity: dict[str, list[Mention]] = {}  # (in the order of ``doc_mentions``: clusters, then their mentions)
        for c in clusters:
            for m in c.mentions:
                by_entity.setdefault(str(m.entity), []).append(m)
        # persons whose title names no country: a relation title (نائبه) or a coordinated title takes it from
        # the person before; a Western-named official from the most-named non-Arab country of the article.
        for e in ents:
            if e.type != "PERSON":
                continue
            for m in sorted(by_entity.get(e.id, ()), key=lambda m: m.start):
                prev = m.attrs.get("after")
                if isinstance(prev, int) and prev in pos_entity and not e.attrs.get("sector"):
                    sec = pos_entity[prev].attrs.get("sector")
                    if sec and m.attrs.get("title_kind") == "relation":
                        e.attrs["sector"] = sec
                        if e.actor == e.country and e.country:
                            e.actor = None
            if e.country:
                continue
            for m in sorted(by_entity.get(e.id, ()), key=lambda m: m.start):
                prev = m.attrs.get("after")
                if isinstance(prev, int) and prev in pos_entity and pos_entity[prev] is not e:
                    src = pos_entity[prev]
                    if src.attrs.get("sector") and not e.attrs.get("sector"):
                        e.attrs["sector"] = src.attrs["sector"]
                    if src.country and not counterpart(str(m.attrs.get("role") or "").split(" ")[0]):
                        # (not «نظيره»: his counterpart holds the office in another state, round en1020)
                        e.country = src.country
                        e.attrs["country_from"] = "context:" + src.id
                        break
        orgs = [(m, e) for e in ents if e.type == "ORGANIZATION" for m in by_entity.get(e.id, ())]
        role_bodies(doc, self.g, ents, by_entity, orgs)  # «الأمين العام للحزب ...», «ووزير خارجيته»
        post_countries(doc, self.g, ents, by_entity)  # «X، وكيل الوزارة», «تعيين X ... بوزارة الخارجية»
        post_countries_apposed(doc, self.g, ents, by_entity)  # «X، وهو مسؤول محلي في ... في الهند» (round 125)
        described_countries(doc, self.g, ents, by_entity)  # «X، مصرف فرنسي», «X، العالم ... الألماني» (round 65)
        media_writers(doc, self.g, ents, by_entity)  # «X، مراسلة صحيفة «واشنطن بوست»» (round ents94)
        bare_spokesmen(doc, ents, by_entity)  # «أعلنت وزارة الدفاع الأميركية ...، وقال المتحدث X» (round ents94)
        triples = cache(partial(body_pairs, doc))  # the article's word triples, read only where an office needs them
        for e in ents:
            if e.type == "PERSON" and not e.country and e.attrs.get("western") and state_office(self.g, e, triples):
                # only an officer of a state: the head of a company, an institute, a club or a charity («مدير»,
                # «الرئيس التنفيذي», «السيد», «رئيس» of a body the text names as no state's) is of no country the
                # article names most, nor is an international civil servant («يوكيا أمانو», IAEA)
                # ties broken by code, not by set order (which follows the hash seed)
                # round en997: in a digest, the countries of his own story («كولومبو - ...»), not the whole page's
                told = story_evidence(doc, found.evidence, min(m.start for m in e.mentions)) or evidence
                foreign = sorted(((n, iso) for iso, n in told.items() if iso not in NOT_WESTERN),
                                 key=lambda x: (-x[0], x[1]))  # fmt: skip
                if foreign and (len(foreign) == 1 or foreign[0][0] > foreign[1][0]):
                    # only where one foreign country is named more than any other: in an article about the euro
                    # zone naming Greece and Germany as often, «ماريو دراغي» takes neither
                    e.country = foreign[0][1]
                    e.attrs["country_from"] = "article"
        agency_place(doc, self.g, ents, evidence)
        own = self.own = article_country(doc, ents, evidence)  # (also read by the stage: .mediaties.home_media)
        home = own or agency_home(doc, self.g, ents, evidence)
        home_towns(self.g, ents, home)
        province_countries(ents, evidence)  # «الضالع» in an article that names Yemen (round 73)
        town_after(doc, ents)  # «في قصر السلام بجدة» (round 73)
        compass_places(doc, self.g, ents)  # «شارع الجرجانية شرق الزبداني» (round ents87)
        district_homonyms(doc, ents, home)  # «بمكة المكرمة ... بحي العزيزية» (round ents87)
        court_country(doc, ents, home)  # «الديوان الملكي» in an article about a monarchy (round 73)
        post_countries(doc, self.g, ents, by_entity, home, final=True)  # «الهيئة العامة لـ...» in an article about its state
        apposition_countries(doc, self.g, ents, by_entity)  # «X، وزير ... اليمني وعضو اللجنة العليا» (round 79)
        named_spokesmen(doc, ents)  # «قال المتحدث باسم المقاومة ... . وأضاف عبد العزيز الشيخ» (round 79)
        founder_kings(doc, ents)  # «أسسها الملك المؤسس عبد العزيز» in a sentence naming Saudi Arabia (round 79)
        prince_countries(self.g, ents, home)  # «الأمير مولاي رشيد», «الأمير عبد العزيز بن سلمان» (round ents98)
        listed_princes(doc, ents, by_entity)  # «الأمير X، والأمير منصور بن سعود بن عبد العزيز» (round ents99)
        comma_nisbas(doc, self.g, ents)  # «أكد الخبير الاقتصادي الإيطالي، فلان» (round 81)
        lexicon_surnames(doc, self.g, ents)  # «قال نتنياهو»: a lexicon surname of one country (round 81)
        home_forces(doc, self.g, ents, by_entity, force_home(own, ents, evidence), found.evidence)  # «قوات النظام»
        regime_forces(ents, by_entity)  # «قوات النظام» in an article naming «نظام الأسد» (round ents94)
        local_places(doc, self.g, ents, home)
        town_universities(doc, ents)  # «جامعة سنسيناتي (ولاية أوهايو)»: USAEDU (round en946)
        post_places(doc, self.g, ents, by_entity)  # «X، نائب مدير عام مطار عدن الدولي» (round 85)
        led_and_placed_persons(doc, self.g, ents, by_entity)  # «مجلس محافظة الأنبار برئاسة X» (round ents87)
        for e in ents:
            own_home = story_home(doc, found.evidence, e, home)  # (round en997: his story's, in a digest)
            if own_home and _home_officer(e, state_office(self.g, e, triples) or bool(e.attrs.get("private_office"))):
                # «رئيس الأركان نجدت أوزال» in an article about Turkey: an officer of a state whose title names no
                # country is of the one country the article is about
                e.country = own_home
                e.attrs["country_from"] = "article"
        sentence_party_countries(doc, self.g, ents, by_entity)  # «الانتخابات التركية ... حزب العدالة والتنمية» (round ents86)
        top = evidence.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            for e in ents:
                if e.type == "ORGANIZATION" and not e.country and e.actor in _NATIONAL_SECTORS:
                    # «حزب العدالة والتنمية» is Turkey's AKP or Morocco's PJD: the country the article names most
                    e.country = top[0][0]
                    e.actor = top[0][0] + e.actor
                    e.attrs["country_from"] = "article"
        context_bodies(doc, ents, found.evidence, home)  # «الأمن المركزي» in a sentence naming Sanaa (round en564)
        if home is None:  # round en877: «وقال اللواء X» where most sentences that name a country name Egypt
            dominant_officers(doc, ents, found.evidence,
                              [e for e in ents if _home_officer(e, state_office(self.g, e, triples))])
        short_body_countries(ents)  # «التحالف المسيحي» after «التحالف المسيحي الديمقراطي» in Germany (round 67)
        body_people(doc, ents, by_entity)  # «X من وزارة التعليم ،» (round en381), «عناصر من حزب الله من بينهم X»
        predecessors(doc, ents, by_entity)  # «عين X رئيسا لهيئة الأركان التركية خلفا لـY» (round 65)
        member_bodies(doc, ents, by_entity)  # «هاموند، النافذ في حزب «المحافظين»»: his country's party (round 125)
        led_bodies(doc, self.g, ents, by_entity)  # «وحزب الشعب بزعامة زهير المغزاوي»: its leader (round 63)
        members_of_bodies(doc, ents, by_entity)  # «X عضو المكتب السياسي لجماعة أنصار الله» (round 70)
        kin_countries(doc, ents, by_entity)  # «معمر القذافي ... نجله سيف الإسلام القذافي» (round 71)
        kin_after(doc, ents, self.g)  # «مهدي هاشمي نجل رفسنجاني» (round 81)
        list_countries(doc, ents, by_entity)  # «A رئيسا للائتلاف، B أمينا عاما وC وD نوابا» (round ents90)
        # round ents94: the role bodies again, now that the article's state has placed its own bodies («المتحدث
        # الرسمي باسم وزارة الكهرباء X»: the ministry is Iraq's only once the article is read as Iraq's)
        # (not a party the article's country alone placed: «سامي الحداد، الأمين العام لحزب العمال، ... في تونس»)
        role_bodies(doc, self.g, ents, by_entity,
                    [(m, e) for e in ents if e.type == "ORGANIZATION" and (
                        e.attrs.get("country_from") != "article" or (e.actor or "")[3:] in STATE_SECTORS)
                     for m in by_entity.get(e.id, ())])
        for e in ents:
            ousted, sec = any(w in r for r in e.roles for w in OUSTED), str(e.attrs.get("sector", ""))
            if e.type == "PERSON" and not e.actor and sec.startswith(("IGO", "IMG")) and not (
                    ousted and e.country and sec.startswith("IGO")):  # (a former secretary-general: his country's ELI)
                e.actor = sec  # «المبعوث الأممي»: the UN, whatever the country; «زعيم تنظيم القاعدة»: the group's
            if e.type != "PERSON" or not e.country:
                continue
            if not e.actor and (sec in STATE_SECTORS or sec.startswith("IGO")) and ousted:
                e.actor = e.country + "ELI"  # «وزير الدفاع الإسرائيلي السابق»: a former officer is of the elite
            elif not e.actor and e.attrs.get("sector"):
                e.actor = e.country + str(e.attrs["sector"])
            elif not e.actor:
                e.actor = e.country
        return ents


def _home_officer(e: Entity, office: bool) -> bool:
    """Is ``e`` a person of no country holding an office of a state (``office``), whom the article's country may
    place: not a listed or Western-named person, nor one titled alone as a head of state, a ruler or an adviser
    («الرئيس زين العابدين بن علي» in an article on Libya, «الملك حسين» at a ceremony in Egypt)?"""
    return e.type == "PERSON" and not e.country and office and not e.attrs.get("western") \
        and "gazetteer" not in e.attrs and not any((w := norm_key(r).split()[0]).startswith("ال")
                                                   and w[2:] in fw("titles_of_visitors") for r in e.roles if r.split())


def _longer_name(persons: list[Cluster], m: Mention, parts: list[str]) -> Cluster | None:
    """Round en910: a name that one person named before runs on over by one part, or that runs on over his: his
    given name alone and then his given and family name («الساعدي، النجل الثالث لمعمر القذافي» ... «الساعدي
    القذافي», where another person of that family was named before, no one else of that given name, and their titles,
    if any, agree: not «عبد المنان» then «عبد المنان نيازي», nor the child «أحمد» then the deputy «أحمد الطيبي»),
    his two names and then a third («مهدي هاشمي» ... «مهدي هاشمي رفسنجاني»: not «هاشمي رفسنجاني», his father, whose
    name ends his), or his name with and without his regnal number («أحمد فؤاد الثاني» ... «أحمد فؤاد»). Only where
    one person so named was named before."""
    head = str(m.attrs.get("head") or "").split()[:1]
    if len(parts) == 2 and not any(norm_key(w) in NASAB for w in m.text.split()):  # («بن»: ``_given_then_sired``)
        alone = [c for c in persons if not c.fulls and c.has_part(parts[0])]
        others = [c for c in persons if c.fulls and any(same_word(parts[0], f[0]) for f in c.fulls)]
        kin = [c for c in persons if c is not alone[0] and c.has_part(parts[1])] if len(alone) == 1 else []
        if kin and not others and not alone[0].has_part(parts[1]):  # (his family named before: «معمر القذافي»)
            heads = {str(x.attrs.get("head") or "").split()[0] for x in alone[0].mentions if x.attrs.get("head")}
            if heads <= set(head) if head else not heads:
                return alone[0]
    hits = [c for c in persons if any(
        _prefix(f, parts) and len(parts) == len(f) + 1 or len(f) == len(parts) + 1 and _prefix(parts, f)
        and f[-1] in fw_keys("regnal_ordinals") for f in c.fulls)]
    return hits[0] if len(hits) == 1 else None


def _infant_named(doc: Doc, start: int) -> bool:
    """Is the mention at offset ``start`` written after a noun of a baby or a child (``kinship.after_infant_noun``)?"""
    ti = doc.token_at(start)
    return ti is not None and after_infant_noun(doc, ti)


def _aged(doc: Doc, m: Mention) -> bool:
    """Does the person's age follow mention ``m`` in brackets or after a comma («محمد (5 سنوات)», «محمد، 5 أعوام»)?"""
    words = doc.text[m.end : m.end + 24].replace("(", " ( ").replace(")", " ").replace("،", " ، ").split()
    return len(words) >= 3 and words[0] in ("(", "،", ",") and words[1].isdigit() and norm_key(words[2]) in fw("age_nouns")


def _prefix(short: list[str], full: list[str]) -> bool:
    """Are the name parts ``short`` the first ones of the longer ``full``?"""
    return 2 <= len(short) < len(full) and all(same_word(a, b) for a, b in zip(short, full))


def _ends_on_father(text: str) -> bool:
    """Does a name end on «بن» and a father's name («محمد بن زايد»), a family name («آل نهيان») left off?"""
    words = [norm_key(w) for w in text.split()]
    return len(words) >= 3 and words[-2] in NASAB


def sentence_tokens(doc: Doc) -> list[list[Token]]:
    out: list[list[Token]] = []
    toks = doc.tokens
    starts = [t.start for t in toks]
    for s in doc.sentences or [Span(0, len(doc.text))]:
        a = bisect_right(starts, s.start - 1)
        b = bisect_right(starts, s.end - 1)
        out.append([t for t in toks[a:b] if t.end <= s.end])
    return out
