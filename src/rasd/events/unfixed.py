"""Round 80: acts the article's date does not date, and a meeting dated by the sentence after it.

- «رفض الاتفاق من شأنه أن يهدد», «ومن شأن الحرب أن تؤثر»: the act that «من شأن» says could bring something
  about is of no day told; what it could bring about («معلومات من شأنها أن تعرضها لتنديد») is a possibility
  (hypothetical); not «التقليل من شأن الهجمة» (belittling it: ``belittling_words``).
- «عقب إعلان اللجنة النتائج، يتم تسجيل ...»: a noun act after a word of sequence (``after_subordinators``) whose
  main clause is a procedure in the present (``procedure_verbs``: «يتم», «سيتم») is a step of a schedule, of no
  day told; «عقب إعلان اللجنة النتائج، خرج المتظاهرون» is dated as the news.
- «المرة الثالثة أو الرابعة التي تعلن فيها»: an act counted among others (two counts joined by «أو», or «المرات
  التي») is a repeated act, of no one day.
- «أظهرت مقاطع فيديو تعرض معتقلين للتعذيب»: an act a recording shows (``showing_verbs`` + ``recording_nouns``)
  happened when it was filmed, not on the day it was shown.
- «هيمنت الأزمة على اللقاء الثلاثي ...» then «وعقد اللقاء عصر أمس»: a definite meeting noun with no time of its
  own takes the day of the next sentence of its paragraph when that sentence opens by holding the same noun
  (``held_verbs``).
- Round ev392: «ومكن سقوط أريحا المعارضة من السيطرة على ادلب.» then «وتعرضت المنطقة منذ ذلك الحين لقصف»: the
  next sentence looks back on the act with «منذ ذلك الحين» (``since_then_phrases``), so it came before the news,
  of no day told (not when that sentence says a time before the phrase: «ذلك» is that time; never a statement,
  01x, which is the news); «قاموا بتفجير أنبوب النفط» then «وكان تفجير أنبوب النفط، قبل يومين، قد أثار»: a noun
  act with no time of its own takes the day of the next sentence that opens by retelling the noun after «كان».
- «التفجير الإرهابي الذي استهدف المسجد مؤخرا»: a noun act whose relative clause tells it as recent
  (``recency_words``, ``late_words``) is of no day told."""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .chunks import clause_stop
from .forms import fw, phrase_keys
from .lexicon import Hit
from ..entities.dockeys import folded_text
from .word_tests import DAY_VALUE, KANA_PAST, clause_break, key_at

CAUSE_REACH = 4  # tokens from a noun trigger to the «من شأنه» it is the subject of («رفض الاتفاق النووي من شأنه»)
EFFECT_REACH = 6  # tokens from «من شأنه» to an act it could bring about («من شأنها أن تعرضها لتنديد»)
SHOWN_REACH = 30  # tokens from a verb of showing to the act shown, in its clause
MEETING = "04"  # consult (CAMEO 04x)
HOLD_REACH = 3  # tokens from the next sentence's start to its verb of holding


def _shan(doc: Doc, t: int, lo: int) -> bool:
    """Whether token ``t`` is «شأن» (with or without a pronoun) after «من» that is no belittling («التقليل من
    شأن»)."""
    if t - 1 < lo or not key_at(doc, t).startswith("شان") or key_at(doc, t - 1).removeprefix("و") != "من":
        return False
    return t - 2 < lo or key_at(doc, t - 2).removeprefix("و") not in fw("belittling_words")


def _shan_told(doc: Doc) -> bool:
    """Whether «شأن» may be told in ``doc``: a key that :func:`_shan` reads starts with it, a key is a substring of
    the text folded as keys are (``folded_text``); made once per document and kept with the text it was read in
    (``Doc.memoized``)."""
    return doc.memoized("shan_told", ("text",), _any_shan)


def _any_shan(doc: Doc) -> bool:
    """:func:`_shan_told`, made."""
    return "شان" in folded_text(doc)


