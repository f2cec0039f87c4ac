"""The body an office's title names: where a definite noun and its adjectives end, a listed organisation after
head nouns, a town a body belongs to («مجلس عمالة طنجة»), a Moroccan municipality («الجماعة الحضرية لطنجة»), a
state named after it («في المملكة», «بدولة قطر»), a portfolio in «لشؤون» and a rank's own words before a name."""

from __future__ import annotations

from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry
from .homeland import STATE_SECTORS
from .lookups import MAX_BODY_WORDS, REPRESENTATIVE_TITLE, Lookups
from .namerun import name_run, nisba
from .units import Unit

AFFAIRS = frozenset(norm_key(w) for w in ("الشؤون", "شؤون", "الشئون", "شئون"))  # (also written «شئون»)
_ON_BEHALF = norm_key("باسم")  # «المتحدث باسم ...»: the body a spokesman speaks for follows
_RANK_WORDS = frozenset(norm_key(w) for w in ("ركن", "بحري", "طيار", "أول"))  # the words of a rank after its head


def title_before_body(text: str) -> str:
    """A title's words written before the body named after it, without the punctuation and the «باسم» that end
    them: «المتحدث باسم | الحكومة اليمنية» → «المتحدث» (the spokesman; the body is an entity of its own)."""
    text = text.rstrip(" ،,")
    words = text.split()
    if len(words) > 1 and norm_key(words[-1]) == _ON_BEHALF:
        return text[: len(text) - len(words[-1])].rstrip()
    return text


