"""Reporting cues and what they report, for the ``quotes`` stage: the cue table (data/events/quote_cues.tsv) and
its matching on a token, negated cues and the writer's asides («يذكر أن»), direct speech in paired quote marks, and
the content a cue reports (quoted words, a «أنّ/إنّ» clause, or words after a colon).
"""

from __future__ import annotations

from collections.abc import Sequence
import re
from dataclasses import replace
from functools import lru_cache

from ..doc import Doc, Span, Token
from .explains import explains_gender
from .follow_up import follows_up
from .nested_pairs import paragraph_pairs
from .relay_reach import relay_from
from .statement_said import said_in_statement
from .talked import talked_cue
from .told_cue import told_cue
from .told_pronoun import told_pronoun_cue
from .according_source import according_source_cue
from ..events.forms import bare, fw, fw_keys, keys_of, nkey, token_candidates
from ..text.marks import CUE_ENDS as CUE_ENDS  # (re-exported: content.py reads it from here)
from .cue_table import (  # re-exported: the quote rules import these from here
    CONJ_ONLY as CONJ_ONLY, Cue as Cue, cue_index as cue_index, cue_of, word_cue as word_cue)

PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“"}
SCARE_MAX_TOKENS = 3  # «"داعش"»: a quoted name, not speech
COMPLEMENT_WINDOW = 28  # tokens from the cue to «أن/إن»
APPOSED_WINDOW = 48  # the same past a relative clause set off after the subject («قال فلان، الذي يشغل ...، إن»)
APPOSITION_OPENS = 8  # tokens from the cue to the comma that opens such a clause
PLURAL_REACH = 3  # tokens from a present plural cue («يؤكدون», «يرون») to the «أن», colon or quote mark it needs
DIRECT_WINDOW = 5  # tokens from the cue (or «إن») to an opening quote mark
QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(PAIRS) | set(PAIRS.values())))) + "]")  # all that pairs


def direct_spans(text: str) -> list[Span]:
    """Spans inside paired quote marks (the marks excluded), paired within each paragraph."""
    out: list[Span] = []
    pos = 0
    for para in text.split("\n"):  # (a quotation whose outer mark is never closed, to its end: round qu823)
        out.extend(Span(pos + a, pos + b) for a, b in paragraph_pairs(para, QUOTE_MARK, PAIRS))
        pos += len(para) + 1
    return sorted(out, key=lambda s: s.start)


def trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding blanks and punctuation, and without a quote mark it does not pair."""
    while start < end and (text[start].isspace() or text[start] in "،,:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,;؛" or (
            text[end - 1] == "(" and end - 1 > start and text[end - 2].isspace())):  # «... (حسب قوله)»: not its «(»
        end -= 1
    if end > start and text[start] in _OPENERS and not _pairs(text, start, end, text[start]):
        start += 1
    if end > start and text[end - 1] in _CLOSERS and not _pairs(text, start, end, text[end - 1]):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


_OPENERS = {'"': '"', "«": "»", "“": "”"}
_CLOSERS = {'"': '"', "»": "«", "”": "“"}


def _pairs(text: str, start: int, end: int, mark: str) -> bool:
    """Is this quote mark matched inside text[start:end]?"""
    if mark == '"':
        return text.count('"', start, end) % 2 == 0
    other = _OPENERS.get(mark) or _CLOSERS[mark]
    return text.count(other, start, end) > 0



def match_cue(doc: Doc, t: int) -> Cue | None:
    tok = doc.tokens[t]
    if len(tok.words) < 2:
        cue = word_cue(tok.norm or tok.text)
    else:
        cue = cue_of(token_candidates(tok))
    if cue is None:
        gender = explains_gender(doc, t) if "بين" in tok.text or "بيّن" in tok.text else None
        if gender is None and "تحدث" in tok.text:
            return talked_cue(doc, t)  # «وتحدث الخبير فلان بأن»: the words «بأن» opens (round qu918)
        if gender is None and "طبق" in tok.text:
            return according_source_cue(doc, t)  # «وطبقا للمصادر»: a source, never «طبقا لقرار» (round qu933)
        if gender is None and ("بلغ" in tok.text or "خبر" in tok.text):
            return told_pronoun_cue(doc, t)  # «وأبلغه بأن», «أبلغته أن»: she told him (round qu994)
        return Cue("بيّن", "verb", gender, frozenset()) if gender is not None else None  # «وبيّن الوزير أن»
        # (nearly every token: no test below applies)
    if cue is not None and cue.next and next_at(doc, t, cue) is None:
        return None
    if cue is not None and _root_waw(doc, t, cue):
        return None  # «قد وعد», «الذي وعد به»: promised, not «و» + «عدّ»
    if (cue is not None and nkey(cue.lemma) in fw("in_statement_cues") and statement_at(doc, t) is None
            and not said_in_statement(doc, t)):
        return None  # «جاء الرئيس», «جاء ذلك في كلمة»: no statement named right after «في» (nor before «فيه»:
        # «أصدر بيانا جاء فيه:», round q304)
    if cue is not None and tok.norm_key.removeprefix("و") in fw("cue_lookalikes"):
        return _opinion(doc, t, cue)  # «يكوّن رأيا», «يعطي فيها رأيه»: an opinion, not two who saw, not he who saw it
    if cue is not None and nkey(cue.lemma) == nkey("رأى") and tok.text.endswith("رأي"):
        return None  # «مقال رأي»: the noun, written with «ي» where the verb has «ى»
    if cue is not None and cue.dual and "\u064b" in tok.text:
        return _misspelt_participle(cue)  # «قالاً بأنها»: «قائلاً» written short, no verb takes the tanween
    if cue is not None and _comparative(doc, t):
        return None  # «ولا يوجد أوضح مما فعله»: clearer than, the adjective, no one explains
    if cue is not None and _in_name(doc, t):
        return None  # «ماركو فيري»: a name, not «فـ» and «يرى»
    if cue is not None and nkey(cue.lemma) in fw_keys("telling_cues") and not told_cue(doc, t):
        return told_pronoun_cue(doc, t)  # «وأخبرت عن», «أبلغ من الكلام»: no words told (round qu983); «وأبلغه
        # بأن»: he told him, the one told his pronoun (round qu994)
    if cue is not None and cue.kind == "verb" and cue.plural and tok.norm_key.lstrip("وف")[:1] == "ي" and not any(
            is_complementizer(doc, u) or doc.tokens[u].text == ":" or QUOTE_MARK.fullmatch(doc.tokens[u].text)
            for u in range(t + 1, min(len(doc.tokens), t + 1 + PLURAL_REACH))):
        return None  # «يرون فيها الركن», «إنهم يعتبرون العدالة ضرورية»: they see, they hold; no words reported
    return cue


def _comparative(doc: Doc, t: int) -> bool:
    """The cue at ``t`` is a bare «أفعل» (no conjunction) that reads as the comparative adjective: after «لا يوجد»,
    «ليس», «لا شيء» or an existential («هناك»), or before «مما» (comparative_openers, existentials,
    comparative_than): «ولا يوجد أوضح مما فعله», «ليس هناك أوضح من موقفه»."""
    word = doc.tokens[t].norm_key
    if word[:1] not in ("ا", "أ", "إ", "آ"):
        return False
    if t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in fw("comparative_than"):
        return True
    if t == 0:
        return False
    before = doc.tokens[t - 1].norm_key.removeprefix("و")
    if before in fw("existentials"):  # «وهناك أكد الوزير»: there, a place; «ليس هناك أوضح»: none clearer
        return t > 1 and doc.tokens[t - 2].norm_key.removeprefix("و") in fw("comparative_openers")
    return before in fw("comparative_openers")


def _root_waw(doc: Doc, t: int, cue: Cue) -> bool:
    """The cue at ``t`` read with «و/ف» for a conjunction right after «قد» or a relative (verb_particles,
    relatives), where no conjunction can stand: the letter is the verb's own («قد وعد», «الذي وعد به»: promised)."""
    if t == 0 or doc.tokens[t].norm_key[:1] not in ("و", "ف") or nkey(cue.lemma)[:1] in ("و", "ف"):
        return False
    before = doc.tokens[t - 1].norm_key
    return before in fw("verb_particles") or before in fw("relatives")


