"""Round 223: «بين» a few words past a talks noun. «جولة مباحثات دبلوماسية بين X وY», «محادثات الائتلاف الحكومي
بين X وY»: past the trigger, at most ``REACH`` plain words (a second talks noun, adjectives, a bare genitive: no name,
no preposition, no glued «و/لـ/بـ», no verb, no comma) and then «بين»: the sides named after it are the talks'
(:func:`.objects.between_sides` reads them from there).

Round 277: «بين الرئيسين المصري فلان ونظيره اليمني فلان»: a dual of an office (``dual_pair_words``) after «بين»,
a country adjective and a person's name, then «ونظيره» (``counterpart_words``), an adjective and a name: the two
persons named are the sides (``dual_named_sides``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .actors import is_nisba
from .forms import fw, fw_keys, nkey
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


def _named_past_nisba(doc: Doc, chunks: list[Chunk], j: int, sent_end: int) -> Chunk | None:
    """The person named right after one country adjective past token ``j`` («المصري فلان»), else None."""
    if j + 2 >= sent_end or not is_nisba(doc.tokens[j + 1].text):
        return None
    return next((c for c in chunks if c.i == j + 2 and c.etype == "PERSON" and c.prep is None), None)


def dual_named_sides(doc: Doc, chunks: list[Chunk], first: Chunk, sent_end: int) -> tuple[Chunk, Chunk] | None:
    """The two persons of «الرئيسين المصري فلان ونظيره اليمني فلان» (see the module's doc), ``first`` the dual's
    phrase; None where the pattern does not hold («بين الرئيسين» alone, no «ونظيره» after the first name)."""
    if first.entity is not None or first.i != first.j or doc.tokens[first.i].norm_key not in fw_keys(
            "dual_pair_words"):
        return None
    one = _named_past_nisba(doc, chunks, first.j, sent_end)
    if one is None or one.j + 1 >= sent_end:
        return None
    key = doc.tokens[one.j + 1].norm_key
    if not key.startswith("و") or key[1:] not in fw_keys("counterpart_words"):
        return None
    other = _named_past_nisba(doc, chunks, one.j + 1, sent_end)
    return (one, other) if other is not None and other.entity != one.entity else None
