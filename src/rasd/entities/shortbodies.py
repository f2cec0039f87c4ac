"""Round 67: a body named by the first words of a longer name the article gives with its country.

«الحملة الانتخابية للتحالف المسيحي» in an article that names «التحالف المسيحي الديمقراطي» in Germany: the short
form is the same party, so it takes that country (and the longer name's actor, where it has one). Only a name of
two words or more that has no country of its own, and only where every longer name it opens is of one country
(«الحزب الاشتراكي» in an article about «الحزب الاشتراكي الفرنسي» and «الحزب الاشتراكي الديمقراطي» of Germany
takes none). Not a state's body: «الديوان الملكي» in an article that names «الديوان الملكي الهاشمي» may be another
king's court (a state's body named without its state is the article's state's: :func:`.homeland.home_towns`)."""

from __future__ import annotations

from ..doc import Entity
from ..text.normalize import norm_key
from .homeland import STATE_SECTORS


def short_body_countries(ents: list[Entity]) -> None:
    """Give a country-less organisation (of no actor, or of the longer ones' sector alone) the one country of the
    longer organisations whose names it opens (in place)."""
    named = [(norm_key(e.name).split(), e) for e in ents if e.type == "ORGANIZATION" and e.country]
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.attrs.get("bare_sector"):
            continue
        words = norm_key(e.name).split()
        if len(words) < 2:
            continue
        longer = [x for ws, x in named if len(ws) > len(words) and ws[: len(words)] == words]
        if len({x.country for x in longer}) != 1 or any(str(x.actor or "")[3:] in STATE_SECTORS for x in longer):
            continue
        if e.actor and not all(str(x.actor or "")[3:] == e.actor for x in longer):
            continue  # round en997: a sector alone («الحزب الديمقراطي» PTY) only where the longer's is it (IRQPTY)
        e.country = longer[0].country
        actors = {x.actor for x in longer}
        if len(actors) == 1 and (actor := next(iter(actors))):
            e.actor = actor
        e.attrs["country_from"] = "longer_name"
