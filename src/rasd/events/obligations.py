"""Round 72: a pledge kept or broken is no pledge made. The nouns of the pledge entries («تعهد», «تعهدات»,
«التزام») also name the obligations a party holds. :func:`.unperformed.kept` reads a pledge noun in «بـ» right
after a word of keeping («الالتزام بتعهدات الاتفاق»); here the same words (function words ``keeping_words``, with
verbs of honouring and breaking: «إيفاء», «تفي», «انتهاك», «خرق») stand within ``KEEP_REACH`` words before the
noun, past its subject, with or without «بـ», possessed or not: «تلتزم إيران بتعهداتها», «لم تلتزم إيران
تعهداتها», «عدم إيفاء الحكومة بتعهداتها», «انتهاك التزاماتها». The noun is the thing kept, no act of promising;
whether it is kept is another matter (the keeping verbs are no triggers)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit

KEEP_REACH = 3
PRONOUNS = ("هما", "هم", "ها", "ه")


def kept_pledge(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the pledge noun ``hit`` (sentence from token ``a``) names an obligation kept or broken (see the
    module)."""
    if hit.pos != "N" or not hit.entry.code.startswith("03"):
        return False
    return any(_keeping(doc.tokens[k].norm_key) for k in range(max(a, hit.i - KEEP_REACH), hit.i))


def _keeping(key: str) -> bool:
    """Whether ``key`` is a word of keeping, past a «و/ب» before it and a possessive pronoun after it
    («بالتزامها», «واحترامه»)."""
    words = fw("keeping_words")
    for k in (key, key.removeprefix("و")):
        for stem in (k, k.removeprefix("ب")):
            if stem in words or any(stem.endswith(p) and stem[: -len(p)] in words for p in PRONOUNS):
                return True
    return False


__all__ = ["kept_pledge"]
