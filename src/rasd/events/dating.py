"""The date of an event: the time expression of its clause, or none.

A day or a month said in the trigger's clause dates it (a short range by its first day, a week by the month of its
Thursday); a pluperfect («وكانت الشركة قد أعلنت»), a habitual act («يوميا»), an act over a span («على مدى عامين»),
an act looked back on («تلك الهجمات») or one dated by another event noun after «منذ» takes no date of its own, and
the document date dates a factual act with no time said. The modality of the act (events.modality) is read first.
"""

from __future__ import annotations

import re

from ..doc import Doc, TimeSpan, Token
from ..time.lexicon import lexicon as time_lexicon
from .chunks import KANA_PAST, clause_stop, kana_before
from .clause_days import after_when_frame, but_after_pluperfect, describing_present, framing_act, place_apposed, relative_day, tally_since, what_done
from .that_came import that_came
from .set_off import complement_close, object_after_time, kana_chained, kana_subject_comma, destination_after_comma, place_after_comma, place_set_off, relative_inserts
from .first_told import appointed, at_first
from .anniversary_acts import passing_value
from .settled import designated_before
from .elsewhere import elsewhere
from .toll import thousands_toll
from .spans_told import cause_over_comma, conjunct_day, effect_subject, in_wake, period_month, pronoun_off, recent_far, repeated_here
from .forms import fw, nkey
from .lexicon import Hit, past_keys
from .background import framed, no_day_told
from .backdrop import (after_eve, condoled, directed, document_time, latest, past_progressive, refused_before,
                       scheduled_time, unnumbered_span, after_that_one)
from .headline_day import headline_day
from .habits import habit_clause, habit_masdar, held_state, present_stance, wont_to
from .backdrop_acts import (began_with, days_ago, era_act, known_before, loose_passing, outcome_of, recurring_clause,
                            simultaneous_with)
from .bygone import held_relative, late_figure, of_a_kind, past_habit, present_governed, supposed
from .condemned import condemned, pointed_to, reacted_object, unhidden
from .generic_acts import not_first_time, ongoing, opened_when, since_before, suffered, when_time
from .effect_time import effect_time
from .episodes import after_it, faced_charge, legal_subject, same_occasion, same_period, since_chain, told_after
from .one_of import one_of, one_of_speeches
from .word_tests import entity_at, in_name, past_conjunction
from .retold_acts import latest_day, retold_day
from .lately import described_past_time, lately_undated
from .prior_acts import ahead_of_visit, before_another, beforehand, came_after, charged_conduct, many_occasions, named_year_occasion, provoking, unvalued_day
from .purposed import purpose_time
from .purpose_lam import topic_meeting
from .told_span import paired_first, week_month, weekend_month
from .clause_times import (after_hoped, characterised, issued_before, later_own_time, onset_span, since_onset,
                           but_after_time)
from .pledged_back import pledged_relative
from .opinion import column_background
from .stated_day import apart_day, corrected, occasion_day, old_frame_conjunct, planned_told, statement_day
from .quoted_time import across_quote, background_cause, lead_word
from .quoted_past import always_done, elaborated_time, promised_before, published_time, recalled, response_motive
from .generic_plurals import every_one, generic_plural
from .running import counted_over_span, in_a_row, running_total
from .told_again import told_again
from .unsaid_time import plan_month, unsaid_span
from .unfixed import held_next, potential_cause, procedural, recent_relative, repeated, retold_next, shown, since_next
from .past_frames import OLD_YEARS, after_old, after_since, past_period
from .past_years import TAKING, past_told, reference_act
from .own_time import (after_plural, apposed, named_month, charged_or_eve, held_over_comma, since_then, recent_occasion, set_off, table_talks, under_agreement, where_time, year_near)
from .closing_time import closing_time
from .attached import crime_named, default_day, definite, own_relative, sequenced, since_fronted, then_told, time_lead_off
from .when import (apposition_free, chained_pluperfect, fronting, old_told_before, past_frame, pluperfect_main,
                   relative_on_act, told_before, unsettled, vague, year_of_other)
from .standing import in_range, ranged, standing_undated
from .invited_time import invited_time, planned_act_time, put_off_to, scheduled_other
from .relative_time import other_relative
from .put_off_before import asked_before
from .welcomed_statement import welcomed_occasion
from .toll_after import toll_after
from .spans_before import fronted_period, span_of_acts
from .explained_acts import explaining_time
from .still_states import exposed_to, past_abuse, so_far, standing_charge, still_subject
from .modality import FACTUAL, imperfect, keys_before
from .retrospect import (earlier_sentence, preceded_object, previous_act, repeated_times, retrospective,
                         verb_past_sequence)

_ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_YEAR = re.compile(r"\d{4}")


def told_year(doc: Doc, hit: Hit, mod: str, value: str | None, told: TimeSpan | None) -> int | None:
    """Round 102: the year of an event with no date (``value`` None) dated by a year alone («بعد مظاهرات عام
    2013»), from the time ``event_date`` gave back with it, when ``own_time.year_near`` holds; None otherwise."""
    if value is not None or told is None or not _YEAR.fullmatch(told.value or "") or mod not in FACTUAL:
        return None
    year = int(told.value or "0")
    if doc.date and _YEAR.fullmatch(doc.date[:4]) and year > int(doc.date[:4]):
        return None  # round 125: a fact told as done in a year still to come is dated by another's year («الاستفتاء الذي أعلن عنه في 2016»)
    return year if year_near(doc, hit, told) else None