def statement_at(doc: Doc, t: int) -> int | None:
    """«وجاء في بيان صادر عن الوزارة أن», «وورد في التقرير أن» (in_statement_cues): the token of the statement or
    document (statement_nouns, report_nouns) right after «في» right after the verb at ``t``, whose words follow;
    None where no such noun stands there, or «ما» is the verb's subject («كما جاء في تقارير», «ما ورد في الخطاب»:
    what the report holds, a reference, no cue)."""
    if t + 2 >= len(doc.tokens) or doc.tokens[t + 1].norm_key != nkey("في"):
        return None
    if t > 0 and doc.tokens[t - 1].norm_key.endswith("ما"):
        return None
    head = doc.tokens[t + 2].norm_key.removeprefix("ال")
    return t + 2 if head in fw("statement_nouns") or head in fw("report_nouns") else None


def _misspelt_participle(cue: Cue) -> Cue | None:
    """The participle of the dual ``cue``'s verb where the table has one («قالاً»: «قائلاً»), else None: a form of
    the dual with the tanween of the accusative is a noun or an adverb, not two who spoke."""
    return next((c for c in cue_index().values() if c.kind == "participle" and c.lemma == cue.lemma
                 and c.gender == cue.gender and not c.plural), None)


_OBJECT_PREPS = frozenset(("إلى", "الى", "على"))  # a verb cue's object with no «أن» (as written: «علي» is a name)


def saying_participle(doc: Doc, t: int, cue: Cue, cues: Sequence[tuple[int, Cue]]) -> bool:
    """«وأضاف قائلا:», «ويضيف فلان قائلا «...»», «وهو ما أكده فلان بدوره، قائلا إن»: the participle «قائلا» after a
    verb cue of its sentence, with no «أن», quote mark or colon between, is part of that cue (he added, saying), not
    a cue of its own; after a verb that is no cue («وتطرق فلان إلى المسألة قائلا:») it is one."""
    if cue.kind != "participle" or nkey(cue.lemma) != nkey("قال") or not cues or cues[-1][1].kind != "verb":
        return False
    v = cues[-1][0]
    if v + 1 < t and doc.tokens[v + 1].text in _OBJECT_PREPS and not any(
            m.start <= doc.tokens[v + 1].start < m.end for m in doc.mentions) and any(
            doc.tokens[u].text in ("،", ",") for u in range(v + 2, t)):
        return False  # round q314: «ونوه إلى دعم جهود المبعوث ...، قائلا إن»: a noun he stressed, then his words
    return not any(is_complementizer(doc, u) or QUOTE_MARK.fullmatch(doc.tokens[u].text)
                   or doc.tokens[u].text == ":" for u in range(cues[-1][0] + 1, t))


def _opinion(doc: Doc, t: int, cue: Cue) -> Cue | None:
    """«وحسب رأيه، فإن ...», «وفي رأيها أن ...»: «in his (her, their) opinion» (opinion_openers before the noun with
    its pronoun, «أن/إن» right after it, a comma between or none) states what the one the pronoun refers to holds, a
    cue of «رأى» agreeing with the pronoun; None for any other use of the noun («يعطي فيها رأيه», «مقال رأي»)."""
    pronoun = next((nkey(w.norm) for w in doc.tokens[t].words if w.kind == "enclitic"), "")
    if pronoun not in ("ه", "ها", "هم") or t == 0 or t + 2 >= len(doc.tokens):
        return None
    if bare(doc.tokens[t - 1].norm_key, "opinion_openers") not in fw("opinion_openers"):
        return None
    u = t + 2 if doc.tokens[t + 1].text in ("،", ",") else t + 1
    if not is_complementizer(doc, u):
        return None
    return replace(cue, gender="f" if pronoun == "ها" else "m", plural=pronoun == "هم", dual=False, next=frozenset())


