"""«According to» a source that opens its sentence, then a comma and the main clause (round 176): «وحسب البيان،
فإن ...», «وبحسب تقرير لوكالة الصحافة الفرنسية، فقد أسقطت ...», «ووفقا لمصادر دبلوماسية ... تحدثت إليها
«الشرق الأوسط»، فإن ...».

- ``opening_hasb``: the bare «حسب/وحسب» (no «بـ», no «ما») is «according to» only where it opens its sentence (elsewhere
  the word is «حسب» of reckoning, or «فحسب», only), or, with no «و», anywhere before «ما» and a reporting verb
  («، حسب ما أوضحه فلان»), or right after a comma before a source that closes the sentence («، حسب الأناضول.»: ``set_off_hasb``); the cue table
  lists «بحسب» and «حسبما» alone.
- ``according_opening``: such a cue at the head of its sentence reports the clause after the first comma, where that
  comma is followed by «(فـ)إن» or by «فقد/فهو/فهي/فهم» (the content from past the «فـ»: «قد يرتفع الإنتاج» keeps its
  «may»), within OPENING_AHEAD tokens; quote marks around a medium's name do not end the source phrase; nothing
  where a full stop, colon or semicolon comes first, or where the comma opens anything else. Round qu1018: the source a
  report or study by an author («وحسب تقرير كتبه فلان»), the asides of its time or its author's title set off by
  commas after it are passed («وفق تقرير كتبه فلان، خبير الإرهاب في معهد X، فليست ...»), and a clause may open with
  «كان/كانت» or «فليس/فليست» too."""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey
from ..text.marks import CUE_ENDS
from ..text.normalize import KEY
from .cues import QUOTE_MARK, Cue, is_complementizer, match_cue, trim
from ..events.new_clause_subjects import own_verb
from ..events.word_tests import finite_verb, verb_like
from .set_off_hasb import set_off_hasb

OPENING_AHEAD = 16  # tokens from a sentence-opening «according to» to the comma that closes its source phrase
AUTHOR_AHEAD = 24  # the same, where the source is a report whose author asides set off (round qu1018)
NAME_MARKS_REACH = 5  # tokens from a quote mark to its pair around a name inside the source phrase
SHORT_CUT = 6  # tokens of content, at least, before a next report that cuts it
_HASB = frozenset(nkey(w) for w in ("حسب", "وحسب"))
_GONE = re.escape("".join(sorted(chr(o) for o, v in KEY.items() if not v)))  # what a key drops (marks, tatweel, «ء»)
# «حسب» in the text with what its key drops between its letters: without it no token's key is one of _HASB
_HASB_TEXT = re.compile(f"ح[{_GONE}]*س[{_GONE}]*ب")
_FA_OPENERS = fw_keys("fa_openers")
_WAS = fw_keys("past_being")  # «كان», «كانت»: a clause's verb of being after the comma (round qu1018)
_FA_NOT = frozenset(nkey(w) for w in ("فليس", "فليست", "فليسوا"))  # «فليست»: «is not», after the source
_NOUN_ENDINGS = ("ه", "ة", "ات", "ها")  # a noun in «تـ/يـ» («تصريحات»), not a bare imperfect


def _opens_sentence(doc: Doc, t: int) -> bool:
    sent = doc.sentence_of(doc.tokens[t].start)
    return sent is not None and sent.start == doc.tokens[t].start


def _opens_clause(doc: Doc, t: int) -> bool:
    """Round q354: the «according to» at token ``t`` opens a clause of its own inside the sentence, a comma before it
    and «و» on it («...، وبحسب المصادر الميدانية، فقد فرت القيادات»)."""
    return t > 0 and doc.tokens[t - 1].text in ("،", ",") and doc.tokens[t].norm_key[:1] == "و"


def has_hasb(doc: Doc) -> bool:
    """Whether a token of ``doc`` is a bare «حسب/وحسب» at all: where none is, no token need be tried with
    ``opening_hasb``. Only the tokens that hold a «حسب» of the text (``_HASB_TEXT``) are read."""
    for m in _HASB_TEXT.finditer(doc.text):  # (a token is a slice of the text: one whose key is «حسب» holds a match)
        k = doc.token_at(m.start())
        if k is not None and doc.tokens[k].norm_key in _HASB:
            return True
    return False


