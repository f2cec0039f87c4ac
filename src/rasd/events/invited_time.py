"""Round dt313: a time after an invitation noun and the act it invites to is that act's, not the invitation's.

«تلقى الائتلاف دعوة من الخارجية الروسية لزيارة موسكو في 12 - 13 أغسطس»: the days are those of the visit the
invitation is for (a planned act that takes them); the invitation was made on another day the sentence does not
tell. An invitation noun (function words ``invitations``) followed within ``INVITED_REACH`` tokens by «لـ» + a noun
of the act invited to (``invited_acts``: «لزيارة», «لحضور», «للمشاركة») before the time yields that time. Not a
time before the «لـ» noun («دعوة أمس لزيارة»: the invitation's own day).

Round dt343: «طلبوا من نائب الرئيس تأجيل الزيارة إلى نهاية الأسبوع»: a time right after «إلى» that follows a
masdar of putting off (``put_off_masdars``) between the trigger and the time, within ``PUT_OFF_REACH`` tokens, is
the day the act is put off to, no day of the asking (``put_off_to``). Not a time before the masdar («طلبوا أمس
تأجيل الزيارة»), nor one with no «إلى» right before it («تأجيل الزيارة أمس»: the day of the putting off).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, fw_keys, keys_of
from .lexicon import Hit

__all__ = ["invited_time", "put_off_to"]

INVITED_REACH = 6  # tokens from the invitation noun to the «لـ» noun of the act invited to
PUT_OFF_REACH = 8  # tokens from a trigger to the masdar of putting off before the time


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


def put_off_to(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether ``ts`` is the time an act is put off to, after the trigger (see the module): «إلى» right before it,
    and a masdar of putting off after the trigger within ``PUT_OFF_REACH`` tokens before that «إلى»."""
    k = doc.token_at(ts.start)
    if k is None or k - 1 <= hit.j or doc.tokens[k - 1].norm_key != "الي":
        return False
    masdars = fw("put_off_masdars")
    return any(not keys_of(doc.tokens[t]).isdisjoint(masdars) for t in range(hit.j + 1, min(k - 1, hit.j + 1 + PUT_OFF_REACH)))
