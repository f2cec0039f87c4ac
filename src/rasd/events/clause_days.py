"""Round 303: which clause a time belongs to when the trigger's own clause and the clause around it both hold one
(see ``dating.event_date``).

- «وانضم الوزير أمس الجمعة إلى المشاورات، التي بدأت مساء أول من أمس الخميس»: a noun act with a relative clause of
  its own (right after it, or after a comma) whose perfect verb is followed by a day or a month dates the act by
  that time, not by the time of the verb that governs the noun (:func:`relative_day`).
- «هاجم مسلحون مدينة المكلا، عاصمة محافظة حضرموت في الثاني من أبريل الماضي»: a comma right after a place named,
  opening its apposition (``locative_place_heads``: «عاصمة محافظة ...»), does not cut the time after it from the
  verb (:func:`place_apposed`).
- «عندما كانت تلتقي الوزيرة المسؤولين في طهران، أعدم ثلاثة أشخاص»: the main clause after a sentence-opening
  «عندما/حين» + «كان» clause tells a past in progress, of no day the article gives (:func:`after_when_frame`).
- «فإن 19 جنديا قتلوا في هجمات للحزب منذ انهيار الهدنة»: an act of force or pressure with «منذ» + what has no day
  after it in its clause is a count over that span, of no one day (:func:`tally_since`; not «أول هجوم منذ»).
- «مع مجموعات تكفيرية وإرهابية تستهدف الجنود»: a present verb right after an indefinite noun phrase that a
  preposition governs describes that noun (a habit, a state), of no day (:func:`describing_present`).
- «ويأتي ذلك في إطار تعهد أوروبي بدعم تونس», «في ظل انتقاد المرشحين»: a noun act framing another is a standing
  backdrop, and «وذلك بعد تهديد التنظيم بقتل ...» an act told as what came before, of no day (:func:`framing_act`).
- «وكانت السلطات قد أطلقت سراحهم مساء أول من أمس، إلا أن قوات الأمن أعادت اعتقالهم»: the «إلا أن/غير أن/لكن»
  clause after a sentence-opening pluperfect «(و)كان ... قد» goes on that past, of no day of the article
  (:func:`but_after_pluperfect`).
- «وما أقدمت عليه قوات الاحتلال من اقتحام وتدنيس للمسجد», «وما تقوم به اللجان من زيارات ميدانية»: a noun act
  after «ما» + a verb with its resumptive «عليه/به» + «من» is what was done or is done, named as a whole, of no
  day (:func:`what_done`).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan, Token
from .forms import fw, fw_keys, nkey
from .lexicon import Hit, match_token
from .modality import imperfect
from .set_off import closed_after
from .word_tests import KANA_PAST, clause_break, clause_stop, key_at, past_conjunction

RELATIVE_TIME_REACH = 4  # tokens from the relative's verb to the time of its clause («التي بدأت مساء أول من أمس»)
APPOSITION_REACH = 4  # words of a place's apposition between its comma and the time («عاصمة محافظة حضرموت في»)
SINCE_AFTER_REACH = 8  # tokens from an act to the «منذ» of its clause («قتلوا في هجمات لحزب العمال منذ»)
DESCRIBED_REACH = 4  # indefinite words between a preposition and the present verb describing them
# prepositions whose indefinite noun a present verb may describe (not of time: «بعد أيام», «خلال ساعات»)
DESCRIBED_PREPOSITIONS = frozenset(nkey(w) for w in (
    "في", "من", "مع", "ضد", "على", "علي", "الى", "إلى", "عن", "بين", "لدى", "عند", "تجاه", "بحق", "عبر", "داخل"))
FORCE_CODES = frozenset(("17", "18", "19", "20"))  # CAMEO: coerce, assault, fight, mass violence
FRAME_HEADS = frozenset(nkey(w) for w in ("إطار", "ظل"))  # keys of «في إطار», «في ظل» + a noun act: the frame of another
THAT_BEFORE_REACH = 10  # tokens back from a «، وبعد» to the «وذلك بعد» it continues
PLUPERFECT_QAD_REACH = 4  # tokens from «وكان» to its «قد» («وكانت السلطات القضائية قد»)
BUT_KEYS = frozenset(("لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها"))  # «، لكن ...» (``but_words`` less «بل»)
EXCEPT_HEADS = frozenset(nkey(w) for w in ("إلا", "غير"))  # «إلا أن», «غير أن»
WHAT_DONE_REACH = 10  # tokens back from «من» + the noun act to the «ما» of «ما أقدمت عليه قوات الاحتلال»
WHAT_KEYS = frozenset(nkey(w) for w in ("ما", "وما", "بما", "لما"))
FRAME_OPENERS = ("«", "\"", "“", ":")  # what may stand before the «عندما» that opens a sentence's words


def _relative_after(doc: Doc, hit: Hit, sent_end: int) -> int | None:
    """The token of the relative right after a noun trigger or after a comma right after it; None where none."""
    t = hit.j + 1
    if t < sent_end and doc.tokens[t].text in ("،", ","):
        t += 1
    if t < sent_end and key_at(doc, t) in fw("relatives"):
        return t
    return None


def relative_day(doc: Doc, hit: Hit, sent_end: int, valued: tuple[TimeSpan, ...]) -> TimeSpan | None:
    """For a noun trigger, the time among ``valued`` (times of a day or a month) that stands within
    ``RELATIVE_TIME_REACH`` tokens after the perfect verb right after its relative («المشاورات، التي بدأت مساء
    أول من أمس»), no clause stop between; None where there is none (a present or future verb: «التي تستمر حتى
    الخميس», «التي ستبدأ»; a «كان» of a schedule: «التي كانت مقررة الجمعة»)."""
    if hit.pos != "N":
        return None
    rel = _relative_after(doc, hit, sent_end)
    if rel is None or rel + 1 >= sent_end:
        return None
    verb = past_conjunction(key_at(doc, rel + 1))
    if imperfect(verb, True) or verb[:1] == "س" or verb in KANA_PAST:
        return None
    for t in range(rel + 2, min(sent_end, rel + 2 + RELATIVE_TIME_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        found = next((ts for ts in valued if ts.start <= doc.tokens[t].start < ts.end), None)
        if found is not None:
            return found
    return None


def place_apposed(doc: Doc, between: list[Token], nxt: list[Token]) -> bool:
    """``between``: the tokens after the trigger up to the time (less what leads into it); ``nxt``: those after the
    time. They hold one comma, not the first, right after a place the entity layer names, and after it a head of
    a place's apposition (``locative_place_heads``) and at most ``APPOSITION_REACH`` words: the time goes on the
    trigger's clause where no clause opens right after it («هاجم مسلحون المكلا، عاصمة حضرموت في 2 أبريل، ثم»)."""
    commas = [k for k, t in enumerate(between) if t.text in ("،", ",")]
    if len(commas) != 1 or commas[0] == 0:
        return False
    tail = between[commas[0] + 1 :]
    if not tail or len(tail) > APPOSITION_REACH:
        return False
    head = tail[0].norm_key
    if head not in fw_keys("locative_place_heads") and head.removeprefix("ال") not in fw_keys("locative_place_heads"):
        return False
    before = between[commas[0] - 1]
    if not any(e.type == "LOCATION" and any(m.start <= before.start and before.end <= m.end for m in e.mentions)
               for e in doc.entities):
        return False
    return closed_after(tail, nxt)


