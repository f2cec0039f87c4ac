"""«نظيره», «نظيرها», «نظراؤه» (his counterpart, her counterpart, his counterparts): a noun of a role a pronoun owns,
relative to the person before it. It is never a word of a person's name («الوزير نظيره كمال ...»: the minister's
counterpart is Kamal, no «نظيره كمال»), and the counterpart holds the office in another state, not the one of the
person it refers to."""

from __future__ import annotations

import re

from ..text.normalize import norm_key

# (after norm_key: «ؤ», «ئ» fold to «و», «ي»; «ة» to «ه»): the noun, dual, feminine or plural, then its pronoun
_COUNTERPART = re.compile(r"(?:[وف]?[بل]?)(?:نظير(?:ت|ي|ا|تا|تي)?|نظرا[ءوي]?)(?:ه|ها|هم|هما|هن|ك|كم|ي|نا)")


def counterpart(text: str) -> bool:
    """Is the word ``text`` (any surface, its clitics too: «ونظيره», «بنظيرها») a counterpart noun with its
    pronoun? Not the given name «نظيرة» (Nazira), written with «ة»."""
    return not text.endswith("ة") and _COUNTERPART.fullmatch(norm_key(text)) is not None
