"""Round en395: a body named again by the first words of its full name, its complement left out («اللجنة العليا»
after «اللجنة العليا للانتخابات», Egypt's election commission), is that body, where the rules read the short form
as a body of no country of its own (a head and its adjective: ``ORGH:`` with no country). The nearest full name
before it that it opens and whose next word is a complement in «لـ» gives it its id (and country and code where it
has them), so both cluster as one; a full name after it, or one that goes on with an adjective («وزارة الخارجية
الأميركية»: the resolver's), leaves it as it is (called by :mod:`.stage`, after the tagger).

Round mn1015: a party is named again by the first words of its name whatever follows them («الحزب الديمقراطي»
after «الحزب الديمقراطي الكردستاني»): a short party name (its sector alone, ``PTY``) that opens a party's full name
named before it is that party."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key

_ATTRS = ("gid", "kind", "country", "actor")


def cut_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """Give a short form of a body named in full before it («اللجنة العليا») the full name's body (in place)."""
    full = sorted((m for m in mentions if m.type == "ORGANIZATION" and m.attrs.get("gid") and len(m.text.split()) >= 3),
                  key=lambda m: m.start)
    if not full:
        return
    for m in mentions:
        gid = str(m.attrs.get("gid") or "")
        party = m.attrs.get("kind") == "party" and m.attrs.get("actor") in (None, "PTY")
        if m.type != "ORGANIZATION" or m.source != "pattern" or not gid.startswith("ORGH:") or not gid.endswith(":") \
                or m.attrs.get("country") or (m.attrs.get("actor") and not party) or len(m.text.split()) < 2:
            continue
        key = norm_key(m.text) + " "
        got = next((f for f in reversed(full) if f.end <= m.start and norm_key(f.text).startswith(key) and (
            norm_key(f.text)[len(key) :].startswith("ل") or party and f.attrs.get("kind") == "party")), None)
        # (its complement left out; a party's adjective too: «الحزب الديمقراطي» of «الحزب الديمقراطي الكردستاني»)
        if got is None:
            continue
        m.attrs.pop("bare_sector", None)
        m.attrs.update({a: got.attrs[a] for a in _ATTRS if a in got.attrs})
