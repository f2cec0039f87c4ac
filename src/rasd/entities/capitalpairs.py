"""Round ents97: two capitals joined by «و» after «بين» and a noun of relations are their governments.

«العلاقة بين الرياض والقاهرة» (the relations between Riyadh and Cairo), «التنسيق الأمني بين عمّان ورام الله»: the
states' governments deal with each other (``SAUGOV``, ``EGYGOV``), as «قالت واشنطن» is the government speaking. Not
two capitals after «بين» and a noun of travel or distance («الرحلات بين الرياض والقاهرة», «المسافة بين ...»):
the towns; nor a capital and a town that is none.
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

# nouns of relations between states (and one adjective may follow the noun: «العلاقات الثنائية بين»)
_RELATIONS = frozenset(norm_key(w) for w in (
    "علاقة", "علاقات", "تعاون", "تنسيق", "خلاف", "خلافات", "توتر", "أزمة", "محادثات", "مفاوضات", "اتفاق",
    "تقارب", "قطيعة", "حوار", "وساطة", "مصالحة", "تحالف", "شراكة", "نزاع", "صراع", "تنافس"))
_BETWEEN = norm_key("بين")


def _relation_noun(key: str) -> bool:
    """«العلاقة», «والعلاقات», «علاقات»: a noun of relations, past «و» and «ال»."""
    return key.removeprefix("و").removeprefix("ال") in _RELATIONS or key.removeprefix("ال") in _RELATIONS


def capital_pairs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Mark both capitals of «<relations> بين X وY» as their states' governments (``attrs["government"]``)."""
    capitals = sorted((m for m in mentions if m.type == "LOCATION" and m.attrs.get("kind") == "capital"
                       and m.source == "gazetteer"), key=lambda m: m.start)
    toks = doc.tokens
    starts = {t.start: i for i, t in enumerate(toks)}
    for a, b in zip(capitals, capitals[1:]):
        if doc.text[a.end : b.start] != " و" or a.start not in starts:
            continue
        i = starts[a.start]
        if i < 2 or toks[i - 1].norm_key != _BETWEEN:
            continue
        if not (_relation_noun(toks[i - 2].norm_key) or i >= 3 and _relation_noun(toks[i - 3].norm_key)
                and toks[i - 2].norm_key.startswith("ال")):
            continue
        for m in (a, b):
            e = gaz.by_id.get(str(m.attrs.get("gid") or ""))
            if e is not None and e.country and "government" not in m.attrs:
                m.attrs["government"] = e.country + "GOV"
