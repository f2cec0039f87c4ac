"""Round 107: past acts the article's day does not date (see ``dating.event_date``).

- «عندما كانت تلتقي المسؤولين», «كان يدعو الجميع إلى الصمود»: a present verb right after a past «كان» (a past
  habit or a past in progress) is of no one day.
- «بنفس السرعة التي تقتلهم بها القوات», «المعتقلين الذين تحتجزهم الميليشيات»: a present verb right after a relative
  pronoun tells what the antecedent is or undergoes (a state, a habit), of no one day.
- «وما زال أقاربه يداومون في المستشفى، ويتلقون الكثير من الزيارات»: a noun act that a present verb governs is going on
  or habitual; a recent day the story told before (``when.told_before``) does not date it, nor does any other day.
- «مثل هذه الزيارة يجب الاتفاق عليها»: an act of a kind (``kind_words`` + a demonstrative) is no act of a day.
- «الاجتماعات التي جرت بين المسؤولين», «اجتماع الحلف الذي عقد بناء على طلب أنقرة»: an act named by a noun with a
  relative clause whose verb says it was held (``held_verbs``), with no time of its own, is told as a known past,
  not the news of the article's day; it takes a recent day the story told before it, else none; so for a relative
  with a perfect verb of conducting («المفاوضات التي قادتها قطر», round 253: ``going_on.conducted_before``).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import KANA_PAST
from .dangers import THAT as THAT_KEYS
from .forms import fw, fw_keys
from .going_on import conducted_before
from .lexicon import Hit, match_token
from .modality import imperfect
from .when import DEMONSTRATIVES
from .word_tests import clause_break, clause_stop, key_at

MEETING = "04"  # consult, meet, visit: «الوفد الذي يزور العاصمة» is a visit going on now, the news
GOVERNOR_REACH = 3  # tokens back from a noun trigger to the present verb whose object it is («ويتلقون الكثير من»)
HELD_REACH = 7  # tokens from a noun trigger to the relative of its clause («اجتماع حلف شمال الأطلسي (الناتو) الذي»)
# «يُعتقد/يُظن/يُزعم أن X نفذ الهجوم» (unvowelled, right before «أن», no subject between): read as the impersonal
# passive, a belief about who did an act that happened; the act keeps its day
IMPERSONAL_SUPPOSING = frozenset({"يعتقد", "يظن", "يزعم"})


def past_habit(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A present verb trigger right after «كان/كانت/كانوا» (``KANA_PAST``) or a relative pronoun."""
    if hit.pos != "V" or hit.i - 1 < sent_start:
        return False
    key = key_at(doc, hit.i).removeprefix("و").removeprefix("ف")
    prev = key_at(doc, hit.i - 1)
    if not imperfect(key, True):
        return False
    if prev.lstrip("وف") in KANA_PAST:
        return True
    # (not «المرة الأولى التي تعلن فيها», «في الوقت الذي يطالب فيه»: the act at that time or occasion)
    heads = [key_at(doc, t).removeprefix("و") for t in range(max(sent_start, hit.i - 3), hit.i - 1)]
    return prev.removeprefix("و") in fw("relatives") and not hit.entry.code.startswith(MEETING) \
        and not any(h in fw("repeat_heads") or h in fw("time_heads") for h in heads)


