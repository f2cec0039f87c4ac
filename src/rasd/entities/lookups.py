"""The lookups the rule recognizer makes at a token: the longest table phrase, a title (also the representative's
office), and how far a title's complements reach (a portfolio after «لشؤون», a body after «باسم», a gloss in
brackets). :class:`~rasd.entities.recognize.Recognizer` builds on them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, Table, Title, strip_enclitic
from .namerun import name_run, nisba
from .crf import load_lexicon
from .units import BANKS, PARTICIPLE, Unit

_REPRESENTATIVE = frozenset(norm_key(w) for w in ("الممثل", "الممثلة"))
_REPRESENTATIVE_OF = frozenset(norm_key(w) for w in ("ممثل", "ممثلة"))  # indefinite: a body or a state follows
REPRESENTS = frozenset(norm_key(w) for w in ("الخاص", "الخاصة", "الأعلى", "العليا", "الدائم", "الدائمة", "الشخصي",
                                              "الشخصية", "التجاري", "الوطني", "الوطنية"))
_BODY_HEADS = ("gathering_heads", "described_firm_heads", "airline_heads", "party_name_heads", "council_name_heads",
               "summit_heads", "quoted_name_heads", "guild_heads", "linked_place_body_heads")


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The head nouns of named bodies, the function-word lists of :data:`_BODY_HEADS` in one set («قمة», «حزب»,
    «مجلس», «نقابة»): a word of one of them is no inert word (one lookup, not nine, for each of its readings)."""
    return frozenset[str]().union(*(fw(name) for name in _BODY_HEADS))


REPRESENTATIVE_TITLE = Title("GOV", "office")
# Definite words of a body's name after its head noun in a title («رئيس لجنة الإغاثة الدولية»; not on through
# «المقيمة في الرياض», where she lives)
MAX_BODY_WORDS = 2


def field_noun(key: str) -> bool:
    """Is ``key`` (without the article) shaped as an abstract noun of a field or an action: a feminine noun
    («تجارة», «مكافحة», «تنمية») or a verbal noun «تفعيل», «إفعال», «افتعال», «استفعال» («تعليم», «إعلام»,
    «استثمار»); not «وفد», «مرافق» (a retinue)?"""
    return len(key) >= 4 and (key.endswith("ه") or key.startswith("ت") or (key[0] == "ا" and key[-2] == "ا"))


def town_noun(units: list[Unit], k: int) -> bool:
    """Is ``units[k]`` a noun of a town or region (``locative_place_heads``: «مدينة», «ولاية», «محافظة»), bare or
    after «ل» or «ب» («لمدينة ديار بكر»)?"""
    return k < len(units) and not units[k].punct and any(
        pre in ("", "ل", "ب") and v in fw("locative_place_heads") for v, _, pre in units[k].variants)


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """The keys the taggers' lexicon gives the trigger class «orghead» (read once, not per look-up)."""
    return frozenset(k for k, v in load_lexicon().triggers.items() if v == "orghead")