def _in_name(doc: Doc, t: int) -> bool:
    """The token at ``t`` is (part of) a person's name the entity layer marked («ماركو فيري», «وأضاف فيري»), with no
    «و» on it and no «أما» before it («أما أوباما فيرى»: the entity layer took the verb into the name)."""
    tok = doc.tokens[t]
    if tok.norm_key[:1] == "و" or not any(e.type == "PERSON" and any(
            m.start <= tok.start < m.end for m in e.mentions) for e in doc.entities):
        return False
    return not any(doc.tokens[u].norm_key.removeprefix("و") == "اما" for u in range(max(0, t - 5), t))


NEXT_WORDS = 4  # words from a cue to the word it needs after its subject («ونقلت وسائل إعلام محلية عن»)


def next_at(doc: Doc, t: int, cue: Cue) -> int | None:
    """Where the word a cue needs follows it («نقلت الوكالة عن ...»: «عن» within NEXT_WORDS words, commas not
    counted, nor quotation marks: «نقلت، أمس، عن», «ونقلت وسائل إعلام محلية عن», «نقل «مكتب أخبار سوريا» عن»)."""
    words = 0
    for u in range(t + 1, len(doc.tokens)):
        if doc.tokens[u].text in ("،", ",") or QUOTE_MARK.fullmatch(doc.tokens[u].text):
            continue
        words += 1
        if words > NEXT_WORDS:  # «نقلت شبكة تلفزيون «...» الإخبارية الهندية عن فلان قوله»: a relay's longer subject
            return relay_from(doc, u, cue.next, words) if "عن" in cue.next else None
        if keys_of(doc.tokens[u]) & cue.next:
            return u
    return None


def said_after(doc: Doc, u: int, limit: int, direct: list[Span]) -> bool:
    """Does a statement still follow the «عن» at ``u``: «عن أن», «عن «وصول تهديدات»» (quoted words), or a
    comma and «أن» after the phrase («كشف نائب عن الاتحاد الإسلامي في البرلمان، أن»: «عن» was the subject's)?"""
    if u + 1 >= limit:
        return False
    nxt = doc.tokens[u + 1]
    if is_complementizer(doc, u + 1) or any(d.start - 1 == nxt.start for d in direct):
        return True
    return any(doc.tokens[v].text in ("،", ",") and is_complementizer(doc, v + 1) for v in range(u + 2, limit - 1))


def negated(doc: Doc, t: int) -> bool:
    """The verb at ``t`` right after «لم / لن / لا» (with «و/ف»): «ولم تذكر الوزارة أن ...» reports no statement
    («ما» is left out: «كما قال», «وفق ما قال» report one)."""
    if t == 0:
        return False
    k = doc.tokens[t - 1].norm_key
    k = bare(k, "negations")
    return k in fw("negations") and k not in ("ما", "لما")


def verbal_noun(doc: Doc, t: int) -> bool:
    """«طلب عدم ذكر اسمه», «تحفظ عن ذكر اسمه»: a verb cue's past form with no «و» right after «عدم/دون»
    (verbal_noun_heads) or a preposition (not «حتى»: «حتى قال»; «من» as ``_from_noun`` reads it, not «هناك من يرى»)
    is the verbal noun (the naming), no one saying something."""
    if t == 0 or doc.tokens[t].norm_key[:1] in ("و", "ف") or any(w.kind == "enclitic" for w in doc.tokens[t].words):
        return False  # («وفي رأيها أن»: her opinion, a cue of its own)
    k = doc.tokens[t - 1].norm_key.removeprefix("و")
    if k == "من":
        return _from_noun(doc, t)
    return k in fw("verbal_noun_heads") or (k in fw("prepositions") and k not in ("من", "حتى"))


