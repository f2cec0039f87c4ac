"""Round mend847: the acts a plan holds, chained after its first aim, are planned too.

«أعدت المقاومة خطة لاستكمال تحرير المدن، والانتقال إلى تعز، ثم الوصول إلى مشارف العاصمة ومحاصرتها»: the siege is
one of the steps of the plan, none done. A noun trigger joined by «و» (or right after a word of sequence,
``plan_chain_words``: «ثم») to a chain that a plan noun (``plan_nouns``: «خطة») or a verb of planning
(``intent_verbs``: «يخطط») opens with its «لـ» masdar («خطة لاستكمال», «يخطط الجيش لاقتحام»: up to ``HEAD_GAP``
words between) is planned
(:func:`plan_content`), within ``PLAN_REACH`` tokens. The chain holds only masdars: a comma in it goes on with «و»,
«ثم», a «لـ» masdar or a preposition («، إلى مدينتي تعز»); an end mark, a quotation mark, a complementizer, a
relative or a verb act between ends it («أعدت الحكومة خطة لإعمار المدينة، وحاصرت القوات الحوثيين»: told as done);
so does a plan told as carried out («نفذ الجيش خطته لاقتحام المدينة ثم محاصرتها»: ``carried_out_verbs``).

Round ev876: :func:`plan_head` and :func:`aim_head` give the plan noun of such a step and of the plan's first «لـ»
aim, where :mod:`.plan_makers` reads who made the plan (the doer of its steps).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import ENDS_AND_QUOTES
from ..text.normalize import COMMAS
from .forms import fw
from .lexicon import Hit, match_token
from .modality_links import and_joined
from .word_tests import lam_clitic

__all__ = ["aim_head", "lam_masdar", "plan_content", "plan_head"]

PLAN_REACH = 40  # tokens at most from the plan noun to the act it holds
HEAD_GAP = 2  # words between the plan noun or verb and its «لـ» masdar («خطة الجيش لإعلان», «يخطط الجيش لاقتحام»)
IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # «ليطرد», «لتطرد», «لنطرد»: a verb of purpose, no masdar
CARRIER_BACK = 2  # keys before the plan noun read for a verb of carrying it out («نفذ الجيش خطته»)


def _goes_on(doc: Doc, t: int) -> bool:
    """After a comma, the token at ``t`` goes on with the chain of masdars: «و», «ثم», a «لـ» masdar, a preposition."""
    key = doc.tokens[t].norm_key
    return and_joined(doc.tokens[t]) or key in fw("plan_chain_words") or lam_clitic(doc, t) or key in fw("prepositions")


def _carried_out(doc: Doc, t: int, sent_start: int) -> bool:
    """Whether a verb of carrying out stands within ``CARRIER_BACK`` keys before the plan noun at token ``t``
    («نفذ الجيش خطته»): a plan told as done, no steps still to come."""
    return any(doc.tokens[k].norm_key.removeprefix("و") in fw("carried_out_verbs")
               for k in range(max(sent_start, t - CARRIER_BACK), t))


def lam_masdar(doc: Doc, t: int) -> bool:
    """Round ev876: token ``t`` is a «لـ» masdar the lexicon read as «لـ» + a verb («لطرد»), no imperfect of its own
    («ليطرد»): the chain goes on past it."""
    words = doc.tokens[t].words
    return lam_clitic(doc, t) and not words[1].norm.startswith(IMPERFECT_PREFIXES)


def aim_head(doc: Doc, i: int, sent_start: int) -> int | None:
    """Round ev876: the token of the plan noun whose «لـ» aim is the masdar at token ``i`` («خطة لاستعادة»,
    «خطة الجيش لإعلان»: up to ``HEAD_GAP`` words between, no clause stop), not a plan told as carried out; else
    None."""
    if not lam_clitic(doc, i):
        return None
    for t in range(i - 1, max(sent_start - 1, i - 2 - HEAD_GAP), -1):
        tok = doc.tokens[t]
        if tok.text in COMMAS or tok.text in ENDS_AND_QUOTES:
            return None
        if tok.norm_key.removeprefix("و") in fw("plan_nouns"):
            return None if _carried_out(doc, t, sent_start) else t
    return None


def plan_head(doc: Doc, i: int, sent_start: int) -> int | None:
    """The token of the plan noun or verb of planning whose chain holds the step at token ``i``, joined by «و» or
    a word of sequence (see the module); None where it is no such step. Round ev876: :mod:`.plan_makers` reads the
    plan's maker there."""
    if i - 1 < sent_start:
        return None
    linked = and_joined(doc.tokens[i]) or doc.tokens[i - 1].norm_key in fw("plan_chain_words")
    if not linked:
        return None
    for t in range(i - 1, max(sent_start, i - PLAN_REACH) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key
        if tok.text in ENDS_AND_QUOTES or key in fw("complementizers") or key in fw("relatives"):
            return None
        if tok.text in COMMAS:
            if t + 1 >= i or not _goes_on(doc, t + 1):
                return None
            continue
        if (key.removeprefix("و") in fw("plan_nouns") or key.removeprefix("و") in fw("intent_verbs")) \
                and any(lam_clitic(doc, k) for k in range(t + 1, min(i, t + 2 + HEAD_GAP))):
            return None if _carried_out(doc, t, sent_start) else t
        found = match_token(doc.tokens, t)
        if found is not None and found.pos == "V" and not lam_masdar(doc, t):
            return None  # («وحاصرت القوات»: an act told in a clause of its own)
    return None


def plan_content(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is a step chained in a plan's aim (see the module)."""
    return hit.pos == "N" and plan_head(doc, hit.i, sent_start) is not None
