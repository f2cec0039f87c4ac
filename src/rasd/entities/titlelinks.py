"""A title alone that stands for exactly one person of the article, where :meth:`.coref.Coreference.titles_only`
finds no holder by his recorded role:

* the same title phrase written next to one person's name before («الشيخ X، ولي عهد أبوظبي نائب القائد الأعلى ...
  وقال ولي عهد أبوظبي نائب القائد الأعلى»): the phrase is his, and a later one alone is a mention of him, where
  no other person bears it;
* a lead that names a person by his office only («قطع النائب الأول للرئيس السوداني بجدية ...»), its next sentence
  bringing in one person, of no other office or country («وقال ... X»): the title is his (and his role).

A phrase of one word («الرئيس»), a former holder («الوزير السابق»), a title relative to another person («نظيره»)
and a phrase two persons bear make no link.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .attributes import FORMER
from .gazetteer import Gazetteer
from .units import Found, TitleHit

if TYPE_CHECKING:  # (coref asks this module about «الرئيس» alone)
    from .coref import Cluster

_GAP_WORDS = 4  # words between a name and the title phrase that follows it («، ولي عهد أبوظبي»)
_LEAD_WORDS = 3  # a lead's title stands among its first words («قطع النائب الأول ...»)
_GONE = (*FORMER, "المخلوع", "الراحل", "الراحلة")  # (coref.OUSTED) no longer in office, or dead: «للزعيم الراحل»


def _words(text: str) -> list[str]:
    return [norm_key(w) for w in text.replace("،", " ").replace(",", " ").split()]


def _plain(doc: Doc, hit: TitleHit, covered: bytearray) -> list[str] | None:
    """The words of a definite title phrase that names no one, is no former office and no relation; None else."""
    if hit.person is not None or not hit.definite or hit.relation or covered.find(1, hit.start, hit.end) >= 0:
        return None
    words = _words(doc.text[hit.start : hit.end])
    if len(words) < 2 or any(norm_key(w) in words for w in _GONE):
        return None
    return words


def _abroad(c: Cluster, country: str) -> bool:
    """Is the person's role that of another country than ``country`` («الرئيس السوري X» for a Qatari title)?"""
    held = {m.attrs.get("role_country") for m in c.mentions} - {None}
    return bool(held) and country not in held


def _honorific(role: str) -> bool:
    """Is the role an honorific or an academic title alone («الدكتور», «معالي»), no office?"""
    return norm_key(role) in {norm_key(w) for w in (*fw("academic_honorifics"), *fw("honorifics"))}


def _mention(doc: Doc, start: int, hit: TitleHit, role: bool) -> Mention:
    text = doc.text[start : hit.end].rstrip(" ،,")
    attrs: dict[str, object] = {"via": "title-phrase", "head": hit.head}
    if role:
        attrs.update(role=text, sector=hit.sector, role_country=hit.country)
    return Mention(start, start + len(text), text, "PERSON", "coref", norm_key(text), None, attrs)