class BodyLookups(Lookups):
    def _genitive_end(self, units: list[Unit], j: int) -> int:
        """Where a definite noun at ``j`` and the adjectives after it end (at most :data:`MAX_BODY_WORDS` + 1 words,
        none a name, family name, country adjective, listed name, title or named group); 0 where none is."""
        k = j
        while k < len(units) and k - j <= MAX_BODY_WORDS and not units[k].punct and not units[k].gap:
            key = units[k].key
            if not key.startswith("ال") or key in self.g.stop or nisba(self.g, units[k]) \
                    or self.g.is_name_word(key) or self.g.official_surname(key) or self._listed_at(units, k) \
                    or key in fw("constituted_participles") or key in fw("named_group_heads") \
                    or key in fw("relatives") or (k > j and (not key.endswith(("ي", "يه"))
                                                            or (key,) in self.g.complements)):
                break  # (after the noun, adjectives only: «رئيس المراسم الملكية» + «الحفل», the verb's object)
            k += 1
        return k if k > j else 0

    def _listed_body(self, units: list[Unit], k: int) -> int:
        """Where a listed organisation's name (no clitic on it) starts at ``k`` or after up to two more indefinite
        head nouns of bodies («إدارة شركة سابك» after «مجلس»); 0 where none does."""
        for p in range(k, min(k + 3, len(units))):
            u = units[p]
            if u.punct or u.gap or u.key.startswith("ال"):
                return 0
            n, e, off = self._longest(units, p, self.g.phrases)
            if n and not off and isinstance(e, Entry) and e.type == "ORGANIZATION":
                return p
            if n or not (self._body_head(u.key) or u.key in fw("board_nouns")):
                return 0
        return 0

    def _closes_phrase(self, units: list[Unit], k: int) -> bool:
        """Is ``units[k]`` a definite word right after a definite word that is no name («الحزب الديمقراطي
        الكردستاني»): an adjective closing a body's name, not the first word of the person named after it?"""
        if k < 1 or not units[k].key.startswith("ال") or units[k - 1].punct or units[k].gap:
            return False
        prev = units[k - 1].key
        return prev.startswith("ال") and not self.g.is_name_word(prev)

    def _place_of_body(self, units: list[Unit], k: int) -> int:
        """Where a listed place starts that a body's head noun before ``k`` belongs to: right at ``k`` («مجلس
        طنجة») or after one indefinite common noun («مجلس عمالة طنجة», «مكتب محافظة الرياض»); 0 where none does."""
        for p in (k, k + 1):
            if p >= len(units) or units[p].punct or units[p].gap:
                return 0
            n, e, off = self._longest(units, p, self.g.phrases)
            if n and not off and isinstance(e, Entry) and e.type == "LOCATION":
                return p
            u = units[p]
            if p > k or u.key.startswith("ال") or u.key in AFFAIRS or self.g.is_name_word(u.key) \
                    or self._title_at(units, p)[0] or n:  # («رئيس دائرة شؤون القدس»: its portfolio, no town's)
                return 0
        return 0

    def _municipality(self, units: list[Unit], j: int) -> bool:
        """Is ``units[j]`` «الجماعة» of a Moroccan municipality, urban or rural («الجماعة الحضرية لطنجة»): an
        office's body, not a named group («زعيم الجماعة الإسلامية»)?"""
        return j + 1 < len(units) and units[j].key == norm_key("الجماعة") and not units[j + 1].punct \
            and units[j + 1].key in fw("municipal_adjectives")

    def _state_in(self, units: list[Unit], k: int, towns: bool = False) -> str | None:
        """The country named at ``k`` after «في» or in «بـ» («في المملكة العربية السعودية», «بدولة قطر»), else None;
        with ``towns``, also the country of a town or region named there («في عدن»: YEM)."""
        if k >= len(units) or units[k].punct or units[k].gap:
            return None
        link = 1 if units[k].key == "في" else 0
        if k + link >= len(units):
            return None
        n, e, off = self._longest(units, k + link, self.g.phrases)
        kinds = ("country", "capital", "city", "region") if towns else ("country",)
        if not n or not isinstance(e, Entry) or e.type != "LOCATION" or e.kind not in kinds or not e.country:
            return None
        if link == 0 and not (off == 1 and units[k].key.startswith("ب")):
            return None
        return e.country

    def _rank_name(self, units: list[Unit], k: int) -> bool:
        """Does a person's name follow at ``k``, past the words of a rank («(اللواء) ركن», a staff officer)?"""
        while k < len(units) and (cn := self._longest(units, k, self.g.complements, first_variants=False)[0]) \
                and units[k].key in _RANK_WORDS:
            k += cn
        return k < len(units) and bool(name_run(self.g, units, k, after_title=True))

    def _portfolio_head(self, units: list[Unit], i: int, j: int, tn: int, title: object) -> int:
        """How many words at ``j`` open the portfolio of the title at ``i`` (``tn`` words); 0 where none opens."""
        u = units[j]
        if title is REPRESENTATIVE_TITLE and j > i + tn and u.key.startswith("لل") and not self._listed_at(units, j):
            return 1  # «الممثل الأعلى للسياسة الخارجية»: the portfolio he represents
        if any(p == "ل" and v in AFFAIRS for v, _, p in u.variants) and (
                u.key.startswith("لل") or j + 1 < len(units) and units[j + 1].key.startswith("ال")):
            # «لشؤون الانتخابات»: the noun after «شؤون» whatever it is
            return 1 if u.key.startswith("لل") or self._listed_at(units, j + 1) else 2
        if any(p == "ل" and v in AFFAIRS and not v.startswith("ال") for v, _, p in u.variants) \
                and self._construct_portfolio(units, j + 1):
            return 2 if self._listed_at(units, j + 2) else 3  # «لشؤون مجلس الوزراء»: a noun and its complement
        return 0

    def _second_portfolio(self, units: list[Unit], j: int) -> int:
        """Where a second portfolio of an office's complement ends at ``units[j]``: «و» + a definite field noun and
        its adjectives («وزير الثقافة والإعلام», «والثروة المعدنية»), «و» + «الشؤون» and its adjectives («وزير العمل
        والشؤون الاجتماعية») or «و» + «شؤون» + a definite noun and its adjectives («وزير الخارجية وشؤون
        المغتربين»); 0 where none is (not «وشؤون» before a name, a country adjective or a listed name)."""
        if self._field_conjunct(units, j):
            return self._adjectives_end(units, j + 1)
        u = units[j]
        if u.punct or u.gap or not any(p == "و" and v in AFFAIRS for v, _, p in u.variants):
            return 0
        if any(p == "و" and v in AFFAIRS and v.startswith("ال") for v, _, p in u.variants):
            end = self._adjectives_end(units, j + 1)
            return end if end > j + 1 else 0
        if j + 1 >= len(units) or units[j + 1].punct or units[j + 1].gap:
            return 0
        obj = units[j + 1]
        if not obj.key.startswith("ال") or self.g.name_word(obj.key) is not None or nisba(self.g, obj) \
                or self._listed_at(units, j + 1):
            return 0
        return self._adjectives_end(units, j + 2)

    def _listed_state_body(self, units: list[Unit], j: int, cn: int) -> bool:
        """Round en421: does a listed body longer than the complement of ``cn`` words at ``j`` stand there, a state's
        body of its country («رئيس الديوان الملكي الهاشمي»: JORGOV, not the complement «الديوان الملكي») or an
        international one («مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية»)? Not a body of no state («الاتحاد الدولي
        لألعاب القوى», an NGO: the complement is read, as before)."""
        if self._state_head_body(units, j, cn):
            return True
        n, e, off = self._longest(units, j, self.g.phrases)
        if n <= cn or off or not isinstance(e, Entry) or e.type != "ORGANIZATION":
            return False
        actor = str(e.actor or "")
        return actor.startswith("IGO") or bool(e.country) and actor[3:] in STATE_SECTORS

    def _state_head_body(self, units: list[Unit], j: int, cn: int) -> bool:
        """Round en431: is the one-word complement at ``j``, right after «باسم», a state body's head of org_heads
        that needs no complement, with a state's adjective right after it («المتحدث باسم الرئاسة التونسية», «الناطق
        باسم الحكومة اليمنية»)? The body and its country are then read as a body (its mention kept), not as the
        title's complement. (Not a portfolio after a minister's title: «وزير الخارجية الأميركي» is one title.)"""
        if cn != 1 or j < 1 or j + 1 >= len(units) or units[j - 1].key != _ON_BEHALF or units[j].punct:
            return False
        head = self.g.org_heads.get((units[j].key,))
        return head is not None and not head[1] and nisba(self.g, units[j + 1]) is not None
