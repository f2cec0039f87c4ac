"""Round qu620: a source set off by commas between a subject and its verb.

«ولا شك أن هولاند، كما تقول مصادر الإليزيه، سيلتقي روحاني»: an aside that opens with «كما/مثلما» (function words
``as_words``) or with «بحسب/وفق ... ما» (``according_tails``) and a verb of saying («تقول», «قال», «ذكرت», «أفاد»),
closed by another comma within ``inserts.STATEMENT_INSERT`` tokens, says who tells the clause; the name before it
is still the subject of the verb after it (Hollande meets Rouhani; the sources do not).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .forms import fw, fw_keys
from .inserts import STATEMENT_INSERT
from .word_tests import clause_break

WHAT = "ما"  # «بحسب ما قال»


def _said_aside(doc: Doc, a: int, k: int) -> bool:
    """Whether tokens ``a``..``k-1`` are «كما تقول مصادر الإليزيه» or «بحسب ما قال فلان»: the opener, a verb of
    saying with no object pronoun («كما قالها» compares) and at least one word of its subject."""
    from ..quotes.cues import match_cue  # (here, not at the top: the quotes package imports the subject search)

    toks = doc.tokens
    key = toks[a].norm_key
    if key in fw_keys("as_words"):
        v = a + 1
    elif key.removeprefix("و") in fw_keys("according_tails"):
        v = a + 2 if a + 1 < k and toks[a + 1].norm_key == WHAT else (a + 1 if key.endswith(WHAT) else k)
    else:
        return False
    if v + 1 >= k:
        return False
    cue = match_cue(doc, v)
    return cue is not None and cue.kind == "verb" and not toks[v].norm_key.endswith(("ها", "ه"))


def said_aside_start(doc: Doc, end: int, sent_start: int) -> int:
    """Where the token right before ``end`` (a verb, «سوف» aside) is the comma that closes a said aside (module
    docstring), the index of the comma that opens it: the subject search ends there; else ``end``."""
    toks = doc.tokens
    k = end - 1
    while k > sent_start and toks[k].norm_key in fw("future"):
        k -= 1
    if k <= sent_start or toks[k].text not in COMMAS:
        return end
    for u in range(k - 1, max(sent_start, k - STATEMENT_INSERT) - 1, -1):
        if clause_break(toks[u].text):
            return end
        if toks[u].text in COMMAS:
            return u if u > sent_start and _said_aside(doc, u + 1, k) else end
    return end
