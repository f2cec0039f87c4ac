"""The given name of a leader named inside a force's mention («القوات الموالية للمخلوع علي عبد الله صالح», round
en716b) opens another man's name the tagger read without it: «المتحدث باسم المقاومة، علي | شايف الحريري» is «علي
شايف الحريري». :meth:`.coref.Coreference.name_only` takes such a given name in where a person's full name opens with
it; the leader inside the forces has no person mention of his own, so his given name is read here (after it), the
same way. Called by :mod:`.stage`."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .coref import Cluster, Coreference


def _leader_givens(mentions: list[Mention], coref: Coreference) -> set[str]:
    """The first words of the leaders' names inside force mentions that the lists know as given names («علي» of
    «علي عبد الله صالح»); not one of a single word («لهادي»: a surname)."""
    out = set()
    for m in mentions:
        words = str(m.attrs.get("leader") or "").split()
        if m.type != "ORGANIZATION" or len(words) < 2:
            continue
        w = coref.g.name_word(words[0])
        if w is not None and "g" in w.flags and not words[0].startswith("ال"):
            out.add(words[0])
    return out


def force_leader_givens(doc: Doc, clusters: list[Cluster], mentions: list[Mention], coref: Coreference,
                        covered: bytearray) -> None:
    """«علي» right before a person's name the tagger found («علي | شايف الحريري»), where «علي» opens the name of
    the leader of forces named in the article, is that person's given name: his mention takes it in."""
    givens = _leader_givens(mentions, coref)
    if not givens:
        return
    toks = doc.tokens
    for ti, t in enumerate(toks[:-1]):
        if t.norm_key not in givens or covered.find(1, t.start, t.end) >= 0:
            continue
        nxt = toks[ti + 1].norm_key
        if coref.g.is_name_word(nxt):
            continue  # («علي عبد الله صالح» itself, or another man's known name)
        nm = coref.first_name_of_next(doc, clusters, toks, ti)
        if nm is None or len(nm.text.split()) < 2:
            continue
        nm.start = t.start
        nm.text = doc.text[nm.start : nm.end]
        nm.key = norm_key(nm.text)
        nm.attrs["widened_by"] = "given-name"
        coref.to_given_owner(clusters, nm)


def force_leader_surnames(clusters: list[Cluster], mentions: list[Mention]) -> None:
    """«وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي ... وقال هادي»: a person named by one word alone that ends
    the name of the one listed leader of forces named in the article, and that no clustering placed, is that
    leader (his person mention is inside the forces'); not where two leaders' names end on it."""
    ends: dict[str, set[str]] = {}
    for m in mentions:
        words = str(m.attrs.get("leader") or "").split()
        if m.type == "ORGANIZATION" and words and m.attrs.get("leader_id"):
            ends.setdefault(words[-1], set()).add(str(m.attrs["leader_id"]))
    if not ends:
        return
    for c in clusters:
        if c.kind != "person" or c.gid is not None or c.entry is not None or c.fulls:
            continue
        keys = {norm_key(m.text) for m in c.mentions}
        ids = ends.get(next(iter(keys)), set()) if len(keys) == 1 else set()
        if len(ids) == 1:
            c.entry = next(iter(ids))