def opening_hasb(doc: Doc, t: int) -> Cue | None:
    """The «according to» cue of a bare «حسب/وحسب» that opens its sentence (module docstring), else None."""
    if doc.tokens[t].norm_key not in _HASB:
        return None
    if not _opens_sentence(doc, t) and not (doc.tokens[t].norm_key == nkey("حسب") and t + 1 < len(doc.tokens)
                                            and doc.tokens[t + 1].norm_key == "ما") and not set_off_hasb(doc, t):
        return None  # (round 213: «، حسب ما أوضحه فلان»: «according to what» of what precedes; _by_source wants a
        # verb; not «، وحسب ما جاء في بيان X، يهدف»: that opens a clause of its own)
    return Cue("وفق", "according", "m", frozenset())


def according_opening(doc: Doc, t: int, stop: int, sent_end: int) -> Span | None:
    """What a sentence-opening «according to» at token ``t`` reports, up to the next report at token ``stop`` or the
    sentence end (module docstring); None where the next report cuts it within SHORT_CUT tokens («فقد أشار إلى»,
    «فإن كلا من طهران وأنقرة أكدت أن»: that report's own subject, the report of its own); also where it opens a
    clause after a comma with «و» (``_opens_clause``)."""
    if not _opens_sentence(doc, t) and not _opens_clause(doc, t):
        return None
    end = min(stop, sent_end)
    for u in range(t + 1, min(end - 1, t + OPENING_AHEAD)):
        tok = doc.tokens[u]
        if tok.text in CUE_ENDS:
            return None
        if tok.text not in ("،", ","):
            continue
        if stop < sent_end and stop - (u + 2) < SHORT_CUT:
            return None
        opened = according_opening_at(doc, u, end)
        if opened is not None:
            return opened
        after = _set_off_end(doc, u, min(end - 1, t + OPENING_AHEAD))  # «وبحسب فلان، المتحدث باسم X، فإن»
        if after is None and _authored(doc, t, u):  # «وفق تقرير كتبه فلان، خبير الإرهاب في معهد X، فليست»
            return _past_asides(doc, u, min(end - 1, t + AUTHOR_AHEAD), end)
        return None if after is None else according_opening_at(doc, after, end)
    return None


def according_opening_at(doc: Doc, u: int, end: int) -> Span | None:
    """What the comma at token ``u`` opens where «(فـ)إن», «فقد/فهو/فهي/فهم» or (round qu933) a verb follows it
    («ووفقا للبيان الأوروبي، شهدت الأشهر الماضية ...»: the main clause), up to token ``end``; None otherwise. Round
    qu974: a masculine past verb too, where it is a verb trigger of the events lexicon or a plural past
    (``events.new_clause_subjects.own_verb``: «وبحسب البيان المصري، بحث الوزيران ...», «، قتل خمسة ...»)."""
    nxt = doc.tokens[u + 1]
    if is_complementizer(doc, u + 1):
        return trim(doc.text, nxt.end, doc.tokens[end - 1].end)
    if nxt.norm_key in _FA_OPENERS:
        return trim(doc.text, nxt.start + 1, doc.tokens[end - 1].end)
    if u + 2 < end and (finite_verb(nxt) or verb_like(nxt, 4, _NOUN_ENDINGS) or own_verb(doc, u + 1)
                        or nxt.norm_key in _WAS):  # «وحسب تقرير ...، كان فلان مقربا من» (round qu1018)
        return trim(doc.text, nxt.start, doc.tokens[end - 1].end)  # «ووفقا للبيان الأوروبي، شهدت الأشهر» (qu933)
    if u + 2 < end and nxt.norm_key in _FA_NOT:  # «...، فليست «المجموعة» أول منظمة»: from past the «فـ» (qu1018)
        return trim(doc.text, nxt.start + 1, doc.tokens[end - 1].end)
    return None


def _authored(doc: Doc, t: int, u: int) -> bool:
    """Round qu1018: a verb of making (study_making_verbs: «كتبه», «أعدها») stands between the «according to» at token
    ``t`` and the comma at token ``u``: the source is a report or study by an author («وفق تقرير كتبه فلان،»)."""
    return any(doc.tokens[v].norm_key.removeprefix("و") in fw_keys("study_making_verbs") for v in range(t + 1, u))


