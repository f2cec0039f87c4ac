"""Round ev470: a comparison set off by commas between a verb's phrase and what follows it.

«رد الحوثيون على هذا التقدم، كما في كل مرة، بقصف الأحياء»: an aside that opens with a word of comparison or habit
(function words ``comparison_asides``: «كما» before a preposition, «كعادته», «كالعادة») right after a comma, closed
by another comma within ``inserts.STATEMENT_INSERT`` tokens, with no verb and no clause break inside, says how the act
compares with others; the phrase after it still belongs to the clause before it (``masdar_agents``' reading of the
response's «بـ»).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .forms import fw
from .inserts import STATEMENT_INSERT
from .word_tests import clause_break, finite_verb

LIKE = "كما"  # «as»: a comparison only before a preposition («كما في كل مرة»)


def _compares(doc: Doc, a: int, k: int) -> bool:
    """Whether the aside of tokens ``a``..``k-1`` opens with a word of habit («كالعادة», «كعادته») or with «كما»
    and a preposition («كما في كل مرة»; not «كما قال المتحدث», a source, or «كما أن», a new clause)."""
    key = doc.tokens[a].norm_key.removeprefix("و")
    if key not in fw("comparison_asides"):
        return False
    return key != LIKE or (a + 1 < k and doc.tokens[a + 1].norm_key in fw("prepositions"))


def comparison_aside(doc: Doc, k: int, sent_start: int) -> int | None:
    """Where token ``k`` is the comma that closes a comparison aside («، كما في كل مرة،»), the index of the comma
    that opens it; else None."""
    toks = doc.tokens
    if toks[k].text not in COMMAS:
        return None
    for u in range(k - 1, max(sent_start, k - STATEMENT_INSERT) - 1, -1):
        if toks[u].text in COMMAS:
            return u if u + 1 < k and _compares(doc, u + 1, k) else None
        if clause_break(toks[u].text) or finite_verb(toks[u]):
            return None
    return None
