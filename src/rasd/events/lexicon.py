"""Trigger matching: the entry of the reviewed trigger lexicon (read and indexed in :mod:`.trigger_table`) that a word
reads as in its context, and the :class:`Hit` it makes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from ..doc import Token
from ..memo import remember
from ..text.normalize import has_tanween
from .charge_objects import CHARGE_ENTRY, charge_object
from .forms import Cand, bare, fw, fw_keys, light_verb_before, nkey, possessed_noun, token_candidates
from .joint_meetings import counterpart_subject, dual_subject, joint_subject
from .judicial_acts import DETAIN_ENTRY, SENTENCE_ENTRY, detained, penalty_verdict
from .lexicon_senses import sense_fits
from .court_acts import court_gate
from .owned_masdars import owned_masdar
from .relative_asides import past_relative_aside
from .relative_signing import relative_signed
from .retreats import RETREAT_ENTRY, told_retreat
from .told_strikes import STRIKE_TOLD, told_strike
# re-exported: the rules import the table's entries and lookups, and the dedup its act comparisons, from here
from .repeats import VERBAL_CODES as VERBAL_CODES, apart_targets as apart_targets, same_act as same_act
from .trigger_table import Entry as Entry, lexicon as lexicon, past_keys as past_keys, plover_of as plover_of
from .word_tests import clause_break, has_letters

NEAR_WINDOW = 12
CLOSE_WINDOW = 3  # words from a ``close`` trigger to its «near» word («جولة ثانية من محادثات»)
ACT_WINDOW = 4  # words from an ``act`` trigger to its «لـ» + masdar complement («الدعوة السعودية لوقف»)


@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """A matched trigger: tokens ``i``..``j`` (inclusive) of the token list it was found in."""

    i: int
    j: int
    entry: Entry
    pos: str  # "V" verb, "N" noun
    cand: Cand
    owned: bool  # round mn1015: a past verb's spelling read as the masdar with its possessive (events.owned_masdars)

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, i: int, j: int, entry: Entry, pos: str, cand: Cand, owned: bool = False) -> None:
        self.i = i
        self.j = j
        self.entry = entry
        self.pos = pos
        self.cand = cand
        self.owned = owned


def _agent_pattern(key: str) -> bool:
    """«طالب», «هاجم»: a فاعل stem, also the active participle that acts as a verb in the accusative of state
    («لجأ إلى صنعاء طالبًا الوحدة»)."""
    return len(key) == 4 and key[1] == "ا"


def _clitics_fit(pos: str, cand: Cand) -> bool:
    if pos == "V":
        return "ال" not in cand.proclitics and not (set(cand.proclitics) & {"ب", "ك"})
    return "س" not in cand.proclitics


def _is_break(tok: Token) -> bool:
    return clause_break(tok.text) or clause_break(tok.norm)


def _after_inna(tokens: Sequence[Token], i: int) -> bool:
    """Is the word right after «إنّ/لأنّ» or «أما» (past an opening quote mark; ev1010: «أما قصف «داعش»»)? Those
    take a noun, not a verb. The hamza is read as written: «أن» (folded alike) takes a verb («أن يلتقي»)."""
    k = i - 1
    while k >= 0 and tokens[k].text in ("«", '"', "“", "("):
        k -= 1
    t = tokens[k].text.lstrip("وف") if k >= 0 else ""
    return (t[:1] in ("إ", "ل") and nkey(t) in fw("noun_openers")) or (t[:1] == "أ" and nkey(t) in fw("amma_openers"))


FORCE_OBJECT_WINDOW = 4  # words from «شن/نفذ/أجرى» to the act it takes as object (its subject between)


def _after_force_light_verb(tokens: Sequence[Token], i: int) -> bool:
    """Is a light verb of force («شن، نفذ، أجرى») within a few words before ``tokens[i]`` in its clause? Its
    object is a noun in the accusative: «وشنت الطائرات قصفا», not the dual verb «قصفا»."""
    return light_verb_before(tokens, i, 0, FORCE_OBJECT_WINDOW, _no_letters) is not None


def _no_letters(text: str) -> bool:
    return not has_letters(text)


PARTICIPLE_SPELT = frozenset({"attack_masdar", "raid_place"})  # masdars written as their participle: indefinite only
PASSIVE_SPELT = frozenset({"besiege_masdar"})  # ev832: a masdar spelt as the passive participle: with its object only
PENALTIES = frozenset({"execute"})  # a noun that also names a penalty: indefinite, and after no word of sentencing


def _participle(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Whether the bare «محاصرة» at ``tokens[i]`` is the passive participle (besieged): no pronoun on it and no
    object right after it, a preposition, a mark or the end there («محاصرة من كل الجهات», «صارت محاصرة لهذا»);
    the masdar governs its object («محاصرة العدو», «محاصرته القوات»)."""
    if cand.enclitic or not cand.key.endswith(("ة", "ه")) or any(w.kind == "enclitic" for w in tokens[i].words):
        return False
    if i + 1 >= len(tokens) or "ال" in cand.proclitics:
        return True  # «المدن المحاصرة»
    nxt = tokens[i + 1]
    if nxt.norm_key.removeprefix("ال") in fw_keys("not_besieged"):
        return True  # (a figure: «محاصرة خطوات الإرهابيين», «محاصرة الفكر المتطرف»: no siege)
    return not has_letters(nxt.text) or nxt.words[0].norm in fw("prepositions") \
        or nxt.words[0].norm in ("ل", "لل")


