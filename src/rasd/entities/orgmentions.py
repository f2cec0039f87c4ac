"""Mentions the rules make from the units they read: a mention's span and key, a gazetteer entry's mention (a capital
that speaks for its government), an organisation quoted by name («مكتب أخبار سوريا») and a government body with its
country («الحكومة العراقية», «وزارة الخارجية العراقية»), or without it («وزارة الداخلية»: the article's country's).
:class:`~rasd.entities.recognize.Recognizer` builds on them."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .bodies import BodyLookups
from .bilateral import second_state
from .shared_genitive import shared_state
from .capitalverbs import object_verb
from .gazetteer import Entry
from .homeland import STATE_SECTORS
from .namerun import nisba
from .secondbody import second_body
from .units import (CENTRAL_BANK, OPENING_QUOTES, QUOTES, Found, Unit, bare_central_bank, central_bank, close_quote,
                    next_char)

MAX_QUOTED_ORG = 8  # words of a quoted organisation's name («المرصد السوري لحقوق الإنسان» has 4)

_IN = norm_key("في")
_SECURITY = norm_key("الأمن")
_AFFAIRS = norm_key("الشؤون")  # (round 64: a portfolio named with or without «الشؤون» is one ministry)


def _body_key(head: str, comp: list[str], needs: bool) -> str:
    """One key per government body: «وزارة الخارجية الأمريكية» and «الخارجية الأميركية» are one ministry."""
    words = comp if needs and comp else [head, *comp]
    if len(comp) > 1 and comp[0] == _AFFAIRS:
        words = [w for w in words if w != _AFFAIRS]  # «وزارة الشؤون البلدية والقروية» = «وزارة البلدية والقروية»
    return " ".join(w.removeprefix("ال") for w in words)



def _post_sought(units: list[Unit], i: int) -> bool:
    """The state body's bare name at unit ``i`` is the post raced for or left empty, no body: a word of
    post_race_words right before it, or before «في» before it («مرشح لرئاسة الجمهورية», «الشغور في رئاسة
    الجمهورية»; round qu705). «قال بلاغ لرئاسة الجمهورية» stays the body."""
    k = i - 2 if i >= 2 and units[i - 1].key == _IN else i - 1
    return k >= 0 and not units[k].punct and units[k].key in fw_keys("post_race_words")


class BodyMentions(BodyLookups):
    def _mention(self, doc: Doc, units: list[Unit], i: int, n: int, off: int, typ: str, source: str,
                 **attrs: object) -> Mention:
        start = units[i].tok.start + off
        end = close_quote(doc, start, units[i + n - 1].tok.end)
        text = doc.text[start:end]
        m = Mention(start, end, text, typ, source, norm_key(text.strip('"«»“” ')), None, dict(attrs))
        vkey = next((k for k, o, _ in units[i].variants if o == off), "")
        if off and vkey.startswith("ال") and not m.key.startswith("ال"):
            m.attrs["form"] = "ا" + text  # «للتحالف» → «التحالف»: the article's alef, unwritten after ل
        return m


    def _entry_mention(self, doc: Doc, units: list[Unit], i: int, n: int, off: int, e: Entry, si: int,
                       found: Found) -> Mention:
        m = self._mention(doc, units, i, n, off, e.type, "gazetteer", gid=e.id, kind=e.kind)
        if e.country and e.type == "LOCATION" and e.kind in ("country", "capital"):
            found.evidence[si].add(e.country)
        if e.country and e.type == "ORGANIZATION" and (e.actor or "")[len(e.country) :] in STATE_SECTORS \
                and any(nisba(self.g, u) == e.country for u in units[i + 1 : i + n]):
            # «السلطة الفلسطينية»: a state body's adjective names its country, as outside a name (not a press
            # agency's: «وكالة الصحافة الفرنسية» reports, the article need not be about France)
            found.evidence[si].add(e.country)
        if e.kind == "capital" and e.country and i > 0 and off == 0:
            prev = units[i - 1]
            if any(v in self.g.gov_verbs for v, _, _ in prev.variants):
                m.attrs["government"] = e.country + "GOV"  # «وقالت واشنطن»: the capital speaks for its government
            elif not prev.punct and object_verb(prev.key):
                m.attrs["government"] = e.country + "GOV"  # «تصنفهم واشنطن»: the verb's subject (round ents95)
        if e.kind == "capital" and e.country and off == 0 and "government" not in m.attrs and i + n < len(units) \
                and units[i + n].key in self.g.gov_verbs and (i == 0 or units[i - 1].punct
                                                               or units[i - 1].key in fw_keys("complementizers")):
            m.attrs["government"] = e.country + "GOV"  # «أن أنقرة رأت»: the capital as the subject before its verb
        return m


    def _quoted_org(self, doc: Doc, units: list[Unit], i: int, found: Found) -> int:
        """A name of several words in quotes led by an organisation's head word is one organisation, whatever
        its words: «مكتب أخبار سوريا», «مركز حلب الإعلامي». Returns the number of units taken (0: none)."""
        if next_char(doc.text, units[i].tok.start, -1) not in OPENING_QUOTES:
            return 0
        if not any(self._body_head(v) for v, _, _ in units[i].variants):
            return 0
        j = i + 1
        while j < len(units) and j - i < MAX_QUOTED_ORG and not units[j].punct and not units[j].gap:
            j += 1
        closed = j < len(units) and units[j].gap or \
            next_char(doc.text, units[j - 1].tok.end, 1) in QUOTES - OPENING_QUOTES
        if j - i < 2 or not closed or self._longest(units, i, self.g.phrases)[0]:
            return 0  # a listed name («حزب الله», «جبهة النصرة») is the gazetteer's, with its code
        if any(u.key in self.g.stop or (u.key[:1] == "ي" and not self.g.is_name_word(u.key))
               for u in units[i + 1 : j]):
            return 0  # a quoted clause («تنظيم داعش يستخدمهما») or phrase («مجموعة من المسلحين»), not a name
        m = self._mention(doc, units, i, j - i, 0, "ORGANIZATION", "quoted")
        found.mentions.append(m)
        return j - i


    def _org_head(self, doc: Doc, units: list[Unit], i: int, si: int, found: Found, in_title: bool = False) -> int:
        """A government body at ``i`` (``in_title``: the body of an office title, read by the title): the number of
        units taken, 0 where none."""
        if (bank := central_bank(units, i, self.g)) is not None:  # «مصرف ليبيا المركزي»: Libya's bank
            bn, boff, biso = bank
            found.evidence[si].add(biso)
            found.mentions.append(self._mention(doc, units, i, bn, boff, "ORGANIZATION", "pattern",
                                                gid=CENTRAL_BANK + biso, kind="gov", country=biso, actor=biso + "GOV"))
            return bn
        if not in_title and (boff := bare_central_bank(doc, units, i, self.g)) >= 0:  # «البنك المركزي»: of no country
            m = self._mention(doc, units, i, 2, boff, "ORGANIZATION", "pattern", gid=CENTRAL_BANK, kind="gov")
            m.attrs["bare_sector"] = "GOV"  # the bank of the state the article is about (round en421)
            found.mentions.append(m)
            return 2
        n, head, off = self._longest(units, i, self.g.org_heads, max_len=2)
        if not n:
            return 0
        sector, needs, alone = head
        hk = units[i].variants[0][0] if off == 0 else next(v[0] for v in units[i].variants if v[1] == off)
        if n > 1 and (hk,) not in self.g.org_heads:
            # a head of several words whose first is no head keys by all of them: «مجلس النواب» and «مجلس الوزراء»
            # are two bodies («القوات المسلحة» is «القوات»)
            hk = " ".join([hk, *(u.key.removeprefix("ال") for u in units[i + 1 : i + n])])
        j = i + n
        comp: list[str] = []
        while j < len(units):
            cn, csec, _ = self._longest(units, j, self.g.complements, first_variants=False)
            if not cn or nisba(self.g, units[j]) or second_body(self.g, hk, units[j].key):
                break
            comp.extend(u.key for u in units[j : j + cn])
            if csec:
                sector = csec
            j += cn
        if head[0] == "MIL" and not comp and j + 1 < len(units) and nisba(self.g, units[j + 1]) \
                and norm_key(hk + " " + units[j].key) in fw("security_force_phrases"):
            comp, sector, j = [_SECURITY], "COP", j + 1  # «القوات الأمنية العراقية»: one body with «قوات الأمن العراقية»
        if sector == "GOV" and head[0] == "MIL" and norm_key(" ".join([hk, *comp])) in fw("security_force_phrases"):
            sector = "COP"  # «قوات الأمن التركية»: a state's security forces, its police (COP), not its government
            # (as «قوات الأمن» is coded in events/agent_groups.tsv; «وزير الأمن» stays GOV; round en931)
        k = j
        while needs and k < len(units) and k - j < 4 and not units[k].punct and not units[k].gap \
                and units[k].key.startswith(("ال", "وال")) and not nisba(self.g, units[k]):
            k += 1  # «وزارة التعليم العالي السعودية», «وزارة الشؤون الاجتماعية والعمل الكويتية»: the portfolio's
        if k > j and k < len(units) and not units[k].gap and nisba(self.g, units[k]):  # words, then its country
            comp.extend(u.key for u in units[j:k])
            j = k
        if needs and not comp:
            if k > j and not in_title and (iso := self._state_in(units, k, towns=True)):
                # «مؤسسة الكهرباء في عدن»: a public body of a service (definite words no list has) in a state's
                # town is that state's
                found.evidence[si].add(iso)
                keys = [u.key for u in units[j:k]]
                gid = "ORGH:" + _body_key(hk, keys, False) + ":" + iso
                found.mentions.append(self._mention(doc, units, i, k - i, off, "ORGANIZATION", "pattern", gid=gid,
                                                    kind="gov", country=iso, actor=iso + str(sector)))
                return k - i
            return 0
        # longer gazetteer names win: «الجيش السوري الحر», «مجلس الأمن الدولي»
        gn, _, _ = self._longest(units, i, self.g.phrases)
        if j < len(units) and nisba(self.g, units[j]):
            if gn > j + 1 - i:
                return 0
            if not comp and units[j - 1].key.endswith(("ه", "ات")) and not units[j].key.endswith("ه") \
                    and i and not units[i - 1].punct and units[i - 1].key.startswith(("ال", "وال")):
                return 0  # «والسياسة الخارجية الإيراني»: a masculine adjective is no feminine head's country (after a
                # definite word; after a construct noun it may be that noun's: «جهاز المخابرات القطري»)
            iso = nisba(self.g, units[j])
            assert iso is not None
            found.evidence[si].add(iso)
            if (pair := second_state(self.g, units, j)) is not None:  # round mn947: «مجلس الأعمال الصيني - الأميركي»
                end, other = pair  # a body of the two states: its name whole, of no single state (its sector alone)
                found.evidence[si].add(other)
                gid = "ORGH:" + _body_key(hk, comp, needs) + ":" + iso + "-" + other
                found.mentions.append(self._mention(doc, units, i, end - i, off, "ORGANIZATION", "pattern", gid=gid,
                                                    kind="gov", actor=str(sector)))
                return end - i
            gid = "ORGH:" + _body_key(hk, comp, needs) + ":" + iso
            m = self._mention(doc, units, i, j + 1 - i, off, "ORGANIZATION", "pattern", gid=gid, kind="gov",
                              country=iso, actor=iso + str(sector))
            found.mentions.append(m)
            return j + 1 - i
        if j < len(units) and not comp and (found_state := shared_state(self.g, units, j)) is not None:
            shared, written = found_state
            found.evidence[si].add(shared)  # round mn947: «لحكومة وشعب الإمارات»: the government of the state after
            m = self._mention(doc, units, i, n, off, "ORGANIZATION", "pattern", kind="gov",
                              gid="ORGH:" + _body_key(hk, [], False) + ":" + shared, country=shared,
                              actor=shared + str(sector))
            m.attrs["form"] = m.text + " " + written  # its name: «حكومة الإمارات» (round en975)
            found.mentions.append(m)
            return n
        if j < len(units) and not comp:
            # «حكومة بغداد»: a capital read as its government
            pn, e, poff = self._longest(units, j, self.g.phrases)
            if pn and isinstance(e, Entry) and e.kind == "country" and e.country and sector == "MIL" and poff == 0:
                # «جيش جنوب السودان», «قوات السودان»: a state's armed body named by the state, one body with
                # «الجيش السوداني»
                found.evidence[si].add(e.country)
                found.mentions.append(self._mention(doc, units, i, j + pn - i, off, "ORGANIZATION", "pattern",
                                                    gid="ORGH:" + _body_key(hk, [], False) + ":" + e.country,
                                                    kind="gov", country=e.country, actor=e.country + "MIL"))
                return j + pn - i
            if pn and isinstance(e, Entry) and e.kind in ("capital", "country") and e.country and sector != "JUD" \
                    and not (n == 1 and hk.startswith("ال")):  # (a definite head governs no genitive: «زار الوفد
                m = self._entry_mention(doc, units, j, pn, poff, e, si, found)  # واشنطن»: the delegation, the town;
                # round mn979: nor «محكمة القاهرة», the town's court, a government)
                m.attrs["government"] = e.country + str(sector)
                found.mentions.append(m)
                return j + pn - i
        if alone and (units[i].key in fw_keys("acting_words") or _post_sought(units, i)):
            return 0  # «الوكيل العام بالنيابة»: acting, on behalf of someone, no prosecution (round q374)
        if alone and not comp and gn <= n and (j >= len(units) or alone == "3" or not units[j].key.startswith("ال")):
            # «مجلس الوزراء» alone (or before «و» and the next one: «المقاومة الشعبية والجيش الوطني»): the
            # cabinet of the state the article is about; a force of a war named in full («الجيش الوطني»), also
            # before the verb's object («استعادت المقاومة الشعبية السيطرة»)
            m = self._mention(doc, units, i, n, off, "ORGANIZATION", "pattern", gid="ORGH:" + _body_key(hk, [], False)
                              + ":", kind="gov")
            if alone == "2":  # («المقاومة الشعبية», «الجيش الوطني»: a force of the war the article tells of,
                m.attrs["bare_sector"] = sector  # not of the state whose agency reports it)
            found.mentions.append(m)
            return n
        if needs and comp and gn <= j - i:
            gid = "ORGH:" + _body_key(hk, comp, needs) + ":"
            iso = self._state_in(units, j if j == k else k, towns=True)
            if k > j and all(u.key in fw_keys("admin_body_ranks") for u in units[j:k]):
                j = k  # «وزارة الداخلية الاتحادية (في جمهورية ألمانيا)»: the body's rank ends its name (round en421)
            if iso:
                # «وزارة الداخلية في المملكة العربية السعودية», «وزارة الداخلية الاتحادية في جمهورية ألمانيا»: the
                # state named after «في» (or «بـ»: «بدولة قطر») is the body's
                m = self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern", gid=gid + iso, kind="gov",
                                  country=iso, actor=iso + str(sector or "GOV"))
                found.mentions.append(m)
                return j - i
            m = self._mention(doc, units, i, j - i, off, "ORGANIZATION", "pattern", gid=gid, kind="gov")
            if sector:
                m.attrs["bare_sector"] = sector  # «وزارة الداخلية»: a state's body, of the country the article is about
            found.mentions.append(m)
            return j - i
        return 0
