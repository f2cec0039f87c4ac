"""Round 88: acts the article's day does not date, told by the frame around them: an act after «منذ» («ومنذ
سيطرة القوات على المدينة، بدأت المساعدات تصل»: the start of what has lasted since, before the news), an act of a
past period («رفض الحوار خلال الفترة الماضية», «خلال الأشهر الأخيرة»: no one day), and a noun whose coming to pass
is told in the future («الجولة الثانية من المحادثات ستبدأ قريبا»: planned)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop

PERIOD_REACH = 12  # tokens after a trigger, in its clause, read for «خلال الفترة الماضية»
COMING_REACH = 12  # tokens after a noun trigger, in its clause, read for the future verb it is the subject of


def after_since(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«منذ سيطرة القوات», «منذ أن سيطرت القوات»: the act «منذ» dates a state from; it was before the news, of no
    day said (a time of its own clause still dates it)."""
    k = hit.i - 1
    if k >= sent_start and hit.pos == "V" and doc.tokens[k].norm_key in ("ان", "أن"):
        k -= 1  # «منذ أن» + a verb
    elif hit.pos != "N":
        return False
    return k >= sent_start and doc.tokens[k].norm_key in fw("since_words")


def _opens_clause(key: str) -> bool:
    return key in fw("complementizers") or key in fw("relatives")


def past_period(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """«رفض المتمردين الدخول في الحوار خلال الفترة الماضية», «في المرحلة السابقة»: an act of a past period after
    the trigger in its clause (a period noun, then a word of the past: function words ``past_period_nouns``,
    ``past_period_adjectives``), of no one day."""
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + PERIOD_REACH) - 1):
        text, key = doc.tokens[t].text, doc.tokens[t].norm_key
        if clause_stop(text) or _opens_clause(key):
            return False
        if key.lstrip("وفب").removeprefix("ل") in fw("past_period_nouns") or key in fw("past_period_nouns"):
            if doc.tokens[t + 1].norm_key in fw("past_period_adjectives"):
                return True
    return False


def to_come(doc: Doc, hit: Hit) -> bool:
    """«الجولة الثانية من المحادثات بين الطرفين ستبدأ قريبا», «الاجتماع سوف يعقد في»: a noun trigger whose own
    coming to pass (function words ``coming_to_pass``, with «سـ» or after «سوف») is said in its clause is
    planned."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + COMING_REACH)):
        text, key = doc.tokens[t].text, doc.tokens[t].norm_key
        if clause_stop(text) or text in (".", "؟", "?", "!") or _opens_clause(key):
            return False
        key = key.removeprefix("و")
        if key[:1] == "س" and key[1:] in fw("coming_to_pass"):
            return True
        if key == "سوف" and t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in fw("coming_to_pass"):
            return True
    return False


OLD_AFTER_REACH = 8  # tokens from «بعد» to the old time of the event it names
OLD_YEARS = 2  # a year this many years or more before the article's is a past of its own (as in ``when``)


def after_old(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """«رفض التخلي عن التنظيم ...، بعد هجمات التنظيم على أميركا 2001», «خصوصا بعد 11 سبتمبر 2001»: an act told
    as after an event of a year ``OLD_YEARS`` or more before the article's, later in its sentence, is history, of
    no day said; not a statement (01x: «وأكدت المصادر أن ... بعد 2011» is of the news)."""
    if not doc.date or not doc.date[:4].isdigit() or hit.entry.code.startswith("01"):
        return False
    limit = int(doc.date[:4]) - OLD_YEARS
    end = doc.tokens[sent_end - 1].end if sent_end > hit.j + 1 else -1
    for t in range(hit.j + 1, sent_end):
        if doc.tokens[t].norm_key.removeprefix("و") != "بعد":
            continue
        reach = doc.tokens[min(sent_end, t + 1 + OLD_AFTER_REACH) - 1].end
        for ts in doc.times:
            if doc.tokens[t].end <= ts.start < reach and ts.end <= end and ts.value[:4].isdigit() \
                    and int(ts.value[:4]) <= limit and any(ch.isdigit() for ch in ts.text):
                return True
    return False