def match_token(tokens: Sequence[Token], i: int) -> Hit | None:
    """The lexicon entry triggered at ``tokens[i]``, if any (the first reading found in the lexicon decides)."""
    tok = tokens[i]
    if len(tok.words) < 2 and not word_in_lexicon(tok.norm or tok.text):
        return None  # (nearly every token: no reading of the word is a key of the lexicon)
    index = lexicon()
    for cand in token_candidates(tokens[i]):
        options = index.get(cand.key)
        if not options:
            continue
        accusative = False  # a dual verb's reading refused for the accusative noun: the next candidate decides
        for entry, pos in options:
            if not _clitics_fit(pos, cand) or (pos == "V" and (tokens[i].text.endswith("ة")
                                                               or cand.key in fw("not_verb_forms"))):
                continue  # «عذبا» (sweet, accusative) is no dual of «عذب» (torture)
            if pos == "V" and possessed_noun(tokens[i], cand):
                continue  # «وزارته»: his ministry, a noun with its possessive, no «و» + «زارته»
            if pos == "V" and has_tanween(tokens[i].text) and not _agent_pattern(cand.key):
                accusative = True  # «أكثر ترددًا», «قصفًا جويًا»: a written tanween, a noun; the noun reading decides
                continue
            if pos == "V" and any(w.kind == "enclitic" for w in tokens[i].words) and _nisba_after(tokens, i):
                continue  # «التحالف وقصفه الجوي»: a noun with its possessive and its adjective, no verb and object
            if pos == "V" and not cand.proclitics and tokens[i].norm_key.endswith("ا") and _after_force_light_verb(
                    tokens, i):
                accusative = True  # «وشنت الطائرات قصفا»: the light verb's accusative object, no dual verb
                continue
            if pos == "V" and cand.key[:1] in ("ي", "ت") and i > 0 and tokens[i - 1].norm_key in fw("noun_prepositions"):
                continue  # round 216: «متشددا في تدينه»: after a preposition a noun (religiosity), no present verb
            if pos == "V" and _after_inna(tokens, i):
                continue  # «إن «قتل عناصر الحوثي جاء»: «إنّ» opens a noun phrase, the masdar's (its genitive the victim)
            if pos == "V" and cand.key.startswith("وعد") and _considered(tokens, i):
                return None  # «وعدّ الباحث أن»: «و» + عدّ (he considered), no promise
            if pos == "V" and not cand.proclitics and _counted(tokens, i):
                continue  # «نحو 700 طالب», «علي بن أبي طالب»: a counted noun or a name, no verb
            if pos == "N" and entry.id in PARTICIPLE_SPELT | PENALTIES and "ال" in cand.proclitics:
                continue  # «القوات المهاجمة»: the definite word is the participle, an adjective, no act
            if pos == "N" and entry.id in PASSIVE_SPELT and _participle(tokens, i, cand):
                continue  # «وكانت القاعدة محاصرة من قبل المقاومة»: besieged, an adjective, no act
            if pos == "N" and entry.id in PENALTIES and _penalty(tokens, i, cand):
                continue  # «عقوبة الإعدام», «حكم إعدام», «الحكم بإعدامه»: the penalty, none carried out
            if entry.id == DETAIN_ENTRY and not detained(tokens, i, cand):
                continue  # round ev940: «قيد التوقيف», «مذكرة توقيف بحق»: custody or a warrant, no arrest told
            if entry.id == STRIKE_TOLD and not told_strike(tokens, i, cand):
                continue  # round ev934: «الضربات» tells strikes only with its doer's adjective or «على/ضد» after it
            if entry.id == RETREAT_ENTRY and not told_retreat(tokens, i, cand, pos):
                continue  # round ev1012: «خطة تتضمن انسحاب الحوثيين»: a withdrawal planned, none told (events.retreats)
            if not sense_fits(entry.id, tokens, i, cand, pos):
                continue  # round ev1019: «لتحرير المدينة» (aimed at), «هنا» (here, no «هنأ»), «حذر من عواقب» (undirected)
            if entry.means and pos == "N" and not _threatens(tokens, i):
                continue  # «مواجهة التهديدات الإرهابية»: a threat named, no threat made
            start, reading = i, cand
            if entry.heads:
                head = _head(tokens, i, cand, entry.heads)
                if head is None:
                    continue
                start, reading = head
            j = i
            if entry.next:
                if i + 1 >= len(tokens) or not (_keys(tokens[i + 1]) & entry.next):
                    continue
                j = i + 1
            if entry.act and not _act_after(tokens, j + 1):
                continue
            if entry.near and not (
                _near(tokens, j + 1, entry.near, CLOSE_WINDOW if entry.close else NEAR_WINDOW)
                or (entry.around and _near_before(tokens, i - 1, entry.near))
                or (entry.addressee and _near(tokens, past_relative_aside(tokens, j + 1), entry.near, CLOSE_WINDOW))
                or (pos == "V" and relative_signed(tokens, i, cand, entry.code))  # ev731: «الاتفاقية التي وقعتها»
                or (pos == "N" and not cand.proclitics and entry.code.startswith("04") and joint_subject(tokens, i))
                or (entry.code.startswith("04") and (counterpart_subject(tokens, j) or dual_subject(tokens, j)))  # round 280, ev618
                or (pos == "V" and entry.code.startswith("04") and _dual_past(tokens[i], cand, entry)
                    and _met_before(tokens, i))  # round 280: «وبحثا»
            ):
                continue
            if entry.id == "stress_on_vso" and _near(tokens, j + 1, fw("tightened_things")):
                continue  # round ev712: «شددت إسرائيل الحصار على غزة»: a thing tightened, no statement
            if entry.id == SENTENCE_ENTRY and not penalty_verdict(tokens, j + 1):
                continue  # round ev940: «أصدرت حكما ببراءته», «أصدر بيانا»: no prison or death sentence passed
            if not court_gate(entry.id, tokens, i, j):
                continue  # round ev970, mn979: «يمثل الحزب» (represents), «أصدرت حكما»: no court act (events.court_acts)
            if entry.id == CHARGE_ENTRY and not charge_object(tokens, j + 1):
                continue  # round ev430: «وجه الرئيس انتقادات للحكومة التي اعتقلت صحافيين بتهمة»: no charge levelled
            owned = pos == "V" and owned_masdar(tokens, i, cand, entry.code)  # ev996
            return Hit(start, j, entry, "N" if owned else pos, reading, owned)
        if not accusative:
            return None
    return None


