"""Round ents97: a body's short name in quotation marks right after its full name is that body.

«منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين «أونروا»», «الاتحاد الدولي لشركات الطيران «أياتا»»: a
name of three words or more, then «...» holding one word that the tagger or the lists read as a body, is one body
with it, and so is that word alone elsewhere in the article. Where the short name is listed, with or without its
article («الأونروا»), the full name takes its entry; else the short name takes the full name's. Not two listed bodies
of different entries, nor a short name of several words («حركة «الفرقة 30»»: another body), nor a word outside
quotation marks (:func:`.wordreadings.bracket_acronyms` reads brackets).
"""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from .gazetteer import Entry, Gazetteer, phrase_of

_MIN_WORDS = 3  # of the full name («الاتحاد الدولي لشركات الطيران»)
_GID_KEYS = ("gid", "kind", "country", "actor")


def _listed(gaz: Gazetteer, m: Mention) -> Entry | None:
    """The list's body for the short name, as written or with «ال» («أونروا»: «الأونروا»)."""
    gid = m.attrs.get("gid")
    if isinstance(gid, str):
        e = gaz.by_id.get(gid)
        return e if e is not None and e.type == "ORGANIZATION" else None
    for form in (m.text, "ال" + m.text):
        got = gaz.phrases.get(phrase_of(form))
        if isinstance(got, Entry) and got.type == "ORGANIZATION":
            return got
    return None


def quoted_acronyms(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Join a body's quoted one-word short name to its full name before it (see the module)."""
    by_start = {m.start: m for m in mentions if m.type == "ORGANIZATION"}
    pairs: list[tuple[Mention, Mention]] = []
    for a in mentions:
        if a.type != "ORGANIZATION" or len(a.text.split()) < _MIN_WORDS:
            continue
        gap = re.match(r" ?«", doc.text[a.end : a.end + 3])
        b = by_start.get(a.end + gap.end()) if gap else None
        if b is None or b is a or " " in b.text.strip() or doc.text[b.end : b.end + 1] != "»":
            continue
        pairs.append((a, b))
    for a, b in pairs:
        entry = _listed(gaz, b)
        a_gid = a.attrs.get("gid")
        short = b.key  # (before it is rewritten below)
        if entry is not None:
            if isinstance(a_gid, str) and a_gid.startswith("ORG:") and a_gid != entry.id:
                continue  # two listed bodies
            attrs = {"gid": entry.id, "kind": entry.kind}
            for m in [a, *(o for o in mentions if o.type == "ORGANIZATION" and o.key == short)]:
                for k in _GID_KEYS:
                    m.attrs.pop(k, None)
                m.attrs.update(attrs)
        else:
            for o in mentions:
                if o.type != "ORGANIZATION" or o.key != short or o is a:
                    continue
                o.attrs["acronym_of"] = a.text  # (the entity is named by the full name)
                if isinstance(a_gid, str):
                    for k in _GID_KEYS:
                        if k in a.attrs:
                            o.attrs[k] = a.attrs[k]
                else:
                    o.key = a.key