def potential_cause(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A noun trigger that «من شأن» says could bring something about («رفض الاتفاق النووي من شأنه أن يهدد»,
    «ومن شأن الحرب أن تؤثر»): done or not, the clause tells of no day it was done. A masdar read as a verb
    («رفض») counts; not an act a relative or «ما» takes up («أعلنت الهدنة، وهو ما من شأنه», «الاتفاقية التي من
    شأنها»: what the act could bring about, the act itself told)."""
    if not _shan_told(doc):
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + CAUSE_REACH)):
        key = key_at(doc, t).removeprefix("و")
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives") \
                or key in ("ما", "مما"):
            break
        if _shan(doc, t, sent_start) and key_at(doc, t) != "شان":
            return True
    if hit.pos == "N" and hit.i - 1 > sent_start and key_at(doc, hit.i - 1) == "شان" and _shan(doc, hit.i - 1, sent_start):
        return any(key_at(doc, t) == "ان" for t in range(hit.j + 1, min(sent_end, hit.j + 1 + CAUSE_REACH)))
    return False


def potential_effect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An act «من شأنه/شأنها» says could come about («معلومات من شأنها أن تعرضها لتنديد»): a possibility."""
    if not _shan_told(doc):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - EFFECT_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _shan(doc, t, sent_start) and key_at(doc, t) != "شان":
            return True
    return False


def _main_verb(doc: Doc, hit: Hit, sent_end: int) -> str:
    """The key of the first word after the first comma past the trigger (the main clause after a fronted
    phrase), «سوف» passed over."""
    for t in range(hit.j + 1, sent_end):
        if doc.tokens[t].text in ("،", ","):
            k = t + 1
            if k < sent_end and key_at(doc, k).removeprefix("و") == "سوف":
                k += 1
            return key_at(doc, k).removeprefix("و") if k < sent_end else ""
        if clause_break(doc.tokens[t].text):
            return ""
    return ""


def procedural(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A noun act after a word of sequence whose main clause after the comma is a procedure in the present."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    if key_at(doc, hit.i - 1).removeprefix("و") not in fw("after_subordinators"):
        return False
    return _main_verb(doc, hit, sent_end) in fw("procedure_verbs")


def repeated(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An act in the relative clause of a count of times: «المرة الثالثة أو الرابعة التي», «المرات التي»."""
    for t in range(hit.i - 1, max(sent_start, hit.i - 8) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text):
            return False
        if key in fw("relatives"):
            words = [key_at(doc, u) for u in range(max(sent_start, t - 4), t)]
            heads = [n for n, w in enumerate(words) if w.removeprefix("و").removeprefix("ل") in fw("repeat_heads")]
            if not heads:
                return False
            head = words[heads[-1]].removeprefix("و").removeprefix("ل")
            return head.endswith("ات") or "او" in words[heads[-1] + 1 :]
    return False


def shown(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An act told as what a recording shows: a verb of showing with a recording noun after it, before the act."""
    for t in range(hit.i - 1, max(sent_start, hit.i - SHOWN_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("و") in fw("showing_verbs"):
            return any(key_at(doc, u).removeprefix("و") in fw("recording_nouns") for u in range(t + 1, min(t + 3, hit.i)))
    return False


def _same_noun(a: str, b: str) -> bool:
    """Two keys of one definite noun, past «و/ف/ب/ل» («واللقاء», «للقاء»)."""
    def bare(k: str) -> str:
        k = k.removeprefix("و").removeprefix("ف")
        if k.startswith("لل"):
            return k[2:]
        k = k.removeprefix("ب")
        return k[2:] if k.startswith("ال") else ""
    return bool(bare(a)) and bare(a) == bare(b)


def held_next(doc: Doc, hit: Hit, sent_end: int) -> TimeSpan | None:
    """The day told in the next sentence of the paragraph of a definite meeting noun, when that sentence opens by
    holding the same noun («وعقد اللقاء عصر أمس»)."""
    if hit.pos != "N" or not hit.entry.code.startswith(MEETING) or hit.i != hit.j or sent_end >= len(doc.tokens):
        return None
    noun = key_at(doc, hit.i)
    here = doc.tokens[sent_end - 1].end
    nxt = next((s for s in doc.sentences if s.start >= here), None)
    para = next((p for p in doc.paragraphs if p.start <= doc.tokens[hit.i].start < p.end), None)
    if nxt is None or para is None or nxt.end > para.end:
        return None
    toks = [t for t in range(sent_end, len(doc.tokens)) if nxt.start <= doc.tokens[t].start < nxt.end]
    for n, t in enumerate(toks[:HOLD_REACH]):
        if key_at(doc, t).removeprefix("و") in fw("held_verbs") and n + 1 < len(toks) \
                and _same_noun(key_at(doc, toks[n + 1]), noun):
            after = doc.tokens[toks[n + 1]].end
            times = [ts for ts in doc.times if ts.value and after <= ts.start and ts.end <= nxt.end
                     and len(ts.value) == 10 and not any(clause_stop(doc.tokens[u].text) for u in toks
                                                         if after <= doc.tokens[u].start < ts.start)]
            return times[0] if times else None
    return None


RELATIVE_REACH = 10  # tokens of a relative clause on a noun trigger read for a word of recency


def recent_relative(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger, with only its adjectives after it (definite words after a definite noun), whose relative
    clause tells it as recent («التفجير الإرهابي الذي استهدف المسجد مؤخرا», «اللقاءات التي جرت أخيرا»:
    ``recency_words``, and «أخيرا», «finally» elsewhere, recent in a relative clause): of no day told."""
    if hit.pos != "N":
        return False
    definite = key_at(doc, hit.j).removeprefix("و").startswith(("ال", "لل"))
    t = hit.j + 1
    while t < sent_end and definite and key_at(doc, t).startswith("ال") and key_at(doc, t) not in fw("relatives") \
            and t - hit.j <= 3:
        t += 1
    if t >= sent_end or key_at(doc, t).removeprefix("و") not in fw("relatives"):
        return False
    for u in range(t + 1, min(sent_end, t + 1 + RELATIVE_REACH)):
        if clause_stop(doc.tokens[u].text):
            return False
        key = key_at(doc, u).removeprefix("و")
        if key in fw("recency_words") or key in fw("late_words"):
            return True
    return False


STATEMENTS = "01"  # CAMEO make a public statement
KANA_REACH = 2  # tokens from the next sentence's start to its «كان/وكان»
NOUN_REACH = 2  # tokens from «كان» to the noun that retells the act


def next_tokens(doc: Doc, sent_end: int) -> list[int]:
    """The tokens of the sentence right after the one that ends before token ``sent_end``."""
    if sent_end <= 0 or sent_end >= len(doc.tokens):
        return []
    here = doc.tokens[sent_end - 1].end
    nxt = next((s for s in doc.sentences if s.start >= here), None)
    if nxt is None:
        return []
    out: list[int] = []
    for t in range(sent_end, len(doc.tokens)):
        if doc.tokens[t].start >= nxt.end:
            break
        if doc.tokens[t].start >= nxt.start:
            out.append(t)
    return out


def since_next(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """Whether the sentence after the trigger's looks back on it with «منذ ذلك الحين» (``since_then_phrases``) and
    says no time of its own before that phrase; never for a statement (01x)."""
    if hit.entry.code.startswith(STATEMENTS):
        return False
    toks = next_tokens(doc, sent_end)
    keys = [key_at(doc, t).removeprefix("و") for t in toks]
    for phrase in phrase_keys(fw("since_then_phrases")):
        n = len(phrase)
        for k in range(len(keys) - n + 1):
            if tuple(keys[k : k + n]) != phrase:
                continue
            lo, at = doc.tokens[toks[0]].start, doc.tokens[toks[k]].start
            return not any(ts.value and lo <= ts.start < at for ts in doc.times)
    return False


def _bare_noun(key: str) -> str:
    """A noun key past «و/ف», then «ب/ل», then «ال» («بتفجير», «التفجير», «وتفجير» → «تفجير»)."""
    key = key.removeprefix("و").removeprefix("ف")
    if key.startswith("لل"):
        return key[2:]
    key = key.removeprefix("ب").removeprefix("ل")
    return key.removeprefix("ال")


def retold_next(doc: Doc, hit: Hit, sent_end: int) -> TimeSpan | None:
    """The first day said in the next sentence when it opens with «كان/وكان» (within ``KANA_REACH`` tokens) and
    then, within ``NOUN_REACH`` tokens, the trigger's own noun: the background that retells the act with its day."""
    if hit.pos != "N" or hit.i != hit.j:
        return None
    noun = _bare_noun(key_at(doc, hit.i))
    toks = next_tokens(doc, sent_end)
    if len(noun) < 3 or not toks:
        return None
    kana = next((n for n, t in enumerate(toks[:KANA_REACH]) if key_at(doc, t).removeprefix("و") in KANA_PAST), None)
    if kana is None or not any(_bare_noun(key_at(doc, t)) == noun for t in toks[kana + 1 : kana + 1 + NOUN_REACH]):
        return None
    end = next((doc.tokens[t].start for t in toks if clause_break(doc.tokens[t].text)), doc.tokens[toks[-1]].end)
    lo = doc.tokens[toks[0]].start
    days = [ts for ts in doc.times_within(lo, end) if ts.value and DAY_VALUE.match(ts.value)]
    return days[0] if days else None
