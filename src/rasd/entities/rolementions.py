"""Round en835: an office in construct with a body, written again with no name, is a mention of the one person of
the article named with it.

«وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي ... وأضاف عضو لجنة الأمن والدفاع النيابية «أطالب
...»»: the second «عضو» (a head of ``role_body_heads``: «عضو», «رئيس», «نائب رئيس», «المتحدث باسم», «مدير») with
the same body after it and no name is the MP, so the speaker and the source are he, not the committee. A phrase is
named where a person's name follows its body (with a title of his between: «النائب X») or goes before it in
apposition («X، عضو لجنة ...»), or where the role recorded on a person is the phrase. A shorter body of two words
or more that begins the named one («رئيس لجنة العلاقات الخارجية» of «... في مجلس الشيوخ») is the same body.

No link where two persons are named with the phrase («عضو لجنة ... النائب A» and «عضو لجنة ... النائب B»), where
the holder is named only after it, nor for the body alone («وأكدت اللجنة»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from .bodies import title_before_body
from .units import Found, TitleHit

if TYPE_CHECKING:
    from .coref import Cluster

_APPOSED = re.compile(r"\s*[،,]\s*")  # «X، عضو لجنة ...»
_STOP = re.compile(r"\s*[«»\"():؛،,.]")  # a body ends at punctuation or a quote
_MIN_SHORT = 2  # words of a shortened body at least («لجنة العلاقات»)


def _words(text: str) -> list[str]:
    return [norm_key(w) for w in text.replace("،", " ").replace(",", " ").split()]


def _heads() -> list[list[str]]:
    return [_words(h) for h in fw("role_body_heads")]


def _head_len(words: list[str], heads: Sequence[list[str]]) -> int:
    """The number of words of the office head that begins ``words`` («المتحدث باسم» → 2; «رئيس» → 1); 0 where none
    does. The article and a «و» are read off the first word («ورئيس», «الرئيس»)."""
    if not words:
        return 0
    first = words[0]
    forms = {first, first.removeprefix("و"), first.removeprefix("ال"), first.removeprefix("و").removeprefix("ال")}
    for h in sorted(heads, key=len, reverse=True):
        if len(words) > len(h) and forms & {h[0], h[0].removeprefix("ال")} and words[1 : len(h)] == h[1:]:
            return len(h)
    return 0


class _Role:
    """One title hit read as head + body, with its body's words and offsets; ``body_like``: the body is a named
    one (a mention) or of two words at least («لجنة العلاقات الخارجية»), no office of one word («الوزراء»)."""

    def __init__(self, doc: Doc, hit: TitleHit, n_head: int, others: Sequence[Mention]) -> None:
        text = doc.text
        self.hit = hit
        end = hit.end
        for m in others:  # the body mention that the hit runs into («عضو» + «لجنة الأمن والدفاع النيابية»)
            if hit.start < m.start <= end + 1 and text[min(end, m.start) : m.start].strip() == "" and m.end > end:
                end = m.end
        stop = _STOP.search(text, hit.start, end)  # («عضو لجنة النزاهة النيابية «سنستدعي ...»: no quote's words)
        self.end = end = stop.start() if stop else end
        self.body_like = end > hit.end and not stop or len(_words(text[hit.start : end])) - n_head >= _MIN_SHORT
        self.head = _words(text[hit.start : hit.end])[:n_head]
        self.body = _words(text[hit.start : end])[n_head:]


def _same_body(short: list[str], full: list[str]) -> bool:
    return short == full or len(short) >= _MIN_SHORT and full[: len(short)] == short


def _named(doc: Doc, r: _Role, persons: Sequence[Cluster], titles: Sequence[TitleHit]) -> Cluster | None:
    """The person a role phrase is written beside: his name right after its body (or after a title of his there:
    «النائب X»), or right before it with a comma between («X، عضو ...»); None where none is."""
    text = doc.text
    after = r.end + len(text[r.end :]) - len(text[r.end :].lstrip(" "))
    starts = {after} | {t.person.start for t in titles if t.start == after and t.person is not None}
    if r.hit.person is not None:
        starts.add(r.hit.person.start)
    for c in persons:
        for m in c.mentions:
            if m.start in starts:
                return c
            if m.end < r.hit.start and _APPOSED.fullmatch(text[m.end : r.hit.start]) \
                    and not _words(text[r.hit.start : r.hit.end])[0].startswith("و"):
                return c
    return None


def _recorded(c: Cluster, r: _Role) -> bool:
    """Is the role recorded on a person of ``c`` this head + body («المتحدث باسم وزارة الداخلية»)?"""
    for m in c.mentions:
        for role in (m.attrs.get("role"), *m.attrs.get("extra_roles", ())):
            words = _words(str(role or ""))
            if words[: len(r.head)] == r.head and _same_body(r.body, words[len(r.head) :]):
                return True
    return False


def role_bodies(doc: Doc, found: Found, clusters: Sequence[Cluster], covered: bytearray) -> list[Mention]:
    """The rule of the module's doc: a :class:`Mention` of the holder for each role phrase of no name whose one
    holder was named before it."""
    heads = _heads()
    persons = [c for c in clusters if c.kind == "person"]
    others = [m for c in clusters if c.kind != "person" for m in c.mentions]
    roles = []
    for hit in found.titles:
        n = _head_len(_words(doc.text[hit.start : hit.end]) + ["_"], heads)
        if n:
            r = _Role(doc, hit, n, others)
            if r.body:
                roles.append((r, _named(doc, r, persons, found.titles)))
    out = []
    for r, who in roles:
        if who is not None or covered[r.hit.start] or not r.body_like or doc.text[r.end :].lstrip().startswith("(") \
                or any(m.start == r.hit.start for c in persons for m in c.mentions):
            continue  # («رئيس الوزراء (العراقي حيدر) العبادي»: named in brackets; «الوزراء» is an office, no body)
        holders = {id(c): c for q, c in roles if c is not None and q.head == r.head and _same_body(r.body, q.body)}
        holders.update({id(c): c for c in persons if _recorded(c, r)})
        if len(holders) != 1:
            continue  # two members of the committee named: not told which
        (c,) = holders.values()
        if not any(m.start < r.hit.start for m in c.mentions):
            continue
        cut = covered.find(1, r.hit.start, r.hit.end)
        text = title_before_body(doc.text[r.hit.start : r.hit.end if cut < 0 else cut])
        if not text.strip():
            continue
        m = Mention(r.hit.start, r.hit.start + len(text), text, "PERSON", "coref", norm_key(text), None,
                    {"via": "role-body", "head": r.hit.head})
        c.mentions.append(m)
        out.append(m)
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    return out