class TitleLinks:
    """The two rules of the module's doc over one article's title hits and person clusters."""

    def __init__(self, doc: Doc, found: Found, clusters: Sequence[Cluster], stop: Collection[str]) -> None:
        self.doc = doc
        self.stop = stop
        self.found = found
        self.persons = [c for c in clusters if c.kind == "person"]
        self.sent_starts = [s.start for s in doc.sentences]

    def _sentence(self, at: int) -> int:
        return bisect_right(self.sent_starts, at) - 1

    def _words_before(self, at: int, n: int) -> list[str]:
        """The ``n`` words before offset ``at`` (fewer at the text's start), normalised."""
        return _words(self.doc.text[max(0, at - 80) : at])[-n:] if n else []

    def _tail(self, end: int, covered: bytearray) -> list[str]:
        """The words of the name a title phrase runs into («المتحدث باسم» + «منظمة ...»): the mentions right after
        it; none where a word no mention covers follows."""
        text = self.doc.text
        i = end
        while i < len(text) and text[i] == " ":
            i += 1
        j = i
        while j < len(text) and covered[j]:
            j += 1
        return _words(text[i:j])

    def _holder(self, h0: TitleHit, before: list[str]) -> tuple[Cluster, list[str]] | None:
        """The person a title hit is written beside: the name after it, or the name it follows in apposition, the
        words between («X، ولي عهد أبوظبي نائب ...» → X, «ولي عهد أبوظبي») being none or those ``before`` the later
        phrase too. A title after «و» is another person's («ميركل، ووزير الاقتصاد»)."""
        if h0.person is not None:
            got = next((c for c in self.persons if any((m.start, m.end) == (h0.person.start, h0.person.end)
                                                       for m in c.mentions)), None)
            return (got, []) if got is not None else None
        first = norm_key(self.doc.text[h0.start : h0.end].split()[0])
        if first.startswith("و") and first[1:].removeprefix("ال").startswith(h0.head.split()[0]):
            return None
        best: tuple[int, Cluster] | None = None
        for c in self.persons:
            for m in c.mentions:
                if m.end <= h0.start and (best is None or m.end > best[0]):
                    best = (m.end, c)
        if best is None:
            return None
        gap_text = self.doc.text[best[0] : h0.start]
        gap = _words(gap_text)
        if self._sentence(best[0]) != self._sentence(h0.start) or len(gap) > _GAP_WORDS \
                or any(ch in gap_text for ch in ".:«»()\"\n") or any(w in self.stop for w in gap) \
                or (gap and gap != before[len(before) - len(gap):]):
            return None
        return best[1], gap

    def apposed(self, covered: bytearray) -> list[Mention]:
        """Rule 1: a title phrase written beside exactly one person's name before stands for him alone."""
        out = []
        for hit in self.found.titles:
            words = _plain(self.doc, hit, covered)
            if words is None:
                continue
            before = self._words_before(hit.start, _GAP_WORDS)
            tail = self._tail(hit.end, covered)
            holders: dict[int, tuple[Cluster, list[str]]] = {}
            for h0 in self.found.titles:
                if h0.end > hit.start or _words(self.doc.text[h0.start : h0.end]) != words \
                        or self._tail(h0.end, covered) != tail:
                    continue
                got = self._holder(h0, before)
                if got is not None:
                    holders.setdefault(id(got[0]), got)
            if len(holders) != 1:
                continue
            (c, gap), = holders.values()
            countries = {m.attrs.get("role_country") for m in c.mentions} - {None}
            if hit.country is not None and countries and hit.country not in countries:
                continue  # «التقى الجبير وزير الخارجية الأميركي»: the Saudi is not the American
            start = self._back_over(hit.start, gap, covered)
            m = _mention(self.doc, start, hit, role=False)
            c.mentions.append(m)
            out.append(m)
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        return out

    def _back_over(self, start: int, gap: list[str], covered: bytearray) -> int:
        """The start of the title phrase taken back over the words before it that the apposition had before the
        same phrase («ولي عهد أبوظبي» of «ولي عهد أبوظبي نائب القائد الأعلى»), not over another mention."""
        text = self.doc.text
        for w in reversed(gap):
            j = start
            while j > 0 and text[j - 1].isspace():
                j -= 1
            k = j
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            if k == j or norm_key(text[k:j]) != w or covered.find(1, k, j) >= 0:
                break
            start = k
        return start

    def lead(self, covered: bytearray) -> list[Mention]:
        """Rule 2: the lead's title of one country, no one named in the lead, one person brought in by the next
        sentence whose role and country do not differ: the title is his."""
        toks = self.doc.tokens
        if len(self.sent_starts) < 2:
            return []
        for hit in self.found.titles:
            if self._sentence(hit.start) != 0:
                continue
            words = _plain(self.doc, hit, covered)
            if words is None or hit.country is None:
                continue
            first = [t for t in toks if self.sent_starts[0] <= t.start < hit.start]
            if len(first) >= _LEAD_WORDS:
                continue
            if any(self._sentence(m.start) == 0 and not _abroad(c, hit.country) for c in self.persons
                   for m in c.mentions):
                return []  # (a person of another country named in the lead, «دعم إيران لنظام بشار الأسد», is no
                # holder of the title)
            new = [c for c in self.persons if self._sentence(min(m.start for m in c.mentions)) == 1]
            if len(new) != 1:
                return []
            c = new[0]
            if any(m.attrs.get("role_country") not in (None, hit.country) or (
                    m.attrs.get("role") and m.attrs.get("head") != hit.head and not _honorific(str(m.attrs["role"])))
                   for m in c.mentions):  # («الدكتور X»: an honorific, no other office)
                return []
            m = _mention(self.doc, hit.start, hit, role=True)
            c.mentions.append(m)
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
            return [m]
        return []


_PRESIDENT = "رييس"  # the key of «رئيس» as a title head
_SOVEREIGN = frozenset({"ملك", "عاهل", "سلطان", "خادم الحرمين الشريفين"})  # other heads of state


def bare_president(doc: Doc, hit: TitleHit) -> bool:
    """Is the title «الرئيس» alone (with its clitics: «والرئيس», «للرئيس»), no country nor body after it?"""
    return hit.head == _PRESIDENT and not hit.portfolio and hit.country is None \
        and len(doc.text[hit.start : hit.end].split()) == 1


