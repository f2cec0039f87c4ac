"""Round en846: the bare «المقاومة» is the resistance the article names in full.

A group the ``groups`` stage reads as «المقاومة» (``data/events/agent_groups.tsv`` row «مقاومة», REB) with no
country of its own is, in an article that names a resistance body with a country («المقاومة الشعبية» YEMMIL,
«المقاومة الشعبية الجنوبية» YEMREB), that body's short form: «وتقدمت المقاومة الشعبية نحو لحج ... وسيطرت المقاومة على
قاعدة العند» → YEMMIL. Its country and sector are those of the body named last before it (else the first named after
it), where all such bodies of the article are of one country; none where they are of two («المقاومة الإسلامية في
لبنان» and «المقاومة الفلسطينية»). Where the article names no such body, :mod:`.home_groups` may give it the country
the article is about («المقاومة» in an article on Yemen: YEMREB). Called by :func:`.groups.make_groups` on each group
it reads.
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Entity
from .forms import nkey
from .group_lexicon import bare_key
from .group_phrases import Found

_RESISTANCE = bare_key(nkey("المقاومة"))  # (its key without the article)


def _resistance_bodies(doc: Doc) -> list[tuple[int, Entity]]:
    """Each mention's start of the article's organisations whose name opens on «المقاومة» and that have a country
    and an actor of that country («المقاومة الشعبية» YEMMIL), in the order of the text."""
    got = [(m.start, e) for e in doc.entities if e.type == "ORGANIZATION" and e.country and e.actor
           and e.actor.startswith(e.country) and len(e.actor) > len(e.country)
           and bare_key(nkey(e.name.split()[0])) == _RESISTANCE for m in e.mentions]
    return sorted(got, key=lambda p: p[0])


def resistance_body(doc: Doc, got: Found) -> Found:
    """Give a bare «المقاومة» group the country and sector of the resistance body the article names (see the
    module); ``got`` itself, changed or not."""
    if got.country is not None or [bare_key(nkey(w)) for w in got.name.split()] != [_RESISTANCE]:
        return got
    bodies = _resistance_bodies(doc)
    if not bodies or len({e.country for _, e in bodies}) != 1:
        return got
    before = [e for at, e in bodies if at < got.span.start]
    body = before[-1] if before else bodies[0][1]
    country = str(body.country)
    got.country = country
    got.head = replace(got.head, sector=str(body.actor)[len(country):])
    return got
