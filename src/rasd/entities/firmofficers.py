"""Round en467: a company, and an officer of a company, whom nothing else placed are of the business sector.

A body of no actor named right after the indefinite noun «شركة» («شركة «ليندا»», «شركة سوكلين») is a company:
``<ISO>BUS`` where its country is known, else ``BUS`` (:func:`named_firms`; not after «الشركة», which refers back,
nor after the dual «شركتي» or the plural «شركات»).

A person of no actor (or of his bare country alone) whose office names a company — a word «شركة» with or without
its article and a preposition («المتحدث الرسمي باسم الشركة», «رئيس مجلس إدارة شركة X») inside his recorded role,
or within two words after it where his role runs on past what was recorded («ترافيس كالانيك، الرئيس التنفيذي
للشركة», «توماس سزكوتاك، الرئيس المالي بشركة «أمازون»») — is of the business sector: the CAMEO agents
dictionary codes an executive or a spokesman of a firm «~BUS». His actor is ``<ISO>BUS`` where his own country
is known, else that of the company named right after the word where it has one («لشركة «إم بي إم»»), else
``BUS`` alone. Not a body of firms («للاتحاد الدولي لشركات الطيران»: an association, «شركات» no company), not
a company named after a comma or another phrase («X، الموظف، ... في شركة»: the role must reach it). Called by
:mod:`.stage` on the finished entities.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from .clitics import clitic_keys

_REACH = 2  # words after a recorded role that may still be its complement before the company's noun
_NAMED = 30  # characters after the company's noun within which its name may start


def _company_word(word: str, nouns: frozenset[str]) -> bool:
    """Is ``word`` the noun «شركة», with or without its article and a proclitic («للشركة», «بشركة»)?"""
    keys = clitic_keys(word)
    return any(k in nouns or k.removeprefix("ال") in nouns for k in keys)


def _company_at(doc: Doc, e: Entity, nouns: frozenset[str]) -> int | None:
    """Where the company the person's office names is written (the end of its noun), or None where his office
    names none (see the module)."""
    for m in e.mentions:
        for r in e.roles:
            before = doc.text.rfind(r, max(0, m.start - len(r) - 3), m.start)
            for at in (before, doc.text.find(r, m.end, m.end + 4 + len(r))):
                if at < 0:
                    continue
                words, pos = [], at
                for w in doc.text[at : at + len(r)].split():  # the role's own words (its head left out)
                    pos = doc.text.index(w, pos) + len(w)
                    words.append((w, pos))
                if at > m.start:  # a role after the name may run on past what was recorded
                    tail = doc.text[at + len(r) : at + len(r) + 40]
                    cut = min((tail.find(c) for c in "،,.:؛(«\n" if c in tail), default=len(tail))
                    for w in tail[:cut].split()[:_REACH]:
                        pos = doc.text.index(w, pos) + len(w)
                        words.append((w, pos))
                for w, end in words[1:]:
                    if _company_word(w, nouns):
                        return end
    return None


def _indefinite(doc: Doc, end: int) -> bool:
    """Is the company's noun that ends at ``end`` indefinite («لشركة», «بشركة»: a name follows it), not one that
    refers back («للشركة», «باسم الشركة»: no name follows, «لـ«الشرق الأوسط»» after it is a newspaper)?"""
    start = doc.text.rfind(" ", 0, end) + 1
    return not any(k.startswith("ال") for k in clitic_keys(doc.text[start:end]) if k.endswith("شركه"))


def _named_country(doc: Doc, end: int) -> str | None:
    """The country of a company named right after its indefinite noun (ending at ``end``; spaces and an opening
    quote mark between), where it has one."""
    if not _indefinite(doc, end):
        return None
    for o in doc.entities:
        if o.type == "ORGANIZATION" and o.country and any(
                end <= m.start <= end + _NAMED and not doc.text[end : m.start].strip(" «\"") for m in o.mentions):
            return o.country
    return None


def named_firms(doc: Doc) -> None:
    """Give the business sector to each body of no actor named right after the indefinite noun «شركة» (a quote
    mark between allowed: «شركة «ليندا»», «لشركة «سامودا» بلندن», «شركة سوكلين»): ``<ISO>BUS`` where its country is
    known, else ``BUS`` (in place)."""
    nouns = fw_keys("company_nouns")
    for e in doc.entities:
        if e.type != "ORGANIZATION" or e.actor:
            continue
        for m in e.mentions:
            head = doc.text[max(0, m.start - 16) : m.start].rstrip(" «\"")
            words = head.split()
            if words and _company_word(words[-1], nouns) and _indefinite(doc, max(0, m.start - 16) + len(head)):
                e.actor = (e.country or "") + "BUS"
                break


def firm_officers(doc: Doc) -> None:
    """Give the business sector to each person of no actor whose office names a company (see the module), in
    place."""
    nouns = fw_keys("company_nouns")
    for e in doc.entities:
        if e.type != "PERSON" or not e.roles or "gazetteer" in e.attrs or e.actor not in (None, e.country):
            continue
        end = _company_at(doc, e, nouns)
        if end is None:
            continue
        iso = e.country or _named_country(doc, end)
        e.actor = (iso or "") + "BUS"
        if iso and not e.country:
            e.country = iso
            e.attrs["country_from"] = "company"
        e.attrs["sector"] = "BUS"
