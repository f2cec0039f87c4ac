"""Round 128: acts told as the backdrop of another, and times said on a document or a plan (see
``dating.event_date``).

- «وتأتي المساعدات إنفاذا لتوجيهات الملك، بتقديم مساعدات»: the act a directive (``directive_nouns``) asked for,
  its complement after «بـ», is of the directive's earlier day, not the article's.
- «وقدم تعازيه ... في استشهاد الجنود الذين طالتهم يد الغدر في تفجير المسجد»: what a condolence
  (``condolence_words``) is offered for came before it: no day unless its own time is said.
- «تمرد ... بعد رفضها تلقي الأوامر»: a refusal (CAMEO 12x) after a word of sequence is a stance held before the
  act told, of no day.
- «أجلت الحركة المفاوضات مع الحكومة التي كانت مقررة الجمعة الماضي»: a relative of what was scheduled
  (``scheduled_words``) right after a noun act, past a short «مع/بين/في X», gives the act its planned time.
- «خطاب ... بتاريخ الخامس من يوليو ... يندد فيه بـ»: a verb whose «فيه/فيها» points back to a document is of the
  day the document bears («بتاريخ» + a time earlier in the sentence).
- «في اجتماعات الائتلاف الأخيرة»: an act called the latest (``latest_adjectives``, right after it or past a word
  or two of its phrase) is one told before, of no day said.
- «غداة إقدام الجبهة على خطف ثمانية»: an act a few words after «غداة/عشية» (``eve_words``), no other act or
  clause between, is of the day before or after the one told.
- «زيارة الرئيس إلى واشنطن قبل أسابيع»: weeks, months or years ago with no number (no value) in the act's clause.
- «وقد أعلن في أعقاب تلك المقابلة»: an act told after «بعد/عقب/إثر/في أعقاب تلك X» in its clause follows an
  occasion told before, of no day said.
- «كانت المنظمات الدولية تدين ...»: a present verb after «كان» and its subject (``PAST_SUBJECT_REACH`` tokens)
  is a past going on, of no day.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, TimeSpan
from ..entities.dockeys import folded_text
from .chunks import KANA_PAST
from .forms import fw, plain_key
from .lexicon import Hit, match_token
from .modality import imperfect
from .word_tests import clause_stop, doc_token_keys, key_at

DIRECTIVE_REACH = 16  # tokens from a directive noun to the «بـ» of what it asked for (past the name of who gave it)
SCHEDULE_REACH = 8  # tokens from a noun act to the relative of its schedule
_PRONOUNS = ("ه", "ها", "هم", "هما")
_CLITICS = ("و", "ل", "ب", "ف")


def _stem(key: str) -> str:
    """A key without «و/ل/ب/ف», the article and a pronoun («لتوجيهات» → «توجيهات», «توجيهاته» → «توجيهات»)."""
    while key[:1] in _CLITICS and len(key) > 4:
        key = key[1:]
    key = key.removeprefix("ال")
    for p in _PRONOUNS:
        if key.endswith(p) and len(key) - len(p) >= 4 and key[: -len(p)].endswith(("ات", "ت")):
            return key[: -len(p)]
    return key


def directed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger written with «بـ» after a directive noun within ``DIRECTIVE_REACH`` tokens of its sentence,
    no full stop, colon or complementizer between."""
    if hit.pos != "N" or not doc.tokens[hit.i].text.lstrip("و").startswith("ب"):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - DIRECTIVE_REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in (".", ":", "؛", ";", "«", "»") or key_at(doc, t) in fw("complementizers"):
            return False
        if _stem(key_at(doc, t)) in fw("directive_nouns"):
            return True
    return False


