"""Round 63: a city's «أمين» (its mayor: «أمين عمان», «أمين جدة») and the name after him.

«وأمين عمان عقل بلتاجي، ومحافظ العاصمة ...»: «أمين» (a given name too, so no title of the lists) right before a
listed city or capital, then two or three name words up to «،» or «.», is the mayor's title and his name: a
person with the role «أمين عمان», of that city's country. The name's first word is a name-list word and its last
one a name-list word or rare in the news («بلتاجي»); none is a function word or a title, and no mention is on
them. Not «أمين عمان» alone, nor a city after «أمين» that a common word follows («أمين عمان الجديد»)."""

from __future__ import annotations

import re

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer

_MAYOR = frozenset({norm_key("أمين")})
_WORD = r"[\u0621-\u064a\u0640\u064b-\u0652]+"
_NAME = re.compile(rf"\s+({_WORD})\s+({_WORD})(?:\s+({_WORD}))?\s*[،,.]")
_PREV = re.compile(rf"({_WORD})\s+$")
_RARE_ZIPF10 = 30  # a family name the lists do not hold is rare in the news («بلتاجي» 22)


def city_mayors(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add (in ``mentions``) the person named after «أمين» and a listed city."""
    freq = load_lexicon().freq
    added: list[Mention] = []
    for city in mentions:
        gid = str(city.attrs.get("gid") or "")
        entry = gaz.by_id.get(gid) if city.type == "LOCATION" and gid else None
        if entry is None or entry.kind not in ("city", "capital") and not gid.startswith("LOC:capital"):
            continue
        prev = _PREV.search(doc.text, max(0, city.start - 20), city.start)
        if prev is None or norm_key(prev.group(1)).removeprefix("و") not in _MAYOR:
            continue
        got = _NAME.match(doc.text, city.end)
        if got is None:
            continue
        words = [w for w in got.groups() if w]
        keys = [norm_key(w) for w in words]
        if any(k in gaz.stop or (k,) in gaz.titles or k in gaz.nisba for k in keys):
            continue
        first, last = gaz.name_word(keys[0]), gaz.name_word(keys[-1])
        if first is None or "n" not in first.flags or not (
                last is not None and "n" in last.flags or freq.get(keys[-1], 0) < _RARE_ZIPF10):
            continue
        start, end = got.start(1), got.end(len(words))
        if any(m.start < end and start < m.end for m in mentions):
            continue
        role = doc.text[prev.start(1) : city.end].removeprefix("و")
        text = doc.text[start:end]
        added.append(Mention(start, end, text, "PERSON", "pattern", norm_key(text), None, {
            "role": role, "sector": "GOV", "role_country": entry.country, "title_kind": "office",
            "head": norm_key("أمين")}))
    mentions.extend(added)
