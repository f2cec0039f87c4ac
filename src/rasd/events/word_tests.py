"""Tests on single words and token spans that the chunker and every argument rule share: the shape of a finite
verb (a past in «ـت» or «ـوا», a present in «يـ» after «و/ف», a defective past «دعا/نفى»), the key of a word with its
conjunction off (``verb_key``), a clause boundary between two tokens (``breaks_between``, ``clause_stop``), the
pluperfect's «كان» before a «قد» (``kana_before``), and a pronoun on a token (``enclitic``, ``resumptive``,
``reflexive``). None of them reads a chunk; events.chunks re-exports them where the rules import them from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Doc, Entity, Event, Mention, TimeSpan, Token
from ..entities import gazetteer
from ..text.marks import has_letters as has_letters  # re-exported: rules import it from here
from ..text.verb_gender import verb_agreement
from .forms import bare, fw, fw_keys, nkey
from .stops import clause_stop as clause_stop, clause_stops, verb_key as verb_key  # re-exported: rules import them


def key_at(doc: Doc, t: int) -> str:
    """The matching key of token ``t`` (``nkey`` of its text)."""
    return doc.tokens[t].norm_key


def past_conjunction(key: str, over: int = 3) -> str:
    """A key with a first «و/ف» off where the key has more than ``over`` letters («وقال» → «قال»; «وصل» stays; with
    ``over`` 4, a verb of the dating and modality rules: «وأكد» stays)."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > over else key


def conj_keys(doc: Doc) -> list[str]:
    """Per token, :func:`past_conjunction` of its :func:`key_at` («وقال» → «قال»), made once per document and kept
    with the tokens it was made from (``Doc.memoized``; read only): the rules that read a run of tokens' keys with
    the conjunction off index it instead of asking both functions of each word again."""
    return doc.memoized("conj_keys", ("tokens",), _conj_keys)


def _conj_keys(doc: Doc) -> list[str]:
    """:func:`conj_keys`, made."""
    return [past_conjunction(tok.norm_key) for tok in doc.tokens]


def doc_conj_keys(doc: Doc) -> frozenset[str]:
    """The :func:`conj_keys` of every token of ``doc`` as a set, made once per document (``Doc.memoized``): a rule
    that needs a word of a fixed list, its «و/ف» off, returns at once where none is here."""
    return doc.memoized("doc_conj_keys", ("tokens",), _doc_conj_keys)


def _doc_conj_keys(doc: Doc) -> frozenset[str]:
    """:func:`doc_conj_keys`, made."""
    return frozenset([past_conjunction(k) for k in doc_token_keys(doc)])


def bare_key_at(doc: Doc, t: int, *sets: str) -> str:
    """Token ``t``'s :func:`key_at` with a clitic off where that reaches a word of the lists ``sets``
    (:func:`.forms.bare`)."""
    return bare(doc.tokens[t].norm_key, *sets)


def doc_token_keys(doc: Doc) -> frozenset[str]:
    """The ``key_at`` of every token of ``doc``, made once per document and kept with the tokens it was made from
    (``Doc.memoized``): a pass that scans every token for a word of a fixed list returns at once where none is here."""
    return doc.memoized("doc_token_keys", ("tokens",), _token_keys)


def _token_keys(doc: Doc) -> frozenset[str]:
    """:func:`doc_token_keys`, made."""
    return frozenset([tok.norm_key for tok in doc.tokens])


def valued_times(doc: Doc, lo: int, hi: int) -> list[TimeSpan]:
    """The time expressions with a value that lie within characters ``lo``..``hi`` («أمس» in «وقال أمس إن»)."""
    return [ts for ts in doc.times_within(lo, hi) if ts.value]