def after_when_frame(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger (the verb or a noun) in the main clause right after the comma that closes a clause opening the
    sentence (or the words it quotes) with «(و/ف)عندما/حين/حينما» + «كان/كانت/كانوا»: «عندما كانت تلتقي موغيريني
    المسؤولين، أعدم ثلاثة أشخاص», or (round mn1023) + the onset of a war (``onset_perfects`` + ``war_nouns``: «حين
    بدأت معركة القصير، انسحب المقاتلون»: of that past, as an act told «في السابق»). Only the first clause after that
    comma; not past «أن/إن» or a relative."""
    comma = None
    for t in range(hit.i - 1, sent_start - 1, -1):
        text = doc.tokens[t].text
        key = key_at(doc, t)
        if key in fw("complementizers") or key in fw("relatives") or clause_break(text):
            return False
        if text in ("،", ","):
            if comma is not None:
                return False  # a second clause between
            comma = t
            continue
        if past_conjunction(key) in fw("when_openers") and comma is not None:
            opens = t == sent_start or doc.tokens[t - 1].text in FRAME_OPENERS
            nxt = key_at(doc, t + 1).lstrip("وف") if t + 1 < comma else ""
            return opens and (nxt in KANA_PAST or _war_onset(doc, t + 1, comma))
    return False


def _war_onset(doc: Doc, t: int, comma: int) -> bool:
    """«بدأت معركة القصير» at token ``t`` (before the comma at ``comma``): a war's onset, with no time told."""
    if t + 1 >= comma or key_at(doc, t).lstrip("وف") not in fw_keys("onset_perfects") \
            or doc.tokens[t + 1].norm_key not in fw("war_nouns"):
        return False
    return not doc.times_within(doc.tokens[t].start, doc.tokens[comma].start)


def tally_since(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """An act of pressure or force (a CAMEO code of 10 to 20; a noun or a perfect verb) followed within ``SINCE_AFTER_REACH`` tokens of its
    clause by «منذ», no trigger of another kind, complementizer or relative between: read only where no time dates the act
    (a day after «منذ» does: «منذ 2 أبريل»), it is told over the span since then («قتلوا في هجمات منذ انهيار
    الهدنة»), of no one day. Not an act called the first or the biggest since («أول هجوم من
    نوعه منذ», «في هجوم هو الأعنف منذ»: ``first_of_kind`` before it or before «منذ»), the news of its own day."""
    if not hit.entry.code[:1] in ("1", "2"):
        return False
    if hit.pos == "V" and imperfect(past_conjunction(key_at(doc, hit.i)), True):
        return False  # «وتهاجم الميليشيات المدنيين منذ الصباح»: going on since, the news of the day
    for t in range(max(sent_start, hit.i - 3), hit.i):
        if key_at(doc, t).removeprefix("و").removeprefix("ال") in fw_keys("first_of_kind"):
            return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + SINCE_AFTER_REACH)):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives") \
                or key.removeprefix("و").removeprefix("ال") in fw_keys("first_of_kind"):
            return False  # (also «في هجوم هو الأعنف منذ»: the worst since)
        if key == "منذ":
            return True
        other = match_token(doc.tokens, t)
        if other is not None and other.entry.code[:1] not in ("1", "2"):
            return False  # (an act of force between is of the same count: «قتلوا في هجمات ... منذ»)
    return False