def _from_noun(doc: Doc, t: int) -> bool:
    """«تخوف المؤسسة من كشف تعرض المتهمين للتعذيب»: the cue's past form right after «من» that follows a word of the
    clause (not a comma, nor «هناك/ثمة» or «منهم»: «هناك من كشف أن», who revealed), with no «أن/إن», colon or quote
    mark after it, is the verbal noun governed by the preposition."""
    if t < 2 or t + 1 >= len(doc.tokens):
        return False
    before = doc.tokens[t - 2]
    head = before.norm_key.removeprefix("و")
    if before.text in CUE_ENDS or before.text in ("،", ",") or head in fw("existentials") or head.startswith("من"):
        return False
    nxt = doc.tokens[t + 1]
    return not (is_complementizer(doc, t + 1) or nxt.text == ":" or QUOTE_MARK.fullmatch(nxt.text) is not None)


def impersonal(doc: Doc, t: int) -> bool:
    """«ويُذكر أن ...» (it is worth noting that): a passive with «أن» right after it, the writer's aside, no quote
    («يذكر المسؤول أن» has a subject between)."""
    if doc.tokens[t].norm_key.removeprefix("و") not in fw("impersonal_cues"):
        return False
    return t + 1 < len(doc.tokens) and is_complementizer(doc, t + 1)


SUPPOSED_REACH = 6  # tokens from a verb back to the «أن تكون» whose clause it is in
_SUPPOSING = frozenset(("ان", "بان", "وان"))


def supposed(doc: Doc, t: int) -> bool:
    """«نفى مصدر ...، أن تكون القوات الكردية نقلت معلومة», «تتخوف ... من أن تكون طهران قد اعتبرت أن»: a verb in the
    clause of «أن تكون/أن يكون» (within SUPPOSED_REACH tokens, no punctuation between) is what was denied or feared,
    no new cue."""
    for u in range(t - 1, max(0, t - SUPPOSED_REACH) - 1, -1):
        text = doc.tokens[u].text
        if text in CUE_ENDS or text in ("،", ","):
            return False
        if nkey(text) in ("تكون", "يكون") and u > 0 and doc.tokens[u - 1].norm_key in _SUPPOSING:
            return True
    return False


def adjective(doc: Doc, t: int, cue: Cue) -> bool:
    """«بطريقة لافتة لدى ...»: a feminine participle right after an indefinite feminine noun agrees with it, an
    adjective, unless what a cue introduces follows («لافتة إلى أن», «مؤكدة أن», a quote or a colon); any participle
    after «غير» or a verb of being (participle_predicators: «غير معلنة», «لم تعد معلنة») too. Also «ضابط
    تابع للرئيس»: a word of affiliation with no «و» after a word and before «لـ» (affiliated to, not continued)."""
    if 0 < t < len(doc.tokens) - 1 and doc.tokens[t].norm_key in fw("affiliations") and any(
            w.kind == "proclitic" and nkey(w.norm) == "ل" for w in doc.tokens[t + 1].words):
        return not QUOTE_MARK.fullmatch(doc.tokens[t - 1].text) and doc.tokens[t - 1].text not in ("،", ",", ".", ":")
    if cue.kind == "participle" and t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in fw(
            "participle_predicators"):
        return True  # «زيارة غير معلنة», «لم تعد معلنة»: said of a thing, a predicate, no one announcing
    if cue.kind != "participle" or cue.gender != "f" or t == 0 or t + 1 >= len(doc.tokens):
        return False
    stems = [w for w in doc.tokens[t - 1].words if w.kind == "stem"]
    if len(stems) != 1 or not nkey(stems[0].norm).endswith("ه") or nkey(stems[0].norm).startswith("ال"):
        return False
    nxt = doc.tokens[t + 1]
    return not (nxt.norm_key in ("الي", "علي") or is_complementizer(doc, t + 1)
                or QUOTE_MARK.fullmatch(nxt.text) or nxt.text == ":")


