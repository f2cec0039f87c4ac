"""One stripper of the clitic letters written on the front of a word, for the rules that read a word past them.

Many rules compare a word with a list past its conjunction («وسيكون» → «سيكون», «فهاجم» → «هاجم») or past «و/ب/ل»
(«وبحسب» → «حسب», «لإحصائيات» → «إحصائيات»). They read these helpers, so that the clitics are stripped one way:

- :func:`past_and`: one leading «و/ف» off a matching key, where what remains is a word of a list when one is given
  («ومن» → «من» for the prepositions; «فرضيات» stays, «رضيات» being no word of theirs);
- :func:`past_clitics`: «و», then «ب», then «ل» off a key, each at most once («وبحسب» → «حسب», «وللمرصد» → «لمرصد»);
- :func:`definite_key`: «و» and a «لـ/بـ» glued to the article off a key, the article kept («وللرضيع» → «الرضيع»,
  «بالطائرات» → «الطائرات»);
- :func:`token_past_and`: a token's key past a «و/ف» that the segmenter split off as a proclitic («وسيكون»; not the
  «ف» of «فرضيات», a letter of the word).
"""

from __future__ import annotations

from collections.abc import Container
from typing import Final

from ..spans import Token

AND_PREFIXES: Final = ("و", "ف")  # the conjunctions written on a word: «وقال», «فهاجم»
CLITIC_PREFIXES: Final = ("و", "ب", "ل")  # «و», then the prepositions «ب», «ل»: «وبحسب», «لإحصائيات»


def past_and(key: str, within: Container[str] | None = None, prefixes: tuple[str, ...] = AND_PREFIXES) -> str:
    """``key`` without one leading letter of ``prefixes`` («و/ف»: «وسيكون» → «سيكون»), where ``within`` is given only
    when what remains is in it («ومن» → «من» in the prepositions; «فرضيات» stays); else ``key``."""
    if key[:1] in prefixes and (within is None or key[1:] in within):
        return key[1:]
    return key


def past_clitics(key: str, prefixes: tuple[str, ...] = CLITIC_PREFIXES) -> str:
    """``key`` past each of ``prefixes`` in turn, each at most once: «وبحسب» → «حسب», «ولحين» → «حين», «بحسب» →
    «حسب», «وللمرصد» → «لمرصد» (one «ل»)."""
    for p in prefixes:
        key = key.removeprefix(p)
    return key


def definite_key(key: str) -> str:
    """``key`` less a first «و» and a «لـ/بـ» glued to the article, which stays («وللرضيع» → «الرضيع», «بالطائرات» →
    «الطائرات», «للمقاتلين» → «المقاتلين»); a word with no article keeps its «لـ/بـ» («لمدينة»)."""
    key = key.removeprefix("و")
    if key.startswith("لل"):
        return "ال" + key[2:]
    return key[1:] if key[:1] in ("ل", "ب") and key[1:3] == "ال" else key


def token_past_and(tok: Token) -> str:
    """The token's matching key without a proclitic «و/ف» that the segmenter split off («وسيكون» → «سيكون»; not the
    «ف» of «فرضيات», which is no proclitic)."""
    lead = tok.words[0] if len(tok.words) > 1 and tok.words[0].kind == "proclitic" else None
    return tok.norm_key[1:] if lead is not None and lead.norm in AND_PREFIXES and tok.norm_key[:1] == lead.norm \
        else tok.norm_key
