"""Round 148: past and background acts that take no day of their own (neither the article's nor a statement's).

- «أعلن في مناسبات عديدة», «في أكثر من مناسبة»: an act told as done on many occasions (``repeat_occasions`` with
  ``repeat_counts``, or «أكثر من مناسبة») in the trigger's clause is of no one day (:func:`many_occasions`);
- «ورفضت المعارضة ... النتيجة مسبقا»: a verb trigger with «مسبقا» (``beforehand_words``) later in its clause was done
  before the article's day (:func:`beforehand`);
- «وكانت خياراتنا ... وتم بالفعل التفاوض ... قبل أن تتوقف المفاوضات»: an act before another («قبل أن»), told in a
  sentence that looks back («كان», ``already_words``), is of that past (:func:`before_another`);
- «ملاحقة الناشط للدعوة إلى ...»: the conduct a prosecution (``prosecution_nouns``) is for is of its own past
  (:func:`charged_conduct`);
- round 252: «أسندت النيابة إلى المتهمين اتهامات بـ«الانضمام لجماعة ...، والاعتداء على ...، واستهداف المنشآت»»,
  «بتهم القتل والتخريب», round ev372 «عدة اتهامات من بينها قتل لاعب» (past «من بينها/منها»: ``among_words``): an
  act named in the list of a charge (``charge_nouns`` + «بـ», or ``charge_links``) is what
  they are accused of, of no day told (:func:`charge_listed`; the modality reads it as reported);
- round ev372: «وأسندت النيابة إلى المتهمين اتهامات بـ...», «وجهت النيابة العامة تهما»: the charges a prosecutor
  (``prosecutor_words``) levels with a verb of charging (``charging_verbs``) in a trial's report are the
  indictment, made long before the hearing told, on a day the report does not give (:func:`indicted`: in the report
  of a trial, a court or a hearing named before it; not where a time stands by it: «ووجه الادعاء أمس الاتهامات»,
  nor in a report of the charging itself: «ووجهت النيابة اتهامات إلى الوزير»);
- «ردا على هجمات الطائرات»: the act an answer (``response_openers``) responds to came before it (:func:`provoking`);
- «أعلنت في يوم 9 أغسطس ضم البلاد» where the time layer gave the day no year (a day past the article's, told of a
  perfect verb, in an old story: :mod:`rasd.time.story_year`): the act is of that unknown year, not the article's
  day (:func:`unvalued_day`);
- «وأعلن الرئيس في خطاب حالة الاتحاد لعام 2013»: an act said at an occasion named with a past year is of that
  occasion, not the article's day (:func:`named_year_occasion`);
- round lo899: «التي استبقت وصول كيري إلى الدوحة», «اعتقل خمسة قبيل زيارة الرئيس إلى تونس»: a visit or an arrival
  noun (042/043) right after a word of going before it (``visit_lead_words``) is the later act, to come or of a
  day not said; not the day of the act told before it nor the article's (:func:`ahead_of_visit`; an own time after
  it in its clause, «قبيل وصول كيري مساء أمس», dates it).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..time.lexicon import lexicon as time_lexicon
from .forms import fw, phrase_keys
from .lexicon import Hit, past_keys
from .modality_frames import rumour_told
from .word_tests import (
    KANA_PAST, clause_break, clause_stop, clause_window, conj_keys, doc_conj_keys, doc_token_keys, finite_verb, key_at,
)

OCCASION_REACH = 6  # tokens either side of the trigger, in its clause, read for «في مناسبات عديدة»
BEFOREHAND_REACH = 6  # tokens after a verb trigger, in its clause, to «مسبقا»
BEFORE_REACH = 12  # tokens after the trigger to «قبل أن», in its clause
DAY_REACH = 3  # tokens after a verb trigger to the number of its day («أعلنت في يوم 9 أغسطس»)
NAMED_REACH = 3  # tokens from «في/خلال» after a verb trigger to the occasion's «لعام»
LIST_REACH = 40  # tokens back from an act in a list of charges to the charge noun that opens it
CHARGE_REACH = 6  # tokens back from the conduct noun to the prosecution noun (past two names: «ملاحقة زيد وعمرو للدعوة»)
VISIT_CODES = ("042", "043")  # a visit made or hosted, an arrival
LEAD_SUBJECT_REACH = 4  # words of a subject between «استبقت» and the visit noun («استبقت الحكومة المصرية زيارة»)
VISIT_TIME_REACH = 8  # tokens after a visit noun, in its clause, read for its own time («وصول كيري إلى الدوحة مساء أمس»)


@lru_cache(maxsize=1)
def _occasion_keys() -> frozenset[str]:
    """The token keys one of which ``many_occasions`` needs: a word of ``repeat_occasions`` with «و», «في» or «وفي»
    before it or not (its test reads the key with those off)."""
    return frozenset([p + w for w in fw("repeat_occasions") for p in ("", "و", "في", "وفي")])


def many_occasions(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """«في مناسبات عديدة», «في المناسبات الكثيرة», «في أكثر من مناسبة» near the trigger in its clause."""
    if _occasion_keys().isdisjoint(doc_token_keys(doc)):
        return False  # (no word of occasions in the text)
    for t in clause_window(doc, hit.i, hit.j, sent_start, sent_end, OCCASION_REACH):
        key = key_at(doc, t).removeprefix("و").removeprefix("في")
        if key not in fw("repeat_occasions"):
            continue
        around = {key_at(doc, u) for u in (t - 1, t + 1) if sent_start <= u < sent_end}
        if key.endswith("ات") and around & fw("repeat_counts"):
            return True
        if t - 2 >= sent_start and key_at(doc, t - 1) == "من" and key_at(doc, t - 2).removeprefix("في") == "اكثر":
            return True
    return False


def beforehand(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A verb trigger with «مسبقا» after it in its clause («رفضت المعارضة ودول غربية نتيجتها مسبقا»)."""
    if hit.pos != "V":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + BEFOREHAND_REACH)):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False
        if key_at(doc, t).removeprefix("و") in fw("beforehand_words"):
            return True
    return False


