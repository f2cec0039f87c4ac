"""Round en812: a kunya in parentheses straight after a person's name is another name of that person: «ناصر
الوحيشي (أبو بصير)», «عمر ناجي (أبو عبد الله)». The kunya's own person (a cluster the first clustering made of
it) joins the named person's, so that its later mentions («قال أبو بصير») are the same man. The kunya heads are
``bracket_kunya_heads`` in ``function_words.json``; a bracket with anything else («(الرئيس السوري)», «(أبو ظبي)»
read as a place) or not right after the name is left alone."""

from __future__ import annotations

from ..events.forms import fw
from ..text.normalize import norm_key
from .coref import Cluster


def _opened(text: str, end: int, start: int) -> bool:
    """Is the text between a name's ``end`` and a mention's ``start`` just an opening parenthesis (and spaces)?"""
    return text[end:start].strip() == "(" and text[start - 1] == "("


def bracket_kunyas(text: str, clusters: list[Cluster]) -> None:
    """Join the person cluster of a bracketed kunya («(أبو بصير)») to the person named right before it."""
    heads = fw("bracket_kunya_heads")
    persons = [c for c in clusters if c.kind == "person" and c.mentions and c.mentions[0].type == "PERSON"]
    ends = {m.end: c for c in persons for m in c.mentions}
    for c in list(persons):
        for m in c.mentions:
            words = m.text.split()
            if len(words) < 2 or norm_key(words[0]) not in heads or text[m.end : m.end + 1] != ")":
                continue
            name = next((o for e, o in ends.items() if e < m.start and _opened(text, e, m.start)), None)
            if name is None or name is c or (name.gid and c.gid and name.gid != c.gid):
                continue
            for x in c.mentions:
                if norm_key(x.text.split()[0]) in heads:
                    x.attrs["kunya"] = True  # (no name of the entity: «ناصر الوحيشي», not «أبو بصير»)
            name.mentions.extend(c.mentions)
            name.mentions.sort(key=lambda x: x.start)
            name.parts.update(c.parts)
            clusters.remove(c)
            persons.remove(c)
            ends = {x.end: o for o in persons for x in o.mentions}
            break