SHORT_RANGE = 3  # days: a range of fewer days (a two- or three-day meeting) is dated by its first day


def event_value(value: str | None) -> str | None:
    """A TimeSpan value as an event date: a day or a month; a range inside one month gives the month, a short one
    (``SHORT_RANGE``) its first day."""
    if not value:
        return None
    if _ISO.fullmatch(value):
        return value
    a, _, b = value.partition("/")
    if b and _ISO.fullmatch(a) and _ISO.fullmatch(b) and a[:7] == b[:7]:
        if len(a) == len(b) == 10 and int(b[8:]) - int(a[8:]) < SHORT_RANGE:
            return a  # «بين 12 و13 أغسطس», «يومي 12 و13»: the act begins on the first day
        return a[:7]
    return None


PLUPERFECT_REACH = 20  # tokens from «قد» back to its «كان» across commas («وكانت دولة الكويت، ممثلة بـ...، قد أعلنت»)


def dated(value: str | None) -> str | None:
    """A time's value as an event date: a day, a month (``event_value``) or the month of a week."""
    return event_value(value) or week_month(value)


def _pluperfect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وكان ... أعلن», «وكانت الشركة، أمس، قد أعلنت»: a past before the report; the document date does not date
    it. From «قد» right before the verb, «كان» is looked for back over commas to the clause's start."""
    key = doc.tokens[hit.i].norm_key
    stem = past_conjunction(key, 4)
    if hit.pos != "V" or (imperfect(stem, True) and stem not in past_keys() and not stem.endswith("ت")):
        return False  # (round 116: «تعهدت», a perfect in «تـ»)
    keys = keys_before(doc, hit, sent_start, 8)
    if any(k.lstrip("وف") in KANA_PAST for k in keys):
        return True
    if kana_subject_comma(doc, hit.i, sent_start):
        return True  # round 206: «وكان المرصد، أكد أن ...»: the subject set off by a comma, no «قد»
    if kana_chained(doc, hit.i, sent_start):
        return True  # round ti912: «وكانت الشرطة اعتقلت الناشط، ووجهت له تهمة»: the same subject's past act
    if not keys or keys[-1].lstrip("وف") != "قد":
        return False
    return kana_before(doc, hit.i - 2, max(sent_start, hit.i - PLUPERFECT_REACH), True) is not None


def _commemorated(doc: Doc, hit: Hit) -> int | None:
    """N when the trigger is what «الذكرى N ل…» commemorates («الذكرى 13 لهجمات»), else None."""
    i = hit.i
    if i < 2:
        return None
    num, word = doc.tokens[i - 1].text, doc.tokens[i - 2].norm_key
    if time_lexicon().has("anniversary", word.lstrip("وفب")) and num.isascii() and num.isdigit() and 0 < int(num) < 1000:
        return int(num)
    return None


def _since_other(doc: Doc, sent_start: int, sent_end: int, pos: int, time_start: int) -> bool:
    """Whether «منذ» + a noun (another event: «منذ سقوط الهدنة», «منذ توقيع الاتفاق») stands between the trigger
    at ``pos`` and a time expression after it (not «منذ» right before the time: «منذ 2 أبريل»)."""
    toks = [t for t in doc.tokens[sent_start:sent_end] if pos < t.start < time_start]
    return any(t.norm_key.lstrip("و") == "منذ" and k + 1 < len(toks) for k, t in enumerate(toks))


def _since(doc: Doc, ts: TimeSpan, sent_start: int, after: bool) -> bool:
    """A year or a span that does not date the event: after it, «منذ أربع سنوات», «منذ عام 2011» (when a state
    began; a day or a month, «منذ 2 أبريل», still dates it); anywhere, «لعام 2000» (the year of a name)."""
    if dated(ts.value) is not None:
        return False
    first = nkey(ts.text.split()[0]).lstrip("و") if ts.text.split() else ""
    prev, own = "", ""
    for t in range(sent_start, len(doc.tokens)):
        tok = doc.tokens[t]
        if tok.start > ts.start:
            break
        if tok.end <= ts.start:
            prev = tok.norm_key.lstrip("و")
        else:
            own = tok.norm_key.lstrip("و")  # the token the time starts in («لعام» of «لعام 2000»)
    if own in ("لعام", "لسنه"):
        return True  # «قانون الإرهاب لعام 2000»: the year of a name
    if not after:
        return False
    return first == "منذ" or prev == "منذ"


# tokens after a verb of saying where a year still dates it; further on it is in what was said («أعلنت مدن ترشحها
# لاستضافة أولمبياد 2024»)
OBJECT_REACH = 4
OPENERS = frozenset(nkey(w) for w in ("و", "ف", "في", "وفي", "خلال", "وخلال"))  # what may stand before a fronted time


