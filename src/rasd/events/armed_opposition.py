"""Round en613: the armed opposition. The opposition's forces, fighters or factions («قوات المعارضة», «مقاتلو
المعارضة», «فصائل المعارضة المسلحة», «المعارضة المسلحة», «كتائب المعارضة»: rows of ``data/events/agent_groups.tsv``,
sector REB) are a group of their own, not the political opposition body the article names («المعارضة السورية»,
«الائتلاف الوطني السوري»: OPP, who talk and negotiate). Such a group whose phrase names no country takes the
country of the one opposition body named «المعارضة» + a country adjective in the article («المعارضة السورية» …
«وهاجمت قوات المعارضة»: SYRREB); none where there is none or more than one («المعارضة السورية» and «المعارضة
اليمنية»). Called by :func:`.groups.make_groups` on each group it reads."""

from __future__ import annotations

from ..doc import Doc, Entity
from .forms import nkey
from .group_lexicon import bare_key, country_word
from .group_phrases import Found

_OPPOSITION = bare_key(nkey("المعارضة"))  # (its key without the article)


def opposition_body(e: Entity) -> bool:
    """Is ``e`` a political opposition organisation («المعارضة السورية», «الائتلاف الوطني السوري»: SYROPP), whose
    forces or fighters are not it but the armed opposition?"""
    return e.type == "ORGANIZATION" and (e.actor or "").endswith("OPP")


def opposition_country(doc: Doc) -> str | None:
    """The country of the one opposition organisation of the article named «المعارضة» + a country adjective
    («المعارضة السورية» SYROPP → SYR); None where none or more than one is."""
    got = {e.country for e in doc.entities if opposition_body(e) and e.country
           and any(len(ws) == 2 and bare_key(nkey(ws[0])) == _OPPOSITION
                   and country_word(bare_key(nkey(ws[1]))) == e.country for ws in (a.split() for a in e.aliases))}
    return got.pop() if len(got) == 1 else None


def armed_opposition_country(doc: Doc, got: Found) -> Found:
    """Give an armed opposition group with no country word («قوات المعارضة» REB) the country of the article's one
    named opposition (:func:`opposition_country`: «المعارضة السورية» → SYRREB); ``got`` itself, changed or not."""
    words = {bare_key(nkey(w)) for w in got.name.split()}
    if got.country is None and got.head.sector == "REB" and _OPPOSITION in words:
        got.country = opposition_country(doc)
    return got