def time_insert_tokens(doc: Doc, lo: int, hi: int) -> set[int]:
    """Round ev940: the tokens of ``lo``..``hi`` that make a time between two commas («أعلنت الشرطة، أمس، عن
    توقيف»): the commas and the words between, every one inside a valued time expression (:func:`valued_times`)."""
    commas = [k for k in range(max(0, lo), min(hi, len(doc.tokens))) if doc.tokens[k].text in ("،", ",")]
    got: set[int] = set()
    for a, b in zip(commas, commas[1:]):
        inner = range(a + 1, b)
        if inner and all(valued_times(doc, doc.tokens[j].start, doc.tokens[j].end) for j in inner):
            got.update(range(a, b + 1))
    return got


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a time value that opens with one day («2015-08-02», a range from one)


def value_year(value: str) -> int | None:
    """The year a time value opens with («2014-10-09» → 2014); None where it opens with none («PRESENT_REF»)."""
    return int(value[:4]) if value[:4].isdigit() else None


def person_opening(doc: Doc, start: int) -> str | None:
    """The person a mention of whom opens at character ``start`` («وقال الوزير، جون كيري، إن»: كيري at «جون»);
    None where none does."""
    for ent in doc.entities:
        if ent.type == "PERSON" and any(m.start == start for m in ent.mentions):
            return ent.id
    return None


def named_token(doc: Doc, k: int) -> bool:
    """Whether an entity's mention holds the start of token ``k`` («بريطانيا» in a name: no «بـ» governs it)."""
    start = doc.tokens[k].start
    return any(m.start <= start < m.end for e in doc.entities for m in e.mentions)


def sentence_index(doc: Doc, offset: int) -> int | None:
    """The index of the sentence holding character ``offset`` (``Doc.sentence_of`` gives the span); None between
    sentences («قال ... . وأضاف»: the «وأضاف» opens sentence 1)."""
    return next((k for k, s in enumerate(doc.sentences) if s.start <= offset < s.end), None)


def sentences_back_start(doc: Doc, ev: Event, back: int) -> int:
    """The start of the sentence ``back`` before the event's own (the text's first where there are fewer; the
    event's own sentence's start where it stands before them all)."""
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, ev.sentence.start) - 1
    return starts[max(0, n - back)] if n >= 0 else ev.sentence.start


def sentence_end(doc: Doc, ev: Event) -> int:
    """The first token past the event's sentence (``len(doc.tokens)`` where it ends the text)."""
    end = doc.token_from(ev.sentence.end)
    return end if end is not None else len(doc.tokens)


def starts_in_time(doc: Doc, tok: Token) -> bool:
    """The token starts inside a time expression («أمس», «الأسبوع الماضي»)."""
    return any(t.start <= tok.start < t.end for t in doc.times)


def lam_clitic(doc: Doc, k: int) -> bool:
    """Token ``k`` opens with the proclitic «لـ» split off as a word of its own («لقصف», «لإيران»)."""
    words = doc.tokens[k].words
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ل"


def mention_holding(doc: Doc, k: int) -> Mention | None:
    """The first mention (in ``doc.mentions`` order) with an entity that holds token ``k``; None where none does
    (read from ``holding_index``)."""
    return holding_index(doc)[k]


def holding_index(doc: Doc) -> list[Mention | None]:
    """Per token, the first mention (in ``doc.mentions`` order) with an entity whose span holds the token's start;
    made once per document and kept with the mentions and tokens it was made from (``Doc.memoized``; the later
    stages read the mentions, they do not change them)."""
    return doc.memoized("holding_index", ("mentions", "tokens"), _holding_index)


def _holding_index(doc: Doc) -> list[Mention | None]:
    """:func:`holding_index`, made."""
    made: list[Mention | None] = [None] * len(doc.tokens)
    starts = doc.token_starts()
    for m in doc.mentions:
        if m.entity is None:
            continue
        for t in range(bisect_left(starts, m.start), bisect_left(starts, m.end)):
            if made[t] is None:
                made[t] = m
    return made


def in_name(doc: Doc, k: int) -> bool:
    """Round 287: whether token ``k`` is one word of a name of two words or more that an entity's mention holds
    («بان» of «بان كي مون»: no «بأن»)."""
    m = mention_holding(doc, k)
    tok = doc.tokens[k]
    return m is not None and (m.start < tok.start or m.end > tok.end)


