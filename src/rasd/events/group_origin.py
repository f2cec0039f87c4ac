"""Round gr402: where a group is from, read after its head by the ``groups`` stage (rasd.events.groups): «من» +
(a count or part, function words ``group_quantifiers``) + «الدول/دول» + a country or people adjective («الوفود
الدبلوماسية من بعض الدول الأوروبية»: the European states' delegations, EUR; «مقاتلون من دول أوروبية»): that
adjective's code. Nothing for states of no listed adjective («من الدول العربية», «من دول الجوار»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .group_lexicon import country_word, word_key

STATES = ("دول",)  # (the key of «الدول», «دول», «ودول» without the article)
REACH = 2  # counts or parts between «من» and «الدول» («من بعض الدول»)


def from_states(doc: Doc, end: int) -> tuple[str | None, int]:
    """The code of the states a group is «من» right after its head ending at ``end`` (module docstring), and where
    the adjective ends; (None, end) where none."""
    k = doc.token_from(end)
    toks = doc.tokens
    if k is None or toks[k].start > end + 1 or toks[k].norm_key != "من":
        return None, end
    k += 1
    first = k
    while k < len(toks) and k - first < REACH and nkey(toks[k].text) in fw_keys("group_quantifiers"):
        k += 1
    if k + 1 >= len(toks) or word_key(toks[k]) not in STATES:
        return None, end
    code = country_word(word_key(toks[k + 1]))
    return (code, toks[k + 1].end) if code is not None else (None, end)