def condoled(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger after a word of condolence and then «في» in its sentence («قدم تعازيه ... في استشهاد»), no
    complementizer between (not «قدم له التعازي وأبلغه بأنه زار الجرحى»: what he told of)."""
    if not _condolence_told(doc):
        return False  # (no word of condolence in the text)
    seen_in = False
    for t in range(hit.i - 1, sent_start - 1, -1):
        key = key_at(doc, t)
        if key in fw("complementizers") or key.removeprefix("ب") in fw("complementizers"):
            return False
        if _stem(key) in fw("condolence_words"):
            return seen_in
        seen_in = seen_in or key == "في"
    return False


def _condolence_told(doc: Doc) -> bool:
    """Whether a word of condolence (``condolence_words``: «تعازيه») may be the :func:`_stem` of a token key of
    ``doc``: a stem is a substring of its key, a key one of the text folded as keys are (``folded_text``); made once
    per document and kept with the text it was read in (``Doc.memoized``); where none is, no act is ``condoled``."""
    return doc.memoized("condolence_told", ("text",), _any_condolence)


def _any_condolence(doc: Doc) -> bool:
    """:func:`_condolence_told`, made."""
    text = folded_text(doc)
    return any(w in text for w in fw("condolence_words"))


def refused_before(doc: Doc, hit: Hit) -> bool:
    """A refusal (12x) right after a word of sequence («بعد رفضها», «إثر رفضه»; a noun, though the tagger may
    read «رفضها» as a verb, which cannot stand right after «بعد»)."""
    return hit.entry.code.startswith("12") and hit.i > 0 \
        and key_at(doc, hit.i - 1).removeprefix("و") in fw("sequence_frames")


def _time_at(doc: Doc, t: int) -> TimeSpan | None:
    """The valued time that starts at token ``t``."""
    if t >= len(doc.tokens):
        return None
    start = doc.tokens[t].start
    return next((ts for ts in doc.times if ts.value and ts.start <= start < ts.end), None)


@lru_cache(maxsize=1)
def _scheduled_keys() -> frozenset[str]:
    """The token keys one of which ``scheduled_time`` needs: a word of ``scheduled_words``, with «ال» or not (its
    test reads the key with a first «ال» off)."""
    return frozenset([p + w for w in fw("scheduled_words") for p in ("", "ال")])


def scheduled_time(doc: Doc, hit: Hit, sent_end: int) -> TimeSpan | None:
    """The time right after «التي (كانت) مقررة» following a noun trigger within ``SCHEDULE_REACH`` tokens of its
    clause; None where there is none."""
    if hit.pos != "N" or _scheduled_keys().isdisjoint(doc_token_keys(doc)):
        return None  # (a verb; or no word of «مقررة» in the text)
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + SCHEDULE_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text) or text in (".", ":", "؛") or key_at(doc, t) in fw("complementizers"):
            return None
        if key_at(doc, t) not in fw("relatives"):
            continue
        k = t + 1
        if k < sent_end and key_at(doc, k) in fw("past_being"):
            k += 1
        if k < sent_end and key_at(doc, k).removeprefix("ال") in fw("scheduled_words"):
            return _time_at(doc, k + 1) or _time_at(doc, k + 2)  # («مقررة الجمعة», «مقررة يوم الجمعة»)
        return None
    return None


def document_time(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """The time after «بتاريخ» earlier in the sentence of a verb trigger followed by «فيه/فيها» («خطاب ... بتاريخ
    الخامس من يوليو ... يندد فيه»); None where there is none."""
    if hit.pos != "V" or hit.j + 1 >= len(doc.tokens) or key_at(doc, hit.j + 1) not in ("فيه", "فيها"):
        return None
    for t in range(hit.i - 1, sent_start - 1, -1):
        if key_at(doc, t).removeprefix("و") == "بتاريخ":
            return _time_at(doc, t + 1)
    return None


LATEST_REACH = 3  # tokens after a noun trigger to «الأخيرة»


def latest(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger followed within ``LATEST_REACH`` tokens of its clause by «الأخير/الأخيرة»."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + LATEST_REACH)):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("relatives"):
            return False
        if key_at(doc, t) in fw("latest_adjectives"):
            return _agrees(key_at(doc, hit.j), key_at(doc, t))
    return False


def _agrees(noun: str, adjective: str) -> bool:
    """Whether «الأخير» (masculine) or «الأخيرة» (feminine, of a feminine or a sound plural) may agree with the
    act ``noun`` (keys): not «اجتماع الفرصة الأخيرة», whose adjective is the chance's."""
    feminine_noun = noun.endswith(("ه", "ات"))
    feminine_adjective = adjective.endswith("ه")
    return feminine_noun == feminine_adjective or not noun.endswith("ه") and feminine_adjective and noun.endswith("ات")


UNNUMBERED_REACH = 12  # tokens either side of a trigger, in its clause, read for «قبل أسابيع»


def unnumbered_span(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """«قبل/منذ» + a plural of weeks, months or years with no number (``unnumbered_units``: «زيارة الرئيس إلى
    واشنطن قبل أسابيع») in the trigger's clause: a time of no value (round 128) that still says the act is not of
    the article's day."""
    def found(t: int) -> bool:
        return key_at(doc, t).removeprefix("و") in ("قبل", "منذ") and t + 1 < sent_end \
            and key_at(doc, t + 1) in fw("unnumbered_units")
    if doc_token_keys(doc).isdisjoint(fw("unnumbered_units")):
        return False  # (no plural of weeks, months or years in the text: none is found)
    for step, stop in ((1, min(sent_end, hit.j + 1 + UNNUMBERED_REACH)), (-1, max(sent_start, hit.i - UNNUMBERED_REACH) - 1)):
        t = hit.j + 1 if step > 0 else hit.i - 1
        while t != stop:
            key = key_at(doc, t)
            if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
                break
            if found(t):
                return True
            t += step
    return False


EVE_REACH = 4  # tokens from «غداة/عشية» to the noun act it names («غداة إقدام الجبهة على خطف»)


@lru_cache(maxsize=1)
def _eve_keys() -> frozenset[str]:
    """The token keys one of which ``after_eve`` needs: a word of ``eve_words`` with «و» before it or not."""
    return frozenset([p + w for w in fw("eve_words") for p in ("", "و")])


def after_eve(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger within ``EVE_REACH`` tokens after «غداة/عشية», no clause stop, complementizer or other
    trigger between (the trigger right after it is ``own_time.charged_or_eve``'s; a verb reading too: «على خطف»
    is a masdar the tagger may read as a verb)."""
    if _eve_keys().isdisjoint(doc_token_keys(doc)):
        return False  # (no «غداة/عشية» in the text)
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - EVE_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False
        if key_at(doc, t).removeprefix("و") in fw("eve_words"):
            return True
        if match_token(doc.tokens, t) is not None:
            return False
    return False


PAST_SUBJECT_REACH = 7  # tokens at most from «كان» over its subject to the present verb («كانت المنظمات الدولية تدين»)


def past_progressive(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A present verb trigger (not right after «كان»: ``bygone.past_habit``) after «كان/كانت/كانوا» and a subject
    of at most ``PAST_SUBJECT_REACH`` tokens, no clause stop, complementizer, relative or other trigger between.
    Round tm419: also a trigger in a relative clause on the object of such a verb («كانت قوات صالح تدير الجنوب،
    الذي تم اغتيال كثير من قياداته»: :func:`progressive_relative`), of that past too."""
    if hit.pos != "V" or not imperfect(key_at(doc, hit.i).removeprefix("و").removeprefix("ف"), True):
        return progressive_relative(doc, hit, sent_start)
    return _kana_over_subject(doc, hit.i, sent_start)


RELATIVE_REACH = 2  # tokens from a relative to the trigger of its clause («الذي تم اغتيال»)
OBJECT_REACH = 3  # tokens from a past progressive verb over its object to the relative on it («تدير الجنوب، الذي»)


def progressive_relative(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger within ``RELATIVE_REACH`` tokens after a relative whose head, the object of a present verb after
    «كان» (:func:`_kana_over_subject`), stands within ``OBJECT_REACH`` tokens before it (a comma may come between):
    an act of the past the progressive tells, of no day."""
    rel = -1
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - RELATIVE_REACH) - 1, -1):
        key = key_at(doc, t)
        if key in fw("relatives"):
            rel = t
            break
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers"):
            return False
    for t in range(rel - 1, max(sent_start, rel - 1 - OBJECT_REACH) - 1, -1) if rel > sent_start else ():
        key = key_at(doc, t).removeprefix("و")
        text = doc.tokens[t].text
        if clause_stop(text) and text not in ("،", ",") or text in ("«", "»", '"') or key in fw("prepositions"):
            return False  # (no object of a preposition, «يشير إلى عصابات «تدفيع الثمن» التي»: a noun in «تـ»)
        if imperfect(key, True) and not key.startswith("ال"):
            return t > sent_start and key_at(doc, t - 1) not in fw("prepositions") \
                and _kana_over_subject(doc, t, sent_start)
    return False


def _kana_over_subject(doc: Doc, v: int, sent_start: int) -> bool:
    """«كان/كانت/كانوا» within ``PAST_SUBJECT_REACH`` tokens before token ``v``, no clause stop, complementizer,
    relative or trigger between."""
    for t in range(v - 1, max(sent_start, v - 1 - PAST_SUBJECT_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return False
        if key.lstrip("وف") in KANA_PAST:
            return True
        if match_token(doc.tokens, t) is not None:
            return False
    return False


THAT_REACH = 6  # tokens back from a trigger to «تلك» of the occasion it followed


def after_that_one(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«تلك» right after a word of sequence (``sequence_frames`` or «أعقاب») within ``THAT_REACH`` tokens of the
    trigger, either side, in its clause («وقد أعلن في أعقاب تلك المقابلة»; not «بعد ذلك», afterwards), the noun
    after «تلك» not told before in the sentence."""
    if "تلك" not in doc_token_keys(doc):
        return False  # (no «تلك» in the text)
    for step, stop in ((-1, max(sent_start, hit.i - THAT_REACH) - 1), (1, min(len(doc.tokens), hit.j + 1 + THAT_REACH))):
        t = hit.i - 1 if step < 0 else hit.j + 1
        while t != stop:
            if clause_stop(doc.tokens[t].text) or doc.tokens[t].text in (".", "؟", "!"):
                break
            if key_at(doc, t) == "تلك" and t > sent_start:
                before = key_at(doc, t - 1).removeprefix("و").removeprefix("في")
                # (not «عقب تلك الغارات» of strikes told before in the sentence: their day)
                told = t + 1 < len(doc.tokens) and plain_key(key_at(doc, t + 1)) in {
                    plain_key(key_at(doc, u)) for u in range(sent_start, t - 1)}
                return (before in fw("sequence_frames") or before == "اعقاب") and not told
            t += step
    return False
