"""News agencies named by their dotted abbreviations, after the tagger (called by :mod:`.stage`), round 172: «(أ.ف.ب)»,
«وكالة «أ.ب»», «سيدني - د.ب.أ:» are AFP, AP and DPA, the listed agencies; the name matcher reads words and does not
cross «.», so the letters stay unnamed. The forms and the gazetteer ids they stand for are ``dotted_agency_forms``
(«form|ID») in ``function_words.json``; a form counts only where no letter, digit or «.» touches it («أ.ب.» begins a
person's initials)."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from .gazetteer import Gazetteer
from .quotedbodies import mention, _place


def dotted_agencies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Each dotted abbreviation of ``dotted_agency_forms`` in the text, not inside a longer word or run of initials:
    a mention of its listed agency (over any mention inside it)."""
    for row in sorted(fw("dotted_agency_forms"), key=len, reverse=True):
        form, _, gid = row.partition("|")
        e = gaz.by_id.get("ORG:" + gid)
        if e is None:
            continue
        pattern = "".join("[اأإآ]" if c == "ا" else re.escape(c) for c in form)  # (the list's keys drop the hamza)
        for m in re.finditer(pattern, doc.text):
            before = doc.text[m.start() - 1 : m.start()] if m.start() else ""
            after = doc.text[m.end() : m.end() + 1]
            if (before and (before.isalnum() or before == ".")) or (after and (after.isalnum() or after == ".")):
                continue
            if any(o.start <= m.start() and m.end() <= o.end and o.attrs.get("gid") == e.id for o in mentions):
                continue
            _place(mentions, mention(doc, m.start(), m.end(), "gazetteer", gid=e.id, kind=e.kind), keep_org=False)