def entity_at(doc: Doc, k: int) -> Entity | None:
    """The entity of ``mention_holding``; None where no mention holds token ``k``."""
    m = mention_holding(doc, k)
    return doc.entity(m.entity) if m is not None and m.entity is not None else None


def entity_starting(doc: Doc, k: int) -> Entity | None:
    """The entity of ``mention_holding`` where that mention starts at token ``k`` (not a name inside a longer word
    or after a word of the same mention); None otherwise."""
    m = mention_holding(doc, k)
    if m is None or m.entity is None or m.start != doc.tokens[k].start:
        return None
    return doc.entity(m.entity)


def entity_within(doc: Doc, k: int) -> Entity | None:
    """The entity named at token ``k``: a mention holding it, or one starting inside it past a glued proclitic
    («لتنظيم داعش», «ومقاتلي»)."""
    ent = entity_at(doc, k)
    if ent is not None:
        return ent
    tok = doc.tokens[k]
    m = next((m for m in doc.mentions if tok.start < m.start < tok.end and m.entity is not None), None)
    return doc.entity(m.entity) if m is not None and m.entity is not None else None


def phrase_break(doc: Doc, k: int) -> bool:
    """Token ``k`` ends a noun phrase read word by word: a clause stop, a token with no letter (a mark), a
    preposition or a relative pronoun."""
    tok = doc.tokens[k]
    if clause_stop(tok.text) or not has_letters(tok.text):
        return True
    key = tok.norm_key
    return bare(key, "prepositions") in fw("prepositions") or bare(key, "relatives") in fw("relatives")


def verb_between(doc: Doc, i: int, j: int) -> bool:
    """A finite verb after «و/ف» in tokens i..j-1: a new clause («رفض الوزير المقترح، واعتبرت الحكومة»)."""
    for t in range(i, j):
        tok = doc.tokens[t]
        if len(tok.words) == 2 and finite_verb(tok) and not any(m.start < tok.end and tok.start < m.end
                                                                for m in doc.mentions):
            return True  # (not a name: «وبودابست»)
    return False


ALTERNATIVES = ("ام", "او")  # «أم», «أو» (keys)


def alternative_clause(doc: Doc, i: int, j: int) -> bool:
    """Round 113: «أم/أو» + a verb in tokens i..j-1 opens the other alternative, a clause of its own («هل ستميل إلى
    مفاوضات السلام أم ستخوض معركتها مع X»): a verb with the future «سـ», or of a finite verb's shape (not a time:
    «أو يونيو»)."""
    for t in range(i, min(j, len(doc.tokens)) - 1):
        if doc.tokens[t].norm_key not in ALTERNATIVES:
            continue
        nxt = doc.tokens[t + 1]
        w = nxt.words
        future = len(w) == 2 and w[0].kind == "proclitic" and w[0].form == "س" and w[1].norm[:1] in ("ي", "ت", "ن")
        shaped = len(w) == 1 and w[0].kind == "stem" and verb_shape(w[0].norm, True)
        if (future or shaped) and not starts_in_time(doc, nxt):
            return True
    return False


def finite_verb(tok: Token) -> bool:
    """Whether a token has the shape of a finite verb, which no noun phrase holds: a past verb of a feminine subject
    («كثفت», «وداهمت», «فحاولت»: four letters or more in «ـت», not «ـات», «ـوت» or «ـيت», «بيروت», «تصويت») or a
    present verb in «يـ» after «و/ف» («ويهاجم», «فيأتي»); not a given name («رفعت», «يوسف»)."""
    w = tok.words
    pro = len(w) > 1 and w[0].kind == "proclitic" and w[0].form in ("و", "ف")
    if len(w) != (2 if pro else 1) or w[-1].kind != "stem":
        return False
    stem = w[-1].norm
    if len(stem) >= 4 and (stem.endswith("ت") or pro and stem.startswith("ي")) and verb_shape(stem, pro):
        return True  # (what ``verb_shape`` asks first, asked here before its cache: most words end here)
    text = tok.text
    return text[-1:] in ("ى", "ا") and defective_past(text)  # (the same for ``defective_past``)


