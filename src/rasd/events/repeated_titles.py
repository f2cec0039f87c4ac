"""Round ev487: «ولي ولي العهد» (the deputy crown prince) is one title: its second «ولي» is no «و» + «لي».

A phrase of content words does not run on a word in «و» (``chunks.build_chunks``: «والمقاتلين» opens a coordinated
phrase). A title of the royal offices (function words ``royal_offices``) whose first word is told twice and begins
with «و» («ولي ولي العهد») runs on past the second one: «نتائج زيارة ولي ولي العهد إلى القاهرة» has the source
phrase «ولي ولي العهد», not «ولي». Nothing after a name («الأمير فلان ولي ولي العهد»: an apposition) or for «الملك وولي العهد» (two people: the second word is «و» + «ولي»).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import lru_cache

from ..doc import Token
from .forms import fw, nkey


@lru_cache(maxsize=1)
def _doubled() -> frozenset[tuple[str, str]]:
    """(first word, third word) keys of each royal office in «و» whose first word is told twice («ولي», «العهد»)."""
    found: set[tuple[str, str]] = set()
    for office in fw("royal_offices"):
        words = [nkey(w) for w in office.split()]
        if len(words) > 2 and words[0] == words[1] and words[0].startswith("و"):
            found.add((words[0], words[2]))
    return frozenset(found)


def repeated_title(toks: Sequence[Token], t: int, u: int, named: Container[int]) -> bool:
    """Whether token ``u + 1`` repeats the royal title word of token ``u`` («ولي | ولي العهد») where that word opens
    the phrase (``u == t``) and no name stands right before it: the title is the party. After a name («الأمير فلان
    ولي ولي العهد») it is the name's apposition, which the title readings take word by word: no run on."""
    key = toks[u].norm_key
    return u == t and u + 2 < len(toks) and t - 1 not in named and toks[u + 1].norm_key == key \
        and (key, toks[u + 2].norm_key) in _doubled()
