"""Round 78: an organ of a party, a movement or a coalition named by a council's head with «لـ» right before the
listed body («الهيئة العامة للائتلاف السوري المعارض», «المكتب السياسي لحركة ...»; an army's command, round en375:
«القيادة العليا للقوات المسلحة الملكية») is one body, the organ, of the
listed body's country and sector (called by :mod:`.stage`, after the tagger).

A head-pattern mention of a council (``kind`` "council", no country of its own) ending right before a word whose
«لـ» proclitic is followed by a gazetteer mention of a party, an armed or political group or a coalition (its
mention starting after that «ل») is widened over it; the listed body's mention is dropped. The organ's key is the
head's key with that «لـ» word, as the head pattern keys «الهيئة العامة للائتلاف» (a later short mention is the same
body, and so is the head alone, «الهيئة العامة», where the article names one organ by that head). Not a state's body («igo», «gov»: «المجلس الاقتصادي لجامعة الدول العربية» is read by the lists), nor
a council that has its own country."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

_KINDS = ("party", "group", "coalition", "mil")  # listed bodies whose organs are the body's own (an army's: en375)


def organ_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen a council's head mention over «لـ» + the listed party or group it is an organ of."""
    text = doc.text
    organs: dict[str, set[str]] = {}  # the head's key → the keys of the organs widened from it
    by_start = {m.start: m for m in mentions if m.source == "gazetteer" and m.type == "ORGANIZATION"}
    for m in list(mentions):
        if m.type != "ORGANIZATION" or m.source != "pattern" or m.attrs.get("kind") != "council" \
                or "country" in m.attrs or text[m.end : m.end + 2] != " ل":
            continue
        nxt = by_start.get(m.end + 2)
        if nxt is None or nxt not in mentions:
            continue
        gid = str(nxt.attrs.get("gid", ""))
        entry = gaz.by_id.get(gid)
        if entry is None or entry.kind not in _KINDS or not entry.country:
            continue
        word_end = m.end + 1
        while word_end < len(text) and not text[word_end].isspace() and text[word_end] not in "،,.«»\"()":
            word_end += 1
        head_gid = str(m.attrs.get("gid", ""))
        if not head_gid.endswith(":"):
            continue
        m.attrs["gid"] = head_gid[:-1] + " " + norm_key(text[m.end + 1 : word_end]) + ":"
        organs.setdefault(head_gid, set()).add(str(m.attrs["gid"]))
        m.attrs["country"] = entry.country
        if entry.actor:
            m.attrs["actor"] = entry.actor
        m.end = nxt.end
        m.text = text[m.start : m.end]
        m.key = norm_key(m.text)
        mentions.remove(nxt)
    for m in mentions:
        # «الهيئة العامة» alone after the organ is named in full: that organ (where the head names one organ)
        got = organs.get(str(m.attrs.get("gid", ""))) if m.source == "pattern" else None
        if got is not None and len(got) == 1:
            m.attrs["gid"] = next(iter(got))
