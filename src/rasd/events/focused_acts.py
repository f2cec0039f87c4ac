"""Round tp404: acts measured as a doer's way of working are no event. «داعش يركز على عدد الهجمات، بينما تركز القاعدة
على جودة الهجمات»: an act noun right after a noun of its count, size or pace (``measure_heads``: «عدد», «حجم») or
of its quality (``quality_heads``: «جودة», «نوعية»), itself right after the «على/بـ» of a verb of focusing or
relying (``focus_verbs``: «يركز», «يعتمد», «يهتم»), is what the doer's method weighs, no attack told. So is such a measured act compared, right after the «عن/من» of an
elative (``lone_elatives``: «مصدر قلق أكبر بالنسبة لي عن عدد هجمات داعش»): a measure weighed against another.

«ارتفع عدد الهجمات» (a count with no verb of focusing) is left to the other rules."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .word_tests import bare_key_at, clause_stop

OBJECT_PREPOSITIONS = ("على", "علي")  # («يركز على», «يعتمد على»)
THAN = ("عن", "من", "مما")  # the «than» of an elative («أكبر عن», «أكثر من»)
COMPARE_BACK = 6  # words before «عن/من» read for the elative it completes («أكبر بالنسبة لي عن»)


def _measure(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a noun of measure or of quality, with a clitic «بـ» off («بعدد», «بجودة»)."""
    key = doc.tokens[t].norm_key
    keys: list[str] = [key, key[1:]] if key[:1] in ("ب", "ل") else [key]
    return any(k in fw("measure_heads") or k in fw("quality_heads") for k in keys)


def focused_act(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the noun trigger ``hit`` (its sentence opens at token ``a``) is an act measured after a verb of
    focusing (see the module): «يركز على عدد الهجمات», «يهتم بحجم العمليات»."""
    m = hit.i - 1
    if hit.pos != "N" or m < a or not _measure(doc, m):
        return False
    if _compared(doc, m - 1, a):
        return True
    verb = m - 1
    if verb >= a and doc.tokens[verb].norm_key in OBJECT_PREPOSITIONS:
        verb -= 1  # («على» between the verb and its measured object; «بـ» is the measure's own clitic)
    if verb < a or verb >= hit.i:
        return False
    return bare_key_at(doc, verb, "focus_verbs") in fw("focus_verbs")


def _compared(doc: Doc, than: int, a: int) -> bool:
    """Whether token ``than`` is the «عن/من» of an elative a few words before it in its clause (see the module)."""
    if than < a or doc.tokens[than].norm_key not in THAN:
        return False
    for t in range(than - 1, max(a, than - COMPARE_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key in fw("lone_elatives"):
            return True
    return False


__all__ = ["focused_act"]
