"""Round 69: places and bodies read by the unit noun before them (called by :mod:`.stage`).

* «في قضاء دوجو بيازيد», «بولاية أجري شرقي تركيا»: a name right after the noun of a district or a province
  (``unit_place_heads``) that the tagger read as a person is the place; a word no mention covers there, followed by
  a compass word or a country, is the place too (not «ولاية ثانية»: nothing of a place after it); the tagger's other
  person mentions of a name so retyped are that place too;
* «مخفر للدرك»: a corps' noun (``corps_not_places``, the gendarmerie) is no place; read alone as one it is the
  police body of the article's state (its head noun names the police, no town);
* «تورونتو ولوس أنجليس وباكو»: in a «و» list of three names or more, most of them listed places, a tagged person or
  a listed place read as a body is a place;
* «على متن (ديغنيتي)»: a name right after «متن» (``aboard_nouns``) is a vessel's, no person's (dropped);
* after the clustering: «قوات خفر السواحل الإيطالية» and «خفر السواحل الإيطالية» in one article are one body: a
  name of two words or more and the same name after «قوات» (``force_collective_heads``) are merged.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .coref import Cluster
from .dockeys import none_in
from .gazetteer import Entry, Gazetteer, clitic_head_offset, clitic_variants, phrase_of


@lru_cache(maxsize=1 << 16)  # (per token of every article: a pure function of the word and the list)
def _is_head(text: str, heads: frozenset[str]) -> bool:
    return clitic_head_offset(text, heads) is not None


def _given(word: str, gaz: Gazetteer) -> bool:
    w = gaz.name_word(norm_key(word))
    return w is not None and "g" in w.flags


def unit_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«قضاء دوجو بيازيد», «ولاية أجري شرقي تركيا»: the place named right after a district's or a province's noun."""
    heads = fw_keys("unit_place_heads")
    if none_in(doc, heads):
        return  # (no token reads as a head: see .dockeys)
    compass = fw_keys("compass")
    toks = doc.tokens
    named: set[str] = set()
    for i, tok in enumerate(toks[:-2]):
        if not _is_head(tok.text, heads):
            continue
        nxt = toks[i + 1]
        if doc.text[tok.end:nxt.start].strip() or not nxt.text.isalpha():
            continue
        at = [m for m in mentions if m.start == nxt.start]
        if at:
            for m in at:
                if m.type == "PERSON" and m.source == "model" and not m.attrs.get("gid") \
                        and not _given(m.text.split()[0], gaz):
                    m.type = "LOCATION"
                    named.add(m.key)
            continue
        if any(m.start < nxt.end and nxt.start < m.end for m in mentions):
            continue
        after = toks[i + 2]
        country = any(m.start == after.start and m.type == "LOCATION" and m.attrs.get("kind") == "country"
                      for m in mentions)
        if doc.text[nxt.end:after.start].strip() or not (after.norm_key in compass or country):
            continue
        if _given(nxt.text, gaz) or nxt.text.startswith("ال"):
            continue
        mentions.append(Mention(nxt.start, nxt.end, nxt.text, "LOCATION", "pattern", nxt.norm_key, None,
                                {"kind": "district"}))
    for m in mentions:  # («ولاية رود أيلاند» ... «رود أيلاند» alone later: the same place)
        if m.type == "PERSON" and m.source == "model" and m.key in named and not m.attrs.get("gid"):
            m.type = "LOCATION"


def vessel_names(doc: Doc, mentions: list[Mention]) -> None:
    """«على متن (ديغنيتي)»: a name right after «متن» (aboard) is a ship's or a plane's, no person's; dropped."""
    aboard = fw_keys("aboard_nouns")
    for m in list(mentions):
        if m.type != "PERSON" or m.attrs.get("gid"):
            continue
        before = doc.text[max(0, m.start - 20):m.start].rstrip(" («\"").split()
        if before and norm_key(before[-1]) in aboard:
            mentions.remove(m)


