"""How far a title runs and whose it is: a title's complements (its portfolio, the body it heads, its country or
sector, an envoy's post), the name after it (or in brackets, or past an adjective), a possessor («محامي كلينتون»),
and the :class:`~rasd.entities.units.TitleHit` it makes. :class:`~rasd.entities.recognize.Recognizer` builds on
:class:`TitleRun` and reads a title where its sentence walk meets one."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, pronoun_reading, strip_enclitic
from .crf import load_lexicon
from .lookups import MAX_BODY_WORDS, REPRESENTATIVE_TITLE, REPRESENTS, town_noun, word_not_brand
from .namerun import (CONNECTORS, quality_after_man, FAMILY_MAX_ZIPF10, bracketed_name, given, given_not_nisba, known_before_name, name_run, surname_before_given,
                      nisba, plain_name, possessor_alone)
from .titlereadings import TitleReadings
from .titlepredicates import predicate_after_title
from .units import PARTICLES, Found, TitleHit, Unit, close_quote
from .titlegivens import given_after_definite_title

# «إلى» links only an envoy's title to where he is sent («مبعوث الأمم المتحدة إلى اليمن»); after any other title it
# starts the news («وزيرة الدفاع الألمانية إلى تونس»: she travelled there).
TOWARDS = frozenset(norm_key(w) for w in ("الى", "إلى"))
# «للشؤون»/«لشؤون» + adjectives closes a title's portfolio («وزير الدولة للشؤون الخارجية», «الممثل الخاص للشؤون
# التجارية»); the adjectives are the portfolio, not the office holder's country (an aide «للشؤون الأفريقية»)
INTERNATIONAL = frozenset(norm_key(w) for w in ("الدولي", "الدولية"))
ENVOYS = frozenset(norm_key(w) for w in ("مبعوث", "سفير", "مندوب", "ممثل", "موفد", "المبعوث", "السفير", "المندوب",
                                         "الممثل", "الموفد"))
_UNION = norm_key("الاتحاد")
_ON_BEHALF = norm_key("باسم")
# (round ents100: a party named by its definite adjectives after a title, also in «لـ»: «للحزب الاشتراكي»)
_PARTY = frozenset(norm_key(w) for w in ("الحزب", "للحزب"))
_FROM = frozenset(norm_key(w) for w in ("عن", "عنه", "عنها"))
_ORDINALS = frozenset(norm_key(w) for w in ("الثاني", "الثانية", "الثالث", "الثالثة"))
_HIGH = frozenset(norm_key(w) for w in ("الأعلى", "العليا"))
_GENERAL = frozenset(norm_key(w) for w in ("العام", "العامة"))
# a legislator's party after his title: «السيناتور الجمهوري جيمس ريش», «النائب الديمقراطي»
_PARTIES = frozenset(norm_key(w) for w in ("الجمهوري", "الجمهورية", "الديمقراطي", "الديمقراطية"))


class TitleRun(TitleReadings):
    def _title(self, doc: Doc, units: list[Unit], i: int, tn: int, title: object, toff: int, definite: bool,
               relation: bool, si: int, found: Found, last_person: Mention | None) -> tuple[int, Mention | None]:
        from .gazetteer import Title

        assert isinstance(title, Title)
        sector = title.sector
        body_sector = False  # the sector read from a listed body the office belongs to, not from the title
        country: str | None = title.country
        j = i + tn
        inner: list[Mention] = []
        envoy = any(v in ENVOYS for v, _, _ in units[i].variants)
        affairs = False  # a portfolio «لشؤون ...» was read
        given_title = False  # the loop stopped at a title word that is the given name opening the person's name
        deputy = title.kind == "rank" or title is REPRESENTATIVE_TITLE  # the sector of whose title after «لـ»
        union = False  # «رئيس الاتحاد الليبيري»: a national federation (of a sport, of labour) is no government
        opened = i + tn  # where the last title of the run ends
        bare = -1  # where that title starts, if it is one indefinite office word («عضو»)
        given_rest = 0  # the name words after such a word that opens the name («قائد» + «السبسي»)
        body_end = -1  # where the name of a body the office heads ends («مدير المركز الوطني»)
        pn, pe, poff = self._longest(units, j - 1, self.g.phrases) if tn > 1 and j < len(units) \
            and not self._longest(units, j, self.g.phrases)[0] else (0, None, 0)  # («أمير منطقة عسير»: the loop's)
        if pn > 1 and not poff and not country and title.kind == "office" and isinstance(pe, Entry) \
                and pe.type == "LOCATION" and pe.country:  # «أمين العاصمة المقدسة»: the title's last word opens
            country, j = pe.country, j - 1 + pn  # a town's name, the town of his office (round en395)
        while j < len(units) and j - i < 14:
            u = units[j]
            if u.punct:
                gloss = self._gloss_end(units, j)
                if gloss and name_run(self.g, units, gloss, after_title=True):
                    j = gloss  # «رئيس مجلس الأمة (البرلمان) مرزوق الغانم»: a gloss in brackets, then the name
                    continue
                break
            if title is REPRESENTATIVE_TITLE and u.key in REPRESENTS:
                if j == i + tn and u.key in _HIGH:
                    sector = "IGOEU"  # «الممثلة العليا للسياسة الخارجية»: the Union's High Representative
                j += 1  # «الممثل الأميركي الخاص», «الممثلة العليا»
                continue
            if j == i + tn and title.sector == "LEG" and title.kind == "rank" and u.key in _PARTIES:
                j += 1  # «السيناتور الجمهوري»: his party, then his name
                continue
            if j > i and u.key in fw("acting_words") and j + 1 < len(units) and units[j + 1].key not in _FROM:
                j += 1  # «وزير الثقافة والإعلام بالنيابة الدكتور ...»: an acting minister, then the next title
                continue  # (not «بالنيابة عن الملك»: on someone's behalf)
            if j in (i + tn, opened) and u.key in _ORDINALS:
                j += 1  # «النائب الثاني للرئيس السوداني»: the second of the president's deputies (also after a
                # title before it: «ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء»)
                continue
            cn, csec, _ = self._longest(units, j, self.g.complements, first_variants=False)
            if cn and not nisba(self.g, u) and not self._listed_state_body(units, j, cn):  # (not «الديوان
                union = union or (cn == 1 and u.key == _UNION)  # الملكي الهاشمي»: the listed body, read below)
                if csec and not (country and str(csec).startswith("IGO")):
                    # («رئيس جمهورية قبرص عضو الاتحاد الأوروبي» heads his state, not the Union)
                    sector = str(csec)
                if envoy and cn == 1 and u.key in INTERNATIONAL and not country:
                    sector = "IGOUNO"  # «المبعوث الدولي»: the UN's envoy
                body_end = j + cn if j == body_end else body_end  # «(مدير المركز) الوطني»
                j += cn
                while title.kind == "office" and j - i < 14 and j < len(units) and (k := self._second_portfolio(
                        units, j)):
                    j = k  # «وزير الثقافة والإعلام», «وزير الخارجية وشؤون المغتربين»: a second portfolio
                continue
            if title.kind == "office" and j == opened + int(units[opened].key in _GENERAL) and u.key.startswith("لل") \
                    and (ln := self._longest(units, j, self.g.complements))[0] and ln[2] == 1:
                sector = str(ln[1]) if ln[1] else sector  # «المفتش العام للقوات المسلحة»: the forces he serves
                j += ln[0]
                continue
            if u.key.startswith("ال") and self.g.people_adjective(u.key) \
                    and name_run(self.g, units, j + 1, after_title=True) >= 2:
                j += 1  # «ناشط حقوق الإنسان الكردي رحمان جوانمردي»: a people's adjective on the title, then the name
                continue
            nis = nisba(self.g, u)
            if nis and given_not_nisba(self.g, units, j):
                break  # «الرئيس جورجي بارفانوف»: Georgi, the given name of the man, not «Georgian»
            if nis:
                country = nis
                found.evidence[si].add(nis)
                j += 1
                continue
            if not affairs and (step := self._portfolio_head(units, i, j, tn, title)):
                affairs = True  # «للسياسة الخارجية», «لشؤون الانتخابات», «لشؤون مجلس الوزراء»: then its adjectives
                j += step
                while j < len(units) and j - i < 14 and self._portfolio_word(units, j):
                    j += 1
                continue
            tn2, t2, off2, def2, rel2 = self._title_at(units, j)
            if tn2 and j > i + tn and off2 and u.tok.text[:1] == "و" and self._second_person(units, j, tn2, t2, country):
                break  # «وزير الخارجية والأمير تركي الفيصل»: «و» + a rank opens a second man's title (round ents99)
            if tn2 and affairs and not (t2.kind == "rank" and self._rank_name(units, j + tn2)):
                break  # «وزير الدولة لشؤون التنمية الإدارية وعضو ...»: a second office (not a rank before the
                # name: «الرئيس العام لشؤون المسجد الحرام الشيخ عبد الرحمن السديس» is the sheikh's office)
            if tn2 == 1 and j > i + tn and not u.key.startswith("ال") and "g" in getattr(self.g.name_word(u.key), "flags", "") \
                    and j + 1 < len(units) and not units[j + 1].key.startswith("ال") \
                    and self.g.is_name_word(units[j + 1].key) \
                    or tn2 == 1 and j == i + tn and not def2 and (given_rest := given_after_definite_title(self.g, units, j, definite)):
                given_title = True  # «الناطق باسم جبهة العند قائد نصر»: «قائد» (Qaid) opens the name here
                break
            if tn2 and not rel2:  # «ولي ولي العهد السعودي الأمير محمد بن سلمان»
                if deputy and u.key[:1] == "ل" and any(p == "ل" for _, _, p in u.variants):
                    sector = t2.sector  # «النائب الأول للرئيس»: the president's deputy, no member of parliament;
                    # «الممثل الخاص للأمين العام»: the Secretary-General's, of the UN
                sector = sector or t2.sector
                country = country or t2.country  # «سفير خادم الحرمين الشريفين»: the Saudi king's, a Saudi
                deputy = deputy or t2 is REPRESENTATIVE_TITLE  # «نائب الممثل الخاص للأمين العام»
                bare = j if tn2 == 1 and t2.kind == "office" and not def2 and j > i + tn else -1
                j += tn2
                opened = j
                continue
            if j > i + tn and len(u.variants) == 1 and u.key.endswith(("ه", "ي")) and not u.key.startswith("ال") \
                    and u.key not in self.g.stop and not getattr(self.g.name_word(u.key), "flags", "") \
                    and j + 1 < len(units) and not units[j + 1].punct and units[j + 1].key.startswith("ال") \
                    and not self._listed_at(units, j + 1) \
                    and not (units[j + 1].key in self.g.names and self.g.names[units[j + 1].key].flags) \
                    and load_lexicon().freq.get(units[j + 1].key, 0) >= FAMILY_MAX_ZIPF10:
                n, e, off = self._longest(units, j, self.g.phrases)
                if n == 1 and isinstance(e, Entry) and e.type == "LOCATION":
                    inner.append(self._entry_mention(doc, units, j, n, off, e, si, found))  # «منطقة دبي الحرة»: a town
                j += 2  # «رئيس الآلية الأفريقية رفيعة المستوى ثابو مبيكي»: an adjective phrase on the body it heads
                continue
            if title.kind == "office" and self._longest(units, j, self.g.org_heads, max_len=2)[0]:
                # «الناطق باسم الرئاسة الفلسطينية»: a government body with its country, whose office it is
                before = len(found.mentions)
                step = self._org_head(doc, units, j, si, found, in_title=True)
                body = found.mentions[before:]
                del found.mentions[before:]
                if step and len(body) == 1 and body[0].attrs.get("country"):
                    inner.extend(body)
                    country = country or str(body[0].attrs["country"])
                    sector = sector or str(body[0].attrs.get("actor") or "")[3:] or None
                    j += step
                    continue
                if step and len(body) == 1 and step > 1 and body[0].attrs.get("bare_sector") \
                        and units[j - 1].key == _ON_BEHALF:
                    # «المتحدث باسم وزارة الكهرباء مصعب ...»: a ministry named by its portfolio alone, whose
                    # spokesman the name after it is (its country is the article's, given to the body later)
                    inner.extend(body)
                    j += step
                    continue
            if title.kind == "office" and (
                    (j == body_end and (k := self._body_purpose(units, j)))  # «مدير المركز الوطني لمكافحة الإرهاب»
                    or (definite and j == opened and (k := self._office_branch(units, j)))):  # «القائد الجهوي للدرك»
                j = k
                continue
            if u.key in _FROM and sector == "LEG" and j > i + tn - 1 and (k := self._member_for(doc, units, j, si, found,
                                                                                      inner)):
                bloc_country = inner[-1].attrs.get("country")
                country = country or (str(bloc_country) if bloc_country else None)
                j = k  # «عضو البرلمان العراقي عن ائتلاف دولة القانون محمد الشمري»: the bloc he sits for (round 75)
                continue
            link = 1 if u.key in CONNECTORS and j + 1 < len(units) else 0
            if link and u.key in TOWARDS and not envoy:
                break
            if title.kind == "office" and town_noun(units, j + link) \
                    and not self._longest(units, j + link, self.g.phrases)[0] and isinstance(
                        (t := self._longest(units, j + link + 1, self.g.phrases)[1]), Entry) and t.type == "LOCATION":
                j += link + 1  # «النائب العام لمدينة ديار بكر»: the town noun of the place the office is of (not a
                continue  # listed place's own first word: «رئيس إقليم كردستان», «بمنطقة مكة المكرمة»; round en406)
            n, e, off = self._longest(units, j + link, self.g.phrases)
            if n == 1 and isinstance(e, Entry) and (e.kind == "city" and (
                    (country and not (bare >= 0 and j == opened and not link))  # («... حاكم دبي»: the office's)
                    or given(self.g, units[j + link]) or (title.kind == "rank" and not link
                                                                  and plain_name(self.g, units[j].key))) \
                    or pronoun_reading(
                    units[j + link].tok.text[off:], e, units[j + link - 1].tok.text)):
                n = 0  # «وزير خارجية إيطاليا باولو جنتلوني»: باولو opens the name, it is no town here (nor
                # «أورين» after a rank, «السناتور أورين هاتش»: a rank takes no place as its complement)
            if n == 1 and not off and isinstance(e, Entry) and e.type == "LOCATION" and self._adjective_reading(units, i):
                n = 0  # «سؤال عسير» (a difficult question): an adjective after its noun, not the region Asir
            if n == 1 and isinstance(e, Entry) and word_not_brand(units[j + link].tok.text, off, e):
                n = 0  # «الوزير وابل الانتقادات»: a barrage, no «و» + Apple
            if n and off and not link and not envoy and j > i + tn and isinstance(e, Entry) and e.kind == "country" \
                    and any(p == "ل" for v, o, p in units[j].variants if o == off):
                break  # «زيارة ولي ولي العهد للأردن»: a country in «لـ» after an office is where he goes (an envoy's
                # is where he serves: «السفير الأميركي للأردن»)
            if n and isinstance(e, Entry) and e.type != "PERSON":
                m = self._entry_mention(doc, units, j + link, n, off, e, si, found)
                inner.append(m)
                if (title.kind == "office" or deputy) and not country and str(e.actor or "").startswith("IGO") \
                        and e.actor != "IGOCOA" and not str(sector).startswith("IGO"):
                    # «المتحدث باسم الأمم المتحدة في جنيف»: the UN's, not Switzerland's (a coalition's envoy
                    # is still his country's: «منسق التحالف الدولي» John Allen is American)
                    sector = str(e.actor)
                if title.kind == "office" and e.country and not country and not str(sector).startswith("IGO") \
                        and not (envoy and (link or off)):  # «المبعوث الدولي إلى سوريا»: sent there, not Syrian
                    country = e.country  # (a UN envoy «إلى سوريا» is not Syrian)  # محافظ عدن, وزير خارجية فرنسا, منسق البيت الأبيض
                if title.kind == "office" and e.type == "ORGANIZATION" and e.kind in ("company", "media") \
                        and sector in (None, title.sector):
                    # «رئيس شركة أرامكو السعودية», «رئيس قسم التحقيقات في صنداي تايمز»: a company's or a
                    # newspaper's office, no state's
                    sector = "BUS" if e.kind == "company" else "MED"
                    body_sector = True
                if title.kind == "office" and e.type == "ORGANIZATION" and sector in (None, title.sector) \
                        and title.sector in (None, "GOV") and len(str(e.actor or "")) == 6 \
                        and str(e.actor)[:3] == (country or e.country):
                    sector = str(e.actor)[3:]  # «رئيس المكتب السياسي لحركة طالبان»: the movement's office, no state's
                    body_sector = True
                elif title.kind == "office" and e.kind == "group" and str(e.actor or "").startswith("IMG") \
                        and sector in (None, title.sector) and title.sector in (None, "GOV", "MIL"):
                    sector = str(e.actor)  # «زعيم تنظيم القاعدة في جزيرة العرب»: the transnational group's code
                    body_sector = True
                j += link + n
                continue
            if link == 0 and j == i + tn and title.kind == "office" and (u.key,) not in self.g.titles:
                # an office's own complement without the article: «وزير خارجية فرنسا», «رئيس وزراء العراق»
                ck = ("ال" + u.key,)
                if ck in self.g.complements:
                    sec = self.g.complements[ck]
                    sector = sec or sector
                    j += 1
                    continue
            if link == 0 and j == i + tn and units[j - 1].key == _ON_BEHALF and (k := self._named_body(units, j)):
                j = k  # «المتحدث باسم المقاومة الجنوبية، علي ...»: the body he speaks for, whatever its name
                continue
            if title.kind == "office" and link == 0 and (self._body_head(u.key.removeprefix("ال")) and
                                                         u.key not in fw("named_group_heads")
                                                         or self._party_named(units, j) or self._municipality(units, j)):
                # («زعيم الحزب الديمقراطي الكردستاني»: a named party; «رئيس الجماعة الحضرية»: a town's council)
                # «رئيس مجموعة اليورو», «مدير مركز الدراسات»: the body an office heads, a head noun and the definite
                # words after it; a country or international adjective, a listed name or a title after them the
                # loop reads on («رئيس مجلس الإدارة الأوروبي»; «مدير مكتب الرئيس» stops before «الرئيس»)
                k = j + 1
                while k < len(units) and k - j <= MAX_BODY_WORDS and not units[k].punct and not units[k].gap \
                        and units[k].key.startswith("ال") and units[k].key not in self.g.stop \
                        and not nisba(self.g, units[k]) and (units[k].key,) not in self.g.complements \
                        and not self._listed_at(units, k) and units[k].key not in fw("constituted_participles"):
                    k += 1  # («عضو اللجنة المركزية المكونة من ...»: what the body is made of is no more its name)
                if k > j + 1:
                    if u.key.startswith("ال") and j == i + tn and sector == title.sector:
                        sector = None  # «رئيس المكتب الإقليمي»: the head of a body the text names as no state's
                    if u.key in _PARTY and sector in (None, title.sector):
                        sector = "PTY"  # «رئيس الحزب الاشتراكي الديمقراطي»: a party's office (round ents100)
                    j = body_end = k
                    continue
                if not u.key.startswith("ال") and (place := self._place_of_body(units, j + 1)):
                    j = place  # «رئيس مجلس عمالة طنجة»: the body of a town, which the loop reads next (its country)
                    continue
                if not u.key.startswith("ال") and (named := self._listed_body(units, j + 1)):
                    j = named  # «رئيس (مجلس إدارة) شركة أرامكو السعودية»: the head nouns of a listed body, read
                    continue  # next with its code
            if title.kind == "office" and link == 0 and j == i + tn and not definite \
                    and (k := self._genitive_end(units, j)):
                last = units[i + tn - 1].key if tn > 1 else next(v for v, o, _ in units[i].variants if o == toff)
                if (self._body_head(u.key.removeprefix("ال")) or last in fw("heads_of_any_body")) \
                        and sector == title.sector:
                    sector = None  # «رئيس الجمعية», «رئيس الأساقفة»: the head of a body the text names as no state's
                    # (a minister's is his state's office whatever his portfolio: «وزير الشؤون الاجتماعية»)
                j = k  # «وزير الشؤون الاجتماعية», «رئيس المراسم الملكية»: the definite complement of an indefinite
                # office and its adjectives (its sector stays the title's), and a second field: «والتجارة»
                while j < len(units) and j - i < 14 and (k2 := self._second_portfolio(units, j)):
                    j = k2  # («والثروة المعدنية», «والشؤون الاجتماعية»)
                body_end = j
                continue
            if title.kind == "office" and link == 0 and u.key.startswith("ال") and j + 1 < len(units) \
                    and str(self.g.complements.get((units[j + 1].key,)) or "").startswith("IGO"):
                j += 1  # «رئيس المفوضية الأفريقية»: a body the adjective after it makes international (read next)
                continue
            break
        if bare > 0 and j == opened:
            j = bare  # «رئيس المجلس الأولمبي الآسيوي عضو ...»: an indefinite office with no complement read after
            # a role starts another role (or is a name's: «التونسي قائد السبسي»), not this one's last word
            given_rest = name_run(self.g, units, j + 1, after_title=True) if "g" in getattr(
                self.g.name_word(units[j].key), "flags", "") else 0
            given_title = given_rest > 0
        if not given_title and j + 2 < len(units) and units[j].key in fw_keys("then_words") and not units[j + 1].punct \
                and name_run(self.g, units, j + 1, after_title=True) >= 2 and not any(x.key[:1] == "و" for x in units[i + 1 : j]):
            j += 1  # «ممثل الكويت في أوبك حينها عبد الصمد العوضي»: the title he held then, then his name (not after a
            # second title joined by «و»: «رئيس الحكومة والرئيس المؤقت آنذاك», whose is which is not said; round ents88)
        j = self._past_adjective(units, j, given_title)
        if union and sector == title.sector and sector in ("GOV", "MIL", "LEG"):
            sector = None  # (its head holds no state office; «الاتحاد الأوروبي» gives its own sector)
        if j + 2 < len(units) and not any(u.punct or u.gap for u in units[j : j + 3]) \
                and known_before_name(self.g, units[j].key, units[j + 1].key, units[j + 2].key):
            inner.append(self._possessor(doc, units, j, si, found))  # «مستشار أوباما ديفيد أكسلرود»:
            j += 1  # Obama's adviser, the man named after Obama
        elif not definite and tn == 1 and j == i + tn and title.kind in ("office", "relation") and j < len(units) \
                and possessor_alone(self.g, units, j):
            found.mentions.extend(inner)  # «ديفيد كيندال محامي كلينتون»: Clinton's lawyer, not Clinton
            found.mentions.append(self._possessor(doc, units, j, si, found))
            return j + 1, last_person
        found.mentions.extend(inner)
        tstart = units[i].tok.start + toff
        tend = close_quote(doc, tstart, units[j - 1].tok.end)
        hk = next((v[0] for v in units[i].variants if v[1] == toff), units[i].key)
        hk = strip_enclitic(hk) or hk if relation else hk
        head = " ".join([hk.removeprefix("ال"), *(u.key for u in units[i + 1 : i + tn])])
        if relation and last_person is not None and last_person.attrs.get("head"):
            head = str(last_person.attrs["head"])  # نظيره: a counterpart holds the same office
        # «وزير الخارجية»: definite by its complement too (a construct), so it may refer to the minister named before
        # with that portfolio
        portfolio = tuple(u.key for u in units[i + tn : j] if u.key.startswith("ال") and not nisba(self.g, u))
        definite = definite or any(u.key.startswith("ال") for u in units[i + 1 : i + tn]) or bool(portfolio)
        if j < len(units) and units[j].tok.text == "(":
            k = next((k for k in range(j + 1, min(j + 5, len(units))) if units[k].tok.text == ")"), 0)
            if k and k + 1 < len(units) and self.g.is_name_word(units[k + 1].key):
                definite = False  # «رئيس الوزراء (العراقي حيدر) العبادي»: a name broken by the brackets says who
        hit = TitleHit(tstart, tend, head, title.kind, sector, country,
                       definite, relation, si, portfolio=portfolio)
        found.titles.append(hit)
        run = name_run(self.g, units, j, after_title=True) if j < len(units) else 0
        if run >= 3 and definite and not given_title and surname_before_given(self.g, units, j):
            run = 1  # «للرئيس بوتفليقة عبد القادر حجار»: the president, then another man
        if given_title and not (j + 1 < len(units) and quality_after_man(units[j].tok.text, units[j + 1].tok.text, self.g)):
            run = 1 + (given_rest or name_run(self.g, units, j + 1, after_title=False))  # (not «فهد» + «الحكيمة»)
        if not run and (close := bracketed_name(self.g, units, j)):
            j, run = j + 1, close - j - 1  # «وزير الخارجية (جون كيري)»: the holder of the title, in brackets
        if run:
            pn, pe, poff = self._longest(units, j, self.g.phrases)
            if pn > run and not poff and isinstance(pe, Entry) and pe.type == "PERSON":
                run = pn  # «الرئيس التونسي الباجي قائد السبسي»: a known full name with a title word inside
        if run and not (run == 1 and (units[j].key in PARTICLES or predicate_after_title(units, j))):
            m = self._mention(doc, units, j, run, 0, "PERSON", "title")
            role = doc.text[tstart:tend]
            if toff == 1 and units[i].tok.text.startswith("لل"):
                role = "ا" + role  # «للملا عمر»: the role is «الملا», its alef elided after «ل»
            m.attrs.update(role=role, sector=sector, role_country=country, title_kind=title.kind, head=head)
            if body_sector:
                m.attrs["body_sector"] = True  # a person the lexicon lists keeps its own code (resolve)
            coordinated = toff > 0 and units[i].key[:1] == "و"  # «... العراقي حيدر العبادي ورئيس أركان الجيش»
            if relation or (coordinated and country is None and last_person is not None):
                m.attrs["after"] = last_person.start if last_person else None
            hit.person = m
            found.mentions.append(m)
            return j + run, m
        return j, last_person

    def _party_named(self, units: list[Unit], j: int) -> bool:
        """Round ents100: is ``units[j]`` «الحزب» (or «للحزب») before a definite adjective that names it («رئيس الحزب
        الاشتراكي الديمقراطي»: the party he heads), not a country adjective or the name of the man after it
        («زعيم الحزب الألماني», «رئيس الحزب الأحمد ...»)?"""
        if units[j].key not in _PARTY or j + 1 >= len(units):
            return False
        nxt = units[j + 1]
        return not nxt.punct and not nxt.gap and nxt.key.startswith("ال") and not nisba(self.g, nxt) \
            and not self.g.is_name_word(nxt.key) and not self._listed_at(units, j + 1)

    def _second_person(self, units: list[Unit], j: int, tn2: int, t2: object, country: str | None) -> bool:
        """Round ents99: does the title «و» + ``t2`` at ``j`` open a second person's title rather than go on with
        this one's? So it does where it is a rank but a deputy's («وزير الخارجية والأمير تركي الفيصل», «... واللواء X»), or an
        office whose own country adjective is another than the one this title read («السفير الأميركي والرئيس
        التركي رجب طيب أردوغان»); not a second office of the same man («نائب رئيس الوزراء ووزير الخارجية»)."""
        from .gazetteer import Title

        if not isinstance(t2, Title):
            return False
        if t2.kind == "rank":
            return t2.sector != "LEG"  # (not «رئيس الوزراء السابق والنائب الحالي لرئيس الجمهورية»: his deputy office)
        nis = nisba(self.g, units[j + tn2]) if j + tn2 < len(units) else None
        return t2.kind == "office" and country is not None and nis is not None and nis != country

    def _member_for(self, doc: Doc, units: list[Unit], j: int, si: int, found: Found, inner: list[Mention]) -> int:
        """«عن» + a listed party or bloc after a legislator's title: the bloc's mention added to ``inner``; where
        the title reading goes on (0 where no listed body follows)."""
        if j + 1 >= len(units) or units[j + 1].punct:
            return 0
        n, e, off = self._longest(units, j + 1, self.g.phrases)
        if not n or off or not isinstance(e, Entry) or e.type != "ORGANIZATION":
            return 0
        inner.append(self._entry_mention(doc, units, j + 1, n, off, e, si, found))
        return j + 1 + n
