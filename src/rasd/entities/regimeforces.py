"""Round ents94: the regime's forces («قوات النظام», «القوات النظامية») in an article that names one regime
(«النظام السوري», «نظام الأسد»: :mod:`.regimes`, keyed ``ORGH:نظام:<ISO>``) are that regime's army.

«وقالت المعارضة إن قوات النظام قصفت حلب ... واتهمت نظام الأسد» → «قوات النظام» SYR, SYRMIL, where the article's
own country was left open (:func:`.forces.home_forces` gave it none). Only a force whose words name the regime
(«نظام»/«النظامية»: «القوات الحكومية» names the government, any government), only where every regime the
article names is of one state, and never over a country a force already has."""

from __future__ import annotations

from ..doc import Entity, Mention
from ..text.normalize import norm_key
from .forces import FORCE_SECTOR

_REGIME_GID = "ORGH:" + norm_key("نظام") + ":"
_REGIME_WORDS = frozenset(norm_key(w) for w in ("النظام", "نظام", "النظامية", "النظاميه", "النظاميين", "النظاميون"))


def _names_regime(m: Mention) -> bool:
    return any(norm_key(w) in _REGIME_WORDS for w in m.text.split())


def regime_forces(ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """A force named by description with no country whose mentions name the regime takes the state of the
    article's one regime (in place): country ``<ISO>``, actor ``<ISO>MIL``."""
    states = {str(m.attrs["gid"])[len(_REGIME_GID):] for e in ents if e.type == "ORGANIZATION"
              for m in by_entity.get(e.id, ()) if str(m.attrs.get("gid", "")).startswith(_REGIME_GID)}
    states.discard("")
    if len(states) != 1:
        return
    (iso,) = states
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.actor or not e.attrs.get("described_force"):
            continue
        ms = by_entity.get(e.id, [])
        if ms and any(_names_regime(m) for m in ms):
            e.country, e.actor = iso, iso + FORCE_SECTOR
            e.attrs["country_from"] = "regime"
