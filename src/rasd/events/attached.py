"""Round 93: times attached to their act, past acts named again, and the writer's day (see ``dating.event_date``).

- «أقدمت عصابة، في الثانية من سحر أمس الجمعة، على إحراق», «المسؤولة عن إحراق الكنيسة في طبريا، في يونيو
  الماضي»: a time set off by commas is read with what leads into it (an hour «في الثانية من», a preposition «في»:
  function words ``clock_lead``), so the comma before that lead opens it.
- «التفجير الإرهابي الذي استهدف المسجد أمس»: a relative after the adjectives of a definite noun trigger (definite
  words after a definite noun are its adjectives, not a genitive) opens a clause on the act, which its time dates.
- «جريمة فظيعة كجريمة إحراق بيت العائلة»: an act named as a crime or an incident (``crime_heads``) with no time of
  its own is a known past act, not one of the article's day.
- «فهم التهديد الذي مثله صدام آنذاك ولم يتردد في إعلان»: an act told in a sentence of «then» (``then_words``) is
  of that past, not of the article's day (not across a complementizer, a colon or a quotation mark: a statement
  made today of what happened then).
- A text whose week-days say it was written 1 to 3 days before its given date (``Doc.written``): an act with no
  time of its own told in it was done by the day it was written, never after, so it takes that day.
- «الهجوم الانتحاري الذي استهدف المسجد في 26 يونيو» then «المتفجرات التي استخدمت في الهجوم»: a bare definite noun
  act told again takes the date of the last act of the same noun told before it with a time of its own
  (:func:`named_again`).
"""

from __future__ import annotations

from ..doc import Doc, Event, Token
from ..text.prefixes import AND_PREFIXES, past_clitics
from .forms import fw, nkey
from .word_tests import clause_stop
from .lexicon import Hit
from .modality import FACTUAL
from .retrospect import same_act

LEAD_REACH = 4  # tokens of an hour and a preposition before a time («في الساعة الثانية من»)
ADJECTIVE_REACH = 3  # definite words after a definite noun trigger read as its adjectives
FORCE = ("18", "19")  # acts of force (CAMEO 18x, 19x): an attack named again is the one told before
TAKINGS = ("192",)  # occupy territory: «السيطرة» told again is as often another taking


def default_day(doc: Doc) -> str | None:
    """The date of an act with no time of its own: the day the text was written (``Doc.written``), else the
    document date."""
    return doc.written or doc.date


def time_lead_off(prev: list[Token]) -> list[Token]:
    """The tokens ``prev`` before a time less what leads into it at their end (``clock_lead``: «في الثانية من»,
    «في»), at most ``LEAD_REACH``; all of them where anything else stands among them."""
    k = len(prev)
    while k > 0 and len(prev) - k < LEAD_REACH and prev[k - 1].norm_key in fw("clock_lead"):
        k -= 1
    return prev[:k] if k < len(prev) else prev


SINCE_REACH = 14  # tokens back from a time to the «منذ» whose phrase it is in


