"""The country a person's apposition names, given to the bare bodies inside it and to the person (round 79).

«عبد الرقيب سيف فتح، وزير الإدارة المحلية اليمني وعضو اللجنة العليا للإغاثة»; «جديع القحطاني، رئيس اللجنة
التنفيذية، والمتحدث الرسمي باسم الانتخابات البلدية في السعودية»; «عامر حسن فياض، عميد كلية النهرين في جامعة بغداد».

The apposition: after the person's name and a comma, a clause that opens on a title of office or rank, and the
clauses after it that open on «و» + a title («، والمتحدث الرسمي ...»), each up to the next comma or stop or a
relative pronoun («الذي»); not a clause that names a person (another one's title in a list). Where it
names one country, and one only — a country adjective outside a body's name («اليمني»), a place of a country
(«في السعودية»), or a body named by a place of its own country («جامعة بغداد») — then

- a body inside it that no list holds (no code), named by a bare head of a committee, a ministry, an authority or
  a council (``apposition_body_heads``: «اللجنة التنفيذية», «اللجنة العليا للإغاثة»), and of no country yet, is of
  that country;
- the person, of no country yet, is of it too where the title's own clause names it by such a body of a town
  alone («عميد ... في جامعة بغداد»; not a country adjective, a place or «جامعة كولومبيا»: where a person works
  tells no more); the person's own country, where it differs, leaves all as it is.

A spokesman the sentence before leaves unnamed goes on by name (:func:`named_spokesmen`): «قال المتحدث باسم
المقاومة الجنوبية ... . وأضاف عبد العزيز الشيخ أن ...»: the person named right after «وأضاف», «وتابع» opening the
next sentence, of no country and no title, is that spokesman, of his body's country and code.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants

_STOPS = ".،,؛:()«»\"\n!?؟"
_MAX_CHARS = 220  # the apposition's length at most
_WORDS = re.compile(r"\S+")


def _title(g: Gazetteer, word: str) -> bool:
    """Is ``word`` (with its clitics; a feminine title by its masculine) a title of office or rank, an office word
    before a body (``office_words_before_body``: «المتحدث») or an academic title («عميد»)?"""
    words = fw_keys("office_words_before_body") | fw_keys("academic_titles")
    for k, _, _ in clitic_variants(word):
        if k in words:
            return True
        for key in (k, k[:-1] if k.endswith("ه") else k):
            t = g.titles.get((key,)) or g.titles.get((key.removeprefix("ال"),))
            if t is not None and getattr(t, "kind", "") in ("office", "rank"):
                return True
    return False


def _apposition(doc: Doc, g: Gazetteer, m: Mention, people: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """The titled apposition right after the person's mention ``m``: its start, the end of its first clause and its
    end, or None; a clause that names a person (``people``: the persons' spans) is another one's («، والمفتش العام
    ... اللواء X»), no part of it."""
    text = doc.text
    relatives = fw_keys("relatives") | {"و" + r for r in fw_keys("relatives")}
    pos = m.end
    if text[pos : pos + 2] not in ("، ", ", "):
        return None
    start = pos + 2
    end = first_end = -1
    cur = start
    first = True
    while cur < len(text) and cur - start < _MAX_CHARS:
        stop = next((i for i in range(cur, min(len(text), start + _MAX_CHARS)) if text[i] in _STOPS), None)
        if stop is None:
            return None  # (a clause that runs past the window is not read)
        words = text[cur:stop].split()
        if not words:
            break
        head = words[0]
        if not first:
            if not head.startswith("و") or not _title(g, head[1:]) or any(cur <= a < stop for a, _ in people):
                break
        elif not _title(g, head):
            return None
        rel = next((w.start() for w in _WORDS.finditer(text, cur, stop) if norm_key(w.group()) in relatives), None)
        if rel is not None:
            stop = rel  # «... للمؤتمر الذي اختتم بإعلان الرياض»: a relative clause tells of the body, not the title
        end = stop
        if first:
            first_end = stop
        first = False
        if rel is not None or text[stop] not in "،,":
            break
        cur = stop + 1
        while cur < len(text) and text[cur] == " ":
            cur += 1
    return (start, first_end, end) if end > start else None


def _inside(e: Entity, a: int, b: int) -> bool:
    return any(a <= sp.start and sp.end <= b for sp in e.mentions)


def _place_country(g: Gazetteer, word: str) -> str | None:
    """The country of the town or province ``word`` names (no country's name: «جامعة كولومبيا» is no Colombia's)."""
    hit = g.phrases.get((norm_key(word),))
    return str(hit.country) if isinstance(hit, Entry) and hit.type == "LOCATION" and hit.country \
        and hit.kind in ("capital", "city", "region") else None


def _town_bodies(g: Gazetteer, ents: list[Entity], a: int, b: int) -> set[str]:
    """The countries of the bodies inside ``a``..``b`` named by a town of their own country («جامعة بغداد»)."""
    return {str(e.country) for e in ents if e.type == "ORGANIZATION" and e.country and _inside(e, a, b)
            and any(_place_country(g, w) == e.country for w in e.name.split()[1:])}


def _countries(doc: Doc, g: Gazetteer, ents: list[Entity], a: int, b: int) -> set[str]:
    """The countries the span ``a``..``b`` names (see the module's doc)."""
    out: set[str] = set()
    bodies = [(sp.start, sp.end) for e in ents if e.type == "ORGANIZATION" for sp in e.mentions if a <= sp.start < b]
    for t in doc.tokens:
        if a <= t.start and t.end <= b and not any(s0 <= t.start < e0 for s0, e0 in bodies):
            for k, _, _ in clitic_variants(t.text):
                if k in g.nisba:
                    out.add(g.nisba[k])
                    break
    for e in ents:
        if not e.country or not _inside(e, a, b):
            continue
        if e.type == "LOCATION":
            out.add(str(e.country))
    return out | _town_bodies(g, ents, a, b)  # «جامعة بغداد»: a body named by a town of its own country


def apposition_countries(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Give the bare bodies of a person's apposition, and the person, the one country it names (in place)."""
    heads = fw_keys("apposition_body_heads")
    people = [(sp.start, sp.end) for x in ents if x.type == "PERSON" for sp in x.mentions]
    for e in ents:
        if e.type != "PERSON":
            continue
        for m in by_entity.get(e.id, ()):
            if m.source in ("coref", "anaphor"):
                continue
            span = _apposition(doc, g, m, people)
            if span is None:
                continue
            start, first_end, end = span
            got = _countries(doc, g, ents, start, end)
            if len(got) != 1 or e.country and e.country not in got:
                continue
            iso = next(iter(got))
            for b in ents:
                if b.type == "ORGANIZATION" and not b.country and not b.actor and "gazetteer" not in b.attrs \
                        and _inside(b, start, end) and norm_key(b.name.split()[0]) in heads:
                    b.country = iso
                    b.attrs["country_from"] = "apposition:" + e.id
            if not e.country and _countries(doc, g, ents, start, first_end) == _town_bodies(g, ents, start, first_end) == got:
                e.country = iso  # «X، عميد كلية ... في جامعة بغداد»: the one body of the title's clause, of a town
                e.attrs["country_from"] = "apposition_body"
            break


_GO_ON = frozenset(norm_key(w) for w in ("وأضاف", "وتابع", "وأوضح", "وأشار"))
_SAY = frozenset(norm_key(w) for w in ("قال", "وقال", "أكد", "وأكد", "أوضح", "وأوضح", "ذكر", "وذكر"))


def named_spokesmen(doc: Doc, ents: list[Entity]) -> None:
    """Give a person named after «وأضاف» at a sentence's start the country and code of the body whose unnamed
    spokesman spoke in the sentence before (see the module's doc; in place)."""
    heads = fw_keys("spokesman_heads")
    sents = doc.sentences
    for e in ents:
        if e.type != "PERSON" or e.country or e.roles or not e.mentions:
            continue
        first = min(sp.start for sp in e.mentions)
        n = next((i for i, s in enumerate(sents) if s.start <= first < s.end), None)
        if not n:
            continue
        opening = doc.text[sents[n].start : first].split()
        if len(opening) != 1 or norm_key(opening[0]) not in _GO_ON:
            continue
        prev = sents[n - 1]
        words = [(w.start(), w.end(), norm_key(w.group())) for w in _WORDS.finditer(doc.text, prev.start, prev.end)]
        for i in range(len(words) - 3):
            if words[i][2] not in _SAY or words[i + 1][2] not in heads:
                continue
            j = i + 2 + (words[i + 2][2] == norm_key("الرسمي"))
            if j >= len(words) or words[j][2] != norm_key("باسم"):
                continue
            at = words[j + 1][0] if j + 1 < len(words) else -1
            body = next((x for x in ents if x.type == "ORGANIZATION" and x.country and x.actor
                         and any(sp.start == at for sp in x.mentions)), None)
            end = next((sp.end for x in ents for sp in x.mentions if sp.start == at), -1)
            if body is None or any(x.type == "PERSON" and any(end <= sp.start < end + 30 for sp in x.mentions)
                                   for x in ents):
                continue  # (a spokesman named right after the body: «المتحدث باسم X فلان» is no unnamed one)
            e.country, e.actor = body.country, body.actor
            e.attrs["country_from"] = "spokesman:" + body.id
            break
