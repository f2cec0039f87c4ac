"""Round en425: a person whose role names a royal court placed by the article («عبد الله الربيعة المستشار بالديوان
الملكي», «نائب رئيس الديوان الملكي») takes the court's country and its sector (GOV), once
:func:`.localcountries.court_country` has placed it: :mod:`.rolebodies` reads the bodies a role names before the
article's own country is known, when the court has none yet. Only a person of no country, whose role holds the
court's name and one of whose mentions shares a sentence with one of the court's."""

from __future__ import annotations

from ..doc import Doc, Entity
from ..text.normalize import norm_key
from .personloops import take_country


def _sentences(doc: Doc, e: Entity) -> set[int]:
    """The indices of the sentences ``e``'s mentions stand in."""
    return {i for m in e.mentions for i, s in enumerate(doc.sentences) if s.start <= m.start < s.end}


def court_holders(doc: Doc, ents: list[Entity]) -> None:
    """Give each person of no country whose role names a placed court (kind ``gov``, placed by the article) the
    court's country and sector (in place; called by :func:`.localcountries.court_country`)."""
    courts = [e for e in ents if e.type == "ORGANIZATION" and e.country and e.attrs.get("kind") == "gov"
              and e.attrs.get("country_from") == "article" and "gazetteer" in e.attrs]
    if not courts:
        return
    placed = [(court, norm_key(court.name), _sentences(doc, court)) for court in courts]  # (made once)
    for e in ents:
        if e.type != "PERSON" or e.country:
            continue
        roles = [norm_key(r) for r in e.roles]
        for court, name, where in placed:
            if any(name in r for r in roles) and _sentences(doc, e) & where:
                take_country(e, court, "role_body:")
                break
