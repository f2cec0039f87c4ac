"""Round 223: «بين» a few words past a talks noun. «جولة مباحثات دبلوماسية بين X وY», «محادثات الائتلاف الحكومي
بين X وY»: past the trigger, at most ``REACH`` plain words (a second talks noun, adjectives, a bare genitive: no name,
no preposition, no glued «و/لـ/بـ», no verb, no comma) and then «بين»: the sides named after it are the talks'
(:func:`.objects.between_sides` reads them from there)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .word_tests import clause_stop, finite_verb, mention_holding

REACH = 3  # plain words between the talks noun and «بين»
BETWEEN = "بين"
CLITICS = ("و", "ل", "ب", "ف", "ك")


def far_between(doc: Doc, j: int, sent_end: int) -> int | None:
    """The token of «بين» past at most REACH plain words after the trigger's last token ``j``, else None."""
    for t in range(j + 1, min(sent_end, j + REACH + 2)):
        text = doc.tokens[t].text
        key = nkey(text)
        if key == BETWEEN:
            return t if t > j + 1 else None
        if clause_stop(text) or mention_holding(doc, t) is not None or key in fw("prepositions") \
                or key[:1] in CLITICS and not key.startswith("ال") or finite_verb(doc.tokens[t]):
            return None
    return None