def since_fronted(doc: Doc, sent_start: int, start: int) -> bool:
    """Whether the time at offset ``start`` is in a «منذ» phrase («ومنذ عزل الرئيس، في يوليو 2013، تشهد البلاد»):
    the day a state began from, not the day of an act told after it."""
    k = doc.token_at(start)
    if k is None:
        return False
    for t in range(k - 1, max(sent_start, k - SINCE_REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in (".", "؛", ";", ":"):
            return False
        if nkey(text).removeprefix("و") in fw("since_words"):
            return True
    return False


SEQUENCE = frozenset(("بعد", "قبل", "عقب", "اثر", "إثر", "قبيل", "بعيد"))  # keys: an act before or after another
SEQUENCE_REACH = 8  # tokens from a time to a trigger past a word of sequence beyond which the time is another act's


def sequenced(doc: Doc, end: int, pos: int) -> bool:
    """Whether a trigger at offset ``pos`` lies more than ``SEQUENCE_REACH`` tokens after a time ending at offset
    ``end``, past a word of sequence («قررت المحكمة، في يناير الماضي، إعادة نظر القضية بعد قبول طعن المتهمين على
    الحكم ... لاتهامهم»): an act told as before or after the one the time dates, of no day told."""
    between = doc.tokens_starting(end, pos)
    return len(between) > SEQUENCE_REACH and any(t.norm_key.removeprefix("و") in SEQUENCE for t in between)


def definite(key: str) -> bool:
    """Whether a word's key is definite: the article, past «و/ف» and «ب/ك/ل» («والهجوم», «للقاء»)."""
    key = past_clitics(key, AND_PREFIXES)
    return key.startswith(("ال", "لل")) or (key[:1] in ("ب", "ك", "ل") and key[1:].startswith("ال"))


def own_relative(doc: Doc, hit: Hit, sent_end: int) -> int:
    """The offset of the relative that opens a clause on a noun trigger's act: right after it, or after at most
    ``ADJECTIVE_REACH`` definite adjectives of a definite trigger («التفجير الإرهابي الآثم الذي»); -1 where none."""
    if hit.pos != "N":
        return -1
    t = hit.j + 1
    if definite(doc.tokens[hit.j].norm_key):
        while t < sent_end and t - hit.j <= ADJECTIVE_REACH and doc.tokens[t].norm_key.startswith("ال") \
                and doc.tokens[t].norm_key not in fw("relatives"):
            t += 1
    if t < sent_end and doc.tokens[t].norm_key in fw("relatives"):
        return doc.tokens[t].start
    return -1


VIOLENT = ("18", "19", "20")  # CAMEO codes of a violent act a case may be named by («قضية اغتيال»)


def crime_named(doc: Doc, hit: Hit) -> bool:
    """A noun act named as a crime or an incident («جريمة إحراق», «كجريمة إحراق», «حادث إطلاق النار»: the head
    right before the trigger, or before the masdar it follows), or a violent act as a case (``case_heads``)."""
    if hit.pos != "N":
        return False
    if hit.i > 0 and doc.tokens[hit.i - 1].norm_key in fw("case_heads") and hit.entry.code.startswith(VIOLENT):
        return True  # round 177: «في قضية إحراق»: a violent act named as a case (not «القضية خلال زيارته»)
    return any(k >= 0 and doc.tokens[k].norm_key in fw("crime_heads") for k in (hit.i - 1, hit.i - 2)) \
        and not any(clause_stop(doc.tokens[k].text) for k in range(max(0, hit.i - 1), hit.i))


THEN_REACH = 12  # tokens either side of a trigger read for a «then»
OPENING = ("«", "\"", ":", "“")  # what opens the words said in a statement


def then_told(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A «then» (``then_words``: «آنذاك», «حينها») within ``THEN_REACH`` tokens of the trigger in its sentence,
    with no complementizer, colon or quotation mark between them but the complementizer right after a «then» of the
    cue («وقال وقتها إن إعلان الطوارئ»: words said then tell what was then); round mn1023: a noun of ``then_after_fi``
    right after «في» is one («رحبت به واشنطن في وقته», «في حينه»: at the time told before)."""
    for t in range(max(sent_start, hit.i - THEN_REACH), min(sent_end, hit.j + 1 + THEN_REACH)):
        key = doc.tokens[t].norm_key
        then = key in fw("then_words") or (key in fw("then_after_fi") and t > sent_start
                                           and doc.tokens[t - 1].norm_key.removeprefix("و") == "في")
        if not then or hit.i <= t <= hit.j:
            continue
        lo, hi = (t + 1, hit.i) if t < hit.i else (hit.j + 1, t)
        if t < hit.i and t + 1 < hit.i and doc.tokens[t + 1].norm_key in fw("complementizers"):
            lo += 1  # round dt313: «وقال الرئيس وقتها إن إعلان الطوارئ»: what was said then is of then
        if not any(doc.tokens[u].norm_key in fw("complementizers") or doc.tokens[u].text in OPENING
                   for u in range(lo, hi)):
            return True
    return False


def _noun(text: str) -> str:
    """The bare definite noun of a trigger's text («والهجوم» → «هجوم»); '' where it is not one word with «ال»."""
    key = past_clitics(nkey(text), AND_PREFIXES)
    for pre in ("بال", "لل", "ال"):
        if key.startswith(pre) and " " not in text.strip():
            return key[len(pre):]
    return ""


def named_again(doc: Doc, events: list[Event]) -> None:
    """Each factual act of force ``events`` dated by default (:func:`default_day`) whose trigger is a bare definite
    singular noun («الهجوم», «في الهجوم») with no target takes the date of the last act of force of the same noun told before it in the
    article with another date (its own time: «الهجوم الانتحاري الذي استهدف المسجد في 26 يونيو»)."""
    default = default_day(doc)
    if default is None:
        return
    for ev in events:
        if ev.date != default or ev.modality not in FACTUAL or not ev.code.startswith(FORCE) or ev.code in TAKINGS \
                or ev.attrs.get("pos") != "N":
            continue
        text = doc.text[ev.trigger.start : ev.trigger.end]
        noun = same_act(_noun(text))
        k = doc.token_at(ev.trigger.end - 1)
        if not noun or noun.endswith("ات") or ev.target is not None or ev.attrs.get("target_span") is not None \
                or k is None or (k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm_key in ("على", "علي")):
            continue  # (not plural acts, many, nor a taking with its object: «السيطرة على المديرية»)
        before = [o for o in events if o.trigger.end <= ev.trigger.start and o.code.startswith(FORCE)
                  and o.date is not None and o.date != default
                  and same_act(_noun(doc.text[o.trigger.start : o.trigger.end].split()[0])) == noun]
        if before:
            ev.date = max(before, key=lambda o: o.trigger.start).date
