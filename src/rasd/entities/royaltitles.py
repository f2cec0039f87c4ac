"""A king's title without his name, named before him (round 54; called by :mod:`.stage` after the titles the
resolver links): «لقاء جلالة الملك مع الأمير ...» early in an article that names «جلالة الملك عبد الله الثاني» and
«العاهل الأردني الملك عبد الله الثاني بن الحسين» only later. The resolver links a bare title to a person named
before it; a king's title («الملك», «العاهل») stands for the one king the article names with it, wherever, of the
country the title names («العاهل الأردني») or, where the article names several kings, of the country it is about
(:func:`.homeland.article_country`). A king named by another title alone («خادم الحرمين الشريفين الملك سلمان»: its
head is the Custodian) is none of them."""

from __future__ import annotations

from collections import Counter

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .coref import Cluster
from .homeland import article_country
from .units import Found

KING_HEADS = frozenset({"ملك", "عاهل"})


def _same_king(a: Cluster, b: Cluster) -> bool:
    """Two clusters of one king's names the resolver left apart: one full name the start of another («عبد الله
    الثاني» and «عبد الله الثاني بن الحسين»)."""
    ka = {m.key for m in a.mentions if m.source != "coref"}
    kb = {m.key for m in b.mentions if m.source != "coref"}
    return any(x == y or y.startswith(x + " ") or x.startswith(y + " ") for x in ka for y in kb)


def _kings(clusters: list[Cluster]) -> list[tuple[Cluster, str | None]]:
    """The persons the article names with a king's title, one (the first named) per king, with his country."""
    named = [c for c in clusters if c.kind == "person" and any(
        m.attrs.get("head") in KING_HEADS and m.source == "title" for m in c.mentions)]
    named.sort(key=lambda c: min(m.start for m in c.mentions))
    out: list[tuple[Cluster, str | None]] = []
    for c in named:
        countries = {str(m.attrs["role_country"]) for m in c.mentions if m.attrs.get("role_country")}
        same = next((k for k, (o, _) in enumerate(out) if _same_king(o, c)), None)
        if same is not None:
            first, iso = out[same]
            out[same] = (first, iso or (next(iter(countries)) if len(countries) == 1 else None))
            continue
        out.append((c, next(iter(countries)) if len(countries) == 1 else None))
    return out


def royal_titles(doc: Doc, found: Found, clusters: list[Cluster], covered: bytearray) -> list[Mention]:
    """Link the bare king's titles no rule linked to the article's king (see the module's text)."""
    bare = [h for h in found.titles if h.person is None and h.definite and not h.relation and h.head in KING_HEADS
            and not any(covered[h.start : h.end]) and not h.portfolio]
    if not bare:
        return []
    kings = _kings(clusters)
    if not kings:
        return []
    home: str | None = None
    if len(kings) > 1:
        evidence: Counter[str] = Counter(c for ev in found.evidence for c in ev)
        home = article_country(doc, [], evidence)
    out = []
    for hit in bare:
        want = hit.country or home
        cands = [c for c, iso in kings if want is None or iso == want] if want or len(kings) == 1 else []
        if len(cands) != 1:
            continue
        text = doc.text[hit.start : hit.end]
        m = Mention(hit.start, hit.end, text, "PERSON", "coref", norm_key(text), None,
                    {"via": "title", "head": hit.head})
        cands[0].mentions.append(m)
        out.append(m)
    return out