def followed(doc: Doc, t: int, cue: Cue) -> bool:
    """«وتابع الجلسات التي انطلقت»: a verb that also takes an object (object_reading_cues: «تابع», followed) with a
    definite noun right after it that is no name, title or source, or a thing followed up (follow_up: «يتابع شؤون
    الحركة», «يتابع تفاصيل»): the object, no one speaking. Any verb cue with an opinion right after it («قال رأيه في»:
    opinion_nouns), or «في نفسه» (reflexive_selves: «رأى في نفسه أنه»), has it for its object: no words said."""
    if cue.kind == "verb" and t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in fw("opinion_nouns"):
        return True
    if cue.kind == "verb" and _in_himself(doc, t):
        return True  # «رأى في نفسه أنه», «ورأى اللاعب في نفسه أنه»: what he thought of himself, not said
    if nkey(cue.lemma) not in fw("object_reading_cues") or cue.kind != "verb" or t + 1 >= len(doc.tokens):
        return False
    k = doc.tokens[t + 1].norm_key
    if follows_up(doc, t):
        return True  # «يتابع شؤون الحركة», «تتابع أطراف ... انتقاداتها»: he follows them up, no one speaks (qu624)
    if not k.startswith("ال") or k[2:] in fw("titles") or k in fw("titles") or source_word(doc.tokens[t + 1]):
        return False
    if k.endswith(("ان", "ون")):
        return False  # «وتابع المسؤولان»: a dual or plural of people, the subject
    at = doc.tokens[t + 1].start
    return not any(m.start <= at < m.end for e in doc.entities for m in e.mentions)


SELF_REACH = 4  # tokens after a verb cue to the «في نفسه» that makes it a thought of oneself


def _in_himself(doc: Doc, t: int) -> bool:
    """«في نفسه» (reflexive_selves) within SELF_REACH tokens after the cue at ``t``, before any «أن/إن»."""
    for u in range(t + 1, min(len(doc.tokens) - 1, t + 1 + SELF_REACH)):
        if is_complementizer(doc, u) or doc.tokens[u].text in CUE_ENDS or QUOTE_MARK.fullmatch(doc.tokens[u].text):
            return False
        if doc.tokens[u].norm_key == nkey("في") and doc.tokens[u + 1].norm_key in fw("reflexive_selves"):
            return True
    return False


def object_relative(doc: Doc, t: int) -> bool:
    """«الشروط التي أعلنها», «التشبيه الذي ذكره»: a verb cue with the pronoun of its object right after a relative
    (not «ما»: «ما أعلنه المتمردون عن أن» reports what was said): a thing announced or mentioned, no statement; so is
    a cue after «كل ما/جميع ما» («كل ما أعلن رسميا كان ...:»: all that was said, referred to, no new statement)."""
    if t >= 2 and doc.tokens[t - 1].norm_key == "ما" and doc.tokens[t - 2].norm_key in fw("any_all_words"):
        return True
    if t == 0 or not any(w.kind == "enclitic" for w in doc.tokens[t].words):
        return False
    return doc.tokens[t - 1].norm_key.removeprefix("و") in fw("relatives")


def is_complementizer(doc: Doc, t: int) -> bool:
    """«أن/إن» and its forms («إنها», «بأنه»); not a masdar the key folds onto one («إنهاء»: ending)."""
    text = doc.tokens[t].text
    return _complementizer_word(text) and not (doc.tokens[t].norm_key == nkey("إن") and _in_acronym(doc, t))


@lru_cache(maxsize=1 << 14)
def _complementizer_word(text: str) -> bool:
    """The word part of ``is_complementizer``, which depends on the token's text alone."""
    return bare(nkey(text), "complementizers") in fw("complementizers") and not text.endswith("ء")


@lru_cache(maxsize=1)
def _acronym_letters() -> frozenset[str]:
    """Every word of the acronyms spelt out in letter names (letter_acronyms)."""
    return frozenset(w for phrase in fw("letter_acronyms") for w in phrase.split(" "))


