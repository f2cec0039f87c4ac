"""Round en406: a lawyer named with no country of his own takes the country of the article's justice and police
bodies where they are all of one country («قال المحامي سباستيان كورتوا» in an article whose police is «الشرطة
البلجيكية»: BEL; «المحامي سمير بن عمر» where «النيابة العامة» is Tunisia's). The CAMEO agents dictionary codes a
lawyer JUD («LAWYER [~JUD]محامي»), so his actor is that country's JUD. Nothing where the article's justice and police
bodies are of two countries or of none, nor for a listed person. Called by :mod:`.stage` on the finished entities.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key

_JUSTICE = ("JUD", "COP")  # the sectors of a court, a prosecution, a police


def _lawyer(role: str, nouns: frozenset[str]) -> bool:
    """Is ``role`` a lawyer's title («المحامي», «محامي الدفاع»)?"""
    words = norm_key(role).split()
    return bool(words) and words[0].removeprefix("ال") in nouns


def lawyer_countries(doc: Doc) -> None:
    """Give the article's one justice country (and its JUD code) to its lawyers of no country (in place)."""
    nouns = fw_keys("lawyer_nouns")
    lawyers = [e for e in doc.entities if e.type == "PERSON" and not e.country and "gazetteer" not in e.attrs
               and any(_lawyer(r, nouns) for r in e.roles)]
    if not lawyers:
        return
    states = {e.country for e in doc.entities if e.type == "ORGANIZATION" and e.country
              and (e.actor or "")[3:6] in _JUSTICE}
    if len(states) != 1:
        return
    (iso,) = states
    for e in lawyers:
        e.country, e.actor = iso, iso + "JUD"
        e.attrs["country_from"] = "justice_bodies"
