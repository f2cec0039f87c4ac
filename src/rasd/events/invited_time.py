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

Round dt363: «بالمشاورات الجارية بين المسؤولين للخروج بنتائج من جلسة مجلس الوزراء المقرر عقدها يوم الخميس المقبل»:
a time after a word of scheduling (``scheduled_words``: «المقرر», «المزمع») that stands after a preposition after
the trigger is the time of the act that word schedules, the noun that preposition governs, not the trigger's
(``scheduled_other``). Not where the word of scheduling follows the trigger with no preposition between («الجلسة
المقرر عقدها يوم الخميس», «المحادثات الثنائية المقررة غدا», «المفاوضات التي من المقرر استئنافها»: the trigger's own
day), nor after «عقب/قبيل» (``occasion_links``: «إعلان الجدول عقب الحفل المقرر له يوم 6 أغسطس»: the occasion's day).

Round tm412: «وتؤيد تصريحات مروان ترجيح مصادر سياسية إجراء الانتخابات البرلمانية خلال شهري سبتمبر»: September is
when the elections are to be held (the time layer reads it so, :func:`rasd.time.plan_acts.plan_act_at`: the verbal
noun of holding with the act it holds, «إجراء الانتخابات», «عقد مؤتمر», a few words before the time); the
statements were not made then, nor are they planned. The time is not the trigger's when that verbal noun stands
after the trigger (``planned_act_time``). Not when the trigger is the act held or comes after the verbal noun
(«إجراء الانتخابات في سبتمبر»: the elections' own month), nor where the time layer reads the act as done («بعد
إجراء الانتخابات في أكتوبر», «وعقد الاجتماع في سبتمبر»).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from ..time.context import Ctx
from ..time.lexicon import lexicon as time_lexicon
from ..time.lexicon import make_units
from ..time.plan_acts import plan_act_at
from .forms import fw, fw_keys, keys_of
from .lexicon import Hit

__all__ = ["invited_time", "planned_act_time", "put_off_to", "scheduled_other"]

INVITED_REACH = 6  # tokens from the invitation noun to the «لـ» noun of the act invited to
PUT_OFF_REACH = 8  # tokens from a trigger to the masdar of putting off before the time
SCHEDULED_REACH = 4  # tokens from a word of scheduling back to the time after it


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


def scheduled_other(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether ``ts``, after the trigger, is the time of another act a word of scheduling names (see the module): a
    ``scheduled_words`` word within ``SCHEDULED_REACH`` tokens before the time, with a preposition (``prepositions``,
    also as a proclitic «لـ/بـ») between the trigger and it."""
    k = doc.token_at(ts.start)
    if k is None or k - 1 <= hit.j:
        return False
    words = fw_keys("scheduled_words")
    for t in range(k - 1, max(hit.j + 1, k - 1 - SCHEDULED_REACH), -1):
        key = doc.tokens[t].norm_key
        if key in words or (key.startswith("ال") and key[2:] in words):
            if doc.tokens[t - 1].norm_key == "من":
                t -= 1  # «والتي من المقرر استئناف جولاتها»: no preposition of another noun
            between = [doc.tokens[u].norm_key.removeprefix("و") for u in range(hit.j + 1, t)]
            if any(b in fw_keys("occasion_links") for b in between):
                return False  # «إعلان ... عقب حفل الافتتاح المقرر له يوم 6 أغسطس»: the act is of the occasion's day
            return any(_preposition(b) for b in between)
    return False


def _preposition(key: str) -> bool:
    """Whether a token key is a preposition or opens with «لـ/بـ» + a noun («للخروج», «بنتائج»)."""
    return key in fw_keys("prepositions") or (key[:1] in ("ل", "ب") and len(key) > 4)


def planned_act_time(doc: Doc, hit: Hit, ts: TimeSpan, sent_start: int) -> bool:
    """Whether ``ts``, after the trigger, is the time of an act to be held whose verbal noun stands between them
    (see the module): the time layer's reading over the sentence up to the time."""
    k = doc.token_at(ts.start)
    if k is None or k <= hit.j or sent_start > hit.i:
        return False
    units = make_units(doc.tokens[sent_start : k + 1])
    at = next((n for n, u in enumerate(units) if u.end > ts.start), -1)
    if at < 0:
        return False
    ctx = Ctx(units, None, time_lexicon(), [(0, len(units))] * len(units))
    verbal = plan_act_at(ctx, at)
    return verbal >= 0 and units[verbal].start >= doc.tokens[hit.j].end