def held_relative(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger whose relative clause, within ``HELD_REACH`` tokens after it (its genitive and adjectives
    between, no comma, no other act), opens with a verb of being held («التي جرت», «الذي عقد»)."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + HELD_REACH)):
        if clause_stop(doc.tokens[t].text) or (match_token(doc.tokens, t) is not None):
            return False
        if key_at(doc, t) in fw("relatives"):
            return key_at(doc, t + 1) in fw("held_verbs") or conducted_before(doc, hit, sent_end)
    return False


def present_governed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger within ``GOVERNOR_REACH`` tokens after a present verb in «يـ» of its clause («ويتلقون الكثير
    من الزيارات»)."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - GOVERNOR_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False  # («يؤكدون أن الغارات»: the noun is of what is said)
        key = key_at(doc, t).removeprefix("و").removeprefix("ف")
        at = doc.tokens[t].start
        if key[:1] == "ي" and len(key) >= 4 and imperfect(key, True) \
                and not any(m.start <= at < m.end for e in doc.entities for m in e.mentions):  # (not «يافا»)
            return True
    return False


def of_a_kind(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «مثل» (``kind_words``) and a demonstrative («مثل هذه الزيارة», «مثل تلك الهجمات»);
    round tm419: or right after the «من» that tells what «ما» + a verb of happening was (:func:`_what_happened`)."""
    if hit.pos != "N" or hit.i - 2 < sent_start:
        return False
    return key_at(doc, hit.i - 1) in DEMONSTRATIVES and key_at(doc, hit.i - 2).removeprefix("و") in fw("kind_words") \
        or _what_happened(doc, hit, sent_start)


WHAT_REACH = 6  # tokens from «ما» + a verb of happening to the «من» telling what it was («لما حدث في تونس وفي مصر»)


def _what_happened(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«فلننظر لما حدث في تونس وفي مصر من تفجيرات»: a noun trigger right after «من», and within ``WHAT_REACH``
    tokens before it in its clause «ما» (``what_words``) + a verb of happening (``what_happened_verbs``): the acts of
    a kind that happened, told in general, of no day."""
    if key_at(doc, hit.i - 1) != "من":
        return False
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - WHAT_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) in fw_keys("what_happened_verbs"):
            return key_at(doc, t - 1).removeprefix("و") in fw_keys("what_words")
    return False


SUPPOSED_BACK = 6  # tokens before a perfect verb trigger read for «أن» after a verb of supposing (quote marks count)
BARE_THAT = fw_keys("bare_that_words")  # «أن» with no pronoun: its subject follows
SUBJECT_BACK = 3  # tokens before «أن» read for the verb of supposing («ويزعم أنصار الحزب أن»)
TITLE_BACK = 7  # tokens before a relative pronoun read for a title of the dead («الملك المؤسس فلان، رحمه الله، الذي»)


def supposed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 260: «يظنون أن «القاعدة» قد أعلنت ولاءها»: a perfect verb trigger whose clause opens, within
    ``SUPPOSED_BACK`` tokens before it, with «أن/بأن» within ``SUBJECT_BACK`` tokens after a verb of supposing (``supposing_verbs``:
    «يظن/يعتقد/يزعم»): what someone supposes was done, no act of the article's day."""
    if hit.pos != "V" or imperfect(key_at(doc, hit.i).removeprefix("و"), True):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - SUPPOSED_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("relatives"):
            return False
        if key_at(doc, t).removeprefix("و") in THAT_KEYS:
            if key_at(doc, t).removeprefix("و") not in BARE_THAT and any(key_at(doc, k) != "قد" for k in range(t + 1, hit.i)):
                return False  # «يعتقد أنها تابعة للتحالف قصفت»: «أنها» has its predicate; the verb is the outer one
            return any(key_at(doc, k).removeprefix("و") in fw("supposing_verbs")  # (past its subject)
                       and not (k == t - 1 and key_at(doc, k).removeprefix("و") in IMPERSONAL_SUPPOSING)
                       for k in range(max(sent_start, t - SUBJECT_BACK), t))
    return False


def late_figure(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 260: «الملك المؤسس عبد العزيز، رحمه الله، الذي زار مصر»: a perfect verb trigger right after a relative
    pronoun (past «قد») whose antecedent, within ``TITLE_BACK`` tokens before it, bears a title of the dead
    (``bygone_titles``: «المؤسس», «الراحل», «رحمه الله») tells a past act of his, of no day told. (Not «السابق»: a
    former minister acts today.)"""
    if hit.pos != "V" or imperfect(key_at(doc, hit.i).removeprefix("و"), True):
        return False
    rel = hit.i - 1
    if rel >= sent_start and key_at(doc, rel) == "قد":
        rel -= 1
    if rel <= sent_start or key_at(doc, rel).removeprefix("و") not in fw("relatives"):
        return False
    for t in range(rel - 1, max(sent_start, rel - TITLE_BACK) - 1, -1):
        key = key_at(doc, t).removeprefix("و")
        if key in fw("relatives") or key in fw("complementizers") or clause_break(doc.tokens[t].text):
            return False
        if key in fw("bygone_titles") or key.removeprefix("ل") in fw("bygone_titles"):
            return not _kin_of(doc, t, sent_start)
    return False


KIN_BACK = 4  # tokens back from a title of the dead to the kin noun heading its phrase («الشقيق الأصغر للزعيم الراحل»)


def _kin_of(doc: Doc, title: int, sent_start: int) -> bool:
    """Round 265: «نجل الملك الراحل، الذي زار»: a kin noun (``kinship_nouns``) within ``KIN_BACK`` tokens before the
    title of the dead heads the phrase; the relative after it tells of the son (alive), not of the dead father."""
    for t in range(title - 1, max(sent_start, title - KIN_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        key = key_at(doc, t).removeprefix("و")
        if key in fw("kinship_nouns") or key.removeprefix("ال") in fw("kinship_nouns"):
            return True
    return False
