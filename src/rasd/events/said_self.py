"""Round ev608: a speaker telling of its own act. «وقالت النيابة العامة إنها تولت التحقيق في الواقعة», «وقال الجيش
إنه شن هجوما على مواقع الحركة», «النيابة العامة، التي قالت إنها تولت فعلا التحقيق»: in indirect speech whose
content opens with «إنه/إنها/إنهم» (the speaker speaking of itself) and a verb of doing (function words
``light_verbs``, ``force_light_verbs``, ``self_doing_verbs``; a future «سـ» on it too), the noun act that verb
does is the speaker's (the quote's actor). Not where another subject is said («إن الوزير تولى التحقيق»), nor a verb
of undergoing («إنه تعرض لهجوم»: not in the lists)."""

from __future__ import annotations

from ..doc import Doc
from .forms import bare, fw, nkey
from .frame_args import Args
from .lexicon import Hit
from .word_tests import clause_stop

SELF_PRONOUNS = ("ه", "ها", "هم")
DOING_LISTS = ("light_verbs", "force_light_verbs", "self_doing_verbs")
GAP = 1  # words between the verb and the act («تولت فعلا التحقيق»)


def _doing(key: str) -> bool:
    """A verb of doing, with one «و/ف» or a future «سـ» off («وشنت», «ستجري»)."""
    keys = (key, key[1:]) if key[:1] == "س" else (key,)
    return any(bare(k, *DOING_LISTS) in fw(s) for k in keys for s in DOING_LISTS)


def _self_that(doc: Doc, t: int) -> bool:
    """Is token ``t`` «إنه/إنها/إنهم» (the complementizer with the speaker's pronoun)?"""
    words = doc.tokens[t].words
    return len(words) == 2 and nkey(words[0].norm) in (nkey("إن"), nkey("أن")) and words[1].kind == "enclitic" \
        and nkey(words[1].norm) in SELF_PRONOUNS


def self_speaker(doc: Doc, hit: Hit, args: Args, sent_start: int) -> str | None:
    """The actor of the quote whose content opens with «إنه/إنها/إنهم» + a verb of doing + the noun act ``hit``
    (see the module); None where the act has a source or is passive."""
    if hit.pos != "N" or args.source is not None or args.passive or hit.cand.proclitics and any(
            p in ("و", "ف") for p in hit.cand.proclitics):
        return None
    for v in range(hit.i - 1, max(sent_start + 1, hit.i - 2 - GAP) - 1, -1):
        if clause_stop(doc.tokens[v].text):
            return None
        if not _doing(doc.tokens[v].norm_key):
            continue
        if not _self_that(doc, v - 1):
            return None
        at = doc.tokens[v - 1].start
        return next((q.actor() for q in doc.quotes if not q.direct and q.cue.end <= at <= q.content.start
                     <= doc.tokens[v].start and doc.tokens[hit.i].end <= q.content.end), None)
    return None