# round ents100: adjectives after «الرئيس» that make it the office of a body, no head of state: «الرئيس المشارك
# لحزب ...» (a co-chair), «الرئيس التنفيذي» (a chief executive), «الرئيس الفخري» (an honorary chairman)
_BODY_OFFICE_ADJECTIVES = frozenset(norm_key(w) for w in (
    "المشارك", "المشاركة", "التنفيذي", "الفخري", "الشرفي", "المناوب", "الدوري"))


def adjective_president(g: Gazetteer, doc: Doc, hit: TitleHit) -> bool:
    """Round ents100: is a bare «الرئيس» no head of state: the adjective «main» agreeing with the definite noun
    right before it («الهدف الرئيس», «السبب الرئيس»; not «السيد الرئيس», a title), or a body's office by the
    adjective right after it («الرئيس المشارك لحزب ...»)?"""
    k = doc.token_at(hit.start)
    if k is None:
        return False
    toks = doc.tokens
    if k + 1 < len(toks) and doc.text[hit.end : toks[k + 1].start].isspace() \
            and toks[k + 1].norm_key in _BODY_OFFICE_ADJECTIVES:
        return True
    if not toks[k].norm_key.startswith("ال") or k == 0:
        return False  # («والرئيس»: joined to the word before, no adjective of it)
    prev = toks[k - 1]
    key = prev.norm_key
    return doc.text[prev.end : hit.start].isspace() and key.startswith("ال") and len(key) > 3 \
        and (key[2:],) not in g.titles and (key,) not in g.titles


_STATE_NOUNS = frozenset(norm_key(w) for w in ("الجمهورية", "البلاد", "الدولة", "دولة"))


def _of_state(g: Gazetteer, role: str) -> bool:
    """Is the «رئيس» role a state's («الرئيس», «الرئيس الأميركي», «رئيس الجمهورية»), not a body's («رئيس الإقليم»,
    «رئيس الآلية الأفريقية», a bare «رئيس» before a name)?"""
    words = _words(role)
    if not words:
        return False
    if len(words) == 1:
        return words[0].startswith("ال")
    return all(w in g.nisba or w in _STATE_NOUNS or (
        (e := g.phrases.get((w,))) is not None and e.type == "LOCATION") for w in words[1:])


# round ents100: the bodies whose head a bare «الرئيس» never means: «رئيس الأركان» (a chief of staff), «رئيس
# الوزراء», «رئيس الحكومة» (a head of government)
_NOT_PRESIDENCIES = frozenset(norm_key(w) for w in ("الأركان", "أركان", "هيئة", "الوزراء", "الحكومة", "حكومة"))


def _chief_of_no_state(role: str) -> bool:
    """Round ents100: is the «رئيس» role a chief of staff's or a head of government's («رئيس الأركان»)?"""
    words = _words(role)
    return len(words) > 1 and words[1] in _NOT_PRESIDENCIES


def sole_president(g: Gazetteer, persons: Sequence[Cluster], hit: TitleHit) -> Cluster | None:
    """The one person of the article who is a state's president («الرئيس الأميركي», «رئيس الجمهورية»), where no
    other is one nor another head of state («الملك», «السلطان»); where no state's president is named, the one
    president of a body («رئيس الإقليم»). He must be named before ``hit``; None else: «الرئيس» alone is too many
    presidents to tell («الرئيس البشير» and «الرئيس المصري»)."""
    states: set[int] = set()
    bodies: set[int] = set()
    sovereigns: set[int] = set()
    for c in persons:
        for m in c.mentions:
            head, role = str(m.attrs.get("head") or ""), str(m.attrs.get("role") or "")
            if not role or any(w in role for w in _GONE):
                continue
            if head == _PRESIDENT and not _chief_of_no_state(role):
                # the role the head is of («الأمير X الرئيس العام لرعاية الشباب»: not «الأمير»)
                held = [str(r) for r in (role, *m.attrs.get("extra_roles", ())) if _words(str(r))[:1] and _words(
                    str(r))[0].removeprefix("ال") == _PRESIDENT]
                (states if held and _of_state(g, held[0]) else bodies).add(id(c))
            elif head in _SOVEREIGN:
                sovereigns.add(id(c))
    if sovereigns - states:
        return None
    holders = states or bodies
    if len(holders) != 1:
        return None
    got = next(c for c in persons if id(c) in holders)
    return got if any(m.start < hit.start for m in got.mentions) else None
