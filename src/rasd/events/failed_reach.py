"""Round ev635: how far «فشل/عجز» + «في/عن» reaches back over its subject to the act it negates.

«فشل جهاز الشاباك الإسرائيلي في اعتقال المشتبه بهم»: the verb of failing (function words ``failure_verbs``) has
its subject, of any length, between it and the «في/عن» that opens the act it failed at; the act did not happen.
The reach is measured to that «في/عن»: the first one after the verb («فشل الجيش في المدينة في ...»: only the
first «في» can open the act), and keys past ``FAILED_REACH`` are too far for one subject phrase. (Before round ev635
the verb had to stand within four keys of the act, which left «فشل جهاز الشاباك الإسرائيلي في اعتقال» asserted.)
"""

from __future__ import annotations

from .forms import bare, fw

FAILED_REACH = 8  # keys of the subject phrase between «فشل/عجز» and its «في/عن» («فشل جهاز الشاباك الإسرائيلي في»)
FAILED_PREPS = ("في", "عن")


def failed_in(before: list[str]) -> bool:
    """Do the keys ``before`` a trigger end in «في/عن» that is the first one after a verb of failing, at most
    ``FAILED_REACH`` keys after it («فشل الجيش في استعادة», «عجزت القوات الحكومية عن صد»)?"""
    if not before or before[-1] not in FAILED_PREPS:
        return False
    for k in range(len(before) - 2, max(-1, len(before) - 3 - FAILED_REACH), -1):
        if before[k] in FAILED_PREPS:
            return False
        if bare(before[k], "failure_verbs") in fw("failure_verbs"):
            return True
    return False
