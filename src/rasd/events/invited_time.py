"""Round dt313: a time after an invitation noun and the act it invites to is that act's, not the invitation's.

«تلقى الائتلاف دعوة من الخارجية الروسية لزيارة موسكو في 12 - 13 أغسطس»: the days are those of the visit the
invitation is for (a planned act that takes them); the invitation was made on another day the sentence does not
tell. An invitation noun (function words ``invitations``) followed within ``INVITED_REACH`` tokens by «لـ» + a noun
of the act invited to (``invited_acts``: «لزيارة», «لحضور», «للمشاركة») before the time yields that time. Not a
time before the «لـ» noun («دعوة أمس لزيارة»: the invitation's own day).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, fw_keys, keys_of
from .lexicon import Hit

__all__ = ["invited_time"]

INVITED_REACH = 6  # tokens from the invitation noun to the «لـ» noun of the act invited to


def _invited_act(key: str) -> bool:
    """Whether a token key is «لـ» + a noun of an act invited to («لزياره», «للمشاركه»)."""
    if key.startswith("لل") and "ال" + key[2:] in fw_keys("invited_acts"):
        return True
    return key.startswith("ل") and key[1:] in fw_keys("invited_acts")


def invited_time(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether ``ts``, after the invitation noun of ``hit``, is the time of the act the invitation is for: a «لـ»
    noun of an act invited to stands between them, near the invitation («دعوة ... لزيارة موسكو في 12 أغسطس»)."""
    if hit.pos != "N" or keys_of(doc.tokens[hit.i]).isdisjoint(fw("invitations")):
        return False
    k = doc.token_at(ts.start)
    if k is None or k <= hit.j:
        return False
    last = min(k, hit.j + 1 + INVITED_REACH)
    return any(_invited_act(doc.tokens[t].norm_key) for t in range(hit.j + 1, last))
