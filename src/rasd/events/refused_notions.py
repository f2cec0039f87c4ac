"""Round ev342: a «رفض» that tells no act of rejecting (CAMEO 120), only a stance or a feeling.

* ``named_notion``: the object is «ما» + a verb of naming (``notion_naming_verbs``: «يرفضون ما يسمونه (دين الديمقراطية)»,
  «ترفض ما يسمى بالتطبيع»): a notion under a name the rejecters give it, no proposal, demand or decision
  rejected.
* ``felt_rejection``: a bare «ورفض» (no pronoun of its owner) in a list of feelings after a head of feeling
  (``feeling_heads``: «بمشاعر الاشتياق والعناد ورفض الحاضر»): a mood, no one's rejection told («أعرب عن قلقه
  ورفضه للقرار» keeps its pronoun and stays an act).

Round tp404 (``rejected_evil``): a «رفض» of a phenomenon (``generic_evils``: «عبر عن رفضه لكل أساليب العنف والإرهاب»,
«رفضها للإرهاب») rejects no proposal, demand or decision (CAMEO 12): it condemns (111), like «أدان الإرهاب» told of
an attack. Between the two may stand a word of all (``any_all_words``: «لكل») and a noun of its kinds or forms
(``evil_kind_heads``: «أساليب», «أشكال»); «رفضه للقرار» stays a rejection.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import bare_key_at, clause_stop

REJECT = "120"
CONDEMN = "111"  # CAMEO: criticise or denounce
EVIL_REACH = 3  # words after the rejection up to its phenomenon: «لكل أساليب العنف»
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


def rejected_evil(doc: Doc, hit: Hit, b: int) -> bool:
    """«عبر عن رفضه لكل أساليب العنف والإرهاب»: the rejection's object (right after it, with «لـ» or not, past a
    word of all and a noun of kinds) is a phenomenon of ``generic_evils`` (see the module)."""
    return hit.entry.code == REJECT and evil_after(doc, hit.j, b)


def evil_after(doc: Doc, j: int, b: int) -> bool:
    """Whether the words after token ``j`` (a rejection's word; the sentence ends at token ``b``) name a phenomenon
    of ``generic_evils``, past a word of all and a noun of kinds (:func:`rejected_evil`; the performative
    «أعلنت رفضها للإرهاب» asks it too)."""
    for t in range(j + 1, min(b, j + 1 + EVIL_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = bare_key_at(doc, t, "generic_evils", "any_all_words", "evil_kind_heads")
        if key.startswith("لل"):
            key = "ال" + key[2:]  # «للعنف», «للإرهاب»
        if key in fw("generic_evils"):
            return True
        if key not in fw("any_all_words") and key not in fw("evil_kind_heads"):
            return False
    return False


def refused_notion(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the «رفض» of ``hit`` (sentence tokens ``a``..``b``) rejects a named notion or is a feeling."""
    return named_notion(doc, hit, b) or felt_rejection(doc, hit, a)