def _place_after_to(doc: Doc, prev: list[Token]) -> bool:
    """Whether the word after the last «، إلى» of ``prev`` (the tokens before a time) is a place the entity layer
    named («، إلى عدن أمس»), not a common noun («، إلى جلسة 10 أغسطس»: the day of the session)."""
    ks = [n for n in range(len(prev) - 2) if prev[n].text in ("،", ",") and prev[n + 1].norm_key == "الي"]
    k = doc.token_at(prev[ks[-1] + 2].start) if ks else None
    ent = entity_at(doc, k) if k is not None else None
    return ent is not None and ent.type == "LOCATION"


def _same_clause(doc: Doc, sent_start: int, sent_end: int, ts: TimeSpan, lo_c: int, hi_c: int, after: bool,
                 own: int = -1, noun: bool = False) -> bool:
    """Whether nothing between the trigger and the time ``ts`` (characters ``lo_c``..``hi_c``) opens another clause:
    no complementizer or relative (but the relative at offset ``own``, whose clause is on the trigger itself: «الهجوم
    الذي وقع الأسبوع الماضي»), and no comma but those of a time set off by commas: fronted at the sentence's start
    («في الثاني من أبريل الماضي، سيطرت القوات»), or between two commas after the verb and its subject («أعلنت
    الشركة، أمس، أنها») or before a noun trigger («شنت الفصائل، أمس، هجوما»)."""
    toks = doc.tokens[sent_start:sent_end]
    if across_quote(doc, lo_c, hi_c):
        return False  # round 153: «ويؤكد الرقيب «ننتظر ... منذ منتصف يوليو»»: the time of the words quoted
    commas: list[int] = []
    inserts = relative_inserts(doc, toks, lo_c, hi_c) if after else frozenset()  # round 253: «، التي تقاتل ...،»
    for n, tok in enumerate(toks, sent_start):
        if lo_c <= tok.start < hi_c and tok.start not in inserts:
            key = tok.norm_key
            if key in fw("complementizers") and in_name(doc, n):
                continue  # round 287: «ودعا بان كي مون أمس»: «بان» of a name, no «بأن»
            if key in fw("complementizers") or (key in fw("relatives") and tok.start != own) or key in fw("but_words") \
                    or (key[:1] == "و" and key[1:] in fw("complementizers")):  # round 177: «وأن»: a second content
                return False  # (round 111: «لا يمكن أن يلتقي ... ولكن يرتبط بدعوة قال بها في 27 يوليو»)
            if tok.text in ("،", ","):
                commas.append(tok.start)
    commas = apposition_free(doc, commas)
    if not commas:
        return True
    if after and apposed(toks, commas, lo_c):
        commas = commas[-1:]  # round 116: «خطفت جبهة النصرة، ذراع القاعدة في سوريا، أمس، مجموعة»
    if not after and all(t.norm_key in OPENERS or lead_word(t.text) or (t.norm_key == "ال" and t.end == ts.start)
                         for t in fronting(toks, ts)):
        return True  # a fronted time governs the clause after its comma («ويذكر أنه في عام 2006، قتلت»; ti912: «في الـ15 من مارس،»: the date's own article)
    if len(commas) != 1:
        return False
    prev = time_lead_off([t for t in toks if t.end <= ts.start])
    nxt = [t for t in toks if t.start >= ts.end]
    if not after and held_over_comma(prev, nxt, hi_c):
        return True  # round 116: «ستعقد المنظمة غدا، اجتماعا»
    if not after and cause_over_comma(nxt, hi_c):
        return True  # round 217: «قتل ثلاثة جنود أمس الأحد، جراء انفجارين»
    if after and place_set_off([t for t in prev if t.start > lo_c], nxt):
        return True  # round 212: «قتلت، في سوريا في بداية يوليو، فلانا»
    if after and place_after_comma([t for t in prev if t.start > lo_c], nxt):
        return True  # round 234: «قتلى في اقتتال نشب داخل معسكرين، في غرب العاصمة أمس»
    if after and place_apposed(doc, [t for t in prev if t.start > lo_c], nxt):
        return True  # round 303: «هاجم مسلحون المكلا، عاصمة محافظة حضرموت في الثاني من أبريل»
    if after and destination_after_comma([t for t in prev if t.start > lo_c], nxt) and _place_after_to(doc, prev):
        return True  # round dt313: «أجرى زيارة خاطفة، إلى عدن أمس، تفقد خلالها» (not «، إلى جلسة 10 أغسطس»)
    if after and noun and object_after_time([t for t in prev if t.start > lo_c], nxt):
        return True  # round dt343: «اقتحام عصابات المستوطنين، أمس المسجد الأقصى»: the object after the time
    if after:
        prev = pronoun_off(prev)  # round 217: «استقبال الرئيس، له الليلة الماضية في الرياض»
    opened = bool(prev) and prev[-1].text in ("،", ",")
    # (or a place after it: «خلال استقباله المبعوث، أول من أمس في العاصمة أبوظبي»)
    closed = not nxt or nxt[0].text in ("،", ",", ".") or nxt[0].norm_key in fw("complementizers") \
        or (after and nxt[0].norm_key == "في") or (after and complement_close(nxt))
    return opened and closed and (commas[0] == prev[-1].start if after else commas[0] == nxt[0].start)


