"""Round ev342: a «رفض» that tells no act of rejecting (CAMEO 120), only a stance or a feeling.

* ``named_notion``: the object is «ما» + a verb of naming (``notion_naming_verbs``: «يرفضون ما يسمونه (دين الديمقراطية)»,
  «ترفض ما يسمى بالتطبيع»): a notion under a name the rejecters give it, no proposal, demand or decision
  rejected.
* ``felt_rejection``: a bare «ورفض» (no pronoun of its owner) in a list of feelings after a head of feeling
  (``feeling_heads``: «بمشاعر الاشتياق والعناد ورفض الحاضر»): a mood, no one's rejection told («أعرب عن قلقه
  ورفضه للقرار» keeps its pronoun and stays an act).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop

REJECT = "120"
FEELING_REACH = 5  # tokens back from «ورفض» to the head of feeling of its list
REJECT_KEY = nkey("رفض")


def named_notion(doc: Doc, hit: Hit, b: int) -> bool:
    """«يرفضون ما يسمونه»: the rejection's object is «ما» + a verb of naming."""
    if hit.entry.code != REJECT or hit.j + 2 >= b or doc.tokens[hit.j + 1].norm_key != "ما":
        return False
    key = doc.tokens[hit.j + 2].norm_key
    return key in fw_keys("notion_naming_verbs") or key[:1] == "و" and key[1:] in fw_keys("notion_naming_verbs")


def felt_rejection(doc: Doc, hit: Hit, a: int) -> bool:
    """«بمشاعر الاشتياق والعناد ورفض الحاضر»: a bare «ورفض» listed after a head of feeling."""
    if hit.entry.code != REJECT or hit.i != hit.j or doc.tokens[hit.i].norm_key != "و" + REJECT_KEY:
        return False
    for t in range(hit.i - 1, max(a, hit.i - FEELING_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        key = doc.tokens[t].norm_key
        if key in fw_keys("feeling_heads") or key[:1] == "ب" and key[1:] in fw_keys("feeling_heads"):
            return True
    return False


def refused_notion(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the «رفض» of ``hit`` (sentence tokens ``a``..``b``) rejects a named notion or is a feeling."""
    return named_notion(doc, hit, b) or felt_rejection(doc, hit, a)
