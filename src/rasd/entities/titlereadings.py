"""Readings of the words next to a title, for :class:`~rasd.entities.titlerun.TitleRun` and the sentence walk of
:class:`~rasd.entities.recognize.Recognizer`: a name that starts past an adjective and its complement or past
«سابقا» after a title, the listed official an indefinite title belongs to («محامي كلينتون»), and a place whose name
is also an adjective read as the adjective («سؤال عسير»)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .forces import DescribedForces
from .gazetteer import Entry
from .namerun import name_run, nisba
from .units import Found, Unit


class TitleReadings(DescribedForces):
    def _past_adjective(self, units: list[Unit], j: int, given_title: bool) -> int:
        """Where no name follows the title at ``j``: past an adjective and its complement in «بـ» or «في» («الناشط
        المختص بحقوق الإنسان كميل آل بوشوكة») to a name of two words or more that opens on a name-list word, or
        past «سابقا» to a name of two words or more."""
        if given_title or j + 3 >= len(units) or name_run(self.g, units, j, after_title=True):
            return j
        u, p = units[j], units[j + 1]
        if u.key in fw("former_adverbs") and not p.punct and name_run(self.g, units, j + 1, after_title=True) >= 2:
            return j + 1  # «نائب رئيس الموساد سابقا عميرام ليفين»: the title held once, then the name
        if p.punct or not u.key.startswith("ال") or u.key in self.g.stop or nisba(self.g, u) \
                or self._listed_at(units, j):
            return j
        if p.key == "في":
            k = j + 2
        elif len(p.variants) > 1 and any(pre == "ب" for _, _, pre in p.variants):
            k = j + 2
        else:
            return j
        while k < len(units) and k - j < 5 and not units[k].punct and units[k].key.startswith("ال") \
                and not nisba(self.g, units[k]):
            k += 1
        if k >= len(units) or units[k].punct or units[k].key.startswith("ال"):
            return j
        first = units[k]
        if not any(self.g.is_name_word(v) for v, _, _ in first.variants):
            return j
        return k if name_run(self.g, units, k, after_title=True) >= 2 else j

    def _possessor(self, doc: Doc, units: list[Unit], j: int, si: int, found: Found) -> Mention:
        """The listed official an indefinite title belongs to («محامي كلينتون»), with his entry where one word has one."""
        n, e, off = self._longest(units, j, self.g.phrases)
        if not (n == 1 and not off and isinstance(e, Entry) and e.type == "PERSON"):
            e = self.g.known_by_surname(units[j].key, doc.date)  # «كلينتون»: the one official the lexicon lists
        if isinstance(e, Entry):
            return self._entry_mention(doc, units, j, 1, 0, e, si, found)
        return self._mention(doc, units, j, 1, 0, "PERSON", "names")

    def _adjective_reading(self, units: list[Unit], i: int) -> bool:
        """Is ``units[i]``, a place whose name is also an adjective («عسير»: difficult), the adjective: bare, after an
        indefinite word that is no preposition, title, place or institution noun («أمير عسير», «نادي عسير», «في عسير»
        are the region)?"""
        if units[i].key not in fw("adjective_places") or not i or units[i - 1].punct or units[i - 1].gap:
            return False
        k = units[i - 1].key
        heads = fw("place_named_institutions") | {norm_key("نادي"), norm_key("منطقة"), norm_key("إمارة")}
        return not k.startswith(("ال", "وال", "لل")) and k not in fw("prepositions") and (k,) not in self.g.titles \
            and not any(v in heads or (v,) in self.g.titles for v, _, _ in units[i - 1].variants) \
            and not self._longest(units, i - 1, self.g.phrases)[0]