def verb_like(tok: Token, min_len: int, not_endings: tuple[str, ...]) -> bool:
    """A finite verb (``finite_verb``) or a bare imperfect in «يـ/تـ» of ``min_len`` letters or more that does not end
    in ``not_endings`` (a noun's «ـه», «ـات»): «يطل», «يوبخ», «تظهر»."""
    key = tok.norm_key
    return finite_verb(tok) or (len(tok.words) == 1 and key[:1] in ("ي", "ت") and len(key) >= min_len
                                and not key.endswith(not_endings))


@lru_cache(maxsize=65536)
def defective_past(text: str) -> bool:
    """A past verb of three letters in a final «ى/ا» (function words ``defective_pasts``: «دعا», «نفى», «رأى», «مضى»),
    with or without «و/ف»: written with its «ى», not the noun in «ي» it folds with («رأي», «نفي», «بني»)."""
    if text[-1:] not in ("ى", "ا"):
        return False
    k = nkey(text)
    return k in fw("defective_pasts") or (k[:1] in ("و", "ف") and k[1:] in fw("defective_pasts"))


@lru_cache(maxsize=65536)
def verb_shape(stem: str, conj: bool) -> bool:
    if len(stem) < 4 or stem.startswith("ال"):
        return False
    past = stem.endswith("ت") and not stem.endswith(("ات", "وت", "يت"))
    present = conj and stem.startswith("ي")
    return (past or present) and gazetteer.load().name_word(stem) is None


@lru_cache(maxsize=65536)
def plural_past(text: str) -> bool:
    """A past verb of a plural subject («أبدوا», «تظاهروا», «قالوا»): the written «وا» of a word of four letters
    or more that the word layer does not split (not «نموا», growth, nor «وا» + a word)."""
    k = nkey(text)
    return len(k) >= 5 and k.endswith("وا") and not k.startswith(("ال", "و"))


def breaks_between(doc: Doc, i: int, j: int, relatives: bool = True) -> bool:
    """A clause boundary (end punctuation, «أن/إن», and with ``relatives`` «الذي/التي») in tokens i..j-1."""
    breaks, comps, rels, openers = fw("clause_breaks"), fw("complementizers"), fw("relatives"), fw("clause_openers")
    toks = doc.tokens
    for t in range(i, j):
        tok = toks[t]
        text, key = tok.text, tok.norm_key
        k = bare(key, "complementizers", "relatives")
        if text in breaks or k in comps:
            return True
        if relatives and k in rels:
            return True
        if key.removeprefix("و") in openers:
            return True  # «... يهدد الأقليات فيما تبنى الكونغرس»: a new clause, not the verb's object
    return False


def open_quotation(text: str) -> bool:
    """Does ``text`` leave a quotation open: more opening guillemets («) than closing ones (»), or an odd number of
    straight quotes (what follows it is inside what someone said)?"""
    return text.count("«") > text.count("»") or text.count('"') % 2 == 1


def clause_break(text: str) -> bool:
    """A token that ends a sentence for a scan that reads on over commas: end punctuation alone (function words
    ``clause_breaks``: «.», «؟»; «،» is none)."""
    return text in fw("clause_breaks")