HABITUAL = frozenset(nkey(w) for w in ("يوميا", "يوميًا", "عادة", "دائما", "دائمًا", "أسبوعيا", "شهريا", "سنويا", "غالبا"))
DAILY = frozenset(nkey(w) for w in ("يومية", "اليومية"))
SPAN_UNITS = frozenset(nkey(w) for w in ("عاما", "عامًا", "أعوام", "سنة", "سنوات", "شهرا", "شهرًا", "أشهر", "شهور",
                                         "أسابيع", "يوما", "يومًا", "أيام", "عقود", "عقدا", "عقدين", "عامين", "سنتين",
                                         "أشهرا", "أشهرًا", "أعواما", "سنوات", "شهورا", "أياما"))


def _undated(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """What no one day or month dates: a habit («يستقبل المتحف الزوار يوميا», «مظاهرات يومية») or an act drawn out
    over a span («بعد 12 عاما من المفاوضات», «سنوات من القتال»)."""
    if hit.pos == "V":
        key = doc.tokens[hit.i].norm_key
        key = past_conjunction(key, 4)
        return imperfect(key, True) and any(t.norm_key in HABITUAL for t in doc.tokens[sent_start:sent_end])
    if hit.j + 1 < sent_end and doc.tokens[hit.j + 1].norm_key in DAILY:
        return True
    if _over_span(doc, hit, sent_end):
        return True
    return hit.i - 2 >= sent_start and doc.tokens[hit.i - 1].norm_key == "من" \
        and doc.tokens[hit.i - 2].norm_key in SPAN_UNITS


DISTAL = frozenset(nkey(w) for w in ("تلك", "ذلك"))  # «تلك الهجمات» looks back; «هذا الاجتماع» is here and now
SPAN_REACH = 6  # tokens after a noun trigger to «على مدى/طوال» + a span


def _over_span(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """«والهجمات والحصار على مدى خمسة أشهر», «القتال طوال أسابيع», «حصار دام أشهرا» (round 177): a noun trigger's
    act drawn out over a span said right after it, in its clause."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + SPAN_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key in fw("span_openers"):
            return any(doc.tokens[u].norm_key in SPAN_UNITS for u in range(t + 1, min(sent_end, t + 4)))
    return False


COMPLEMENT_OPENERS = frozenset(("علي", "عن"))  # keys: «اتفق على عقد ...», «أعلن عن اتفاق ...»
CALLS = ("02", "10")  # a call or a demand: its day to come after «إلى» is the act called for


_DAY10 = re.compile(r"\d{4}-\d{2}-\d{2}")
OWN_TIME_REACH = 3  # tokens after a verb of statement within which a time is its own («أعلنت بغداد في يوم 9 أغسطس»)


def _perfect_verb(doc: Doc, hit: Hit) -> bool:
    """The verb trigger is a perfect («أكدت», «وأعلن»), no present or «سـ» form."""
    key = doc.tokens[hit.i].norm_key
    key = past_conjunction(key, 4)
    return not imperfect(key, True) and not (key[:1] == "س" and imperfect(key[1:], True))


def _coming_for_past(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether the day ``ts``, after the article's date, is said after a perfect verb trigger: a past act told today
    is not of a day to come; the day is of an act planned in its complement opened by «على/عن» («اتفق الطرفان على
    عقد اجتماع في 20 أغسطس»)."""
    value = event_value(ts.value)
    first = (ts.value or "")[:10]
    if hit.pos == "V" and doc.date and hit.entry.code.startswith("01") and _DAY10.fullmatch(first) \
            and first > doc.date[:10] and _perfect_verb(doc, hit) \
            and (doc.token_at(ts.start) or hit.j) - hit.j - 1 > OWN_TIME_REACH:
        return True  # round 177: «أكدت تنظيم وقفات أيام 10 و17 و24 أغسطس»: the days of the acts told, to come
    if hit.pos != "V" or not doc.date or value is None or len(value) < 10 or value <= doc.date[:10]:
        return False
    between = doc.tokens[hit.j + 1 : doc.token_at(ts.start) or hit.j]
    if hit.entry.code.startswith(CALLS) and any(t.norm_key == "الي" for t in between):
        return True  # round 88: «يدعو إلى إجراء انتخابات في 27 سبتمبر»: the day of the act called for, of any tense
    key = doc.tokens[hit.i].norm_key
    key = past_conjunction(key, 4)
    if imperfect(key, True) or (key[:1] == "س" and imperfect(key[1:], True)):  # «وسيزور»
        return False
    return any(t.norm_key in COMPLEMENT_OPENERS for t in between)


def event_date(doc: Doc, hit: Hit, sent_start: int, sent_end: int, mod: str,
               clause_from: int | None = None) -> tuple[str | None, TimeSpan | None]:
    """The value of the time expression nearest the trigger in its sentence, else the document date. A time from
    offset ``clause_from`` (a relative clause on the trigger's subject) up to the trigger is another verb's."""
    if _undated(doc, hit, sent_start, sent_end) or repeated_times(doc, hit, sent_start, sent_end) \
            or habit_clause(doc, hit, sent_start, sent_end, True) or wont_to(doc, hit, sent_start) \
            or habit_masdar(doc, hit, sent_start, sent_end) or ranged(doc, hit, sent_end) or thousands_toll(doc, hit):
        return None, None  # (round 293: «مقتل مئات الآلاف»: a toll; round 98: «تعرضت للاعتقال عدة مرات»: many times; 243: «بين مطلع يناير حتى يوليو»)
    if charged_conduct(doc, hit, sent_start) or provoking(doc, hit, sent_start) or every_one(doc, hit) \
            or reacted_object(doc, hit, sent_start, sent_end) or old_frame_conjunct(doc, hit, sent_start, OLD_YEARS) \
            or ahead_of_visit(doc, hit, sent_start, sent_end):
        return None, None  # round 148: «ملاحقة الناشط للدعوة», «ردا على هجمات»: an act before the one told (lo899: «استبقت وصول كيري»: one after it)
    topic = topic_meeting(doc, hit) if mod in FACTUAL else -1
    if topic >= 0:  # round 252: «بعد انتهاء اجتماع مع نظرائه لمناقشة الاتفاق»: the topic, on the meeting's day
        return event_date(doc, Hit(topic, topic, hit.entry, "N", hit.cand), sent_start, sent_end, mod)
    passed = passing_value(doc, hit) if mod in FACTUAL else None
    if passed is not None:
        return passed, None  # round 212: «بمناسبة مرور عام على احتلال المدينة»: a year before the article
    pos = doc.tokens[hit.i].start
    lo = doc.tokens[sent_start].start
    hi = doc.tokens[sent_end - 1].end if sent_end > sent_start else pos
    best: tuple[int, TimeSpan] | None = None
    after: TimeSpan | None = None  # the first time after the trigger in its clause
    other = False  # a time of the clause dates another act, this one told as before or after it
    # a relative right after a noun trigger (or after the adjectives of a definite one: «التفجير الإرهابي الذي
    # استهدف») opens a clause on the act itself, which its time dates
    own = own_relative(doc, hit, sent_end)
    for ts in doc.times_within(lo, hi):
        if not ts.value or _since(doc, ts, sent_start, ts.start > pos):
            continue
        ts = corrected(doc, ts) or ts  # round 170: «ظهر اليوم (أمس)»: the day in brackets
        if clause_from is not None and clause_from <= ts.start < pos:
            continue
        if published_time(doc, ts.start, pos) or appointed(doc, hit, ts.start):
            continue  # round 201: «الصحف الصادرة اليوم على لقاء ... أمس»: the papers' day
        if ts.start < pos and dated(ts.value) is not None and since_fronted(doc, sent_start, ts.start):
            other = other or since_then(doc, hit, sent_start, ts)  # round 116: «بدأت ...، منذ أواخر يوليو، مهاجمة»
            continue  # «ومنذ عزل الرئيس، في يوليو 2013، تشهد البلاد تفجيرات»: when the state began
        d = ts.start - pos if ts.start >= pos else pos - ts.end
        if (dated(ts.value) is None or named_month(doc, ts) or in_range(doc, ts)) and hit.pos == "V" and hit.entry.code.startswith("01") and ts.start > pos \
                and sum(1 for t in doc.tokens[hit.j + 1 : sent_end] if t.end <= ts.start) > OBJECT_REACH:
            continue
        lo_c, hi_c = (pos, ts.start) if ts.start >= pos else (ts.end, pos)
        if not _same_clause(doc, sent_start, sent_end, ts, lo_c, hi_c, ts.start >= pos, own, hit.pos == "N"):
            continue  # another clause
        if ts.start < pos and other_relative(doc, hit, ts, sent_start, own):
            continue  # round dt353: «الاتفاق الذي أبرم في 14 من الشهر الماضي على المحادثات»: the agreement's
        if ts.start > pos and preceded_object(doc, hit) and not 0 <= own < ts.start:
            continue  # «وسبق الهجوم أمس، نشر ...»: the day of the act that came before it
        if ts.start < pos and sequenced(doc, ts.end, pos) and not verb_past_sequence(doc, hit, ts.end):
            other = True  # «قررت، في يناير، إعادة نظر القضية بعد قبول طعن ... لاتهامهم»: before the dated act
            continue
        if ts.start > pos and _since_other(doc, sent_start, sent_end, pos, ts.start):
            continue  # «أول هجوم منذ سقوط الهدنة قبل عشرة أيام»: the date of the other event «منذ» names
        if ts.start > pos and dated(ts.value) is None and year_of_other(doc, hit, ts):
            continue  # «طالب بمحاكمة المتهمين في اغتيال الحريري عام 2005»: the year of the noun's act
        if ts.start > pos and _coming_for_past(doc, hit, ts):
            continue  # «أعلنت ... عن اتفاق على عقد جولة في 20 أغسطس»: the day of the act agreed on, still to come
        if ts.start > pos and (put_off_to(doc, hit, ts) or planned_act_time(doc, hit, ts, sent_start)):
            continue  # dt343: «تأجيل الزيارة إلى نهاية الأسبوع»; tm412: «إجراء الانتخابات خلال سبتمبر»
        if ts.start > pos and (invited_time(doc, hit, ts) or scheduled_other(doc, hit, ts)):
            continue  # round dt313: «تلقى دعوة لزيارة موسكو في 12 - 13 أغسطس»; dt363: «من جلسة ... المقرر عقدها»
        if best is None or d < best[0]:
            best = (d, ts)
        if ts.start > pos and (after is None or ts.start < after.start):
            after = ts
    if best is not None and after is not None and best[1].start < pos and (set_off(doc, hit, best[1]) or closing_time(doc, hit, best[1], after, sent_start, sent_end)):
        best = (0, after)  # round 102: «اتهمت تركيا، أمس، باستهدافها في الأسبوع الماضي»; tm611: «أفاد ... يوم الخميس باندلاع اشتباكات ... يوم الأحد»
    if best is not None and after is not None and best[1].start < pos and later_own_time(doc, hit, sent_start, best[1]):
        best = (0, after)  # round 194: «حتى غرة ذي الحجة فيما ستعلن ... في السادس عشر منه»: the previous act's time
    valued = tuple(ts for ts in doc.times_within(lo, hi) if dated(ts.value) is not None)
    own_day = relative_day(doc, hit, sent_end, valued) if best is None or best[1].start < pos else None
    if own_day is not None:
        best = (0, own_day)  # round 303: «انضم أمس إلى المشاورات، التي بدأت مساء أول من أمس»: the noun's own day
    apart = apart_day(doc, hit, sent_start) if best is None and mod in FACTUAL else (False, None)
    if apart[0]:
        return apart[1], None  # round 170: «بعد يومين من إلقاء منشورات»: the span before the day of the sentence's act
    period = period_month(doc, hit, sent_end) if best is None and mod in FACTUAL else None
    if period is not None:
        return period  # round 217: «قمع الاحتجاجات التي شهدتها البلاد في الفترة من أواخر أبريل حتى يونيو»
    key = doc.tokens[hit.i].norm_key
    stem = past_conjunction(key, 4)
    perfect = not imperfect(stem, True) or stem in past_keys()
    frame = framed(doc, hit, (sent_start, sent_end), perfect, clause_from, mod in FACTUAL and not unsettled(
        doc, hit, sent_end) and not vague(doc, hit, sent_start, sent_end)) if best is None else (False, None)
    if frame[1] is not None and not _since(doc, frame[1], sent_start, False):
        best = (0, frame[1])  # «في مايو الماضي، والتي أكدت», «وقبل حوالى عشرة أيام، شنت ...، كما بدأت في مهاجمة»
    purpose = purpose_time(doc, hit, sent_start) if best is None else None
    if purpose is not None:
        best = (0, purpose)  # round 123: «وتظاهر ... مساء السبت، احتجاجا على»: the time of the act it is the aim of
    told = (scheduled_time(doc, hit, sent_end) or document_time(doc, hit, sent_start)) if best is None else None
    if told is not None:
        best = (0, told)  # round 128: «المفاوضات مع الحكومة التي كانت مقررة الجمعة», «خطاب بتاريخ ... يندد فيه»
    occasion = (same_occasion(doc, hit, sent_start) or occasion_day(doc, hit, sent_end)) if best is None else None
    if occasion is not None:
        best = (0, occasion)  # round 133: «عقد جلسة ... أمس، ... الذي افتتح الجلسة بتجديد الدعوة»
    when = (when_time(doc, hit, sent_start) or effect_time(doc, hit, sent_start, sent_end)) if best is None else None
    if when is not None:
        best = (0, when)  # round 142: «قتل جندي أمس، عندما انفجر لغم»; 231: «سقطت أمس طائرة ...، مما أدى إلى»
    manner = (elaborated_time(doc, hit, sent_start) or explaining_time(doc, hit, sent_start)) if best is None else None
    if manner is not None:
        best = (0, manner)  # round 201: «حققت القوات، أمس، نصرا، وذلك باستعادتها السيطرة»: the act's time
    rel = relative_on_act(doc, hit, sent_start) if best is None else None
    if rel is not None and pluperfect_main(doc, rel[0], sent_start):
        return None, None  # «كان بوتين قد أعلن مبادرته التي دعت»: of the pluperfect's past
    if rel is not None and rel[1] is not None:
        return event_date(doc, rel[1], sent_start, sent_end, mod)  # «غاراتها التي استهدفت»: the noun's act
    # round 278: a time described as past is left undated; dt373: «اليوم وغدًا» by its first day
    if (best := paired_first(doc, best)) is not None and not described_past_time(doc, hit, sent_start, best[1].start):
        value = plan_month(doc, best[1], weekend_month(best[1]) or dated(best[1].value), mod)  # (ev392: weekend)
        if value is None:
            # «في عام 2006، قتلت غارة», «خلال الأشهر الأربعة الماضية قتل»: a year or a span of months, no day or
            # month to give; it is not the document date either (round 102: the year's time goes back, ``told_year``)
            return None, best[1] if _YEAR.fullmatch(best[1].value or "") else None
        years = _commemorated(doc, hit)
        if value is not None and years is not None and value[:4].isdigit():
            # «في الذكرى 13 لهجمات 11 أيلول»: the time is the anniversary, the attacks were 13 years before
            value = f"{int(value[:4]) - years:04d}{value[4:]}"
        return value, best[1]
    planned = planned_told(doc, hit, sent_start) if mod == "planned" else None
    if planned is not None:
        return dated(planned.value), planned  # round 170: «سيناقش ... خلال محادثات الدوحة»: the talks told as today's
    carried = latest_day(doc, hit, sent_start, mod, event_date) if latest(doc, hit, sent_end) else None
    if carried is not None:
        return dated(carried[0]), carried[1]  # round ti942: «الهجوم الأخير» after a lead's «ومهاجمتهم أمس»: its day
    if unsettled(doc, hit, sent_end) or vague(doc, hit, sent_start, sent_end) or mod not in FACTUAL \
            or unsaid_span(doc, hit, sent_start, sent_end) or _pluperfect(doc, hit, sent_start) \
            or chained_pluperfect(doc, hit, sent_start) or past_frame(doc, hit, sent_start) \
            or no_day_told(doc, hit, sent_start, sent_end) or potential_cause(doc, hit, sent_start, sent_end) \
            or procedural(doc, hit, sent_start, sent_end) or repeated(doc, hit, sent_start) \
            or recent_relative(doc, hit, sent_end) or running_total(doc, hit, sent_start, sent_end) \
            or after_since(doc, hit, sent_start) or past_period(doc, hit, sent_end) or after_old(doc, hit, sent_end) \
            or previous_act(doc, hit, sent_end) or (hit.pos == "N" and pluperfect_main(doc, hit.i, sent_start)) \
            or earlier_sentence(doc, hit, sent_start, perfect) or after_plural(doc, hit, sent_start) \
            or recent_occasion(doc, hit, sent_end) or table_talks(doc, hit) or charged_or_eve(doc, hit, sent_start) \
            or past_habit(doc, hit, sent_start) or of_a_kind(doc, hit, sent_start) or shown(doc, hit, sent_start) \
            or told_again(doc, hit, sent_start, sent_end) or one_of(doc, hit, sent_start) or one_of_speeches(doc, hit, sent_end) \
            or unhidden(doc, hit, sent_start) or in_a_row(doc, hit, sent_start, sent_end) \
            or counted_over_span(doc, hit, sent_end) or directed(doc, hit, sent_start) \
            or condoled(doc, hit, sent_start) or refused_before(doc, hit) or latest(doc, hit, sent_end) \
            or after_eve(doc, hit, sent_start) or past_progressive(doc, hit, sent_start) \
            or unnumbered_span(doc, hit, sent_start, sent_end) or after_that_one(doc, hit, sent_start) \
            or same_period(doc, hit, sent_start) or after_it(doc, hit, sent_end) or legal_subject(doc, hit, sent_end) \
            or faced_charge(doc, hit, sent_start) or told_after(doc, hit, sent_start) or since_chain(doc, hit, sent_start) \
            or suffered(doc, hit, sent_start) or since_before(doc, hit, sent_start) or ongoing(doc, hit, sent_end) \
            or not_first_time(doc, hit, sent_start) or past_abuse(doc, hit, sent_start, sent_end) \
            or opened_when(doc, hit, sent_start) or many_occasions(doc, hit, sent_start, sent_end) \
            or beforehand(doc, hit, sent_end) or before_another(doc, hit, sent_start, sent_end) or came_after(doc, hit, sent_start) \
            or unvalued_day(doc, hit, sent_end) or named_year_occasion(doc, hit, sent_end) \
            or background_cause(doc, hit, sent_start) or generic_plural(doc, hit, sent_start) \
            or pledged_relative(doc, hit, sent_start, sent_end) or after_hoped(doc, hit, sent_start) \
            or characterised(doc, hit, sent_start) or issued_before(doc, hit, sent_start) \
            or onset_span(doc, hit, sent_start) or since_onset(doc, hit, sent_start) or but_after_time(doc, hit, sent_start) \
            or promised_before(doc, hit, sent_start) or supposed(doc, hit, sent_start) or late_figure(doc, hit, sent_start) \
            or recalled(doc, hit, sent_start) or always_done(doc, hit) or response_motive(doc, hit, sent_start) \
            or at_first(doc, hit, sent_start, sent_end) or designated_before(doc, hit, sent_start, sent_end) \
            or recent_far(doc, hit, sent_end) or effect_subject(doc, hit, sent_start) \
            or recurring_clause(doc, hit, sent_start) or began_with(doc, hit, sent_start) \
            or known_before(doc, hit, sent_start) or era_act(doc, hit, sent_start) or outcome_of(doc, hit, sent_start) \
            or loose_passing(doc, hit, sent_start) or days_ago(doc, hit, sent_start, sent_end) or held_state(doc, hit) \
            or standing_undated(doc, hit, sent_start, sent_end) or lately_undated(doc, hit, sent_start, sent_end) \
            or after_when_frame(doc, hit, sent_start) or tally_since(doc, hit, sent_start, sent_end) \
            or describing_present(doc, hit, sent_start) or framing_act(doc, hit, sent_start) \
            or but_after_pluperfect(doc, hit, sent_start) or what_done(doc, hit, sent_start) \
            or fronted_period(doc, hit, sent_start) or span_of_acts(doc, hit, sent_start) \
            or still_subject(doc, hit, sent_start) or so_far(doc, hit, sent_end) or standing_charge(doc, hit) \
            or exposed_to(doc, hit, sent_start) or asked_before(doc, hit, sent_end) or toll_after(doc, hit, sent_start) \
            or welcomed_occasion(doc, hit, sent_start) or since_next(doc, hit, sent_end) or present_stance(doc, hit, sent_start) \
            or reference_act(doc, hit, sent_end, TAKING):
        return None, None  # round 243 (standing): «قد أطلق حربا، تستهدف», «أن سيطرته على»; round 133: «في الفترة نفسها», «يواجه اتهامات»; 142: «عانت من», «سبق أن», «المستمرة»; 177: «التي أعلن أنه سيحولها»
    if other:
        return None, None
    where = where_time(doc, hit, sent_start, perfect) or under_agreement(doc, hit, sent_start)
    if where is not None:
        return dated(where.value), where  # round 102: «في مايو الماضي، ...، حيث نجحت», «بموجب الاتفاقية التي وقعت في»
    held = held_next(doc, hit, sent_end) or retold_next(doc, hit, sent_end) or that_came(doc, hit, sent_end)  # ev708: «جاء ذلك خلال الجلسة ... أمس»
    if held is not None:  # ev392: «بتفجير أنبوب النفط» then «وكان تفجير أنبوب النفط، قبل يومين، قد»
        return dated(held.value), held  # «اللقاء الثلاثي ...» then «وعقد اللقاء عصر أمس»: that day
    old, value = old_told_before(doc, hit, sent_start)
    if old:
        return dated(value), None  # «* 2 أغسطس 1990: مجلس الأمن يعقد جلسة ...، وطالبه»: that past, not today
    if (hit.pos == "N" or perfect) and not then_told(doc, hit, sent_start, sent_end):  # (round 272: «حينها»)
        found, value = told_before(doc, hit, sent_start, sent_end)
        if found and elsewhere(doc, hit.i):
            found = False  # round 293: «...، واعتقلت الشرطة في مدينة أخرى»: another telling, not that day
        if found and value is not None and value[:4] == (doc.date or "")[:4] and present_governed(doc, hit, sent_start):
            return None, None  # round 107: «ويتلقون الكثير من الزيارات»: going on, of no day the story told before
        if found:
            return dated(value), None  # the day said before in the story, or the old date of an account
    if in_wake(doc, hit, sent_start):
        return None, None  # round 217: «في أعقاب الهجوم الانتحاري الذي استهدف»: an act known before the one told
    if crime_named(doc, hit) or then_told(doc, hit, sent_start, sent_end) or held_relative(doc, hit, sent_end) \
            or condemned(doc, hit, sent_start) or pointed_to(doc, hit, sent_start):
        return None, None  # «كجريمة إحراق», «فهم التهديد آنذاك», «الاجتماع الذي عقد», «أدان اغتيال»: a past act named
    if hit.pos == "N" and (hit.j + 1 < sent_end and doc.tokens[hit.j + 1].norm_key in DISTAL
                           or hit.i > sent_start and doc.tokens[hit.i - 1].norm_key.removeprefix("و") in DISTAL
                           and definite(key)):
        return None, None  # «حوادث الاختطاف تلك», «في ذلك الاجتماع»: the act told before, not of the article's day
    if frame[0]:
        return None, None  # «مسلحي التنظيم الذين سيطروا على مناطق شاسعة»: what they did before, of no day told
    if retrospective(doc, hit, perfect):
        return None, None  # round 98: a past act in a piece told in old times, after an old one
    stated = statement_day(doc, hit, sent_start, perfect)
    if stated is not None:
        return dated(stated.value), stated  # round 170: «أعلنت أمس أن مقاتليها قتلوا»: no later than its telling
    if column_background(doc, hit):
        return None, None  # round 183: an act a column names with no time of its own: background of its view
    joined = conjunct_day(doc, hit, sent_start)
    if joined is not None:
        return dated(joined.value), joined  # round 217: «وهاجمت الجبهة، الجمعة، مقرا ...، ووقعت اشتباكات»
    again = repeated_here(doc, hit, sent_start)
    if again is not None:
        value, said = event_date(doc, again, sent_start, sent_end, mod)
        if said is not None and value is not None:
            return value, said  # round 217: «ووقعت اشتباكات ...، الذي أشار إلى تزامن الاشتباكات»: that act's day
    along = simultaneous_with(doc, hit, sent_start)
    if along is not None:
        value, said = event_date(doc, Hit(along, along, hit.entry, hit.pos, hit.cand), sent_start, sent_end, mod)
        if value is not None:
            return value, said  # round 225: «تزامن الاشتباكات مع غارات»: the day of the clashes told before
    if past_told(doc, hit, sent_start, sent_end):
        return None, None  # round ti1002: «في عام 2014، شرعت ...», «إبان حرب الخليج»: that past, not today
    headline = headline_day(doc, pos, tuple(ts for ts in doc.times if dated(ts.value) is not None))
    if headline is not None:
        return dated(headline.value), headline  # round 303: a digest's headline, dated by its lead («... أمس (الجمعة)»)
    return retold_day(doc, hit, sent_start, mod, event_date) or (default_day(doc), None)  # round 265: «قرار الاعتقال»
