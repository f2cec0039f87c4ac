"""A body named by its full name and by that name without its last words, in one article (round en896).

«حزب الدعوة الإسلامية» ... «حزب الدعوة», «الاتحاد الكولومبي لكرة القدم» ... «الاتحاد الكولومبي»: the shorter name
of two words or more is the body whose name runs on over it by a creed or platform adjective or an election
committee's level (``short_body_tails``), or by a «لـ» complement of its field («لكرة القدم», «لألعاب القوى»), when
it is the only body so named in the article. Two bodies that both run on over one short name («اللجنة المركزية
لحزب X» and «... لحزب Y») leave it apart, and so does a place or nation adjective («وزارة الداخلية» beside «وزارة
الداخلية الاتحادية», «المقاومة الشعبية الجنوبية»: that is a body of a country or a region of its own), a
preposition («تنظيم القاعدة في جزيرة العرب») or a product's name («أوبر إكس»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw
from ..text.normalize import norm_key
from .coref import Cluster


def _runs_on(short: list[str], full: list[str]) -> bool:
    """Is ``full`` the name ``short`` with a tail of its own name after it (see the module's doc)?"""
    n = len(short)
    if n < 2 or not 1 <= len(full) - n <= 2 or full[:n] != short:
        return False
    rest = full[n:]
    return (len(rest) == 1 and rest[0] in fw("short_body_tails")) or _field(rest[0])


def _field(key: str) -> bool:
    """Is ``key`` a «لـ» complement naming a body's field («لكره», «للعبه», «للشرطه»), no article-bearing word?"""
    return key.startswith("ل") and not key.startswith("ال") and len(key) >= 4


def _cut(doc: Doc, c: Cluster) -> bool:
    """Does a mention of ``c`` run on in the text over a tail the mention left out («المعهد الملكي» of «المعهد
    الملكي للإدارة الترابية»): no short form, the full name of another body?"""
    for m in c.mentions:
        rest = doc.text[m.end : m.end + 24].split()
        k = norm_key(rest[0]) if rest else ""
        if k in fw("short_body_tails") or _field(k):
            return True
    return False


def _listed(c: Cluster) -> bool:
    """Is ``c`` a body of the lexicon's, not one a head noun names («ORGH:»: its name is all that is known)?"""
    return c.gid is not None and not c.gid.startswith("ORGH:")


def qualified_bodies(doc: Doc, clusters: list[Cluster]) -> None:
    """Join each body named by a short form of one other body's full name to it (see the module's doc)."""
    for c in list(clusters):
        if c not in clusters or c.kind == "person" or not c.mentions:
            continue
        if any(m.type != "ORGANIZATION" for m in c.mentions):
            continue
        keys = {m.key for m in c.mentions}
        if len(keys) != 1 or _cut(doc, c):
            continue
        short = next(iter(keys)).split()
        hits = [o for o in clusters if o is not c and o.kind != "person" and any(
            m.type == "ORGANIZATION" and _runs_on(short, m.key.split()) for m in o.mentions)]
        if len(hits) != 1:
            continue
        full = hits[0]
        if _listed(c) and _listed(full):
            continue  # (two bodies the lexicon knows apart)
        keep, gone = (c, full) if _listed(c) else (full, c)
        keep.mentions.extend(gone.mentions)
        keep.mentions.sort(key=lambda m: m.start)
        clusters.remove(gone)