def clause_stop_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens that are a :func:`clause_stop`, in order, made once per token list
    (``Doc.memoized``; read only): :func:`clause_from` and :func:`clause_to` bisect it instead of asking each word
    of a scan (the clause scans asked ~2,800 words an article)."""
    return doc.memoized("clause_stop_tokens", ("tokens",), _clause_stop_tokens)


def _clause_stop_tokens(doc: Doc) -> list[int]:
    """:func:`clause_stop_tokens`, made."""
    stops = clause_stops()
    return [t for t, tok in enumerate(doc.tokens) if tok.text in stops]


def clause_from(doc: Doc, i: int, floor: int) -> int:
    """Where a scan back from token ``i`` (over tokens ``i - 1``, ``i - 2``, ... down to ``floor``) stops: the token
    after the nearest :func:`clause_stop` before ``i``, or ``floor``; ``i`` itself where ``i <= floor``. The same as
    ``lo = i; while lo > floor and not clause_stop(tokens[lo - 1].text): lo -= 1``."""
    if i <= floor:
        return i
    stops = clause_stop_tokens(doc)
    k = bisect_left(stops, i) - 1
    return max(floor, stops[k] + 1) if k >= 0 else floor


def clause_to(doc: Doc, j: int, ceil: int) -> int:
    """Where a scan on from token ``j`` (up to ``ceil``, not included) stops: the first :func:`clause_stop` at or
    after ``j``, or ``ceil``; ``j`` itself where ``j >= ceil``. The same as ``hi = j; while hi < ceil and not
    clause_stop(tokens[hi].text): hi += 1``."""
    if j >= ceil:
        return j
    stops = clause_stop_tokens(doc)
    k = bisect_left(stops, j)
    return min(ceil, stops[k]) if k < len(stops) else ceil


def clause_window(doc: Doc, i: int, j: int, sent_start: int, sent_end: int, reach: int) -> list[int]:
    """The tokens within ``reach`` of the trigger's tokens ``i``..``j`` inside its clause: first those before it,
    nearest first, then those after it, each side stopping at a ``clause_stop`` (:func:`clause_from`,
    :func:`clause_to`)."""
    lo = clause_from(doc, i, max(sent_start, i - reach))
    hi = clause_to(doc, j + 1, min(sent_end, j + 1 + reach))
    return [*range(i - 1, lo - 1, -1), *range(j + 1, hi)]


PLAIN_COMPLEMENTIZERS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "وأن", "وإن"))
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# the masculine perfect of a targeting verb («قصف جوي طال المدينة», «هجوم استهدف»), which ``finite_verb`` misses
RELAY_PERFECTS = frozenset(nkey(w) for w in ("طال", "استهدف"))
KANA_PAST = frozenset(nkey(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا", "كنت", "كنا", "كنتم"))  # of the pluperfect («كان ... قد»)
RESUMPTIVE_WINDOW = 4  # tokens after a relative verb (or the phrase after it) to a pronoun resuming the antecedent


def kana_before(doc: Doc, last: int, first: int, relatives: bool) -> int | None:
    """«وكانت الشركة، أمس، قد أعلنت»: the token of the pluperfect's «كان» (with or without «و/ف») looked for from
    ``last`` back to ``first``, over commas; None past the clause's end punctuation, a complementizer or (with
    ``relatives``) a relative, which open another clause."""
    for t in range(last, first - 1, -1):
        text = doc.tokens[t].text
        key = nkey(text)
        if text in fw("clause_breaks") or bare(key, "complementizers") in fw("complementizers"):
            return None
        if relatives and key in fw("relatives"):
            return None
        if key.lstrip("وف") in KANA_PAST:
            return t
    return None


def resumptive(doc: Doc, first: int, end: int) -> bool:
    """«الملا عمر، الذي أكدت الحركة وفاته», «التي استهدفها طيران التحالف»: an object or possessive pronoun on the
    relative clause's verb at ``first`` or on a token after it before ``end``, in the same clause, resumes the
    antecedent (its object or owner, not its subject)."""
    for t in range(first, min(len(doc.tokens), end)):
        if t > first and clause_stop(doc.tokens[t].text):
            return False
        if enclitic(doc.tokens[t]) in OBJECT_PRONOUNS:
            return True
    return False


def enclitic(tok: Token) -> str:
    """The object/possessive pronoun on a token: the word layer's enclitic, or where it left the token whole a
    written «ـهم/ـها/ـهما» on a long word (a bare «ـه» is too often part of the stem: «اتجاه», «مياه»)."""
    w = tok.words
    if len(w) > 1 and w[-1].kind == "enclitic":
        return w[-1].norm
    text = tok.text
    for pron in ("هما", "هم", "ها"):
        if text.endswith(pron) and len(text) - len(pron) >= 4:
            return pron
    return ""


REFLEXIVE = ("نفسه", "نفسها", "انفسهم", "أنفسهم", "نفسيهما", "انفسهن", "أنفسهن")


def reflexive(doc: Doc, k: int, end: int) -> bool:
    return k < end and doc.tokens[k].text in REFLEXIVE


IMPERFECT_PREFIXES = ("ي", "ت", "ن")


def after_noun_preposition(tokens: Sequence[Token], i: int) -> bool:
    """Is ``tokens[i]`` right after a preposition that governs only nouns (function words ``noun_only_prepositions``,
    as written, after «و/ف» too: «علي» may be a name)? A word spelt as a past verb there is its masdar: «في رفضها»
    (in her rejection), never «he rejected it». Round 97: so too a word that carries «لـ/بـ» itself («لقتل آلاف»: to
    kill, a masdar of purpose) and one right after a noun of condition (function words ``condition_nouns``: «في حال
    رفضه», in case of its rejection)."""
    words = tokens[i].words
    if len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in ("ل", "ب") and \
            not nkey(words[-1].norm).startswith(IMPERFECT_PREFIXES):
        return True  # (not «ليؤكد», «لتؤكد»: «لـ» + an imperfect is a verb of purpose)
    k = i - 1
    while k >= 0 and tokens[k].text in ("«", '"', "“", "("):
        k -= 1
    raw = tokens[k].text if k >= 0 else ""
    if nkey(raw) in fw("condition_nouns"):
        return True
    return raw in fw("noun_only_prepositions") or (raw[:1] in ("و", "ف") and raw[1:] in fw("noun_only_prepositions"))


RELATIVE_PRONOUNS = {nkey("التي"): "ها", nkey("الذي"): "ه", nkey("الذين"): "هم", nkey("اللتين"): "هما", nkey("اللذين"): "هما"}


def oblique_resumed(doc: Doc, rel: int, v: int) -> bool:
    """«المرة الرابعة التي تعلن فيها تركيا», «المدينة التي يسيطر عليها التنظيم»: the word right after the relative
    clause's verb at ``v`` is a preposition with a pronoun that agrees with the relative at ``rel`` (function words
    ``resumptive_prepositions``): the antecedent is what the clause is in or about, not its subject (that follows)."""
    if v + 1 >= len(doc.tokens):
        return False
    pron = RELATIVE_PRONOUNS.get(doc.tokens[rel].norm_key.removeprefix("و"))
    key = doc.tokens[v + 1].norm_key
    if pron is None or not key.endswith(pron):
        return False
    stem = key[: -len(pron)]
    return stem in fw("resumptive_prepositions")


def governed(doc: Doc, first: int) -> bool:
    """The name opening at token ``first`` is the object of a preposition («مع فلان») or of a noun with a glued
    «بـ/لـ» («بنظيره فلان»)."""
    if first == 0:
        return False
    prev = doc.tokens[first - 1].norm_key.removeprefix("و")
    return prev in fw_keys("prepositions") or (len(prev) > 4 and prev[0] in "بل" and prev[1] != "ا")


SUBJECT_OPENERS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "أنه", "أنها", "بأنه", "بأنها", "أنهم", "بأنهم"))


def open_after(doc: Doc, t: int, end: int) -> bool:
    """The verb at token ``t`` has no subject after it: a plural, or a complementizer or a preposition next (past
    an adverb); shared by ``also_subjects`` («كما أعلنت أن») and ``set_off.kana_chained`` («، ووجهت إلى»)."""
    if verb_agreement(verb_key(doc.tokens[t].text)) == "p":
        return True
    k = t + 1
    while k < end and verb_key(doc.tokens[k].text) in fw("lone_adverbs"):
        k += 1
    if k >= end:
        return False
    key = doc.tokens[k].norm_key
    return key in SUBJECT_OPENERS or key in fw_keys("prepositions")