def _past_asides(doc: Doc, u: int, limit: int, end: int) -> Span | None:
    """Round qu1018: what the first comma after the comma at token ``u`` that opens a clause opens (as
    ``according_opening_at``), where the phrases between are asides of a report's author («وحسب تقرير كتبه، قبل خمس
    سنوات، معهد X عن ...، كان فلان»: its time, its writer; «كتبه فلان، خبير الإرهاب في معهد X، فليست»: his title),
    no finite verb, «أن», cue or stop in them, within ``limit``; None otherwise."""
    for v in range(u + 1, limit):
        tok = doc.tokens[v]
        if tok.text in ("،", ","):
            opened = according_opening_at(doc, v, end) if v > u + 1 else None
            if opened is not None:
                return opened
            continue
        if tok.text in CUE_ENDS or is_complementizer(doc, v) or finite_verb(tok) or match_cue(doc, v) is not None:
            return None
    return None


def quoted_name_mark(doc: Doc, u: int) -> bool:
    """Round qu933: token ``u`` is a quote mark of a short name in quote marks («وبحسب تقرير لصحيفة «نيويورك تايمز»
    فإنه»): its pair stands within NAME_MARKS_REACH tokens with no comma or stop between."""
    if QUOTE_MARK.fullmatch(doc.tokens[u].text) is None:
        return False
    for step in (1, -1):
        for v in range(u + step, u + step * (NAME_MARKS_REACH + 1), step):
            if v < 0 or v >= len(doc.tokens):
                break
            text = doc.tokens[v].text
            if QUOTE_MARK.fullmatch(text):
                if abs(v - u) > 1:
                    return True
                break
            if text in CUE_ENDS or text in ("،", ","):
                break
    return False


def _set_off_end(doc: Doc, u: int, limit: int) -> int | None:
    """Round qu933: the comma that closes a phrase set off by the comma at token ``u`` after a sentence-opening source
    («وبحسب فيديريكو فوسي، المتحدث باسم المفوضية في إيطاليا، فإن», «وبحسب سكان نازحين، لـ«الشرق الأوسط»، فإن»):
    the phrase opens with a definite noun (an apposition) or «لـ» (the outlet told), and holds no finite verb, «أن»,
    cue or stop before the next comma, within ``limit``; the next comma's token, else None."""
    first = doc.tokens[u + 1]
    stems = [w for w in first.words if w.kind == "stem"]
    lam = any(w.kind == "proclitic" and w.norm == "ل" for w in first.words)
    if not stems or not (stems[0].norm.startswith("ال") or lam) or first.norm_key[:1] in ("و", "ف"):
        return None
    for v in range(u + 1, limit):
        tok = doc.tokens[v]
        if tok.text in ("،", ","):
            return v if v > u + 1 and v + 1 < limit + 1 else None
        if tok.text in CUE_ENDS or is_complementizer(doc, v) or finite_verb(tok) or match_cue(doc, v) is not None:
            return None
    return None


_FA_PRONOUNED = fw_keys("fa_pronouned")
_FA_SEEMS = frozenset(nkey(w) for w in ("فيبدو", "فيظهر"))


def fa_opening(doc: Doc, t: int, u: int, end: int) -> Span | None:
    """Round 185: a sentence-opening «according to» at token ``t`` whose source phrase runs on with no comma to
    «فإنه/فإنها», «فيبدو/فيظهر» or (round qu933) «فقد/فهو/فهي/فهم» at token ``u`` (two to OPENING_AHEAD tokens after
    it) reports what follows, up to token ``end``: past «فإنه» («وحسب رأيه فإنه لا يشك بأن»), from past the «فـ» of
    the verb («فيبدو أن») or of «فقد» («ووفقا للمصادر فقد تم النقاش»: «قد تم» keeps its tense); None
    elsewhere (inside a sentence «فإنه» may be the writer's own consequence)."""
    if u < t + 2 or u >= end - 1 or u - t > OPENING_AHEAD or not _opens_sentence(doc, t):
        return None
    tok = doc.tokens[u]
    key = tok.norm_key
    if key in _FA_PRONOUNED:
        return trim(doc.text, tok.end, doc.tokens[end - 1].end)
    if key in _FA_SEEMS or key in _FA_OPENERS:  # «ووفقا للمصادر فقد تم النقاش»: from past the «فـ» (round qu933)
        return trim(doc.text, tok.start + 1, doc.tokens[end - 1].end)
    return None
