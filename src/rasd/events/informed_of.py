"""Round 302: acts a source reports with «أفاد بـ» + a verbal noun, read by ``modality.modality``.

«وكان المرصد السوري أفاد بسماع دوي انفجار عنيف في البلدة، ناجم عن انفجار عربة مفخخة», «أفادت مصادر محلية
بمقتل 46 مدنيا في قصف جوي»: the verb of reporting (function words ``inform_verbs``) takes what it reports as «بـ» +
a verbal noun, not as a «بأن» clause the quote layer reads as reported words. The acts from that «بـ» phrase to the
end of the sentence are the source's report, as they are after «ذكر أن»: reported, not asserted
(:func:`informed_of`). Not so:

- where the verb is the relative «(بحسب) ما أفاد به فلان»: an aside naming the source of the writer's clause;
- where a «(بـ)أن» clause or a statement noun («وأفاد بيان لبعثة») comes first (``inform_stops``): the quote
  layer reads those words;
- past a clause the writer opens after it («، فيما قصفت الطائرات ...»: ``main_clause_openers``).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import SENTENCE_ENDS
from .forms import fw_keys
from .learned_from import learned_from, source_topic
from .lexicon import Hit
from .word_tests import entity_at

SUBJECT_REACH = 10  # tokens from the verb to its «بـ» masdar past the subject («أفادت مصادر محلية وشهود عيان بمقتل»)
ENDS = SENTENCE_ENDS - frozenset(("?", ";"))  # (the Latin «?» and «;» kept out, as this rule has read them)


def _bi_phrase(doc: Doc, verb: int, last: int) -> int | None:
    """The first token after the verb ``verb`` (up to ``last``) that opens its «بـ» phrase, else None."""
    for t in range(verb + 1, min(last, verb + SUBJECT_REACH) + 1):
        tok = doc.tokens[t]
        if tok.text in ENDS:
            return None
        key = tok.norm_key
        if key in fw_keys("inform_stops"):
            return None
        if key.startswith("ب") and len(key) >= 4 and entity_at(doc, t) is None:
            return t
    return None


def inform_verb(doc: Doc, i: int, sent_start: int) -> tuple[int, int] | None:
    """(the verb of reporting, the first token of its «بـ» masdar phrase) whose report holds the token ``i``, the
    nearest such verb before it in its sentence: «أفاد المرصد أمس، باندلاع اشتباكات» → (أفاد, باندلاع)."""
    for k in range(i - 1, sent_start - 1, -1):
        key = doc.tokens[k].norm_key.lstrip("وف")
        if doc.tokens[k].text in ENDS or doc.tokens[k].norm_key.removeprefix("و") in fw_keys("main_clause_openers"):
            return None
        if key not in fw_keys("inform_verbs"):
            continue
        if k > sent_start and doc.tokens[k - 1].norm_key.lstrip("وف").removeprefix("ب") in ("ما", "حسبما", "كما"):
            return None  # «بحسب ما أفاد به فلان»: an aside, not the report
        at = _bi_phrase(doc, k, i)
        return (k, at) if at is not None and at <= i else None
    return None


def informed_of(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the trigger is in (or after) the «بـ» masdar phrase of a verb of reporting in its sentence; or
    (ev816, ``learned_from``) in what a paper learned from its sources («علمت الصحيفة من مصادر أنه جرى»), or the
    topic of an «according to» phrase («نقلا عن مصادر بشأن تورط فلان في تعذيب»)."""
    return inform_verb(doc, hit.i, sent_start) is not None or learned_from(doc, hit, sent_start) \
        or source_topic(doc, hit, sent_start)


__all__ = ["inform_verb", "informed_of"]