def describing_present(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A present verb trigger of force (``FORCE_CODES``; «تـ/يـ», no «و/ف» before it) right after at most
    ``DESCRIBED_REACH`` indefinite words (no article, no name, no trigger), the first a sound plural, that a
    preposition governs (``DESCRIBED_PREPOSITIONS``, or «بـ/لـ» on the plural): an adjectival clause on a kind of
    doers or acts («مع مجموعات تكفيرية وإرهابية تستهدف الجنود», «لعمليات إرهابية تستهدف منشآت»), a habit or a
    state of them, of no one day. Not one operation («في عملية عسكرية واسعة تستهدف»), a subject after «أن» («أن
    مسلحين يهاجمون»: no preposition) or a saying («من جهة أخرى يؤكد»)."""
    if hit.pos != "V" or hit.i - 1 < sent_start or hit.entry.code[:2] not in FORCE_CODES:
        return False
    key = key_at(doc, hit.i)
    if key[:1] not in ("ي", "ت") or not imperfect(key, True):
        return False
    words = 0
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - DESCRIBED_REACH) - 1, -1):
        tok = doc.tokens[t]
        key = key_at(doc, t)
        if key in DESCRIBED_PREPOSITIONS:
            return words > 0 and _plural(key_at(doc, t + 1))
        if not tok.text.isalpha() or key.startswith(("ال", "لل", "وال", "بال")) \
                or key in fw("complementizers") or key in fw("relatives") or key in fw("prepositions") \
                or match_token(doc.tokens, t) is not None \
                or any(m.start <= tok.start < m.end for e in doc.entities for m in e.mentions):
            return False
        words += 1
        if key[:1] in fw("clitic_prepositions") and len(key) > 4 and _plural(key[1:]) \
                and (t - 1 < sent_start or key_at(doc, t - 1) not in DESCRIBED_PREPOSITIONS):
            return True  # «لعمليات إرهابية تستهدف»
    return False


def _plural(key: str) -> bool:
    """A sound plural's key («مجموعات», «مسلحين»): a kind of doers or acts, not one operation («عملية واسعة»)."""
    return len(key) > 4 and key.endswith(("ات", "ين", "ون"))


def framing_act(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «(و)في إطار» or «(و)في ظل» («في إطار تعهد أوروبي بدعم مستمر»), or right after a
    word of sequence (``sequence_frames``) that follows «(و)ذلك» («، وذلك بعد تهديد التنظيم») or goes on such a
    phrase as «، وبعد» within ``THAT_BEFORE_REACH`` tokens («وذلك بعد تحرير عدن، وبعد السيطرة على القاعدة»): a
    backdrop or an earlier act of no day said. Not «بعد لقائه» with no «ذلك» (the speaker's occasion)."""
    if hit.i - 2 < sent_start:
        return False
    prev = key_at(doc, hit.i - 1)
    if prev in FRAME_HEADS and key_at(doc, hit.i - 2).removeprefix("و") == "في":
        return True  # (a noun the lexicon may read as a verb: «في إطار تعهد»; no verb follows «في إطار»)
    if hit.pos != "N":
        return False
    seq = prev.removeprefix("و")
    if seq not in fw_keys("sequence_frames"):
        return False
    if key_at(doc, hit.i - 2).removeprefix("و") == "ذلك":
        return True
    if prev[:1] != "و" or doc.tokens[hit.i - 2].text not in ("،", ","):
        return False
    for t in range(hit.i - 3, max(sent_start, hit.i - 3 - THAT_BEFORE_REACH), -1):
        if clause_break(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("و") in fw_keys("sequence_frames") and t - 1 >= sent_start \
                and key_at(doc, t - 1).removeprefix("و") == "ذلك":
            return True
    return False


def but_after_pluperfect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger in a clause opened by «، إلا أن», «، غير أن» or «، لكن» (no other comma before the trigger) in a
    sentence that opens with «(و)كان/كانت» and its «قد» within ``PLUPERFECT_QAD_REACH`` tokens: «وكانت السلطات
    القضائية قد أطلقت سراحهم مساء أول من أمس، إلا أن قوات الأمن أعادت اعتقالهم». Read only where no time of the
    trigger's own clause dates it."""
    if key_at(doc, sent_start).lstrip("و") not in KANA_PAST:
        return False
    if not any(key_at(doc, t) == "قد" for t in range(sent_start + 1, min(hit.i, sent_start + 2 + PLUPERFECT_QAD_REACH))):
        return False
    for t in range(hit.i - 1, sent_start, -1):
        text = doc.tokens[t].text
        if clause_stop(text):
            return False
        key = key_at(doc, t)
        opener = t
        if key == "ان" and t - 1 > sent_start and key_at(doc, t - 1) in EXCEPT_HEADS:
            opener = t - 1
        elif key not in BUT_KEYS:
            continue
        return doc.tokens[opener - 1].text in ("،", ",")
    return False


def what_done(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «من» whose clause, within ``WHAT_DONE_REACH`` tokens back and no clause stop
    between, opens with «(و)ما» + a verb + a resumptive preposition («عليه/عليها/به/بها», ``pronoun_prepositions``)
    right after it or one word on: «وما أقدمت عليه قوات الاحتلال والمتطرفون من اقتحام»."""
    if hit.pos != "N" or hit.i - 1 <= sent_start or key_at(doc, hit.i - 1) != "من":
        return False
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - WHAT_DONE_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) in WHAT_KEYS:
            return any(key_at(doc, k) in fw_keys("pronoun_prepositions") for k in range(t + 2, min(hit.i - 1, t + 4)))
    return False