def _in_acronym(doc: Doc, t: int) -> bool:
    """«سي إن إن», «إن بي سي»: the token at ``t`` is a letter of an acronym spelt out in letter names
    (letter_acronyms; its first word with «لـ/و/بـ»: «لسي إن إن»), a name and no complementizer."""
    key = doc.tokens[t].norm_key
    letters = _acronym_letters()
    if not any(0 <= u < len(doc.tokens) and ((n := doc.tokens[u].norm_key) in letters or n[1:] in letters)
               for u in (t - 1, t + 1)):
        return False  # no letter name beside it (the usual «إن»): no acronym to look for
    for phrase in fw("letter_acronyms"):
        words = phrase.split(" ")
        for a in (t - n for n, w in enumerate(words) if w == key):
            if a < 0 or a + len(words) > len(doc.tokens):
                continue
            keys = [doc.tokens[u].norm_key for u in range(a, a + len(words))]
            if keys[0] != words[0] and keys[0][:1] in ("ل", "و", "ب") and keys[0][1:] == words[0]:
                keys[0] = words[0]
            if keys == words:
                return True
    return False



def by_source(doc: Doc, t: int) -> bool:
    """«وفقا لوكالة إيلنا», «بحسب أنقرة», «بحسب مصادر عسكرية», «وفق ما قال مسؤول», «بحسب قوله»: «according to» a
    source — a name within three words, a source or report word (source_heads, report_nouns, according_sources), or
    «ما» and a reporting verb; not «in accordance with» a rule or a need (according_not_speakers: «وفق قرارات مجلس
    الأمن»; «وفقا للمميزات الشخصية», «بحسب ما تقتضيه المصلحة»)."""
    u = t + 1
    while u < len(doc.tokens) and (doc.tokens[u].norm_key == "ل" or QUOTE_MARK.fullmatch(doc.tokens[u].text)):
        u += 1  # «لـ«الشرق الأوسط»», «وفق "واشنطن بوست"»
    if u >= len(doc.tokens):
        return False
    k = doc.tokens[u].norm_key
    if k in ("ما", "لما") or doc.tokens[t].norm_key.endswith("ما"):  # «وفق ما قال», «حسبما أفاد»
        v = u + 1 if k in ("ما", "لما") else u
        if v < len(doc.tokens) and doc.tokens[v].norm_key in fw("impersonal_reports"):
            return True  # «بحسب ما قيل»: a report, no one named
        if v < len(doc.tokens) and doc.tokens[v].norm_key in fw("according_verbs"):
            return True  # «حسب ما عبر عنه», «بحسب ما وصفه»: as he put it
        cue = cue_of(token_candidates(doc.tokens[v])) if v < len(doc.tokens) else None
        if cue is not None and nkey(cue.lemma) == nkey("رأى") and doc.tokens[v].norm_key.endswith(("اه", "ونه")):
            return False  # «وفق ما يراه مناسبا»: as he sees fit, no one's words
        return cue is not None and cue.kind == "verb"
    rest = k[1:] if k[:1] == "ل" and len(k) > 3 else k
    if {k, rest, "ا" + rest} & fw("according_not_speakers"):
        return False
    span = [v for v in range(u, min(len(doc.tokens), u + 3)) if doc.tokens[v].text not in ("،", ",", ".")]
    span = span[: next((n for n, v in enumerate(span) if v != u + n), len(span))]  # to the first comma
    end = doc.tokens[span[-1]].end
    if rest in fw("titles") or k in fw("titles"):
        return True  # «وفق قائد القوات فلان»: a man by his title, named or not by the entity layer
    return any(source_word(doc.tokens[v]) for v in span) or any(  # «بحسب آخر حصيلة», «بحسب عدد من المصادر»
        m.start < end and doc.tokens[u].start < m.end for e in doc.entities for m in e.mentions)


@lru_cache(maxsize=1)
def source_words() -> frozenset[str]:
    return frozenset(nkey(w).removeprefix("ال") for k in ("source_heads", "report_nouns", "according_sources")
                     for w in fw(k))  # fmt: skip


def source_word(tok: Token) -> bool:
    """A source or report word («وكالة», «مصادر», «بيان», «قوله»; after «لـ» too), by any reading of the token."""
    return any(k.removeprefix("ل").removeprefix("ال") in source_words() for k in keys_of(tok))
