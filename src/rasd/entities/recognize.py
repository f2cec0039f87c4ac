"""Mention finding by rules over the gazetteers: names, titles and roles, government bodies, person names.

The engine walks each sentence once, left to right, trying at each token (in its clitic readings) the longest
title, government body («الحكومة العراقية»), gazetteer name, then a run of person-name words. A title's run (its
complements and the name after it) is :mod:`.titlerun`'s, the readings next to it :mod:`.titlereadings`'. Everything
it knows comes from the tables in ``src/rasd/data/gazetteer/``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Mention, Token
from ..text.normalize import has_tanween, norm_key
from .gazetteer import Entry, hamza_misread, noun_reading, pronoun_reading
from .lookups import enthusiasm, word_not_brand
from .namerun import NAME_FINALS, name_run, nisba, western
from .titlerun import TitleRun
from .units import JOINERS, NASAB, Found, Unit, units
from ..events.forms import fw  # data only (closed word lists), no stage

INSTITUTIONS = frozenset(norm_key(w) for w in (
    "جامعة", "مستشفى", "مطار", "مدينة", "شارع", "مسجد", "مركز", "مؤسسة", "كلية", "قاعدة", "جسر", "ميناء", "قصر",
    "مجمع", "جائزة", "معهد", "مكتبة", "ملعب", "استاد", "حي", "ميدان", "مدرسة", "جامع", "منتجع", "برج",
))  # fmt: skip
_PLACE_BEFORE = frozenset(norm_key(w) for w in ("في", "من", "إلى", "قرب", "داخل", "حول", "أطراف", "محيط", "بلدة"))


class Recognizer(TitleRun):
    def find(self, doc: Doc, sentences: Sequence[Sequence[Token]]) -> Found:
        found = Found()
        for si, toks in enumerate(sentences):
            found.evidence.append(set())
            self._sentence(doc, units(toks), si, found)
        self._join_forces(found)
        return found

    def _town_of_title(self, units: list[Unit], i: int, tn: int) -> bool:
        """Is the title at ``i`` («الشيخ») the first word of a listed town's whole name («جنوب الشيخ زويد», «في
        الشيخ مسكين»), no person's? Not where a name runs on past the town («الشيخ بدر بن سلطان»), nor, where the
        word after the title is a given name («بدر»), without a place word or «في/بـ» right before it («قال الشيخ
        بدر»)."""
        n, e, _ = self._longest(units, i, self.g.phrases)
        if n <= tn or not isinstance(e, Entry) or e.kind not in ("city", "capital"):
            return False
        end = i + n
        if end < len(units) and not units[end].punct and not units[end].gap and (
                units[end].key in NASAB or name_run(self.g, units, end, after_title=False)):
            return False
        word = self.g.name_word(units[i + tn].key)
        return word is None or "f" not in word.flags or self._placed_after(units, i)

    @staticmethod
    def _placed_after(units: list[Unit], i: int) -> bool:
        """Does a place word, a compass word or a preposition of place come right before ``units[i]`` («جنوب»,
        «مدينة», «في»), or «بـ» on it («بالشيخ»)?"""
        if any(pre in ("ب", "وب") for _, _, pre in units[i].variants):
            return True
        prev = units[i - 1] if i and not units[i - 1].punct else None
        return prev is not None and any(v in _PLACE_BEFORE or v in fw("compass") or v in fw("locative_place_heads")
                                        for v, _, pre in prev.variants if pre in ("", "و", "ب", "ل"))

    def _sentence(self, doc: Doc, units: list[Unit], si: int, found: Found) -> None:
        i = 0
        free = 0  # first unit not yet inside a mention or title
        last_person: Mention | None = None
        while i < len(units):
            u = units[i]
            step = self._quoted_org(doc, units, i, found) if u.gap and not u.punct else 0
            if step:
                i += step
                free = i
                continue
            if u.punct or self._inert(u):
                i += 1
                continue
            nis = nisba(self.g, u)
            if nis:
                found.evidence[si].add(nis)
            # 1. a title, its complements, and the name after it (not inside a named institution: «جامعة الملك
            # سعود» is a university, «مطار الملك خالد» an airport)
            tn, title, toff, definite, relation = self._title_at(units, i)
            if tn and i > 0 and any(v in INSTITUTIONS for v, _, _ in units[i - 1].variants):
                tn = 0  # (also with a clitic: «لمركز الملك سلمان»)
            if tn and i > 0 and any(v in JOINERS for v, _, _ in units[i - 1].variants):
                tn = 0  # «عبد الرقيب العمري»: a rank after «عبد» is the second half of a given name
            if tn and self._town_of_title(units, i, tn):
                tn = 0  # «جنوب الشيخ زويد»: a listed town whose name opens with a title, read by the gazetteer
            if tn:
                start = i
                i, last_person = self._title(doc, units, i, tn, title, toff, definite, relation, si, found,
                                             last_person)
                i = free = self._bodies_in_title(doc, units, start + tn, i, si, found)
                continue
            # 2. a government body with its country: «الحكومة العراقية», «وزارة الخارجية العراقية»
            # (a force or government named by description: «قوات النظام», «حكومة العراق»: :mod:`.forces`)
            step = self._described_body(doc, units, i, si, found) or self._constructed_body(doc, units, i, si, found) \
                or self._org_head(doc, units, i, si, found)
            if step:
                i += step
                free = i
                continue
            # 3. a gazetteer name
            n, e, off = self._longest(units, i, self.g.phrases)
            if n == 1 and off and isinstance(e, Entry) and e.kind == "city" and len(units[i].tok.text) - off <= 4:
                n = 0  # «بابها» is not ب + «أبها»: short towns only without a clitic (a town of two words after
                # one, «بشرم الشيخ», is read: round 75)
            if n and isinstance(e, Entry) and e.type == "PERSON" and units[i].tok.text[off:].endswith("ى") \
                    and units[i].key.endswith("علي") and len(e.name.split()) < 3 \
                    and not any(i >= t and tuple(u.key for u in units[i - t : i]) in self.g.titles for t in (1, 2, 3)):
                n = 0  # «أصدر على مهدي هاشمي حكما»: «على» (against) folds to «علي», the name is written with «ي»
                # (a full name of three words, «على عبد الله صالح», or one after a title is the man's)
            prev = units[i - 1].tok.text if i and not units[i - 1].punct else ""
            if n == 1 and isinstance(e, Entry) and (pronoun_reading(units[i].tok.text[off:], e, prev)
                                                    or noun_reading(units[i].tok.text[off:], e, prev)):
                n = 0  # «بريده الإلكتروني»: his mail, not Buraydah; «في مشهد مؤثر»: a scene, not Mashhad
            if n == 1 and not off and isinstance(e, Entry) and e.type == "LOCATION" and self._adjective_reading(units, i):
                n = 0  # «سؤال عسير» (a difficult question): an adjective after its noun, not the region Asir
            if n == 1 and isinstance(e, Entry) and word_not_brand(units[i].tok.text, off, e):
                n = 0  # «وابل الانتقادات» (a barrage of criticism): no «و» + Apple
            if n == 1 and isinstance(e, Entry) and hamza_misread(units[i].tok.text[off:], e):
                n = 0  # «وفقر مؤلمين» (painful): no Mawlamyine
            if n == 1 and isinstance(e, Entry) and e.type == "ORGANIZATION" and enthusiasm(
                    units[i].tok.text, off, prev, units[i + 1].tok.text if i + 1 < len(units) else ""):
                n = 0  # «استقبلوه بحماس كبير»: with enthusiasm, not with Hamas
            if n == 1 and i + 1 < len(units) and not units[i + 1].punct and units[i + 1].key in NAME_FINALS:
                n = 0  # «بوستان أوغلو»: a Turkish surname, not the town Bustan
            if n == 1 and has_tanween(units[i].tok.text):
                n = 0  # «ميلاً» (a mile), «عمراً»: a word with tanween is a common noun or adverb, not a name
            # a name run opens on a name word (the common case, no name, costs one lookup)
            run = name_run(self.g, units, i, after_title=False) if self.g.is_name_word(u.key) else 0
            if n and isinstance(e, Entry) and not (e.type != "PERSON" and run > n and western(self.g, units, i, run)):
                back = 0
                while e.type == "PERSON" and back < 2 and not off and i - back - 1 >= free and not units[i - back].gap \
                        and self.g.is_name_word(units[i - back - 1].key) and not self._closes_phrase(units, i - back - 1):
                    back += 1  # «علي» + «عبد الله صالح» (not over a proclitic: «كيري وعادل الجبير» are two men)
                if back:
                    i, n, off = i - back, n + back, 0
                if e.type == "PERSON" and self._family_after(units, i, n):
                    # «عبدالله بن عبدالعزيز الجربوع»: another man, whose father shares a king's name; the whole name,
                    # no link
                    m = self._mention(doc, units, i, n + 1, off, "PERSON", "names")
                    found.mentions.append(m)
                    last_person = m
                    i += n + 1
                    free = i
                    continue
                m = self._entry_mention(doc, units, i, n, off, e, si, found)
                found.mentions.append(m)
                if e.type == "PERSON":
                    last_person = m
                i += n
                free = i
                continue
            # 4. a run of person-name words that includes a Western (transliterated) name
            if run >= 2 and western(self.g, units, i, run):
                m = self._mention(doc, units, i, run, 0, "PERSON", "names")
                found.mentions.append(m)
                last_person = m
                i += run
                free = i
                continue
            i += 1

    def _family_after(self, units: list[Unit], i: int, n: int) -> bool:
        """Does a listed name that ends on a father's name («عبدالله بن عبدالعزيز») go on at ``units[i + n]`` with a
        definite family name of the name lists («الجربوع»)?"""
        j = i + n
        if n < 3 or j >= len(units) or units[j].punct or units[j].gap or units[i + n - 2].key not in NASAB:
            return False
        k = units[j].key
        return k.startswith("ال") and self.g.is_name_word(k)
