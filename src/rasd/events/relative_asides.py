"""Round ev1005: a relative clause set off by commas between a verb of calling's addressee and its complement
(«دعا المبعوث الأممي الفصائل الليبية، التي لم توقع على الاتفاق ...، إلى فعل ذلك»). The lexicon looks for the «near»
word of such a verb («إلى») within ``lexicon.NEAR_WINDOW`` (``ASIDE_WINDOW``) words; a long aside carries it past that reach and the
call is lost. ``past_relative_aside`` gives the first token after the aside's closing comma, where the «near» word
is then looked for again (within ``lexicon.CLOSE_WINDOW``): only an aside that opens with a relative (function words
``relatives``, «، التي», «، والذي») within the usual reach and closes with a comma in the same sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import fw
from .word_tests import clause_break

COMMAS = ("،", ",")
ASIDE_WINDOW = 12  # words from the verb to the comma that opens the aside (the lexicon's NEAR_WINDOW)
ASIDE_REACH = 30  # words of the aside from its relative to the comma that closes it


def past_relative_aside(tokens: Sequence[Token], start: int) -> int:
    """The token after the comma that closes a relative aside opening within ``ASIDE_WINDOW`` tokens of ``start``,
    else the end of ``tokens`` (a full stop first, no relative after the first comma, or no closing comma within
    ``ASIDE_REACH``)."""
    n = len(tokens)
    for k in range(start, min(n - 1, start + ASIDE_WINDOW)):
        if clause_break(tokens[k].text):
            return n
        if tokens[k].text not in COMMAS:
            continue
        if tokens[k + 1].norm_key.removeprefix("و") not in fw("relatives"):
            return n
        for u in range(k + 2, min(n, k + 2 + ASIDE_REACH)):
            if clause_break(tokens[u].text):
                return n
            if tokens[u].text in COMMAS:
                return u + 1
        return n
    return n
