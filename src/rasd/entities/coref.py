"""Mentions found after the first clustering of one article: a person's name widened to the particle of descent
before it, surname-only and first-name-only mentions of persons named in full, titles without a name («الوزير
الفرنسي», «نظيره العراقي») and anaphoric nouns («التنظيم»), each attached to the latest compatible cluster before
it. :class:`.resolve.Resolver` is a :class:`Coreference`; :class:`Cluster` is the unit both work on."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .regnalnames import regnal_part
from .dockeys import doc_keys
from .gazetteer import Gazetteer, clitic_variants
from .units import NASAB, PARTICLES, QUOTES, Found
from .names import within, name_parts, near, same_word
from .attributes import FORMER
from .kinship import after_infant_noun, after_kin_noun, named_as_kin
from .tagspans import COMMON_ALONE_ZIPF10
from .crf import load_lexicon
from .commongivens import phrase_word_at
from .namerun import given_and_family
from .titlelinks import adjective_president, bare_president, sole_president
from .ownname import named_right_after
from .bodies import title_before_body
from .honored import honored_rank

OUSTED = (*FORMER, "المخلوع", "الراحل", "الراحلة")  # no longer in office (or alive)


NAMING_REACH = 3  # words after the noun: «الجماعة السورية التي تعرف»


_ORGANISATION = norm_key("تنظيم")
_COALITION = norm_key("تحالف")
_REGIONAL = frozenset(norm_key(w) for w in ("الإقليمي", "الإقليمية"))  # a body's scope: «التحالف الإقليمي»


def _introduces(toks: list[Token], i: int) -> bool:
    """A relative clause that names the noun at ``i`` follows it: «التي تعرف باسم», «الذي يطلق عليه»."""
    keys = [t.norm_key for t in toks[i + 1 : i + 2 + NAMING_REACH]]
    return any(k in ("التي", "الذي", "التى") and j + 1 < len(keys) and keys[j + 1] in fw("naming_verbs")
               for j, k in enumerate(keys[:NAMING_REACH]))


IMPERFECT_PREFIXES = "نيتأ"  # the persons' letters of an imperfect verb


def verb_of_participle(word: str, surname: str) -> bool:
    """``word`` is the imperfect verb of the participle ``surname`` is: the same letters but the participle's «م»
    read as a person's prefix («نساعد الأندية» (we help) is no misspelling of the father's name «مساعد»; «يقاتل»
    is not «مقاتل»)."""
    return (len(word) == len(surname) and surname[:1] == "م" and word[:1] in IMPERFECT_PREFIXES
            and word[1:] == surname[1:])


def _written_after(doc: Doc, c: "Cluster", key: str) -> bool:
    """Is the word ``key`` written right after one of ``c``'s mentions («التحالف الدولي الإقليمي»: the body named
    with that adjective too, so «التحالف الإقليمي» later is it)?"""
    for m in c.mentions:
        rest = doc.text[m.end : m.end + 24].split()
        if rest and norm_key(rest[0]) == key:
            return True
    return False


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    fulls: list[list[str]] = field(default_factory=list)  # name parts of multi-part mentions
    parts: set[str] = field(default_factory=set)
    gid: str | None = None
    kind: str | None = None  # the entry kind (group, coalition, gov, ...) for anaphora
    entry: str | None = None  # a person's actor-lexicon entry
    # last parts of full names that end on a father's name («سلمان» of «محمد بن سلمان»): no surname to refer by
    sired: set[str] = field(default_factory=set)

    @property
    def last_start(self) -> int:
        return max(m.start for m in self.mentions)

    def has_part(self, k: str) -> bool:
        return any(same_word(k, p) for p in self.parts)


class Coreference:
    """The mentions a first clustering leaves to find (see the module's doc); :class:`.resolve.Resolver` adds the
    clustering and the entities."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.g = gaz

    def _listed_one(self, cands: list[Cluster], doc: Doc | None = None) -> list[Cluster]:
        """Of the persons a surname alone may be, the one the actor lexicon lists where there is one such:
        «القذافي» after «معمر القذافي» and «الساعدي القذافي» is Muammar («نظام القذافي»), whoever was named last."""
        listed = [c for c in cands if c.entry is not None or any(
            (e := self.g.phrases.get(tuple(f))) is not None and e.type == "PERSON" for f in c.fulls)]
        if len(listed) > 1 and doc is not None:
            # «بشار الأسد ... والده حافظ الأسد ... الأسد»: the relative named beside the man is not the surname's
            direct = [c for c in listed if not named_as_kin(doc, c.mentions[0].start)]
            return direct if len(direct) == 1 else listed
        return listed if len(listed) == 1 else cands
    def widen_to_particle(self, doc: Doc, clusters: list[Cluster]) -> None:
        """«ولد الشيخ أحمد» where the rules found «(الشيخ) أحمد»: a person mention preceded by the particle of
        descent and the words that precede it in the person's full name takes them in (in place)."""
        starts = [t.start for t in doc.tokens]
        for c in clusters:
            if c.kind != "person" or c.gid is not None:
                continue
            fulls = [[norm_key(w) for w in m.text.split()] for m in c.mentions if len(m.text.split()) >= 3]
            if not fulls:
                continue
            for m in c.mentions:
                ti = bisect_right(starts, m.start) - 1
                words = [norm_key(w) for w in m.text.split()]
                for back in (1, 2):
                    if ti - back < 0 or doc.tokens[ti - back].norm_key not in NASAB:
                        continue
                    cand = [t.norm_key for t in doc.tokens[ti - back : ti]] + words
                    if any(within(cand, f) for f in fulls):
                        m.start = doc.tokens[ti - back].start
                        m.text = doc.text[m.start : m.end]
                        if m.attrs.get("role") and str(m.attrs["role"]) in m.text:
                            for k in ("role", "head", "title_kind", "sector", "role_country"):
                                m.attrs.pop(k, None)  # «الشيخ» of «ولد الشيخ» is the name, not a title
                        break

    def _tagged_family(self, full: list[str], k: str, freq: dict[str, int]) -> bool:
        """«عبد الحفيظ الحطامي» read by the tagger alone: its last word, a rare «ال» word after a listed given name,
        is a family name to refer by («وأكد الصحافي الحطامي»); not a common word the tagger took in («أحمد الخميس»)."""
        if len(full) < 2 or k != full[-1] or not k.startswith("ال") or len(k) < 6 or k in self.g.nisba:
            return False
        given = self.g.name_word(full[0])
        return (given is not None and any(f in given.flags for f in "gnF") and "c" not in given.flags
                and freq.get(k, 0) < COMMON_ALONE_ZIPF10)

    def name_only(self, doc: Doc, clusters: list[Cluster], covered: bytearray) -> list[Mention]:
        """Surname-only and first-name-only mentions of the persons already found by a full name."""
        index: dict[str, list[Cluster]] = {}
        surnames: set[str] = set()
        bare: set[str] = set()  # a name part's form without its article («صدر» of «الصدر»)
        written: set[str] = set()  # a name part as written without an article
        freq = load_lexicon().freq  # (the one lexicon: read once, not per word)
        for c in clusters:
            if c.kind != "person" or c.gid is not None:
                continue
            strong = {k for m in c.mentions if m.source != "model" for k in name_parts(m.text)}
            for f in c.fulls:
                for k in {f[0], f[-1]} - (c.sired - {f[0]}):
                    w = self.g.name_word(k)
                    if k not in strong and (w is None or k.startswith("ال") or (k == f[0] and not (
                            "g" in w.flags or "W" in w.flags))) and not self._tagged_family(f, k, freq):
                        continue  # a word only the tagger called a name (its first word: a given name)
                    if k.endswith("ه") and self.g.name_word(k) is None:
                        continue  # «السياسية»: a noun caught in a name
                    if len(k) >= 3 and k not in self.g.stop and k not in self.g.nisba and not regnal_part(k):
                        index.setdefault(k, []).append(c)  # (a regnal number: «الثاني» alone is a month's)
                        if k == f[-1]:
                            surnames.add(k)
                        if k.startswith("ال"):
                            index.setdefault(k[2:], []).append(c)
                            bare.add(k[2:])
                            if k == f[-1]:
                                surnames.add(k[2:])
                        else:
                            written.add(k)
        if not index:
            return []
        bare -= written
        # the keys a spelling variant may reach, by length (near: ±1 letter): surnames only, for a given name one
        # letter away is mostly another name («مارين» is not «مارتن»)
        fuzzy: dict[int, list[str]] = {}
        for k in surnames:
            if len(k) >= 5:
                fuzzy.setdefault(len(k), []).append(k)
        variant_of: dict[str, list[Cluster] | None] = {}  # a key's one spelling variant among the names, if any
        out: list[Mention] = []
        toks = doc.tokens
        lengths = frozenset(fuzzy)
        may: dict[str, bool] = {}  # a word's answer to the test below, for the article (the index does not change)
        child: dict[str, bool] = {}  # a given name's answer to ``_child_of_name``, for the article
        for ti, t in enumerate(toks):
            hit = may.get(t.text)  # (the word's own tests first, cached: most words fail them)
            if hit is None:
                hit = may[t.text] = not (t.text in QUOTES or len(t.text) < 3) and any(
                    key in index or (len(key) >= 5 and key[-1] not in "اهم" and not (
                        lengths.isdisjoint((len(key) - 1, len(key), len(key) + 1)))) for key, _, _ in clitic_variants(t.text))
            if not hit:
                continue  # (no reading of it is a name part or one letter from a surname: nothing below can take it)
            if covered.find(1, t.start, t.end) >= 0:
                continue
            if t.text.endswith("ى") and t.norm_key.endswith("علي") or t.norm_key in fw("prepositions_like_names") \
                    and not (ti and toks[ti - 1].norm_key.removeprefix("ال").startswith("موال")):
                continue  # «على» (on), not «علي»; «لصالح» (in favour of), not ل + «صالح» (but «الموالية لصالح»)
            if phrase_word_at(doc, t.start, t.end):
                continue  # «صباح اليوم» (this morning), «في صالح الأسد» (in his interest), «حسن النية»: no name
            for key, off, _ in clitic_variants(t.text):
                if key in self.g.stop or key in PARTICLES or key in self.g.nisba or (key,) in self.g.phrases:
                    continue
                if after_kin_noun(doc, ti, key, self.g):
                    break  # «نجل القذافي»: his son, no mention of him
                if key in bare and freq.get(key, 0) >= COMMON_ALONE_ZIPF10 and not self._titled(toks, ti):
                    continue  # «ما صدر من بيانات» (was issued): a frequent word is no bare form of «الصدر»
                cands = index.get(key)
                title = key.removeprefix("ال") if (key.removeprefix("ال"),) in self.g.titles else None
                if title is not None:
                    # «القائد» is no spelling of «العايد»: a bare title is a person's only as the title he holds
                    cands = [c for c in cands or () if any(str(m.attrs.get("head") or "").split()[:1] == [title]
                                                           for m in c.mentions)]
                if cands is None and len(key) >= 5 and key[-1] not in "اهم" \
                        and freq.get(key, 0) < COMMON_ALONE_ZIPF10 \
                        and not any(k2 in index for k2, _, p in clitic_variants(t.text) if p in ("و", "ف")):
                    # a frequent word is no misspelt surname: «وللأسف» (unfortunately) is not «الأسد», «الحرص
                    # الكبير» is not «الجبير»; nor is «و» + a name part («وكوتون»: «و» + «كوتون», read next)
                    if key in variant_of:
                        cands = variant_of[key]
                    else:
                        n = len(key)
                        got = [k for m in (n - 1, n, n + 1) for k in fuzzy.get(m, ())
                               if near(key, k) and not verb_of_participle(key, k)]
                        cands = variant_of[key] = index[got[0]] if len(got) == 1 else None
                if cands and (after_infant_noun(doc, ti) if key in surnames else self._child_of_name(doc, key, child)):
                    # round lo899: «إحراق الرضيع دوابشة»: the child, not «سعد دوابشة» his father; only a person
                    # named as a child himself («الرضيع علي دوابشة») is he. Round en907: so is a given name alone in
                    # an article that names a child by it («الطفل أحمد»): not «أحمد الطيبي», the grown man
                    cands = [c for c in cands if any(after_infant_noun(doc, mt) for m in c.mentions
                                                     if (mt := doc.token_at(m.start)) is not None)]
                if not cands:
                    continue
                nxt = toks[ti + 1].norm_key if ti + 1 < len(toks) else ""
                if nxt and self.g.is_name_word(nxt) and nxt not in index:
                    break  # the start of another, unknown name
                if nxt and key not in surnames and nxt not in index and given_and_family(self.g, key, nxt):
                    break  # «محمد المسهر»: a given name and a family name the earlier man does not bear
                if nxt and key not in surnames and not key.startswith("ال") \
                        and "g" in getattr(self.g.name_word(key), "flags", "") \
                        and (nm := self.first_name_of_next(doc, clusters, toks, ti)) is not None:
                    nm.start = t.start + off  # «علي شايف الحريري» where the tagger read «شايف الحريري»: his given
                    nm.text = doc.text[nm.start : nm.end]  # name, not Saleh's; the name takes it in
                    nm.key = norm_key(nm.text)
                    nm.attrs["widened_by"] = "given-name"
                    self.to_given_owner(clusters, nm)
                    break
                before = self._listed_one([c for c in cands if c.mentions[0].start < t.start], doc)
                pick = max(before, key=lambda c: max(m.start for m in c.mentions if m.start < t.start)) \
                    if before else min(cands, key=lambda c: c.mentions[0].start)
                start = t.start + off
                last = out[-1] if out else None
                if last is not None and not off and doc.text[last.end : start].isspace() \
                        and any(o is last for o in pick.mentions):
                    last.end = t.end  # «رياك مشار» where the tagger read neither: the given name and the surname
                    last.text = doc.text[last.start : last.end]  # of one person are one mention
                    last.key = norm_key(last.text)
                    break
                m = Mention(start, t.end, doc.text[start : t.end], "PERSON", "coref", key, None,
                            {"via": "name-part"})
                pick.mentions.append(m)
                out.append(m)
                break
        return out

    @staticmethod
    def _child_of_name(doc: Doc, key: str, seen: dict[str, bool]) -> bool:
        """Does the article name a child by the given name ``key`` alone, right after a noun of a child («الطفل
        أحمد», ``kinship.after_infant_noun``)? Then that name alone is no short form of a grown man's full name
        («أحمد الطيبي»). ``seen`` keeps the answers for the article."""
        got = seen.get(key)
        if got is None:
            got = seen[key] = any(after_infant_noun(doc, ti) for ti, t in enumerate(doc.tokens)
                                  if any(k == key for k, _, _ in clitic_variants(t.text)))
        return got

    def _titled(self, toks: list[Token], ti: int) -> bool:
        """The word before is a title: «السيد صدر» names the man «الصدر» where «ما صدر» does not."""
        prev = toks[ti - 1].norm_key.removeprefix("ال") if ti else ""
        return (prev,) in self.g.titles

    @staticmethod
    def to_given_owner(clusters: list[Cluster], nm: Mention) -> None:
        """A name widened by its given name goes to the person of that given name and surname where the one it
        was clustered with has another («علي دوابشة»: the child «علي سعد دوابشة», not his father «سعد محمد
        دوابشة», whose surname alone it matched)."""
        parts = name_parts(nm.text)
        home = next((c for c in clusters if any(m is nm for m in c.mentions)), None)
        if home is None or len(parts) < 2 or any(same_word(parts[0], f[0]) for f in home.fulls):
            return
        owner = next((c for c in clusters if c is not home and c.kind == "person" and any(
            same_word(parts[0], f[0]) and same_word(parts[-1], f[-1]) for f in c.fulls)), None)
        if owner is not None:
            home.mentions = [m for m in home.mentions if m is not nm]
            owner.mentions.append(nm)

    @staticmethod
    def first_name_of_next(doc: Doc, clusters: list[Cluster], toks: list[Token], ti: int) -> Mention | None:
        """The person name found right after the given name at ``toks[ti]`` that the name is the first word of (the
        tagger left it off: «علي» + «شايف الحريري»); None where no such name follows."""
        nxt = toks[ti + 1]
        if doc.text[toks[ti].end : nxt.start].strip():
            return None
        return next((m for c in clusters if c.kind == "person" for m in c.mentions
                     if m.start == nxt.start and m.type == "PERSON" and m.source in ("model", "names")), None)

    def titles_only(self, doc: Doc, found: Found, clusters: list[Cluster],
                    covered: bytearray) -> list[Mention]:
        """«الوزير الفرنسي» → the French minister named before; «نظيره العراقي» → the Iraqi named before."""
        out = []
        persons = [c for c in clusters if c.kind == "person"]
        for hit in found.titles:
            if hit.person is not None or not (hit.definite or hit.relation) or named_right_after(doc, hit, found):
                continue
            cands = []
            former = any(w in doc.text[hit.start : hit.end] for w in OUSTED)
            if bare_president(doc, hit):  # «الرئيس» alone: the article's one president, or no one
                if adjective_president(self.g, doc, hit):
                    continue  # «الهدف الرئيس», «الرئيس المشارك لحزب ...» (round ents100)
                sole = sole_president(self.g, persons, hit)
                persons_now = [sole] if sole is not None and not former else []
            else:
                persons_now = persons
            for c in persons_now:
                prior = [m for m in c.mentions if m.start < hit.start]
                if not prior:
                    continue
                # «الرئيس» is not the «الرئيس السابق» named before, unless it says so
                current = [m for m in c.mentions
                           if former or not any(w in str(m.attrs.get("role") or "") for w in OUSTED)]
                heads = {m.attrs.get("head") for m in current}
                # («الرئيس المصري» is not «الرئيس المصري الراحل» X, though X is called «الرئيس» too)
                countries = {m.attrs.get("role_country") for m in (c.mentions if hit.relation else current)} - {None}
                ok = hit.country is not None and hit.country in countries if hit.relation else hit.head in heads and (
                    hit.country is None or hit.country in countries or not countries and former and any(  # «وزير
                        w in str(m.attrs.get("role") or "") for m in current for w in OUSTED))  # (المصري) السابق»
                if ok and hit.portfolio:  # «وزير النقل» is not the «وزير الداخلية» named before
                    held = {norm_key(w) for m in c.mentions for r in (m.attrs.get("role"), *m.attrs.get(
                        "extra_roles", ())) if r for w in str(r).split()}
                    ok = all(k in held for k in hit.portfolio)
                if ok:
                    cands.append((max(m.start for m in prior), c))
            if not cands or not hit.relation and len(cands) > 1 and len(doc.text[hit.start : hit.end].split()) > 1:
                continue  # a title phrase two persons hold («وزير الخارجية»): not told which (a bare «الوزير» is
                # the latest; a counterpart is the latest person's)
            _, c = max(cands, key=lambda x: x[0])
            end = hit.end if (cut := covered.find(1, hit.start, hit.end)) < 0 else cut
            while cut >= 0 and end > hit.start and not doc.text[end - 1].isspace():
                end -= 1  # «المتحدث الرسمي لمركز ...»: not the «ل» of the body named after it
            text = title_before_body(doc.text[hit.start : end])  # (nor «باسم»: «المتحدث باسم | الحكومة اليمنية»)
            if not text or any(covered[hit.start : hit.start + len(text)]):
                continue
            m = Mention(hit.start, hit.start + len(text), text, "PERSON", "coref", norm_key(text), None, {
                "via": "title", "head": hit.head, **({"role_country": hit.country} if hit.country and former else {})})
            c.mentions.append(m)
            out.append(m)
        return out

    def anaphors(self, doc: Doc, clusters: list[Cluster], covered: bytearray) -> list[Mention]:
        out: list[Mention] = []
        words = frozenset(k[0] for k in self.g.anaphors if len(k) == 1)  # (the rows looked up: one word each)
        if words.isdisjoint(doc_keys(doc)):
            return out  # (no token can be read as one of them)
        toks = doc.tokens
        sent_starts = [s.start for s in doc.sentences]
        for i, t in enumerate(toks):
            if covered.find(1, t.start, t.end) >= 0:
                continue
            for key, off, _ in clitic_variants(t.text):
                if key not in words:
                    continue
                hit = self.g.anaphors.get((key,))
                if hit is None:
                    continue
                kinds, back = hit
                if _introduces(toks, i):
                    break  # «الجماعة السورية التي تعرف باسم «الفرقة 30»»: a new body, named next, not the last one
                si = bisect_right(sent_starts, t.start) - 1
                nxt = toks[i + 1].norm_key if i + 1 < len(toks) and toks[i + 1].start < (
                    sent_starts[si + 1] if si + 1 < len(sent_starts) else len(doc.text)) else ""
                best: tuple[bool, tuple[bool, int, int], Cluster] | None = None
                head = key.removeprefix("ال")
                for c in clusters:
                    if c.kind in kinds:
                        # a group named with the same head noun first («الحركة» → «حركة طالبان», not the «داعش»
                        # named since), then the nearest
                        named = any(m.key.split()[:1] == [head] for m in c.mentions if m.key)
                        if (nxt.startswith("ال") and nxt.endswith(("يه", "ية")) or self._scope(nxt)) and not any(
                                nxt in m.key.split() for m in c.mentions if m.key) \
                                and not (self._scope(nxt) and _written_after(doc, c, nxt)):
                            continue  # «والحركة الشعبية» after «حزب الاستقلال»: another body's name, no anaphor
                            # («الجماعة الحوثية» after «الميليشيات الحوثية» is it); «التحالف الإقليمي» after
                            # «التحالف الدولي»: another coalition (round ents99)
                    elif "named" in kinds and c.mentions[0].type == "ORGANIZATION" and c.kind != "media":
                        named = self._named_with(c, head, nxt)  # («وبحسب وكالة رويترز»: a source cited, no body)
                        if not named:
                            continue
                    else:
                        continue
                    # («ووصف الوزير لقاءه مع نظيره الروسي ... وقال معاليه»: the minister, not his counterpart)
                    prior = [m.start for m in c.mentions if m.start < t.start and not (
                        "person" in kinds and m.source == "coref" and self._relation(m))]
                    gap = si - (bisect_right(sent_starts, max(prior)) - 1) if prior else back + 1
                    if prior and gap <= back:
                        # (round ents97) «التنظيم» where the group named with that head was last seen two
                        # sentences back or more: the nearest group wins («وظهور تحقيقات عن التنظيم» after «أحرار
                        # الشام», not «تنظيم داعش»); «الصندوق» still takes the one fund named, however far
                        named = named and (gap <= 1 or head != _ORGANISATION)
                        rank = honored_rank(key, [m for m in c.mentions if m.start in prior], max(prior))
                        if best is None or (named, rank) > best[:2]:  # «وشدد معاليه»: the one of his rank
                            best = (named, rank, c)
                if best is None:
                    if head == _COALITION and nxt and self._scope(nxt, countries=False) and not off:
                        # «التحالف الإقليمي» after «التحالف الدولي»: a coalition of its own (round ents99)
                        end = toks[i + 1].end
                        gid = "ORGH:" + norm_key(doc.text[t.start : end]) + ":"
                        m = Mention(t.start, end, doc.text[t.start : end], "ORGANIZATION", "anaphor",
                                    norm_key(doc.text[t.start : end]), None,
                                    {"via": "scoped-body", "gid": gid, "actor": "IGOCOA", "kind": "coalition"})
                        clusters.append(Cluster(mentions=[m], gid=gid, kind="coalition"))
                        out.append(m)
                    break
                start = t.start + off
                m = Mention(start, t.end, doc.text[start : t.end], best[2].mentions[0].type, "anaphor", key, None,
                            {"via": "anaphor"})
                best[2].mentions.append(m)
                out.append(m)
                break
        return out

    def _scope(self, key: str, countries: bool = True) -> bool:
        """Is ``key`` an adjective of a body's scope or, with ``countries``, its country («الإقليمي», «الدولي»,
        «العربي», «اليمني»), which tells one coalition or alliance from another of the same head noun («التحالف
        الإقليمي» is not «التحالف الدولي»)? Not a describing one: «التنظيم الإرهابي» is the group named before. (A
        country's names no coalition of its own: «التحالف التركي - الأميركي» is two states' alliance.)"""
        return key in _REGIONAL or key in fw_keys("international_adjectives") or countries and key.startswith("ال") \
            and key in self.g.nisba

    def _relation(self, m: Mention) -> bool:
        """Is the mention a title relative to another person («نظيره», «نائبه»)?"""
        got = self.g.titles.get((str(m.attrs.get("head") or "").split()[0],)) if m.attrs.get("head") else None
        return got is not None and got.kind == "relation"

    @staticmethod
    def _named_with(c: Cluster, head: str, nxt: str) -> bool:
        """Is the organisation named with the head noun ``head``, which a row of kind ``named`` refers to it by
        («المنظمة» → «منظمة العفو الدولية», «الوكالة» → «الوكالة الدولية للطاقة الذرية»)? Where an adjective in «ية»
        follows the noun (``nxt``), only a name that goes on with it («الوكالة الدولية» → «الوكالة الدولية للطاقة
        الذرية»): «الهيئة السياسية» after «الهيئة العامة للائتلاف», «والمنظمة العالمية لمناهضة التعذيب» after «منظمة
        العفو الدولية» is another body."""
        keys = [m.key.split() for m in c.mentions if m.key and m.source != "anaphor"]
        named = [k for k in keys if k[0].removeprefix("ال") == head]
        if nxt.startswith("ال") and nxt.endswith(("يه", "ية")):
            return any(k[1:2] == [nxt] for k in named)
        return bool(named)