class Lookups:
    def __init__(self, gaz: Gazetteer) -> None:
        self.g = gaz
        self._inert_memo: dict[str, bool] = {}  # surface -> no rule can start at it (bounded below)
        self._org_heads = _org_heads()

    def _inert(self, u: Unit) -> bool:
        """No rule can start at ``u``: none of its readings opens a title (also «ال» + office, or a relation
        with a pronoun), a government body or a gazetteer name, nor is a name word or a country adjective.
        Most words of a sentence (verbs, particles, common nouns) are skipped at the cost of one lookup."""
        text = u.tok.text
        got = self._inert_memo.get(text)
        if got is None:
            g, heads = self.g, body_heads()
            got = not (g.is_name_word(u.key) or any(
                k in g.titles.lens or k in g.org_heads.lens or k in g.phrases.lens or k in g.nisba
                or (k.startswith("ال") and k[2:] in g.titles.lens) or k in _REPRESENTATIVE or k in _REPRESENTATIVE_OF
                or k.removeprefix("ال") in BANKS or k in heads  # «سلطة منطقة العقبة» (round en537)
                or (k[-1:] in ("ا", "ه", "م") and (strip_enclitic(k) or "",) in g.titles)
                for k, _, _ in u.variants
            ))  # fmt: skip
            if len(self._inert_memo) > 100_000:
                self._inert_memo.clear()
            self._inert_memo[text] = got
        return got

    # ---------------------------------------------------------------------------------------- lookups
    def _longest(self, units: list[Unit], i: int, table: Table, *, first_variants: bool = True,
                 max_len: int | None = None) -> tuple[int, Any, int]:
        """(length, value, surface offset in the first token) of the longest ``table`` phrase at ``i``."""
        best: tuple[int, Any, int] = (0, None, 0)
        if units[i].punct:
            return best
        variants = units[i].variants if first_variants else units[i].variants[:1]
        limit = min(max_len or 99, len(units) - i)
        for key, off, _ in variants:
            for n in table.lens.get(key, ()):
                if n > limit or n <= best[0]:
                    continue
                if n > 1:
                    rest = units[i + 1 : i + n]
                    if any(u.punct for u in rest):
                        continue
                    k = (key, *(u.key for u in rest))
                else:
                    k = (key,)
                if k in table:
                    best = (n, table[k], off)
                    break
        return best

    def _title_at(self, units: list[Unit], i: int) -> tuple[int, Any, int, bool, bool]:
        """A title at ``i``: (length, Title, offset, definite, relation-with-enclitic)."""
        titles = self.g.titles
        written = units[i].tok.text
        n, t, off = self._longest(units, i, titles)
        if n and norm_key(written[off:]) in fw("titles_as_written") and norm_key(written[off:]) != written[off:]:
            return 0, None, 0, False, False  # «وإلى» folds to «والي» (a governor): only «والي» as written is he
        if n:
            vkey = next(v[0] for v in units[i].variants if v[1] == off)
            return n, t, off, vkey.startswith("ال"), False
        for key, off, _ in units[i].variants:
            if key in _REPRESENTATIVE and self._represents(units, i + 1):
                return 1, REPRESENTATIVE_TITLE, off, True, False
            if key in _REPRESENTATIVE_OF and self._represented(units, i + 1):
                return 1, REPRESENTATIVE_TITLE, off, False, False  # «ممثل الأمم المتحدة للعراق»
            if key.startswith("ال") and key[2:] in titles.lens and (key[2:] not in fw("titles_as_written")
                                                                   or norm_key(written[off:]) == written[off:]):
                # الوزير → وزير (office titles are listed bare)
                k = (key[2:],) + tuple(u.key for u in units[i + 1 : i + 3])
                for m in range(len(k), 0, -1):
                    tt = titles.get(k[:m])
                    if tt is not None and tt.kind == "office":
                        return m, tt, off, True, False
            if key[-1:] in ("ا", "ه", "م") and not (written.endswith("ة") and key in fw("masdars_not_titles")):
                # («بمساعدة» is a masdar, «with the help of», no «مساعد» + «ـه»; «نائبة» is a deputy)
                bare = strip_enclitic(key)
                if bare and (bare,) in titles and titles[(bare,)].kind == "relation":
                    return 1, titles[(bare,)], off, False, True
        return 0, None, 0, False, False

    def _listed_at(self, units: list[Unit], k: int) -> bool:
        """Does a title or a listed name start at ``k`` (where a portfolio, a body's name or an adjective ends)?"""
        return k < len(units) and bool(self._title_at(units, k)[0] or self._longest(units, k, self.g.phrases)[0])

    def _represented(self, units: list[Unit], j: int) -> bool:
        """Is ``units[j]`` (without a clitic) a country or an international body, whose representative «ممثل»
        before it is («ممثل الأمم المتحدة», «ممثل السعودية»), not an actor of films?"""
        n, e, off = self._longest(units, j, self.g.phrases) if j < len(units) else (0, None, 0)
        return bool(n) and not off and isinstance(e, Entry) and (
            e.kind == "country" or str(e.actor or "").startswith("IGO"))

    def _represents(self, units: list[Unit], j: int) -> bool:
        """After «الممثل» (the representative, or the actor of a film): «الخاص», «الأعلى», «الدائم»,
        «الشخصي», «التجاري», after a country adjective or not, make it the office («الممثل الأميركي الخاص
        للشؤون التجارية»); a country adjective alone does not («الممثل المصري عادل إمام» acts)."""
        if j < len(units) and nisba(self.g, units[j]):
            j += 1
        return j < len(units) and not units[j].punct and units[j].key in REPRESENTS


    def _gloss_end(self, units: list[Unit], j: int) -> int:
        """Where a gloss of one to three words in brackets at ``j`` ends («(البرلمان)», «(مجلس النواب)»); 0 where
        there is none, or a word of it is a name («(جون كيري)»)."""
        if units[j].tok.text != "(":
            return 0
        k = next((k for k in range(j + 1, min(j + 5, len(units))) if units[k].punct), 0)
        if not k or k == j + 1 or units[k].tok.text != ")" or any(
                name_run(self.g, units, m, after_title=False) or self._longest(units, m, self.g.phrases)[0]
                or (not units[m].key.startswith("ال") and self.g.is_name_word(units[m].key)) for m in range(j + 1, k)):
            return 0  # (nor one that holds a name: «رئيس الوزراء (العراقي حيدر) العبادي», «زعيم (النصرة)»)
        return k + 1 if k + 1 < len(units) else 0

    def _named_body(self, units: list[Unit], j: int) -> int:
        """Where the name of a body after «باسم» that no table lists ends: up to three definite words
        («المقاومة الجنوبية», «الحركة»), before a country adjective, a title, a listed name or a family name;
        0 where none starts at ``j``."""
        k = j
        while k < len(units) and k - j <= MAX_BODY_WORDS and not units[k].punct and not units[k].gap:
            key = units[k].key
            if not key.startswith("ال") or key in fw("relatives") or nisba(self.g, units[k]) \
                    or self._listed_at(units, k) \
                    or self.g.official_surname(key) or "f" in getattr(self.g.name_word(key), "flags", ""):
                break
            k += 1
        return k if k > j else 0

    def _construct_portfolio(self, units: list[Unit], j: int) -> bool:
        """Do ``units[j]`` and ``units[j + 1]`` make a construct after «لشؤون»: an indefinite noun (no name nor
        title) and a definite complement («لشؤون مجلس الوزراء», «لشؤون دول الخليج»)?"""
        if j + 1 >= len(units) or any(u.punct or u.gap for u in units[j : j + 2]):
            return False
        noun, comp = units[j].key, units[j + 1].key
        return not noun.startswith("ال") and comp.startswith("ال") and len(noun) >= 3 \
            and not self.g.is_name_word(noun) and not self._title_at(units, j)[0]

    def _portfolio_word(self, units: list[Unit], j: int) -> bool:
        """A definite adjective or complement (also after «و») of a portfolio in «لشؤون» («الخارجية»,
        «والإفريقية», «والأمن القومي»); not a title, a listed name nor a family name that opens the person."""
        u = units[j]
        if u.punct or u.gap or self._listed_at(units, j):
            return False
        keys = [(v, p) for v, _, p in u.variants if p in ("", "و")]
        # (a definite noun after «و» is the portfolio's second field: «لشؤون الاستخبارات والإرهاب»)
        return any(k.startswith("ال") and (len(k) >= 6 and k.endswith(("يه", "ي")) or k in self.g.complements.lens
                                           or (p == "و" and self.g.name_word(k) is None))
                   and not self.g.official_surname(k) and "f" not in getattr(self.g.name_word(k), "flags", "")
                   for k, p in keys)

    def _body_head(self, key: str) -> bool:
        """Is ``key`` the head noun of an organisation's name (the taggers' «orghead» words: مجموعة، مكتب، لجنة)?"""
        return key in self._org_heads

    def _field_conjunct(self, units: list[Unit], j: int) -> bool:
        """Is ``units[j]`` «و» + a definite field noun that is a second field of the office's complement before it
        («وزير الصناعة والتجارة», «وزير التعليم والتدريب»); not a title, a listed name or a name word?"""
        u = units[j]
        if u.punct or u.gap or self._listed_at(units, j):
            return False
        return any(p == "و" and k.startswith("ال") and field_noun(k[2:]) and self.g.name_word(k) is None
                   and not nisba(self.g, u) for k, _, p in u.variants)

    def _adjectives_end(self, units: list[Unit], k: int) -> int:
        """Where the definite adjectives from ``k`` on end (at most :data:`MAX_BODY_WORDS`; none a country
        adjective, a listed name or a title; nor a name word, unless a given name follows it: «للدرك الملكي محمد»)."""
        j = k
        while j < len(units) and j - k < MAX_BODY_WORDS and not units[j].punct and not units[j].gap \
                and units[j].key.startswith("ال") and units[j].key.endswith(("ي", "يه")) \
                and not nisba(self.g, units[j]) and not self._listed_at(units, j) \
                and (not self.g.is_name_word(units[j].key) or self._given_next(units, j + 1)):
            j += 1
        return j

    def _given_next(self, units: list[Unit], j: int) -> bool:
        """Does a given name (no article on it) stand at ``j``?"""
        return j < len(units) and not units[j].punct and not units[j].key.startswith("ال") \
            and "g" in getattr(self.g.name_word(units[j].key), "flags", "")

    def _body_purpose(self, units: list[Unit], j: int) -> int:
        """Where a body's purpose after its name ends: «ل» + a field noun and its definite object («المركز الوطني
        لمكافحة الإرهاب», «الهيئة العامة لتنمية الصادرات»), then that object's adjectives; 0 where none is
        (an adjective of the body's before it: «الوطني», a word too common for the name tables, is read too)."""
        if j + 2 < len(units) and units[j].key.startswith("ال") and units[j].key.endswith(("ي", "يه")) \
                and self._adjectives_end(units, j) == j + 1 and not units[j + 1].key.startswith("ال"):
            j += 1
        if j + 1 >= len(units) or any(u.punct or u.gap for u in units[j : j + 2]):
            return 0
        u, obj = units[j], units[j + 1]
        if any(p == "ل" and k.startswith("ال") and field_noun(k[2:]) and not self.g.is_name_word(k)
               for k, _, p in u.variants) and not self._listed_at(units, j) \
                and (end := self._adjectives_end(units, j + 1)) > j + 1 and self._run_goes_on(units, end):
            return end  # «اللجنة العليا للانتخابات البلدية بمكة المكرمة الدكتور»: «لل» + a field noun and its
            # adjectives, then the run's place or next title (round en395; «... للتحليل السياسي،» is the body's)
        if not any(p == "ل" and not k.startswith("ال") and field_noun(k) and not self.g.is_name_word(k)
                   for k, _, p in u.variants):
            return 0
        if not obj.key.startswith("ال") or self.g.is_name_word(obj.key) or nisba(self.g, obj) \
                or self._listed_at(units, j + 1):
            return 0
        return self._adjectives_end(units, j + 2)

    def _run_goes_on(self, units: list[Unit], j: int) -> bool:
        """Does a title's run go on at ``j``: a title word, or a listed place after «بـ» («بمكة المكرمة»)?"""
        if j >= len(units) or units[j].punct or units[j].gap:
            return False
        if any((k,) in self.g.titles or (k.removeprefix("ال"),) in self.g.titles for k, _, _ in units[j].variants):
            return True
        n, e, off = self._longest(units, j, self.g.phrases)
        return bool(n) and off > 0 and isinstance(e, Entry) and e.type == "LOCATION"

    def _office_branch(self, units: list[Unit], j: int) -> int:
        """Where a definite office's adjective and the body in «لـ» it serves end («(القائد) الجهوي للدرك الملكي»,
        «(القائد) المنتدب للحامية العسكرية»): a definite adjective (a relative adjective or a participle, no name
        word, country adjective or listed name), then «لل» + a definite noun no list has and its adjectives; 0
        where none is."""
        if j + 1 >= len(units) or any(u.punct or u.gap for u in units[j : j + 2]):
            return 0
        adj, body = units[j], units[j + 1]
        stem = adj.key.removeprefix("ال")
        if not adj.key.startswith("ال") or self.g.is_name_word(adj.key) or nisba(self.g, adj) \
                or self._listed_at(units, j) or not (stem.endswith("ي") or PARTICIPLE.match(stem)):
            return 0
        if not body.key.startswith("لل") or self._listed_at(units, j + 1) or self.g.is_name_word("ا" + body.key[1:]) \
                or self._body_head(body.key[2:]):
            return 0  # («العضو المنتدب للبنك التجاري»: a body's name, found as one)
        return self._adjectives_end(units, j + 2)