def before_another(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """An act followed in its clause by «قبل أن» + another act, in a sentence that looks back: a «كان» before the
    trigger or «بالفعل» (``already_words``) right before it. (Not «قتل ثلاثة قبل أن تصل قوات الأمن»: today's.)
    Round ev392: a noun act right after «قبل» («وحتى قبل مجازر المتطرفين، كانت المنظمات تدين», «فقبل برقية التعزية
    التي بعث بها الملك») is the point another act is told before: done before the news or still to come, of no day
    said (an own time of it dates it before this is asked). Not a bare definite noun («قبل الهجوم»): the act told
    before, which keeps its day."""
    if hit.pos == "N" and hit.i - 1 >= sent_start and key_at(doc, hit.i - 1).lstrip("وف") == "قبل" \
            and not doc.tokens[hit.i].norm_key.startswith("ال"):
        return True
    # (the «قبل أن» first: the few acts that have one, not every token back to the sentence's start, are read)
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + BEFORE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("و") == "قبل" and key_at(doc, t + 1) == "ان":
            return any(key_at(doc, u).removeprefix("و").removeprefix("ف") in KANA_PAST for u in range(sent_start, hit.i)) \
                or (hit.i - 1 >= sent_start and key_at(doc, hit.i - 1) in fw("already_words"))
    return False


def charged_conduct(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger with «ل» of cause after a prosecution noun (``prosecution_nouns``: «ملاحقة الناشط للدعوة إلى
    ...»), or with «ب» right after a word of the accused (``accused_words``: «متهمان بالدعوة»; not the accused as
    the subject of a verb: «خالف المتهمون القانون بالدعوة»)."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    if charge_listed(doc, hit, sent_start) or rumour_told(doc, hit, sent_start) or indicted(doc, hit, sent_start):
        return True  # (round 264: «ما تردد من أنباء عن إجراء محادثات»: hearsay, of no day either)
    if key_at(doc, hit.i).startswith("ب"):
        return key_at(doc, hit.i - 1).removeprefix("و") in fw("accused_words")
    if not key_at(doc, hit.i).startswith("ل"):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - CHARGE_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("و").removeprefix("ب") in fw("prosecution_nouns"):
            return True
    return False


INDICT_REACH = 6  # tokens before a charge noun read for the verb of charging («أسندت النيابة إلى المتهمين»)


def indicted(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A charge noun (an accusation, 112) after a verb of charging and a prosecutor in its clause (see the module)."""
    if not hit.entry.code.startswith("112"):
        return False
    verb = prosecutor = False
    lo = hit.i
    for t in range(hit.i - 1, max(sent_start, hit.i - INDICT_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            break
        key = key_at(doc, t).removeprefix("و")
        verb = verb or key in fw("charging_verbs")
        prosecutor = prosecutor or key in fw("prosecutor_words")
        lo = t
    start, end = doc.tokens[lo].start, doc.tokens[min(len(doc.tokens) - 1, hit.j + INDICT_REACH)].end
    dated = any(start <= x.start < end for x in doc.times)  # («ووجه الادعاء أمس الاتهامات»: a day of its own)
    return verb and prosecutor and not dated and _in_trial(doc, hit.i)


TRIAL_BACK = 120  # tokens before a charge read for a court or a hearing that makes its report a trial's


def _in_trial(doc: Doc, i: int) -> bool:
    """Whether a court or a hearing (``court_words``, ``hearing_words``) is named within ``TRIAL_BACK`` tokens before
    token ``i``: the charges are told in the report of a trial («قررت محكمة جنايات القاهرة مد أجل النطق بالحكم»)."""
    return any(key_at(doc, t).removeprefix("و") in fw("court_words") or key_at(doc, t) in fw("hearing_words")
               for t in range(max(0, i - TRIAL_BACK), i))


AMONG_GAP = 2  # tokens between a charge noun and the act named one of them («اتهامات من بينها قتل»)


def _among(doc: Doc, t: int) -> bool:
    return key_at(doc, t) in ("من", "منها", "ومنها") or key_at(doc, t) in fw("among_words")


def _among_charges(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«عدة اتهامات من بينها قتل لاعب»: the act (a verb reading of its masdar) right after «من بينها/منها» after a
    charge noun."""
    for t in range(hit.i - 1, max(sent_start, hit.i - AMONG_GAP - 1) - 1, -1):
        if key_at(doc, t) in fw("charge_nouns"):
            return t < hit.i - 1
        if not _among(doc, t):
            return False
    return False


def charge_listed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger in the list a charge opens (see the module): back within ``LIST_REACH`` tokens of its
    sentence to a charge noun right before «بـ» (past «"» or «) or a charge link («بتهم»), past commas each followed
    by a «و» conjunct («، واستهداف»), not by another clause («، وقتل المسلحون جنديا»: a verb); no complementizer
    or relative between (a clause of its own: «بدعوى أن لديهم شكاوى ... بسبب القصف»). Round ev352: a trigger the
    lexicon read as a verb right after a charge link is its masdar in the genitive («بتهمة قتل جندي»)."""
    if hit.pos != "N":
        linked = sent_start < hit.i and conj_keys(doc)[hit.i - 1] in fw("charge_links")
        return linked or _among_charges(doc, hit, sent_start)
    present = doc_conj_keys(doc)
    if present.isdisjoint(fw("charge_links")) and present.isdisjoint(fw("charge_nouns")):
        return False  # (no charge word in the text, its «و/ف» off: no list of charges is told)
    conj = conj_keys(doc)
    for t in range(hit.i - 1, max(sent_start, hit.i - LIST_REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in ("،", ","):
            if not key_at(doc, t + 1).startswith("و") or finite_verb(doc.tokens[t + 1]) \
                    or conj[t + 1] in past_keys():
                return False
            continue
        key = conj[t]
        if clause_break(text) or key in fw("complementizers") or key in fw("relatives"):
            return False  # («بدعوى أن لديهم شكاوى ... بسبب القصف»: a clause of its own, not the list)
        if key in fw("charge_links"):
            return True
        if key in fw("charge_nouns"):
            nxt = t + 1
            if nxt == hit.i:
                return key_at(doc, hit.i).startswith("ب")  # «تهم بالقتل»
            if all(_among(doc, u) for u in range(nxt, hit.i)):
                return True  # round ev372: «عدة اتهامات من بينها قتل لاعب كرة»: one of the charges
            return (key_at(doc, nxt).startswith("ب") and len(key_at(doc, nxt)) <= 2
                                    or nxt + 1 < hit.i and key_at(doc, nxt + 1).startswith("ب"))
    return False


def provoking(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The act an answer responds to: «ردا على هجمات», «انتقاما لمقتل»."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    prev = key_at(doc, hit.i - 1)
    if prev in ("علي", "على") and hit.i - 2 >= sent_start:
        return key_at(doc, hit.i - 2).removeprefix("و") in fw("response_openers")
    return prev.removeprefix("و") in fw("response_openers") and key_at(doc, hit.i).startswith("ل")


def unvalued_day(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A day and a month said right after a verb trigger that no time of ``doc.times`` covers: the time layer found
    no year for it (``story_year``: no value is better than a wrong year); the act is not of the article's day."""
    if hit.pos != "V":
        return False
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + DAY_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        text = doc.tokens[t].text
        if text.isascii() and text.isdigit() and 1 <= int(text) <= 31 \
                and time_lexicon().has("month_g", key_at(doc, t + 1)):
            return not any(ts.start <= doc.tokens[t].start < ts.end for ts in doc.times)
    return False


def named_year_occasion(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A verb trigger followed by «في/خلال» (``occasion_frames``) + an occasion named with a past year, «لعام/لسنة
    YEAR» within ``NAMED_REACH`` tokens: «وأعلن الرئيس في خطاب حالة الاتحاد لعام 2013»."""
    if hit.pos != "V" or not doc.date or not doc.date[:4].isdigit():
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 4)):
        if clause_stop(doc.tokens[t].text):
            return False
        frame = key_at(doc, t).removeprefix("و")
        if frame != "في" and frame not in fw("occasion_frames"):
            continue
        for u in range(t + 2, min(sent_end - 1, t + 2 + NAMED_REACH)):
            if clause_stop(doc.tokens[u].text):
                return False
            year = doc.tokens[u + 1].text
            if key_at(doc, u) in ("لعام", "لسنه") and year.isascii() and year.isdigit() and len(year) == 4:
                return int(year) < int(doc.date[:4])
        return False
    return False


CAME_AFTER_REACH = 12  # tokens back from an act to the «أن» of «ويأتي ذلك بعد أن» whose clause it is in


def came_after(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round tm562: an act in the «بعد أن/عقب أن» clause that a news link opens («ويأتي ذلك بعد أن قررت آلية
    الاستقرار الأوروبية، رسميا، فتح مفاوضات», «وجاء هذا بعد أن أعلنت الوزارة»: ``news_links``, a word of
    ``subject_demonstratives`` or none, ``sequence_frames``) is what the news told came after: done before it, of
    no day the text gives (a time of its own dates it before this is asked). Not a bare «بعد أن» clause («وصل
    الوفد بعد أن التقى الوزير»: often of the same day), nor past a new conjunct after a comma («، وقال»)."""
    if background_frame(doc, hit, sent_start):
        return True
    for t in range(hit.i - 1, max(sent_start, hit.i - CAME_AFTER_REACH) - 1, -1):
        text = doc.tokens[t].text
        if clause_break(text):
            return False
        if text in ("،", ",") and key_at(doc, t + 1).startswith("و"):
            return False
        key = key_at(doc, t)
        if key not in ("ان", "أن"):
            if key in fw("complementizers") or key in fw("relatives"):
                return False
            continue
        if t - 2 < sent_start or key_at(doc, t - 1).removeprefix("و") not in fw("sequence_frames"):
            return False
        link = t - 2
        if key_at(doc, link) in fw("subject_demonstratives") and link - 1 >= sent_start:
            link -= 1
        return key_at(doc, link) in fw("news_links")
    return False


def background_frame(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round ev608: a noun act right after two words that set it as the news's background (``background_frames``:
    «على خلفية التفاوض مع حكومة كابل», «في أعقاب الهجمات», «وعلى إثر الاتفاق»): done before, of no day said. Not a
    bare «إثر» («قتل جندي إثر انفجار لغم»: often the very blast told)."""
    if hit.pos != "N" or hit.i - 2 < sent_start or any(p in ("و", "ف") for p in hit.cand.proclitics):
        return False
    pair = (key_at(doc, hit.i - 2).removeprefix("و"), key_at(doc, hit.i - 1))
    return pair in phrase_keys(fw("background_frames"))


def _led_visit(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A word of ``visit_lead_words`` right before the noun, or such a finite verb before its subject of up to
    ``LEAD_SUBJECT_REACH`` words («واستبقت الحكومة المصرية زيارة كيري»)."""
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - LEAD_SUBJECT_REACH) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        if key_at(doc, t).removeprefix("و").removeprefix("ف") in fw("visit_lead_words"):
            return t == hit.i - 1 or finite_verb(tok)
        if finite_verb(tok):
            return False
    return False


def ahead_of_visit(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A visit or arrival noun (``VISIT_CODES``) right after a word of going before it (``visit_lead_words``, with
    «و/ف» on it: «التي استبقت وصول كيري إلى الدوحة», «قبيل زيارة الرئيس»), not a bare definite noun («قبل الزيارة»:
    the visit told before), with no time of its own after it in its clause (see the module)."""
    if hit.pos != "N" or not hit.entry.code.startswith(VISIT_CODES) or hit.i - 1 < sent_start \
            or key_at(doc, hit.i).startswith("ال") or not _led_visit(doc, hit, sent_start):
        return False
    reach = min(sent_end, hit.j + 1 + VISIT_TIME_REACH)
    stop = next((t for t in range(hit.j + 1, reach) if clause_stop(doc.tokens[t].text)), reach)
    if stop <= hit.j + 1:
        return True
    lo, hi = doc.tokens[hit.j + 1].start, doc.tokens[stop - 1].end
    return not any(lo <= ts.start < hi for ts in doc.times_within(lo, doc.tokens[sent_end - 1].end))