def _listed_place(gaz: Gazetteer, text: str) -> Entry | None:
    e = gaz.phrases.get(phrase_of(text))
    return e if isinstance(e, Entry) and e.type == "LOCATION" else None


def place_lists(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«تورونتو ولوس أنجليس وباكو»: in a list of three names or more joined by «و», most of them listed places (as
    the rules or the lists read them: the tagger's body «تورونتو» and person «لوس أنجليس» are listed towns), a
    name the tagger read as a person, or a listed place read as a body or a person, is a place too."""
    ms = sorted(mentions, key=lambda m: m.start)
    chains: list[list[Mention]] = []
    for m in ms:
        if chains and doc.text[chains[-1][-1].end:m.start] == " و":
            chains[-1].append(m)
        else:
            chains.append([m])
    for chain in chains:
        listed = [m for m in chain if m.type == "LOCATION" and str(m.attrs.get("gid", "")).startswith("LOC:")
                  or m.type != "LOCATION" and not m.attrs.get("gid") and _listed_place(gaz, m.text)]
        if len(chain) < 3 or 2 * len(listed) < len(chain):
            continue
        for m in chain:
            if m.type in ("PERSON", "ORGANIZATION") and not m.attrs.get("gid") and (e := _listed_place(gaz, m.text)):
                m.type, m.source = "LOCATION", "gazetteer"
                m.attrs = {"gid": e.id, "kind": e.kind}
            elif m.type == "PERSON" and m.source == "model" and not m.attrs.get("gid"):
                m.type = "LOCATION"


def corps_not_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مخفر للدرك»: the gendarmerie read as a place alone is the police body (its clitic left out of the span)."""
    corps = {norm_key(w): w for w in fw("corps_not_places")}
    for m in mentions:
        if m.type != "LOCATION":
            continue
        reads = [(k, off) for k, off, _ in clitic_variants(m.text)] + [(norm_key(str(m.attrs.get("form", ""))), 0)]
        hit = next(((k, off) for k, off in reads if k in corps), None)  # (the tagger's «لدرك» read as «الدرك»)
        if hit is None:
            continue
        k, off = hit
        head = gaz.org_heads.get((k,))
        m.type, m.source, m.key = "ORGANIZATION", "pattern", k
        m.start += off
        m.text = doc.text[m.start:m.end]
        m.attrs = {"form": corps[k], "kind": "gov", "bare_sector": head[0] if head else "COP",
                   "gid": "ORGH:" + " ".join(w.removeprefix("ال") for w in k.split()) + ":"}


def _same_gid(forces: str | None, body: str | None) -> bool:
    """The two bodies' lexicon ids agree: none, or one with «قوات» the other without (``ORGH:قوات خفر سواحل:ITA``)."""
    if forces is None or body is None:
        return True
    return forces == body or forces.replace(":قوات ", ":", 1) == body


def force_bodies(clusters: list[Cluster]) -> None:
    """«قوات خفر السواحل الإيطالية» and «خفر السواحل الإيطالية»: one body (merged into the «قوات» one)."""
    heads = fw_keys("force_collective_heads")
    bodies = [c for c in clusters if c.kind != "person" and c.mentions
              and all(m.type == "ORGANIZATION" for m in c.mentions)]
    by_key: dict[str, Cluster] = {}
    for c in bodies:
        for m in c.mentions:
            by_key.setdefault(m.key.removeprefix("ال"), c)
    for c in bodies:
        if c not in clusters:
            continue
        for m in list(c.mentions):
            first, _, rest = m.key.partition(" ")
            if first not in heads or len(rest.split()) < 2:
                continue
            o = by_key.get(rest.removeprefix("ال"))
            if o is None or o is c or o not in clusters or not _same_gid(c.gid, o.gid):
                continue
            c.mentions.extend(o.mentions)
            c.mentions.sort(key=lambda x: x.start)
            clusters.remove(o)