def word_not_brand(surface: str, off: int, e: Entry) -> bool:
    """Is a token the gazetteer reads as a company or medium after a proclitic («وابل»: و + «أبل», Apple) rather a
    word of its own («وابل», a barrage; «بابل», Babylon)? So it is where the whole token is a frequent word
    (Zipf ≥ 3) no more than one Zipf unit rarer than the name alone: a conjunction or preposition before a name
    makes a form much rarer than the name («وتويتر», «وجوجل»). A hamza written on the name («وأبل») keeps it."""
    if not off or e.kind not in ("company", "media") or any(ch in "أإآ" for ch in surface[off:]):
        return False  # («وأبل»: the hamza the word «وابل» lacks, the name's spelling)
    freq = load_lexicon().freq
    whole = freq.get(norm_key(surface), 0)
    return whole >= _WORD_ZIPF10 and whole >= freq.get(norm_key(surface[off:]), 0) - 10


_WORD_ZIPF10 = 30



def enthusiasm(surface: str, off: int, prev: str, nxt: str) -> bool:
    """Is ``surface``, read after ``off`` clitic letters as a group's name that is also the noun «حماس»
    (enthusiasm), that noun: with the article («الحماس», «بالحماس»), or in «بـ» after a verb of manner (``prev``)
    or before an adjective of degree (``nxt``) («استقبلوه بحماس», «شارك بحماس», «بحماس كبير»; not «أشاد بحماس», a
    verb whose «بـ» takes its object)?"""
    key = norm_key(surface)
    if key[off:] not in fw("enthusiasm_nouns"):
        return False
    if key[max(0, off - 2) : off] == "ال":
        return True  # «الحماس والشوق»
    if key[:off] != "ب":
        return False
    if norm_key(nxt) in fw("enthusiasm_degrees"):
        return True
    verb = norm_key(prev)
    verb = verb[1:] if verb[:1] in ("و", "ف") and verb[1:] in fw("enthusiasm_verbs") else verb
    return verb in fw("enthusiasm_verbs")
