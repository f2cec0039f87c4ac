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
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import ENDS_AND_QUOTES
from ..text.normalize import COMMAS
from .forms import fw
from .lexicon import Hit, match_token
from .modality_links import and_joined
from .word_tests import lam_clitic

PLAN_REACH = 40  # tokens at most from the plan noun to the act it holds
HEAD_GAP = 2  # words between the plan noun or verb and its «لـ» masdar («خطة الجيش لإعلان», «يخطط الجيش لاقتحام»)
CARRIER_BACK = 2  # keys before the plan noun read for a verb of carrying it out («نفذ الجيش خطته»)


def _goes_on(doc: Doc, t: int) -> bool:
    """After a comma, the token at ``t`` goes on with the chain of masdars: «و», «ثم», a «لـ» masdar, a preposition."""
    key = doc.tokens[t].norm_key
    return and_joined(doc.tokens[t]) or key in fw("plan_chain_words") or lam_clitic(doc, t) or key in fw("prepositions")


def plan_content(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is a step chained in a plan's aim (see the module)."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    linked = and_joined(doc.tokens[hit.i]) or doc.tokens[hit.i - 1].norm_key in fw("plan_chain_words")
    if not linked:
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - PLAN_REACH) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key
        if tok.text in ENDS_AND_QUOTES or key in fw("complementizers") or key in fw("relatives"):
            return False
        if tok.text in COMMAS:
            if t + 1 >= hit.i or not _goes_on(doc, t + 1):
                return False
            continue
        if (key.removeprefix("و") in fw("plan_nouns") or key.removeprefix("و") in fw("intent_verbs")) \
                and any(lam_clitic(doc, k) for k in range(t + 1, min(hit.i, t + 2 + HEAD_GAP))):
            carried = (doc.tokens[k].norm_key.removeprefix("و") in fw("carried_out_verbs")
                       for k in range(max(sent_start, t - CARRIER_BACK), t))
            return not any(carried)
        found = match_token(doc.tokens, t)
        if found is not None and found.pos == "V":
            return False  # («وحاصرت القوات»: an act told in a clause of its own)
    return False
