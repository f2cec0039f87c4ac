"""A title in the dual before two names: «رئيسا الشاباك سابقا عامي أيالون وكرمي غيلون» (the two former heads of the
Shin Bet), «وزيرا خارجية البلدين سامح شكري وجون كيري», «التقى وزيري الخارجية A وB»: two persons, each with the
title in the singular as his role («رئيس الشاباك سابقا»), its body's or country's code where the title names one.

The dual of a title word is the word in «ا» (nominative) or «ي» (genitive, accusative), its «ن» dropped before the
noun it owns: it is read only right before a definite word or a complement of the title, not before «ل» («عين رئيسا
للأركان» is one man appointed head of the staff), and only where two person names joined by «و» follow within a few
words of the same clause.

Called by :func:`.stage.analyze_entities` (round ents82).
"""

from __future__ import annotations

from ..doc import Doc, Mention, mention_start
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, Title

_MAX_GAP = 7  # words between the title word and the first name («رئيسا مصر في الجمهورية الأولى، جمال عبد الناصر»)
_STOPS = frozenset(".:؟!؛;\n«»\"()")  # no name after these belongs to the title
_CUT = frozenset(norm_key(w) for w in ("في", "خلال", "منذ"))  # the role phrase ends before these («في الجمهورية الأولى»)


def _dual_head(text: str, nxt: str, named: bool, gaz: Gazetteer) -> tuple[str, int] | None:
    """The singular title key and the offset of the title word in ``text`` (after «و»/«ف») where ``text`` is a
    title in the dual before the word ``nxt`` («رئيسا» + «الشاباك», «وزيري» + «خارجية»; ``named``: ``nxt`` opens
    the name of a place or body, «رئيسا» + «مصر»), else None."""
    key, off = norm_key(text), 0
    if len(key) > 5 and key[0] in "وف" and (key[1:-1],) in gaz.titles:
        key, off = key[1:], 1
    if len(key) < 4 or key[-1] not in "اي" or key.startswith("ال") or (key[:-1],) not in gaz.titles:
        return None
    n = norm_key(nxt)
    if not named and not (n.startswith("ال") and len(n) > 3) and (n,) not in gaz.complements and ("ال" + n,) not in gaz.complements:
        return None
    return key[:-1], off


def _persons_after(doc: Doc, persons: list[Mention], end: int) -> tuple[Mention, Mention] | None:
    """The first two person mentions after ``end``: the first within :data:`_MAX_GAP` words of the clause, the
    second right after it past «و» (or «، و»)."""
    first = next((m for m in persons if m.start >= end), None)
    if first is None:
        return None
    gap = doc.text[end : first.start]
    if len(gap.split()) > _MAX_GAP or any(c in _STOPS for c in gap):
        return None
    second = next((m for m in persons if m.start >= first.end), None)
    if second is None:
        return None
    link = doc.text[first.end : second.start].replace("،", " ").replace(",", " ").split()
    return (first, second) if link == ["و"] else None


def _role(doc: Doc, start: int, end: int, head_len: int) -> str:
    """The title phrase from ``start`` to ``end`` in the singular: its first word without the dual's ending, cut
    at a comma or a preposition of time or place («رئيسا مصر في الجمهورية الأولى،» → «رئيس مصر»)."""
    words: list[str] = []
    for i, w in enumerate(doc.text[start:end].replace("،", " ، ").replace(",", " , ").split()):
        if w in ("،", ",") or (i and norm_key(w) in _CUT):
            break
        words.append(w[:head_len] if i == 0 else w)
    return " ".join(words)


def dual_titles(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give each of two persons named after a title in the dual the title as his role (see the module)."""
    persons = sorted((m for m in mentions if m.type == "PERSON"), key=mention_start)
    if len(persons) < 2:
        return
    toks = doc.tokens
    named = {m.start for m in mentions if m.type != "PERSON"}
    for i in range(len(toks) - 1):
        key = toks[i].norm_key
        if len(key) < 4 or key[-1] not in "اي":
            continue  # (what ``_dual_head`` asks first, asked here: most words are no title in the dual)
        got = _dual_head(toks[i].text, toks[i + 1].text, toks[i + 1].start in named, gaz)
        if got is None:
            continue
        head, off = got
        start = toks[i].start + off
        pair = _persons_after(doc, persons, toks[i].end)
        if pair is None or any(m.start < pair[0].start and m.end > toks[i].end for m in persons):
            continue
        role = _role(doc, start, pair[0].start, len(doc.text[start : toks[i].end]) - 1)
        if not role:
            continue
        title = gaz.titles.get((head,))
        sector = title.sector if isinstance(title, Title) else None
        kind = title.kind if isinstance(title, Title) else "office"
        country: str | None = None
        for m in mentions:
            if start <= m.start and m.end <= pair[0].start and m.type != "PERSON" and m.attrs.get("gid"):
                e = gaz.by_id.get(str(m.attrs["gid"]))
                if e is not None and e.country:
                    country = e.country
                    if m.type == "ORGANIZATION" and e.actor and len(e.actor) == 6:
                        sector = e.actor[3:]  # «رئيسا الشاباك»: heads of a spy service
                    break
        for m in pair:
            if m.attrs.get("role"):
                continue
            m.attrs.update(role=role, head=head, title_kind=kind)
            if sector:
                m.attrs["sector"] = sector
            if country:
                m.attrs["role_country"] = country
