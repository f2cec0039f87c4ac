"""A place inside an organisation's name is no mention of the place, and an organisation's name reads the same
wherever the article repeats it.

* an institution's noun, a place and a complement in «لل»: «معهد واشنطن للشرق الأدنى», «مركز القاهرة للدراسات
  السياسية»: one body (not Washington); the nouns are ``named_institution_heads``;
* the same with a quoted name in place of the place: «مركز «الشرق» للبحوث الاستراتيجية» (round 78);
* a listed company opening a quoted name that only regions or countries follow: «مجموعة «جيه إل إل الشرق الأوسط
  وشمال أفريقيا»» is the company's regional arm, one body (round 79; :func:`quoted_company_regions`);
* an operations room and its name up to a place: «غرفة عمليات فتح حلب» (a rebel coalition, not Aleppo);
* a body's name of two words or more that one mention of the article names (a quoted name, a pattern) is that body
  wherever the same words stand again: the place inside them is no place there either; not a team's name the
  tagger read with its head («فريق الجزيرة»: the club is «الجزيرة» alone, as ANERcorp and ``sport`` mark it).

The body's mention replaces the mentions inside it; nothing is done where another mention crosses its edges.
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import none_in
from .mentionedits import cover
from .gazetteer import Gazetteer, clitic_head_offset, clitic_keys

_OPERATIONS = norm_key("عمليات")
_TEAM = norm_key("فريق")
_EDGE = "«»\"()،,.:؛!?؟"
_MAX_ROOM_NAME = 3  # words of an operations room's name before its place («فتح حلب»: 2)


def _place_at(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.type == "LOCATION" and m.start == start and m.end == end for m in mentions)


def _replace(doc: Doc, mentions: list[Mention], start: int, end: int, source: str) -> bool:
    """Put one ORGANIZATION mention over ``[start, end)`` in place of the mentions inside it."""
    if any(m.start < end and m.end > start and (m.start < start or m.end > end) for m in mentions):
        return False  # a mention crosses an edge: leave the reading alone
    if any(m.type == "ORGANIZATION" and m.start == start and m.end == end for m in mentions):
        return False
    text = doc.text[start:end]
    mentions[:] = [m for m in mentions if not (start <= m.start and m.end <= end)]
    mentions.append(Mention(start, end, text, "ORGANIZATION", source, norm_key(text), None, {"kind": "institution"}))
    return True


def institution_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """The bodies named with a place inside (see the module's doc): their mention in place of the place's."""
    toks = doc.tokens
    heads = fw("named_institution_heads")
    rooms = fw("operations_room_heads")
    named, roomed = not none_in(doc, heads), not none_in(doc, rooms)  # (which of the two a token may read as)
    if not (named or roomed):
        return
    for i, t in enumerate(toks[:-2]):
        off = clitic_head_offset(t.text, heads) if named else None
        if off is not None and _place_at(mentions, toks[i + 1].start, toks[i + 1].end) \
                and toks[i + 2].text.startswith("لل") and not any(ch in _EDGE for ch in toks[i + 1].text):
            _replace(doc, mentions, t.start + off, _complement_end(doc, gaz, i + 3), "institution")
            continue
        if off is not None and toks[i + 1].text == "«":
            _quoted_institution(doc, mentions, gaz, i, t.start + off)  # «مركز «الشرق» للبحوث» (round 78)
            continue
        off = clitic_head_offset(t.text, rooms) if roomed else None
        if off is None or toks[i + 1].norm_key != _OPERATIONS:
            continue
        for j in range(i + 2, min(len(toks), i + 3 + _MAX_ROOM_NAME)):
            if any(ch in _EDGE for ch in toks[j - 1].text) or toks[j].norm_key in gaz.stop:
                break
            if _place_at(mentions, toks[j].start, toks[j].end):
                _replace(doc, mentions, t.start + off, toks[j].end, "institution")
                break


def _complement_end(doc: Doc, gaz: Gazetteer, j: int) -> int:
    """Where the complement in «لل» (the token before ``j``) ends, with up to two definite words after it that
    no edge mark (``_EDGE``) cuts off and that are not stop words («للبحوث الاستراتيجية»)."""
    toks = doc.tokens
    last = j + 2
    while j < len(toks) and j < last and toks[j - 1].text[-1:] not in _EDGE \
            and toks[j].text.startswith("ال") and toks[j].norm_key not in gaz.stop:
        j += 1
    return toks[j - 1].start + len(toks[j - 1].text.rstrip(_EDGE))


def _quoted_institution(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int, start: int) -> None:
    """An institution's noun, its quoted name of one to three words and a complement in «لل» with its definite
    words («مركز «الشرق» للبحوث الاستراتيجية»): one body, not the quoted name alone."""
    toks = doc.tokens
    close = next((j for j in range(i + 2, min(len(toks), i + 6)) if toks[j].text == "»"), None)
    if close is None or close == i + 2 or close + 1 >= len(toks) or not toks[close + 1].text.startswith("لل") \
            or any(not toks[k].text.isalpha() for k in range(i + 2, close)) or toks[close].end != toks[close].start + 1:
        return
    _replace(doc, mentions, start, _complement_end(doc, gaz, close + 2), "institution")


def repeated_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """Where a body's name of two words or more stands again in the article, that is the body there too."""
    names = {m.text for m in mentions if m.type == "ORGANIZATION" and " " in m.text.strip() and len(m.text) >= 8
             and not (m.source == "model" and _TEAM in clitic_keys(m.text.split()[0])) and m.attrs.get("kind") != "facility"}
    text = doc.text
    for name in sorted(names):
        # (each occurrence in turn, as ``re.finditer`` of the escaped name would give them, without a pattern
        # compiled per name)
        e = 0
        while (s := text.find(name, e)) >= 0:
            e = s + len(name)
            if (e < len(doc.text) and doc.text[e].isalpha()) or (s and doc.text[s - 1].isalpha()
                                                                   and not _clitic_before(doc.text, s)):
                continue
            if any(m.start == s and m.end == e for m in mentions):
                continue
            if not any(s <= m.start and m.end <= e for m in mentions):
                continue  # nothing inside was read otherwise: no reading to correct
            _replace(doc, mentions, s, e, "repeated")


def _clitic_before(text: str, s: int) -> bool:
    """Is the word that runs into ``s`` only proclitics («و», «ب», «ل», «وب»)?"""
    b = s
    while b and text[b - 1].isalpha():
        b -= 1
    return 0 < s - b <= 2 and all(ch in "وفبلك" for ch in text[b:s])


_COMPANY_KINDS = ("company", "media", "bank")
_REGION_KINDS = ("region", "country")


def quoted_company_regions(doc: Doc, mentions: list[Mention]) -> None:
    """«مجموعة «جيه إل إل الشرق الأوسط وشمال أفريقيا»»: a listed company right after «« whose quoted name goes on with
    regions or countries alone (and «و») up to »» is one body over the whole quoted name, the company's, there and
    wherever the article names it again (in place)."""
    for m in [x for x in mentions if x.type == "ORGANIZATION" and x.attrs.get("kind") in _COMPANY_KINDS]:
        if doc.text[max(0, m.start - 1) : m.start] != "«":
            continue
        close = doc.text.find("»", m.end)
        if close < 0 or "«" in doc.text[m.end : close] or close - m.end > 80:
            continue
        inside = sorted((x for x in mentions if m.end <= x.start and x.end <= close), key=lambda x: x.start)
        if not inside or any(x.type != "LOCATION" or x.attrs.get("kind") not in _REGION_KINDS for x in inside):
            continue
        rest = doc.text[m.end : close]
        for x in reversed(inside):
            rest = rest[: x.start - m.end] + rest[x.end - m.end :]
        if rest.replace("و", "").strip():
            continue  # another word between the places: not a name made of places alone
        name, attrs = doc.text[m.start : close], dict(m.attrs)
        e = 0
        while (s := doc.text.find(name, e)) >= 0:  # the same name again, quoted or not: that body
            e = s + len(name)
            if e < len(doc.text) and doc.text[e].isalpha():
                continue
            cover(doc, mentions, s, e, "ORGANIZATION", dict(attrs))
