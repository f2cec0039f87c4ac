"""Round en496: an adjective after a title that is the holder's predicate, not his name.

Some adjectives are also given names (``predicate_adjective_names``: «مؤمن», «واثق»). Right after a title, one of
them followed by «بـ» on a definite noun or by «بأن/بأنه» says what the title's holder is: «الرئيس مؤمن بالحرية»
(the president believes in freedom), «الوزير واثق بأن الحل قريب». The same word before anything else stays a name
(«الرئيس مؤمن الحسيني»)."""

from __future__ import annotations

from ..doc import Token
from ..events.forms import fw_keys
from .gazetteer import clitic_variants
from .units import Unit


def _bi_clause(u: Unit) -> bool:
    """Is ``u`` «بـ» on a definite noun («بالحرية») or «بأن/بأنه»?"""
    if u.punct or not u.tok.text.startswith("ب"):
        return False
    return u.key in ("بان", "بانه", "بانها") or any(off == 1 and k.startswith("ال") for k, off, _ in u.variants)


def predicate_after_title(units: list[Unit], j: int) -> bool:
    """Is the one word at ``units[j]`` after a title a predicate adjective rather than a name («الرئيس مؤمن
    بالحرية»)?"""
    return units[j].key in fw_keys("predicate_adjective_names") and j + 1 < len(units) \
        and _bi_clause(units[j + 1])


def predicate_token(toks: list[Token], span: list[Token]) -> bool:
    """Is the tagger's one-word person run ``span`` such a predicate adjective, «بـ» on a definite noun or «بأن»
    after it («الرئيس مؤمن بالحرية»)?"""
    if len(span) != 1 or span[0].norm_key not in fw_keys("predicate_adjective_names"):
        return False
    at = next((i for i, t in enumerate(toks) if t is span[0]), -1)
    if at < 0 or at + 1 >= len(toks):
        return False
    nxt = toks[at + 1]
    return nxt.norm_key in ("بان", "بانه", "بانها") or any(
        off == 1 and k.startswith("ال") for k, off, _ in clitic_variants(nxt.text))
