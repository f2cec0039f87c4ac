"""Round 102: past acts whose own time the sentence gives elsewhere than in their clause, or gives as none (see
``dating.event_date``).

- «... ليلة سيطرة التنظيم على المدينة، في مايو الماضي، التي تزامنت مع ...، حيث نجحت مجموعة بقتل القيادي»: a
  past act in a clause opened by «حيث» (``hayth``) with no time of its own happened at the time told last
  before «حيث» in its sentence, when it is a day or a month before the article's date.
- «وبموجب الاتفاقية التي وقعت في 14 يوليو، اتفقت القوى على رفع العقوبات»: an act of agreeing (CAMEO 03x, 057)
  after a fronted «بموجب» (``under_agreement_words``) + an agreement (``agreement_nouns``) whose relative clause gives a
  day or a month is the agreement itself, of that time.
- «بدلت موقفها بعد هجمات دامية»: an indefinite plural act noun right after a word of sequence (``sequence_frames``)
  names several earlier acts, of no one day (not talks, ``TALKS``: «وبعد مشاورات طويلة عينوا», the one process that
  led to the act).
- «في تصريح لدى إشرافه على المؤتمر الذي احتضنته العاصمة مؤخرا»: a noun act told on an occasion (``occasion_frames``)
  said to be recent (``recency_words``) in its clause is of no day told.
- «اتهمت تركيا، أمس، باستهدافها في الأسبوع الماضي»: a time set off by commas right before a noun trigger is the
  governing verb's; a time of the noun's own after it, in its clause, dates it.
- «يواجه عدة اتهامات من بينها قتل لاعب والاحتجاز غير القانوني», «عشية المحادثات»: a crime charged, an act the
  day after the one told: no day.
- «بمجرد عودة إيران إلى طاولة المفاوضات»: talks named by their table (``talk_tables``) are the process, not an
  act of a day.
"""

from __future__ import annotations

import re

from ..doc import Doc, TimeSpan, Token
from .forms import fw, nkey
from .lexicon import Hit, match_token
from .modality import imperfect
from .word_tests import KANA_PAST, clause_stop, has_letters, key_at, past_conjunction, valued_times
from .year_reach import deemed_relative, year_units

WHERE_REACH = 14  # tokens back from a trigger to the «حيث» that opens its clause
UNDER_REACH = 12  # tokens from a fronted «بموجب» to the comma that closes its phrase
OCCASION_REACH = 16  # tokens after a noun trigger, in its clause, read for an occasion said to be recent
AGREEING = ("03", "057")  # express intent to cooperate, sign a formal agreement
TALKS = ("03", "04")  # intent to cooperate, consult: talks before an act lead to it
ENDS = (".", "؛", ";", ":", "«", "»", "!", "؟", "?")


def _month_or_day(doc: Doc, ts: TimeSpan) -> bool:
    """A time that names a day or a month (not a range, a week or a year) before the article's date."""
    value = ts.value or ""
    if len(value) not in (7, 10) or "/" in value or "W" in value or not value[:4].isdigit():
        return False
    return not doc.date or value < doc.date[: len(value)]


def _opens_present(key: str) -> bool:
    """A word after «حيث» that opens no past act: «إن/أن» (because) or a present verb («توجد», «يقيم»)."""
    key = key.removeprefix("و")
    return key in ("ان", "أن", "إن") or (imperfect(key, True) and not key.endswith("ت"))  # («نجحت», «تمكنت»: past)


def where_time(doc: Doc, hit: Hit, sent_start: int, perfect: bool) -> TimeSpan | None:
    """The time before the «حيث» that opens the trigger's clause (a noun, or a perfect verb), the last one said before
    it in the sentence with no end of a clause («.», «؛», a quotation mark) between; None where there is none or
    it is no day or month."""
    if hit.pos == "V" and not perfect:
        return None
    where = None
    for t in range(hit.i - 1, max(sent_start, hit.i - WHERE_REACH) - 1, -1):
        text = doc.tokens[t].text
        if clause_stop(text) or text in ENDS:
            break
        if key_at(doc, t).removeprefix("و") in fw("hayth"):
            where = t
            break
    if where is None or _opens_present(key_at(doc, where + 1) if where + 1 < hit.i else ""):
        return None  # (not «حيث إن», because; nor «حيث توجد مجموعة ... المحتجين ضد قرار الاعتقال», a state now)
    lo = doc.tokens[sent_start].start
    cut = doc.tokens[where].start
    times = valued_times(doc, lo, cut)
    if not times:
        return None
    last = max(times, key=lambda ts: ts.start)
    if _ended_between(doc, sent_start, where, last.end):
        return None
    return last if _month_or_day(doc, last) else None


