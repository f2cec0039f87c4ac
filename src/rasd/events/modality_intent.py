"""Session 54 (mo943), modality: an intention, an expectation or an aim that governs an act past a comma.

The keys the modality reads before a trigger stop at a comma (``modality.keys_before``), so the word that makes an
act still to come is lost where the writer sets something off between them:

- «يعتزم الجيش، بعد استكمال الاستعدادات، مهاجمة مواقع», «وتعتزم الحكومة، بحسب مصادر مطلعة، إجراء محادثات»,
  «ومن المتوقع، وفق مصادر، أن يلتقي»: an act right after an aside set off by two commas (at most ``ASIDE_REACH``
  tokens, no end mark or quotation mark in it), the aside opening right after a word of intending, expecting or
  aiming (``intent_verbs``, ``expect_verbs``, ``aims``; «من المقرر/المنتظر/المتوقع/المرجح») and at most
  ``SUBJECT_REACH`` keys of its subject: planned (`over_aside`).
- «تسعى القوات لإنهاء ...، وبالتالي استكمال سيطرتها»: a noun act right after «، وبالتالي/ومن ثم»
  (``consequence_links``) whose clause before the comma is governed by such a word: what the aim is to bring
  about, planned (`aim_consequence`).
- «من المتوقع أن تعقد الحكومة اجتماعا، وأن توقع اتفاقا»: a verb right after «وأن» joining an «أن» clause that such
  a word governs: planned too (`expected_conjunct`, as ``modality_cues.obliged_conjunct`` for a duty).

Not an act told as done after such a word: «أعلن أنه شن هجوما، كما كان ينوي» (the word after the act), «وقد نفذ ما
كان ينويه، إذ هاجم» (the intention is the relative's, no aside after it).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import QUOTE_MARKS
from ..text.normalize import COMMAS
from .forms import fw
from .lexicon import Hit
from .tense import imperfect
from .modality_cues import joined_clause_keys
from .word_tests import clause_stop

ASIDE_REACH = 6  # tokens at most inside the commas of an aside («، بعد استكمال الاستعدادات،»)
SUBJECT_REACH = 3  # keys at most from the word of intending to the aside («تعتزم الحكومة اليمنية،»)
CLAUSE_REACH = 12  # keys of the clause before «، وبالتالي» read for its word of aiming
EXPECTED_REACH = 3  # keys before the first «أن» read for the word of expecting («ومن المتوقع أن»)
_ENDS = (".", "؟", "?", "!", ":", "؛", ";")
_LINKS = ("ان", "بان", "الي")  # what may stand between the aside and the act («، أن يلتقي», «، إلى استعادة»)
_SCHEDULED = ("المقرر", "المنتظر", "المتوقع", "المرجح", "الارجح")  # after «من»: «من المقرر أن»


def _intent_word(keys: list[str]) -> bool:
    """Whether one of ``keys`` is a word of intending, expecting or aiming, or «من» + a word of schedule."""
    for n, key in enumerate(keys):
        k = key.lstrip("وف")
        if k in fw("intent_verbs") or k in fw("expect_verbs") or k in fw("aims"):
            return True
        if key in _SCHEDULED and n > 0 and keys[n - 1].lstrip("وف") == "من":
            return True
    return False


def _carrier(key: str) -> bool:
    """A masdar that carries out, starts or goes on with the act after it («إجراء محادثات», «استعادة السيطرة»,
    «استكمال سيطرتها»: ``purpose_masdars`` less their «لـ», ``continuing_masdars``, ``resumption_masdars``)."""
    return "ل" + key in fw("purpose_masdars") or key in fw("continuing_masdars") or key in fw("resumption_masdars")


def _comma(doc: Doc, t: int) -> bool:
    return doc.tokens[t].text in COMMAS


def over_aside(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«يعتزم الجيش، بعد استكمال الاستعدادات، مهاجمة مواقع الحوثيين»: see the module."""
    c = hit.i - 1
    if c > sent_start and (doc.tokens[c].norm_key in _LINKS or _carrier(doc.tokens[c].norm_key)):
        c -= 1  # («، أن يلتقي», «، إلى استعادة», «، إجراء محادثات»: the masdar that carries it out)
    if c - 2 < sent_start or not _comma(doc, c):
        return False
    opening = None
    for t in range(c - 1, max(sent_start, c - ASIDE_REACH - 1) - 1, -1):
        text = doc.tokens[t].text
        if text in _ENDS or text in QUOTE_MARKS:
            return False
        if _comma(doc, t):
            opening = t
            break
    if opening is None or opening == c - 1:
        return False
    keys: list[str] = []
    for t in range(opening - 1, max(sent_start, opening - SUBJECT_REACH - 2) - 1, -1):
        if clause_stop(doc.tokens[t].text) or doc.tokens[t].text in QUOTE_MARKS:
            break
        keys.insert(0, doc.tokens[t].norm_key)
    return _intent_word(keys[-SUBJECT_REACH - 1 :])  # the word within the subject's reach of the aside


def aim_consequence(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«تسعى القوات النظامية لإنهاء ...، وبالتالي استكمال سيطرتها»: see the module."""
    k = hit.i - 1
    if hit.pos != "N" or k - 1 <= sent_start:
        return False
    if _carrier(doc.tokens[k].norm_key):
        k -= 1  # («، وبالتالي استكمال سيطرتها»: the masdar that carries it out)
    if doc.tokens[k].norm_key == "ثم" and doc.tokens[k - 1].norm_key == "ومن":
        k -= 1  # («، ومن ثم قطع»)
    elif doc.tokens[k].norm_key not in fw("consequence_links"):
        return False
    if not _comma(doc, k - 1):
        return False
    keys: list[str] = []
    for t in range(k - 2, max(sent_start, k - 2 - CLAUSE_REACH) - 1, -1):
        text = doc.tokens[t].text
        if clause_stop(text) or text in QUOTE_MARKS or doc.tokens[t].norm_key in fw("relatives"):
            break
        keys.insert(0, doc.tokens[t].norm_key)
    return _intent_word(keys)


def expected_conjunct(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«من المتوقع أن تعقد الحكومة اجتماعا، وأن توقع اتفاقا»: see the module."""
    if hit.pos == "N" and hit.i - 1 > sent_start and imperfect(doc.tokens[hit.i - 1].norm_key, True):
        hit = Hit(hit.i - 1, hit.i - 1, hit.entry, "V", hit.cand)  # («، وأن يعقد اجتماعا»: the verb that holds it)
    keys = joined_clause_keys(doc, hit, sent_start, EXPECTED_REACH)
    return keys is not None and _intent_word(keys)
