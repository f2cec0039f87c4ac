"""Round en451: a monarch's office named by its noun and the state it completes, before a man's name and the
royal rank that opens it («أمير الكويت الراحل الشيخ جابر الأحمد الصباح», «ملك المغرب الملك محمد السادس»), is
his title: the name's mention takes that role, the state's country and the government's sector (GOV; the
attributes then read «الراحل/السابق» in the role as a former office: ELI).

«أمير/ملك/سلطان» alone is no title (a given name: «أمير», «سلطان»), so the title reader reads the name after a
royal rank only («الشيخ»); here the words right before that rank are read backwards: an optional former word
(``former_office_words``), a monarchy's name (the gazetteer's country, one to three words, «دولة الكويت»), and a
monarch's noun (``monarch_nouns``, with «و/ل/ب» on it). Not a republic's («أمير العراق» is no office; a past
kingdom's only with a former word: «ملك مصر الراحل»), not a region's («أمير منطقة الرياض»: the title table's own),
not a mention that already has an office.

Round en460: the office may be set off by one comma («أمير الكويت، الراحل الشيخ جابر الأحمد الصباح», «أمير الكويت،
الشيخ صباح الأحمد») and held «then» (``then_words``: «أمير الكويت آنذاك، الراحل الشيخ ...»: a former office, ELI).
A comma before a bare name is no title («ملك الأردن، محمد بن راشد»: one of a list), nor is a rank joined by «و»
(«أمير الكويت والشيخ صباح»: two men).

Round en544: a crown's noun that is no given name and no republic's office (``crown_nouns``: «إمبراطور، قيصر، شاه،
خديوي») names any state's monarch, past ones too («إمبراطور النمسا فرنسوا جوزيف», «قيصر روسيا نيقولا الثاني»,
«خديوي مصر إسماعيل»): a state that is no monarchy now gives a former office (ELI), one that is gives GOV («إمبراطور
اليابان أكيهيتو»). Only the name right after the noun and its state takes them: a later name with a bare title is
another person («إمبراطور النمسا فرنسوا جوزيف والإمبراطورة أوجيني»: she has no role read here, and her bare crown's
title, joined by «و», takes no country from him either: she is the French empress)."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .attributes import MONARCHIES
from .royalnames import MONARCHIES_NOW
from .gazetteer import Entry, Gazetteer, clitic_variants

_BACK = 80  # characters read before a name
_MAX_STATE = 3  # words of a state's name
_COMMAS = "،,"  # an apposition's comma after the office («أمير الكويت، الراحل الشيخ جابر الأحمد»)


def monarch_title(doc: Doc, gaz: Gazetteer, m: Mention) -> tuple[int, str, bool] | None:
    """(where the title starts, its country, whether the office is a past one) of a monarch's office named right
    before ``m`` and its rank, or None."""
    base = max(0, m.start - _BACK)
    lead = doc.text[base : m.start]
    spans = [(w.start(), w.group()) for w in re.finditer(r"\S+", lead)]
    words = [w for _, w in spans]
    if not words or not lead.endswith(" "):
        return None
    role = str(m.attrs.get("role") or "")
    i = len(words)
    if role:  # the royal rank the title reader read («الشيخ»): the words before it
        n = len(role.split())
        if " ".join(words[i - n :]) != role:
            return None
        i -= n
    bare = [w.rstrip(_COMMAS) for w in words]
    keys, commas = [norm_key(w) for w in bare], [b != w for b, w in zip(bare, words)]
    end = i  # (the words between the state and the rank or name: a former word, a «then» before it)
    former = bool(i) and keys[i - 1] in fw_keys("former_office_words")
    i -= int(former)
    then = bool(i) and keys[i - 1] in fw_keys("then_words")  # «أمير الكويت آنذاك»: the office he held then
    i -= int(then)
    comma = sum(commas[max(0, i - 1) : end])  # «أمير الكويت، الراحل الشيخ»: the office set off by one comma
    if comma > 1 or (comma and not (role or former or then)):
        return None  # (a bare name after «ملك الأردن،»: one of a list as likely as the monarch himself)
    states = MONARCHIES if former or then else MONARCHIES_NOW  # (a past kingdom only with «الراحل/آنذاك»)
    for n in range(min(_MAX_STATE, i - 1), 0, -1):
        if any(commas[i - n - 1 : i - 1]):
            continue  # (a comma inside the state's name or between the noun and the state: no title)
        got = gaz.phrases.get(tuple(keys[i - n : i]))
        if not (isinstance(got, Entry) and got.type == "LOCATION" and got.kind == "country" and got.country):
            continue
        at, head = spans[i - n - 1]
        off = next((o for k, o, _ in clitic_variants(head) if k in fw_keys("monarch_nouns")), None)
        if got.country in states and off is not None:
            return base + at + off, str(got.country), False
        crown = next((o for k, o, _ in clitic_variants(head) if k in fw_keys("crown_nouns")), None)
        if crown is not None:  # «إمبراطور النمسا»: any state's crown, a past one's a former office
            return base + at + crown, str(got.country), got.country not in MONARCHIES_NOW
        return None
    return None


def monarch_titles(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give each person's mention a monarch's office named right before it and its rank (see the module), in
    place."""
    for m in mentions:
        if m.type != "PERSON" or m.attrs.get("title_kind") == "office" or m.attrs.get("role_country"):
            continue
        got = monarch_title(doc, gaz, m)
        if got is None:
            continue
        start, iso, past = got
        role = doc.text[start : m.start].strip().rstrip(_COMMAS)
        m.attrs.update(role=role, sector="ELI" if past else "GOV", role_country=iso, title_kind="office")
        _own_crown(mentions, m)


def _own_crown(mentions: list[Mention], m: Mention) -> None:
    """A person named after the monarch ``m`` with a bare crown's title joined by «و» («والإمبراطورة أوجيني»)
    takes no country from him (the resolver's «after»): another state's crown as likely as his, in place."""
    for n in mentions:
        role = str(n.attrs.get("role") or "")
        if n.attrs.get("after") == m.start and n.attrs.get("title_kind") != "relation" and len(role.split()) == 1 \
                and norm_key(role).removeprefix("ال") in fw_keys("crown_nouns"):
            n.attrs.pop("after")
