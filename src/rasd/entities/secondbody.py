"""A definite body's head and the definite head of another body right after it are two bodies, not one name (round
en629): «وانتقدت المعارضة الحكومة السورية» is the opposition (the subject) and the Syrian government (the object),
not «المعارضة الحكومة السورية»; a definite noun takes no genitive, so «الحكومة» is no complement of «المعارضة».

An adjective of a body's kind that is a head too stays its complement: «القوات البحرية» (the navy), «الوزارة
الخارجية»; and an indefinite head takes its genitive: «وزارة الداخلية», «قوات الجيش»."""

from __future__ import annotations

from .gazetteer import Gazetteer


def adjective_shape(key: str) -> bool:
    """«البحرية», «الخارجية»: a word ending as an adjective (nisba) does."""
    return key.endswith(("يه", "ي")) and len(key) > 4


def second_body(g: Gazetteer, head: str, key: str) -> bool:
    """Is ``key`` (a complement's first word after the body's ``head`` key) the definite head noun of another body
    after a definite head («المعارضة» + «الحكومة», «الشرطة» + «الجيش»)?"""
    return head.startswith("ال") and key.startswith("ال") and (key,) in g.org_heads and not adjective_shape(key)