def _ended_between(doc: Doc, sent_start: int, where: int, after: int) -> bool:
    """An end of a clause (``ENDS``) between offset ``after`` and token ``where``; a pair of marks closed there, a
    name («على «قاعدة العند» ... حيث»: round 201), ends nothing."""
    depth = 0
    for t in range(sent_start, where):
        text = doc.tokens[t].text
        if doc.tokens[t].start < after:
            continue
        if text == "«":
            depth += 1
        elif text == "»":
            if depth == 0:
                return True
            depth -= 1
        elif text in ENDS:
            return True
    return depth > 0


def under_agreement(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """For an act of agreeing (``AGREEING``) right after a fronted «بموجب» + an agreement noun closed by a comma,
    the day or month said in that phrase; else None."""
    if not hit.entry.code.startswith(AGREEING):
        return None
    first = sent_start
    if first + 1 >= len(doc.tokens) or key_at(doc, first).removeprefix("و") not in fw("under_agreement_words") \
            or key_at(doc, first + 1) not in fw("agreement_nouns"):
        return None
    comma = next((t for t in range(first + 2, min(len(doc.tokens), first + UNDER_REACH))
                  if clause_stop(doc.tokens[t].text)), None)
    if comma is None or doc.tokens[comma].text not in ("،", ",") or comma + 1 != hit.i:
        return None
    lo, hi = doc.tokens[first].start, doc.tokens[comma].start
    times = valued_times(doc, lo, hi)
    return times[-1] if len(times) == 1 and _month_or_day(doc, times[-1]) else None


def after_plural(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An indefinite plural act noun («هجمات», no article) right after a word of sequence («بعد هجمات دامية»)."""
    if hit.pos != "N" or hit.i - 1 < sent_start or hit.entry.code.startswith(TALKS):
        return False  # («وبعد مشاورات طويلة عينوا»: the talks that led to the act, one process, not several acts)
    word = doc.tokens[hit.i].text
    return key_at(doc, hit.i - 1).removeprefix("و") in fw("sequence_frames") and word.endswith("ات") \
        and not word.startswith(("ال", "وال"))


def recent_occasion(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger followed in its clause by an occasion word and then a word of recency («في تصريح لدى إشرافه
    على المؤتمر الذي احتضنته العاصمة مؤخرا»)."""
    if hit.pos != "N":
        return False
    occasion = False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + OCCASION_REACH)):
        text, key = doc.tokens[t].text, key_at(doc, t).removeprefix("و")
        if clause_stop(text) or text in ENDS:
            return False
        if key in fw("occasion_frames"):
            occasion = True
        elif occasion and key in fw("recency_words"):
            return True
    return False


def table_talks(doc: Doc, hit: Hit) -> bool:
    """A noun trigger right after a table noun («طاولة المفاوضات»): the talks as a process, of no day."""
    return hit.pos == "N" and hit.i >= 1 and key_at(doc, hit.i - 1).lstrip("و") in fw("talk_tables")