_IN_LEXICON: Final[dict[str, bool]] = {}  # word_in_lexicon's answers (:mod:`rasd.memo`)


def word_in_lexicon(norm: str) -> bool:
    """Whether a reading of a token of one word (``token_candidates``: they depend on its ``norm`` alone) is a key of
    the lexicon; cached across documents."""
    got = _IN_LEXICON.get(norm)
    if got is None:
        index = lexicon()
        got = any(index.get(c.key) for c in token_candidates(Token(0, len(norm), norm, norm, [])))
        remember(_IN_LEXICON, norm, got, 65536)
    return got


def _nisba_after(tokens: Sequence[Token], i: int) -> bool:
    """Is the word after ``tokens[i]`` a definite masculine nisba («الجوي», «المدفعي»), which agrees with a noun
    made definite by its pronoun, and is no verb's subject? Not a feminine word in «ـية», mostly a noun
    («الجمعية»), nor an agent noun or a plural in «ـاعي/ـالي» («القاضي», «الأهالي»)."""
    if i + 1 >= len(tokens):
        return False
    n = tokens[i + 1].norm_key
    return n.startswith("ال") and len(n) >= 5 and n.endswith("ي") and n[-3] != "ا"


def _penalty(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Does the noun at ``tokens[i]`` name a penalty or an order, no act carried out? After a word of sentencing
    or ordering (function words ``penalty_words``: «حكم إعدام»), or with «بـ» on it after such a word in its clause
    («قضت المحكمة غيابيا بإعدامه», «أصدر تعليمات بإعدام كل من»)."""
    reach = NEAR_WINDOW if "ب" in cand.proclitics else 1
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if _is_break(tokens[k]):
            return False
        key = bare(tokens[k].norm_key, "penalty_words")
        if key in fw("penalty_words") or key[:1] in ("ب", "ل") and key[1:] in fw("penalty_words"):
            return True  # (with its preposition: «بحظر إعدام»)
    return False


def _counted(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]``, a word without a plural ending, follows a number that counts it («2500 طالب», «آلاف
    طالب») or a kinship word of a name («أبي طالب»): a noun stands there, not a verb (a counted subject before its
    verb would make it plural, «عشرات طالبوا»). A year («في 2014 قتل») and «واحد» after its noun («شهر واحد اغتيل»)
    do not count."""
    if i == 0 or tokens[i].text.endswith(("وا", "ون")):
        return False
    prev = tokens[i - 1].text
    if prev.isdigit():
        return not (len(prev) == 4 and prev[:2] in ("19", "20"))
    key = nkey(prev)
    return key in fw("name_links") or key in fw("numerals") and key not in fw("not_counting")


def _threatens(tokens: Sequence[Token], i: int) -> bool:
    """Whether the threat noun at ``tokens[i]`` is an act: it carries an object pronoun («وتهديدهم») or «بـ» + what
    it threatens with opens one of the ``ACT_WINDOW`` words after it, in its clause («تهديد التنظيم بقتل»)."""
    if any(w.kind == "enclitic" for w in tokens[i].words):
        return True
    for k in range(i + 1, min(len(tokens), i + 1 + ACT_WINDOW)):
        if _is_break(tokens[k]):
            return False
        first = token_candidates(tokens[k])[0]
        if first.proclitics[-1:] == ("ب",) and nkey(tokens[k].text.removeprefix("و")) not in fw("not_means"):
            return True
    return False


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    """Event nouns of the lexicon and the heads its entries complement («وقف»): acts an appeal may ask for."""
    index = lexicon()
    nouns = {form for form, options in index.items() if any(pos == "N" for _, pos in options)}
    return frozenset(nouns | {h for options in index.values() for e, _ in options for h in e.heads})


def masdar(key: str) -> bool:
    """A verbal noun by its pattern (folded, indefinite): إفعال/افتعال/انفعال/استفعال («انسحاب», «اجرا» of
    «إجراء»), تفعيل («تشكيل»), مفاعلة («مساعده»), or an event noun of the lexicon («وقف»)."""
    if key in _act_nouns():
        return True
    if len(key) >= 5 and key[0] == "ا" and key[-2] == "ا" or len(key) == 4 and key[0] == "ا" and key[-1] == "ا":
        return True
    if len(key) == 5 and key[0] == "ت" and key[-2] == "ي":
        return True
    return len(key) >= 5 and key[0] == "م" and key.endswith("ه")


def _act_after(tokens: Sequence[Token], start: int) -> bool:
    """Whether «لـ» + a masdar opens one of the ``ACT_WINDOW`` words from ``start``, in the clause («دعوته لوقف
    إطلاق النار», «الدعوة الفرنسية لإجراء انتخابات»); «للرئيس» (a definite noun) is an addressee, not an act."""
    for k in range(start, min(len(tokens), start + ACT_WINDOW)):
        if _is_break(tokens[k]):
            return False
        if any(c.proclitics == ("ل",) and masdar(c.key) for c in token_candidates(tokens[k])):
            return True
    return False


def _head(tokens: Sequence[Token], i: int, cand: Cand, heads: frozenset[str]) -> tuple[int, Cand] | None:
    """The head noun that a ``head:`` trigger complements, right before it («وقف إطلاق النار») or, where the
    trigger takes «لـ», past the head's adjective («وقف لإطلاق النار», «الوقف الفوري لإطلاق النار», «وقفا أحاديا
    لإطلاق النار»): its index and its reading (its clitics are the event noun's: «بوقف», «إلى وقف»)."""
    gaps = (1, 2) if "ل" in cand.proclitics else (1,)
    for gap in gaps:
        k = i - gap
        if k < 0 or any(_is_break(tokens[u]) for u in range(k, i)):
            return None
        for c in token_candidates(tokens[k]):
            if c.key in heads and "س" not in c.proclitics:
                return k, c
    return None


def _considered(tokens: Sequence[Token], i: int) -> bool:
    """Is «وعد» at ``tokens[i]`` «و» + «عدّ» (to consider)? Its shadda says so («وعدّ»), as does a bare «أن»
    after its subject («وعد الطريري أن موقف …»), where a promise takes «بأن», «بـ» or «ل»."""
    if "\u0651" in tokens[i].text:
        return True
    after = tokens[i + 1 : i + 5]
    if after and after[0].norm_key in ("الى", "إلى", "الي"):
        return True  # «وعدت إلى مقعدي»: «و» + «عدت» (I went back)
    for tok in after:
        k = tok.norm_key
        if k in ("ان", "انه", "انها"):
            return True
        if _is_break(tok):
            break
        if k[:1] in ("ب", "ل") and len(k) > 2:
            return False
    # «وعدتها تصريحات تغذي التطرف»: an object pronoun and an indefinite predicate, no «بـ/لـ» of what is promised
    first = next((t for t in after if t.text not in ("«", '"', "“")), None)
    return any(w.kind == "enclitic" for w in tokens[i].words) and first is not None \
        and not first.norm_key.startswith("ال")


def plural_verb(hit: Hit) -> bool:
    """Whether a verb trigger is in a plural form («طالبوا», «يتفقون», «يدعون»): its reading less «وا»/«ون»
    is a form of the same entry (so «يعاون», whose «ون» is the root's, is not)."""
    key = hit.cand.key
    if hit.pos != "V" or not key.endswith(("وا", "ون")):
        return False
    rest = key[:-2]
    index = lexicon()
    return any(e.id == hit.entry.id and pos == "V" for f in (rest, rest + "و", rest + "ا", rest + "ي")
               for e, pos in index.get(f, ()))


def _dual_past(tok: Token, cand: Cand, entry: Entry) -> bool:
    """Round 280: «وبحثا العلاقات»: the reading ``cand`` is «و/ف» + the perfect of ``entry`` with the dual's «ا», a verb of
    two doers that talk with each other, so a talks verb that asks for «مع» needs none (``side_pairs`` gives it the
    two sides of the meeting told before)."""
    if cand.enclitic or not cand.key.endswith("ا") or cand.proclitics[:1] not in (("و",), ("ف",)):
        return False  # (with its «و/ف»: «بحثا عن حياة أفضل» is a masdar, in search of)
    return any(e.id == entry.id and pos == "V" for e, pos in lexicon().get(cand.key[:-1], ()))


def _met_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a meeting trigger (CAMEO 04) is read before token ``i`` in ``tokens`` (the sentence's): the two a dual
    talks verb needs («التقى فلان فلانا ...، وبحثا»; not «وبحثا في الأرشيف», searching)."""
    return any((h := match_token(tokens, k)) is not None and h.entry.code.startswith("04") for k in range(i))


def _keys(tok: Token) -> set[str]:
    return {c.key for c in token_candidates(tok)} | {tok.norm_key}


def _crowd(tokens: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    """Whether ``tokens[k]`` is one of the «near» ``words`` and not a count of things: «مئات السيارات» (cars
    bunching up) is no crowd, «مئات المتظاهرين» is."""
    if not _keys(tokens[k]) & words:
        return False
    return k + 1 >= len(tokens) or not _keys(tokens[k + 1]) & fw("not_crowds")


def _near(tokens: Sequence[Token], start: int, words: frozenset[str], window: int = NEAR_WINDOW) -> bool:
    for k in range(start, min(len(tokens), start + window)):
        if _is_break(tokens[k]):
            return False
        if _crowd(tokens, k, words):
            return True
    return False


def _near_before(tokens: Sequence[Token], end: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` is among the ``NEAR_WINDOW`` tokens ending at ``end``, in the same clause."""
    for k in range(end, max(-1, end - NEAR_WINDOW), -1):
        if _is_break(tokens[k]):
            return False
        if _crowd(tokens, k, words):
            return True
    return False


def find_triggers(tokens: Sequence[Token]) -> list[Hit]:
    """The lexicon entries triggered in ``tokens``, in order (``match_token`` at each token not inside a hit)."""
    hits: list[Hit] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if len(tok.words) < 2 and not word_in_lexicon(tok.norm or tok.text):
            i += 1  # (``match_token``'s own first test, made here: nearly every token, spared the call)
            continue
        hit = match_token(tokens, i)
        if hit is not None:
            hits.append(hit)
            i = hit.j + 1
        else:
            i += 1
    return hits
