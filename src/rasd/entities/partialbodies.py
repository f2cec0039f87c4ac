"""Round en946: a listed body named in part is the whole body of the state the article names.

Some bodies are named in the news by the first words of their name alone, and those words name no state: «حكومة
الإنقاذ» is Libya's Tripoli government of 2014–2016 («حكومة الإنقاذ الوطني», LBYGOV) in an article on Libya, but
Khartoum's government in one on Sudan. The gazetteer lists such a part as a body of no country
(``orgs_extra.tsv``: «حكومة الإنقاذ», GOV), and ``partial_body_names`` (function words) pairs it with the whole
body and the other states it may stand for. In an article whose sentences name the whole body's country (a country
word, its adjective or a place or body of it: the sentences' evidence) and none of those others, the part is that
body: its cluster joins the whole one's where the article names that too («خليفة الغويل، رئيس حكومة الإنقاذ الوطني
... واتهمت حكومة الإنقاذ»), else it takes the whole one's id (its country and actor with it). An article that names
none of them, or another of them too («ليبيا» and «السودان»), leaves the part as it is. Run on the resolver's
clusters, before the bodies of no country take the article's state.
"""

from __future__ import annotations

from ..events.forms import fw
from .coref import Cluster
from .gazetteer import Gazetteer


def _rows() -> dict[str, tuple[str, frozenset[str]]]:
    """``partial_body_names``: the part's id → the whole body's id and the other states the part may name."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in fw("partial_body_names"):
        part, whole, *others = row.split()
        out[part] = (whole, frozenset(others))
    return out


def partial_bodies(clusters: list[Cluster], evidence: list[set[str]], gaz: Gazetteer) -> None:
    """Make each listed part of a body's name the whole body where the article names its state only (in place)."""
    rows = _rows()
    parts = [c for c in clusters if c.gid is not None and c.gid in rows]
    if not parts:
        return
    named = {iso for sentence in evidence for iso in sentence}
    for c in parts:
        whole, others = rows[str(c.gid)]
        entry = gaz.by_id.get(whole)
        if entry is None or entry.country not in named or named & others:
            continue
        into = next((o for o in clusters if o.gid == whole), None)
        if into is None:
            c.gid, c.kind = whole, entry.kind  # «واتهمت حكومة الإنقاذ البرلمان الليبي»: Libya's, named in part only
            continue
        into.mentions.extend(c.mentions)  # «حكومة الإنقاذ الوطني ... حكومة الإنقاذ»: one body
        into.mentions.sort(key=lambda m: m.start)
        clusters.remove(c)