def set_off(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether the time ``ts`` before a noun trigger is set off by commas right before it («اتهمت تركيا، أمس،
    باستهدافها»): the time of the verb the noun completes, which a time of the noun's own after it overrides."""
    if hit.pos != "N":
        return False
    k, e = doc.token_at(ts.start), doc.token_at(ts.end - 1)
    return k is not None and e is not None and k > 0 and e + 2 == hit.i \
        and doc.tokens[k - 1].text in ("،", ",") and doc.tokens[e + 1].text in ("،", ",")


CHARGE_REACH = 8  # tokens back from a noun trigger, in its clause, to a noun of charges


def charged_or_eve(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun act named among charges («عدة اتهامات من بينها قتل لاعب والاحتجاز غير القانوني», ``charge_nouns``,
    within ``CHARGE_REACH`` tokens before it in its clause, no complementizer between: a past crime of no day),
    or right after «عشية» («عشية المحادثات», ``eve_words``: the act is the day after the one told)."""
    if hit.pos != "N" or hit.i < 1:
        return False
    if key_at(doc, hit.i - 1).removeprefix("و") in fw("eve_words"):
        return True
    for t in range(hit.i - 1, max(sent_start, hit.i - CHARGE_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) or doc.tokens[t].text in ENDS or key_at(doc, t) in fw("complementizers"):
            return False
        if key_at(doc, t).removeprefix("و") in fw("charge_nouns"):
            return True
    return False


YEAR_REACH = 4  # tokens at most between a trigger and the year that dates it alone


THAT_WAS_REACH = 14  # tokens at most between a trigger and the «وكان ذلك» that dates it
THAT_WORDS = frozenset(nkey(w) for w in ("ذلك", "هذا"))


def that_was(doc: Doc, hit: Hit, k: int) -> bool:
    """Round dt343: the time at token ``k`` follows «وكان ذلك (في)» / «وكان هذا» said after the trigger, within
    ``THAT_WAS_REACH`` tokens, with no end of a clause and no other act between («وقعت الرياض والقاهرة على اتفاقية
    دفاع مشترك وكان ذلك في عام 1955»): «that was in ...» dates the act told just before. Not «وكان ذلك» + anything
    else before the time («وكان ذلك بعد سقوط النظام في 2001»: the year of the fall)."""
    n = k - 1
    if n >= 0 and key_at(doc, n) == nkey("في"):
        n -= 1
    if n < 2 or key_at(doc, n) not in THAT_WORDS or key_at(doc, n - 1).removeprefix("و") not in KANA_PAST \
            or not hit.j < n - 1 <= hit.j + THAT_WAS_REACH:
        return False
    for t in range(hit.j + 1, n - 1):
        if clause_stop(doc.tokens[t].text) or doc.tokens[t].text in ENDS or match_token(doc.tokens, t) is not None:
            return False
    return True


def year_near(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether the year ``ts`` is the trigger's own: said within ``YEAR_REACH`` tokens of it, not after «منذ» (since
    then), with no word of sequence («بعد سقوط النظام في 2001»: the year of the fall), no other act noun, no
    relative (its clause's year: «الذي وصل عام 1999 حاضرا في اجتماع») and no end of a clause between (but the comma
    of a fronted year); a year before the trigger, not right before a «و» that joins another conjunct to it."""
    k, e = doc.token_at(ts.start), doc.token_at(ts.end - 1)
    if k is None or e is None:
        return False
    if k > hit.j and that_was(doc, hit, k):
        return True  # round dt343: «وقعت ... على اتفاقية دفاع مشترك وكان ذلك في عام 1955»
    lo, hi = (hit.j + 1, k) if k > hit.j else (e + 1, hit.i)
    if (year_units(doc, lo, hi) if k > hit.j else hi - lo) > YEAR_REACH or k > 0 and key_at(doc, k - 1).removeprefix("و") in fw("since_words") \
            or key_at(doc, k).removeprefix("و") in fw("since_words"):
        return False
    for t in range(max(0, k - 6) if k < hit.i else lo, hi):
        key = key_at(doc, t).removeprefix("و")
        if key in fw("relatives") and not (k > hit.j and deemed_relative(doc, t, hi)):
            return False  # (ev715: not «الزيارة التي عدت تاريخية لأمير الكويت إلى العراق عام 2012»)
    if k < hit.i and (key_at(doc, lo)[:1] == "و" and len(key_at(doc, lo)) > 3 if lo < hi else "و" in hit.cand.proclitics):
        return False  # «منذ زيارته الأولى سنة 1951 وزيارة خاتمي له», «هذا العام وكانت قد استقبلت»: the conjunct before
        # (round mn990: the trigger right after the year by its lexicon reading: «هذا العام وقعت», «وقع» no «و»)
    for t in range(lo, hi):
        key = key_at(doc, t).removeprefix("و")
        if t == e + 1 and doc.tokens[t].text in ("،", ","):
            continue  # a fronted year: «في عام 2006، قتلت غارة»
        if clause_stop(doc.tokens[t].text) or doc.tokens[t].text in ENDS or key in fw("sequence_frames") \
                or (match_token(doc.tokens, t) is not None and t != hit.i) or _happening(key_at(doc, t)) or _happening(key):
            return False
    return True


def _happening(key: str) -> bool:
    """Round 125: a noun of a happening that makes no event of its own («وفاته», «رحيل», «الاستفتاء»:
    ``happening_nouns``, with or without the article or a pronoun): a year after it is its own («أكدت الحركة
    وفاته قبل سنتين»), not the act's."""
    nouns = fw("happening_nouns")
    k = key.removeprefix("ال")
    if k in nouns:
        return True
    for p in ("ه", "ها", "هم", "هما"):  # «وفاته»: the «ة» written «ت» before the pronoun
        stem = k[: -len(p)] if k.endswith(p) else ""
        if stem and (stem in nouns or stem[-1:] == "ت" and stem[:-1] + "ه" in nouns):
            return True
    return False


SUBJECT_SPAN = 5  # tokens at most from a verb trigger to the comma that opens its subject's apposition
APPOSITION_SPAN = 8  # tokens at most in an apposition set off by commas before a time («، ذراع القاعدة في سوريا،»)


def _support_verb(key: str) -> bool:
    """«عقدت», «ستعقد», «وشنت»: a verb that holds or carries out an event noun (``holding_verbs``, ``light_verbs``,
    ``launch_verbs``), its «و/ف» and «سـ» aside."""
    k = past_conjunction(key)
    forms = (k, k[1:], "ي" + k[2:]) if k[:1] == "س" and len(k) > 3 else (k,)
    return any(v in fw("holding_verbs") or v in fw("light_verbs") or v in fw("launch_verbs") for v in forms)


HELD_SUBJECT = 4  # tokens of the subject between a verb that holds a noun trigger and the time after it


def held_over_comma(prev: list[Token], nxt: list[Token], trigger_start: int) -> bool:
    """Round 116: «ستعقد المنظمة غدا، اجتماعا», «عقدت الحكومة أمس، اجتماعا»: a time right after the verb that
    holds a noun trigger, closed by a comma right before the noun (``prev``: the tokens before the time, less what
    leads into it; ``nxt``: those after it), is the noun's time."""
    if len(nxt) < 2 or nxt[0].text not in ("،", ",") or not prev:
        return False
    if nxt[1].start != trigger_start and not (len(nxt) > 2 and nxt[1].text.isdigit() and nxt[2].start == trigger_start):
        return False  # round 253: «نفذ التحالف أمس، 17 غارة»: a count before the noun
    if _support_verb(prev[-1].norm_key):
        return True
    # round 253: «نفذ الائتلاف الدولي بقيادة أميركية أمس، 17 غارة»: the verb's subject between it and the time
    for tok in reversed(prev[-HELD_SUBJECT - 1 : -1]):
        if not has_letters(tok.text) or tok.norm_key in fw("complementizers") \
                or tok.norm_key in fw("relatives"):
            return False
        if _support_verb(tok.norm_key):
            return True
    return False


def apposed(toks: list[Token], commas: list[int], trigger_start: int) -> bool:
    """Round 116: «خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، أمس، مجموعة»: of the two commas between a trigger
    and the time after it, the first opens an apposition to the subject that the second closes, which opens the time
    set off: no other act, no «و» conjunct, the subject within ``SUBJECT_SPAN`` tokens of the trigger and the
    apposition within ``APPOSITION_SPAN``. Round 234: a longer chain of such pieces («زيارة نائب الرئيس، رئيس الوزراء
    فلان، إلى عدن، أول من أمس، بينت»): each piece but the last comma's within ``APPOSITION_SPAN``, none led by «و» or
    a complementizer, no act in any."""
    if len(commas) < 2:
        return False
    idx = {t.start: n for n, t in enumerate(toks)}
    at = idx.get(trigger_start)
    marks = [idx.get(c) for c in commas]
    if at is None or any(m is None for m in marks):
        return False
    cuts = [int(m or 0) for m in marks]
    if cuts[0] - at > SUBJECT_SPAN:
        return False
    for a, b in zip(cuts, cuts[1:]):
        head = toks[a + 1].norm_key
        if not 1 <= b - a - 1 <= APPOSITION_SPAN or (head[:1] in ("و", "ف") and len(head) > 3) \
                or head in fw("complementizers"):
            return False
    return not any(match_token(toks, t) is not None for t in range(at + 1, cuts[-1]) if t not in cuts)


SINCE_GAP = 4  # tokens at most between a time after «منذ» and the trigger after it (its closing comma, a subject)


def since_then(doc: Doc, hit: Hit, sent_start: int, ts: TimeSpan) -> bool:
    """Round 116: «وبدأت القوات، منذ أواخر يوليو الماضي، مهاجمة مواقع التنظيم»: a day or a month right after
    «منذ» (``since_words``) before the trigger, within ``SINCE_GAP`` tokens and no complementizer, relative or end of
    a sentence between, says the act has gone on since then: of no one day."""
    k, e = doc.token_at(ts.start), doc.token_at(ts.end - 1)
    if k is None or e is None or k <= sent_start or key_at(doc, k - 1).removeprefix("و") not in fw("since_words") \
            or not 0 <= hit.i - e - 1 <= SINCE_GAP:
        return False
    return not any(doc.tokens[t].text in ENDS or key_at(doc, t) in fw("complementizers") or key_at(doc, t) in fw("relatives")
                   for t in range(e + 1, hit.i))


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def named_month(doc: Doc, ts: TimeSpan) -> bool:
    """Round 234: a month said with its year right after a word that is no preposition nor a mark («مخرجات الحوار
    الوطني في اليمن يناير 2014», «وإعلان الرياض مايو 2015»): the month of the noun before it, which a verb of
    saying far before does not take (see ``OBJECT_REACH`` in :mod:`rasd.events.dating`)."""
    k = doc.token_at(ts.start)
    if k is None or k == 0 or not _MONTH_VALUE.fullmatch(ts.value or "") or not re.search(r"\d{4}", ts.text):
        return False
    prev = doc.tokens[k - 1].text
    return has_letters(prev) and key_at(doc, k - 1).removeprefix("و") not in fw("prepositions")
