"""Trigger words used in a figurative or verbal sense, round 19 of real news: «شن هجوما حادا على منافسه» is words
(CAMEO 111, criticise), not an assault; «السيطرة على الأسعار» seizes no place; «تلتقي المصالح», «يلتقي اللاوعي
بالوعي» is no meeting. Each reads a few words around one trigger; the word lists are function words
(``verbal_attack_words``, ``verbal_attack_cues``, ``abstract_attack_objects``, ``not_seized``, ``abstract_meeters``)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc
from ..entities import gazetteer
from ..text.marks import OPENING_QUOTES
from .chunks import clause_stop
from .forms import bare, fw, keys_of, token_candidates
from .lexicon import Entry, Hit, lexicon, plover_of
from .listed import token_keys
from .word_tests import clause_break, has_letters, key_at, named_token
from .saying import saying_keys

CRITICISE = "111"  # CAMEO criticise or denounce
ADJECTIVE_REACH = 3  # words after an attack noun where its adjective («حادا», «لاذعا», «إعلاميا») still stands
CUE_REACH = 10  # words after the attack where a speech participle («قائلا», «متهما») tells words were its weapon
OBJECT_REACH = 4  # words after a trigger to the «على» of what it acts on
STATEMENT_BACK = 2  # words before «يهاجم» where a statement noun hosts it («أصدر بيانا يهاجم فيه»)
MEETER_REACH = 3  # words after a meeting verb read for its subject or what it meets («تلتقي المساعي مع التوجهات»)


def _after_ala(doc: Doc, hit: Hit, b: int) -> int | None:
    """The token after the first «على» within ``OBJECT_REACH`` words of the trigger, in its clause."""
    for t in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        if doc.tokens[t].norm_key in ("على", "علي"):
            return t + 1 if t + 1 < b else None
    return None


def verbal_attack(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«شنت كلينتون هجوما حادا على منافسها», «فهاجم السلطة قائلا», «ركز هجومه على القيادة متهما إياها», «أصدر
    بيانا يهاجم فيه التنظيم», «بدأ المتشددون الهجوم على الاتفاق»: an attack made of words, by its adjective, a
    speech participle or accusation after it in its sentence, a statement that hosts it, or an object that is a
    decision, an accord or a statement; a criticism, not an assault."""
    if hit.entry.id != "attack":
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + ADJECTIVE_REACH)):
        if bare(doc.tokens[t].norm_key, "verbal_attack_words") in fw("verbal_attack_words"):
            return True
    for t in range(hit.j + 1, min(b, hit.j + 1 + CUE_REACH)):
        if clause_break(doc.tokens[t].text) and doc.tokens[t].text != ":" and key_at(doc, min(t + 1, b - 1)) != "حيث":
            break  # (ev352: «هجوما على منافسها، حيث اتهمته»: «حيث» opens what the attack was)
        key = bare(doc.tokens[t].norm_key, "verbal_attack_cues", "accusation_verbs")
        if key in fw("verbal_attack_cues") or key in fw("accusation_verbs"):
            return True
    if hit.pos == "V" and any(not keys_of(doc.tokens[t]).isdisjoint(fw("statement_nouns"))
                              for t in range(max(a, hit.i - STATEMENT_BACK), hit.i)):
        return True
    if hit.pos == "N":
        obj = _after_ala(doc, hit, b)
        return obj is not None and not _plain(doc, obj).isdisjoint(fw("abstract_attack_objects"))
    for t in range(hit.j + 1, min(b, hit.j + 1 + ADJECTIVE_REACH)):  # the object, past a subject (VSO)
        if clause_stop(doc.tokens[t].text):
            break
        if not _plain(doc, t).isdisjoint(fw("abstract_attack_objects")):
            return True
    return False


@lru_cache(maxsize=8)
def criticism(entry: Entry) -> Entry:
    """``entry`` (an attack) recoded as a criticism: the same frame, CAMEO 111."""
    return replace(entry, id="verbal_attack", code=CRITICISE, plover=plover_of(CRITICISE))


def figurative(doc: Doc, hit: Hit, b: int) -> bool:
    """A seizing word whose «على» governs no place («السيطرة على أسعار النفط», «سيطرت الأخبار على التغطية»:
    function words ``not_seized``), a meeting verb whose subject or partner is an abstraction or a force joining
    up («تلتقي المساعي الروسية مع التوجهات الأميركية», «تلتقي قوة ... مع قوة أخرى»: ``abstract_meeters``)."""
    if hit.entry.id == "seize":
        obj = _after_ala(doc, hit, b)
        if obj is not None and obj + 1 < b and doc.tokens[obj].norm_key in fw("any_all_words"):
            obj += 1  # «لا تسيطر طهران على كل الشيعة»: past «كل»
        return obj is not None and not token_keys(doc, obj, bare=True).isdisjoint(fw("not_seized"))
    if hit.entry.id == "explode":
        return _abstract_explosion(doc, hit, b)
    if hit.entry.id != "meet" or hit.pos != "V":
        return False
    words = fw("abstract_meeters")
    t = hit.j + 1
    while t < b and t <= hit.j + MEETER_REACH and doc.tokens[t].norm_key in ("فيه", "فيها", "هنا", "اليوم"):
        t += 1  # («تلتقي فيه إمدادات المحافظات»)
    if t < b and not _plain(doc, t).isdisjoint(words):
        return True  # the subject: «تلتقي المساعي», «يلتقي اللاوعي بالوعي» (not «يلتقي بقواته»: «ب» + the partner)
    for k in range(hit.j + 1, min(b - 1, hit.j + 1 + OBJECT_REACH)):
        if clause_stop(doc.tokens[k].text):
            return False
        if doc.tokens[k].norm_key == "مع":
            return not _plain(doc, k + 1).isdisjoint(words)  # «مع التوجهات الأميركية», «مع رؤية»
    return False


def _abstract_explosion(doc: Doc, hit: Hit, b: int) -> bool:
    """Round 36: «ثمن انفجار ظاهرة البطالة», «انفجار الأزمة», «انفجر الغضب», «الانفجار السكاني»: what bursts is a
    phenomenon, a crisis, anger or a population (the word after the trigger, its genitive, subject or adjective,
    or the subject right before a verb: ``abstract_explosions``), no bomb."""
    words = fw("abstract_explosions")
    if hit.j + 1 < b and not _plain(doc, hit.j + 1).isdisjoint(words):
        return True
    return hit.pos == "V" and hit.i - 1 >= 0 and not clause_stop(doc.tokens[hit.i - 1].text) \
        and not _plain(doc, hit.i - 1).isdisjoint(words)


def _plain(doc: Doc, t: int) -> set[str]:
    """Token ``t``'s key with and without its article, no other clitic read off («بقواته» is no «قوات»)."""
    key = doc.tokens[t].norm_key
    return {key, key.removeprefix("ال"), key.removeprefix("وال")}


SPOT_REACH = 6  # words after «أصاب» read for «في مقتل» (its subject and object between)
WOUND_REACH = 3  # words after «جرح/أصاب» read for what it hurts («جرح قلبنا», «أصاب دول الجوار»)
AIM_REACH = 10  # words after «تستهدف» read for the aim it names («تستهدف الخطة إحداث تغيير», past «في خطتها»)
AIM_INSERT = 3  # words of a phrase set in before a comma between «تستهدف» and its aim («بآليات متشابهة،»)
COMMAS = frozenset(("،", ","))
NISBA_ENDS = ("ي", "يه")  # (norm keys: «ية» folds to «يه») a nisba adjective before the head («بشكل أساسي تحقيق»)
FIRES = frozenset(("نار", "نيران", "النار", "النيران"))


def _vital_spot(doc: Doc, hit: Hit, b: int) -> bool:
    """«أصابت أعداء الأمة في مقتل», «أصاب الاقتصاد في الصميم»: «في» + a vital spot (``vital_spots``) within
    ``SPOT_REACH`` words after «أصاب», in its clause: an idiom (to hit hard), no one wounded (round 47)."""
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + SPOT_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) == "في" and key_at(doc, t + 1) in fw("vital_spots"):
            return True
    return False


def _wounding(doc: Doc, t: int) -> bool:
    """Whether token ``t`` reads as the lexicon's verb of wounding («أصاب», «أصابت»)."""
    return any(e.id == "wound" and pos == "V" for c in token_candidates(doc.tokens[t])
               for e, pos in lexicon().get(c.key, ()))


def _inserted(doc: Doc, lo: int, hi: int) -> bool:
    """Round ev873: tokens ``lo``..``hi``-1, before a comma, are a short phrase set in between a verb and its
    object: at most ``AIM_INSERT`` words that open with a glued «بـ» or a manner word («بآليات متشابهة»,
    «بشكل يومي»: ``manner_openers``), a preposition («عبر خطتها») or an adverb («أيضا»)."""
    if not 0 < hi - lo <= AIM_INSERT:
        return False
    key = doc.tokens[lo].norm_key
    return (key.startswith("ب") and len(key) > 3) or any(
        bare(key, name) in fw(name) for name in ("manner_openers", "prepositions", "adverbs", "lone_adverbs"))


def _phrase_head(doc: Doc, t: int, v: int) -> bool:
    """Round ev873: token ``t`` opens a noun phrase past the verb at ``v`` (the object's head, or the subject's),
    not the genitive of a bare noun before it («نقطة مراقبة», «برج مراقبة»): right after the verb or a mark, or
    after a word with its article, a name, an adverb («أيضا», «يوميا») or a nisba adjective («بشكل أساسي»)."""
    p = t - 1
    if p <= v or not has_letters(doc.tokens[p].text):
        return True
    key = doc.tokens[p].norm_key
    return key.startswith(("ال", "وال")) or named_token(doc, p) or key.endswith(NISBA_ENDS) or any(
        bare(key, name) in fw(name) for name in ("adverbs", "lone_adverbs", "habit_adverbs"))


def _aims_at(doc: Doc, hit: Hit, b: int) -> bool:
    """«تستهدف الحكومة إحداث تغيير», «يستهدفون بآليات متشابهة، تعكير الأجواء»: a phrase head (``_phrase_head``)
    within ``AIM_REACH`` words after «تستهدف», in its clause (past the comma that closes a short inserted «بـ»
    phrase or adverbial: ``_inserted``), is an aim (``aim_objects``), no target; a word of an aim that is the
    genitive of another noun («استهدفت القوات نقطة مراقبة») is none."""
    lo = hit.j + 1
    for t in range(hit.j + 1, min(b, hit.j + 1 + AIM_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text):
            if text in COMMAS and _inserted(doc, lo, t):
                lo = t + 1
                continue
            return False
        if not _plain(doc, t).isdisjoint(fw("aim_objects")) and _phrase_head(doc, t, hit.j):
            return True
    return False


def no_act(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Round 22 of real news: «لقد جرح قلبنا», «أصاب دول الجوار» (a heart, a country, an economy is hurt:
    ``not_wounded``), «نيران الأسعار» (``not_fired``), «هجومها على الهواتف الذكية» (a company's market push:
    ``not_attacked``; round 47: «الاعتداء على الحرية الشخصية», a freedom or a right), «تستهدف الحكومة إحداث
    تغيير» (an aim, ``aim_objects``), «سيطر عليها انعدام الثقة» (an
    abstract subject holds, ``seizing_abstracts``), «أدلة الإدانة», «مراكز الاعتقال», «أثناء الاحتجاز» (a noun
    under a generic head, ``generic_heads``), «التصريحات» alone (statements referred to, none told)."""
    eid = hit.entry.id
    if eid == "kill" and hit.pos == "N" and hit.i - 1 >= a and key_at(doc, hit.i - 1) == "في" and any(
            _wounding(doc, t) and _vital_spot(doc, Hit(t, t, hit.entry, "V", hit.cand), b)
            for t in range(max(a, hit.i - SPOT_REACH), hit.i)):
        return True  # («أصابت أعداء الأمة في مقتل»: the vital spot, no killing)
    if eid == "wound" and hit.pos == "V":
        return any(not _plain(doc, t).isdisjoint(fw("not_wounded"))
                   for t in range(hit.j + 1, min(b, hit.j + 1 + WOUND_REACH))) or _vital_spot(doc, hit, b)
    if doc.tokens[hit.j].norm_key in FIRES or doc.tokens[hit.i].norm_key in FIRES:
        return hit.j + 1 < b and not _plain(doc, hit.j + 1).isdisjoint(fw("not_fired"))
    if eid == "attack":
        obj = _after_ala(doc, hit, b)
        return obj is not None and not _plain(doc, obj).isdisjoint(fw("not_attacked"))
    if eid == "target" and hit.pos == "V":
        return _aims_at(doc, hit, b)
    if eid == "seize" and hit.pos == "V":
        t = hit.j + 1
        if t < b and doc.tokens[t].norm_key.startswith(("علي", "على")):
            t += 1  # («سيطر عليها انعدام الثقة»: the subject after the pronoun object)
        return t < b and not _plain(doc, t).isdisjoint(fw("seizing_abstracts"))
    if hit.pos == "N" and eid in ("arrest", "detain", "condemn") and hit.i - 1 >= a:
        return bare(doc.tokens[hit.i - 1].norm_key, "generic_heads") in fw("generic_heads")
    if eid == "declare" and hit.pos == "N":
        return "ال" in hit.cand.proclitics
    return False


@lru_cache(maxsize=1)
def talks_round() -> Entry:
    """The lexicon's round of talks (046), what «جولات» is where no place or host follows it."""
    return next(e for options in lexicon().values() for e, _ in options if e.id == "talks_round")


def talk_rounds(doc: Doc, hit: Hit, b: int) -> bool:
    """«جولات المبعوث الدولي», «خلال جولات المفاوضات»: rounds (a plural) with no «في/إلى» + a place after them are
    rounds of talks, not tours («جولاته في المنطقة» still is one)."""
    if hit.entry.id != "tour" or "جولات" not in doc.tokens[hit.i].norm_key:
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        if clause_stop(doc.tokens[t].text):
            break
        if doc.tokens[t].norm_key in ("في", "الى", "إلى", "الي"):
            return False
    return True


def name_word(doc: Doc, hit: Hit, a: int) -> bool:
    """«سمير التقي»: a verb form that opens with «ال» right after a given name of the name lists is a surname
    the entity layer missed, no meeting; «قيادي طالباني»: a verb read with «ني» (me) that is the nisba of a name
    the gazetteer lists («طالبان»), no demand. Round 47: such a form right after a verb of saying
    (``events.saying``: «وشدد التقي») is the speaker's surname."""
    word = doc.tokens[hit.i].norm_key
    if hit.pos == "V" and word.endswith("اني") and (word[:-1],) in gazetteer.load().phrases:
        return True
    if hit.pos != "V" or not hit.cand.key.startswith("ال") or hit.i - 1 < a:
        return False
    if doc.tokens[hit.i - 1].norm_key in saying_keys():
        return True  # «وشدد التقي»: right after a verb of saying, the speaker's surname (round 47)
    w = gazetteer.load().name_word(doc.tokens[hit.i - 1].norm_key)
    return w is not None and "g" in w.flags and "c" not in w.flags


def protest_idiom(doc: Doc, hit: Hit, b: int) -> bool:
    """Protest words in an idiom: «اعتصم بالصمت», «اعتصمت الحكومة بالصمت», «يعتصمون بحبل الله» (to cling to
    something: «بـ» + what one holds to, ``clung_to``, within OBJECT_REACH words), no sit-in; «لقطع الطريق على الفتنة» (to forestall: «على» right after the road and
    no road user after it, ``road_users``), no road blocked («قطعوا الطريق على السيارات» still is one)."""
    eid, t = hit.entry.id, hit.j + 1
    if t >= b:
        return False
    key = doc.tokens[t].norm_key
    if eid == "sit_in" and hit.pos == "V":
        for u in range(t, min(b, t + OBJECT_REACH)):  # past a subject (VSO: «اعتصمت الحكومة بالصمت»)
            word = doc.tokens[u].norm_key
            if clause_stop(doc.tokens[u].text):
                return False
            if word.startswith("ب") and not {word[1:], word[1:].removeprefix("ال")}.isdisjoint(fw("clung_to")):
                return True
        return False
    if eid == "block_road" and key in ("على", "علي"):
        return t + 1 >= b or _plain(doc, t + 1).isdisjoint(fw("road_users"))
    return False


SUBJECT_BACK = 3  # words before a noun of force read for who does it («الفيروس يستطيع قتل»)


def _subject_near(doc: Doc, hit: Hit, a: int, b: int, words: frozenset[str]) -> bool:
    """Whether the doer of ``hit`` is one of ``words``: one of the ``SUBJECT_BACK`` words before it in its clause
    («الفيروس يستطيع قتل», «النفايات تهدد»), or the word right after a verb (VSO: «تهدد النفايات المطار»)."""
    for t in range(hit.i - 1, max(a - 1, hit.i - 1 - SUBJECT_BACK), -1):
        if clause_stop(doc.tokens[t].text):
            break
        if not _plain(doc, t).isdisjoint(words):
            return True
    return hit.pos == "V" and hit.j + 1 < b and not _plain(doc, hit.j + 1).isdisjoint(words)


def abstract_subject(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Round 37: «الأزمة المالية التي حاصرت المدينة»: the doer of ``hit`` is a crisis, anger or a phenomenon
    (function words ``abstract_explosions``, ``seizing_abstracts``), no force."""
    return _subject_near(doc, hit, a, b, fw("abstract_explosions") | fw("seizing_abstracts"))


def _means_after(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether «بـ» + what the threat is made with opens a word of the clause after ``hit`` («بخطابات», «بالحرب»):
    by any reading of the word (an unknown word's first reading keeps its «ب»)."""
    for t in range(hit.j + 1, min(b, hit.j + 1 + CUE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key not in fw("not_means") and any(
                c.proclitics[-1:] == ("ب",) for c in token_candidates(doc.tokens[t])):
            return True
    return False


def no_event_sense(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int, question: bool) -> bool:
    """Round 31 of real news, trigger words in no event sense: «لافتة إعلان», «إعلانات تجارية», «إعلان على مطعم»
    (an advertisement: ``advert_neighbours``, ``advert_sites``); «لقوا مصرعهم بسبب السيول», «الفيروس يستطيع قتل»
    (a death or a «killing» by a flood, an accident, a disease: ``natural_causes``, with no act of force nor
    ``violent_causes`` in the sentence; round 36: a death noun, «لقوا مصرعهم في المتوسط», also by a sea, a boat,
    a road accident, ``accident_words``; a «killing» or an attack by a company, a market: ``nonhuman_agents``); «ثمن الدواء», «دفعت ثمن» (a price, not «ثمّن», praised: the verb
    opens its clause or follows «و» or ``price_openers``: «كما», «قد»); «تهدد البقية؟», «خطر يهدد الأمن» (a threat asked about, or made
    by an abstraction: ``abstract_threats``; not with «بـ» + what it threatens with); «حق الدول في المطالبة» (an act
    named as a right, ``right_words``)."""
    eid = hit.entry.id
    rights = [hit.i - 1] + ([hit.i - 2, hit.i - 3] if hit.i - 1 >= a and key_at(doc, hit.i - 1) == "في" else [])
    if hit.pos == "N" and any(t >= a and key_at(doc, t) in fw("right_words") for t in rights):
        return True  # «حق التظاهر», «حقها في المطالبة», «حق الدول في المطالبة»
    if eid == "announce" and hit.pos == "N":
        near = [t for t in (hit.i - 1, hit.j + 1) if a <= t < b]
        if any(not _plain(doc, t).isdisjoint(fw("advert_neighbours")) for t in near):
            return True
        return hit.j + 2 < b and key_at(doc, hit.j + 1) in ("على", "علي") \
            and not _plain(doc, hit.j + 2).isdisjoint(fw("advert_sites"))
    if eid == "praise" and hit.cand.key in ("ثمن", "ثمنا", "اثمن"):
        return not hit.cand.proclitics and hit.i > a and not clause_break(doc.tokens[hit.i - 1].text) \
            and key_at(doc, hit.i - 1) not in fw("price_openers")  # («بأي ثمن», «دفعت ثمن»: a price)
    if eid in ("kill", "attack"):
        if _subject_near(doc, hit, a, b, fw("nonhuman_agents") | fw("natural_causes")):
            return True
        if eid != "kill" or any(h.entry.plover == "ASSAULT" and h.entry.id != "kill" for h in hits):
            return False  # (another death in the sentence, «أدت إلى مصرع 116 شخصا», tells no act of force)
        told = [t for t in range(a, b) if t < hit.i or t > hit.j]
        causes = fw("natural_causes") | (fw("accident_words") if hit.pos == "N" else frozenset())
        return any(not (_plain(doc, t) | keys_of(doc.tokens[t])).isdisjoint(causes) for t in told) and all(
            bare(doc.tokens[t].norm_key, "violent_causes") not in fw("violent_causes") for t in told)
    if eid == "threaten":
        if question:
            return True
        if hit.pos != "V" or _means_after(doc, hit, b):
            return False  # «ويهدد أمنها بخطابات متلفزة»: what it threatens with, a threat made
        return _subject_near(doc, hit, a, b, fw("abstract_threats") | fw("nonhuman_agents") | fw("natural_causes"))
    return False


def named_not_told(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Round 34 of real news, a trigger noun or verb that names no act told: «غايتها السيطرة» (an aim, after a
    word of purpose with its pronoun: ``aim_heads``); «زار جرحى الحرب», «أحد جرحى المقاومة» (the wounded as
    people: «جرحى» after a word of care or visit, ``care_words``, or with a definite genitive after it) and the
    act named in their genitive, «زار جرحى الاعتداء» (``victim_heads``: an attack told before, no new one);
    «ضد كل من يهدد أمنها», «عن كل من يعتدي» (anyone who would: ``generic_all`` + «من»); «عليها إعلان يقول» (a notice
    posted on something, an advertisement). Round 36: «ضرورة السيطرة», «أهمية اعتقال», «يصعب السيطرة عليها» (a
    need or a difficulty: ``need_heads``; «من أجل السيطرة» stays an act planned, modality); «إن السيطرة
    على الأقاليم أمر مهم» (a generic statement, ``generic_statement``); «آلاف اللاجئين وصلوا إلى» (migrants,
    refugees or thousands who arrive, ``not_visitors``: no visit); «أطلق عليه «الرصاص المسكوب»», «التهديدات التي
    تطلقها القوات» (``launched_no_fire``). Round 49: aid, craft, weapons or troops that arrive (``arriving_things``)."""
    if hit.pos == "N" and generic_statement(doc, hit, a, b):
        return True
    if hit.entry.id.startswith("arrive") and _subject_near(doc, hit, a, b, fw("not_visitors") | fw("arriving_things")):
        return True  # «آلاف يمني وصلوا إلى جيبوتي», «مهاجرين يسعون للوصول إلى بريطانيا»: people fleeing, no visit;
        # «المساعدات التي تصل إلى اليمن», «مدى الصواريخ لن يصل»: aid, craft, weapons or troops (round 49)
    if hit.entry.id == "fire_missile" and hit.pos == "V" and launched_no_fire(doc, hit, a, b):
        return True
    if hit.i - 1 < a:
        return False
    before = key_at(doc, hit.i - 1)
    if hit.pos == "N" and set(hit.cand.proclitics) <= {"ال"} and (
            bare(before, "aim_heads") in fw("aim_heads") or bare(before, "need_heads") in fw("need_heads")):
        return True
    if hit.pos == "N" and doc.tokens[hit.i].norm_key in fw("victim_heads"):
        return bare(before, "care_words") in fw("care_words") or (
            hit.j + 1 < b and key_at(doc, hit.j + 1).startswith("ال"))
    head = key_at(doc, hit.i)
    if head.startswith("وال"):
        head = head[1:]  # «أسر عدد من المقاتلين والجرحى»: one of the care's objects (round 45)
    if hit.pos == "N" and (head[2:] if head.startswith(("ال", "لل")) else head) in fw("victim_heads"):
        if any(key_at(doc, t) in fw("recovery_words") for t in range(max(a, hit.i - 2), min(b, hit.j + 2))):
            return True  # «متمنيا للجرحى الشفاء», «الشفاء العاجل للجرحى»: a wish, no attack (round 42)
        if head.startswith("ال") and bare(before, "care_words").removeprefix("ل") in fw("care_words"):
            return True  # «لزيارة الجرحى» (round 42)
        if head.startswith("ال") and _cared_past_subject(doc, hit, a):
            return True  # «وزار الأمير الجرحى» (round 43)
    if hit.pos == "N" and before in fw("victim_heads") and ("ال" in hit.cand.proclitics or hit.cand.key.startswith("ال")):
        return True  # («جرحى الاعتداء»: the act the victims are named by)
    if hit.pos == "V" and before == "من" and hit.i - 2 >= a:
        return bare(key_at(doc, hit.i - 2), "generic_all") in fw("generic_all")
    if hit.entry.id == "announce" and hit.pos == "N" and not hit.cand.proclitics:
        return before in ("عليها", "عليه", "عليهما")
    return False


CARE_BACK = 4  # words before the definite wounded read for a care verb past its subject («وزار ولي العهد الجرحى», «أسر عدد آخر من المقاتلين والجرحى»)


def _cared_past_subject(doc: Doc, hit: Hit, a: int) -> bool:
    """«وزار الأمير الجرحى», «وتفقد ولي العهد الجرحى»: a word of care or visit (``care_words``)
    within ``CARE_BACK`` words before the wounded, its subject between them, in their clause (round 43)."""
    for t in range(hit.i - 2, max(a, hit.i - 1 - CARE_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare(key_at(doc, t), "care_words").removeprefix("ل") in fw("care_words"):
            return True
    return False


PREDICATE_REACH = 8  # words after a masdar that opens a clause read for its predicate («أمر مهم»)


def generic_statement(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«إن السيطرة على الأقاليم أمر مهم», «السيطرة على الحدود ضرورة»: a definite masdar that opens its clause (or
    follows «إن/أن») is the subject of a nominal sentence whose predicate (within ``PREDICATE_REACH`` words, in
    its clause) is a judgement, not a verb: an indefinite word of ``generic_predicates`` right after the masdar or
    a definite word (not the adjective of an indefinite noun: «تأتي في وقت مهم»), or «أمر» before one."""
    if "ال" not in hit.cand.proclitics and not hit.cand.key.startswith("ال"):
        return False
    if hit.i > a and not clause_stop(doc.tokens[hit.i - 1].text) and \
            bare(key_at(doc, hit.i - 1), "noun_openers").lstrip("ل") not in ("إن", "ان", "أن"):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + PREDICATE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = key_at(doc, t)
        if key == "امر" and t + 1 < b and key_at(doc, t + 1) in fw("generic_predicates"):
            return True
        if key in fw("generic_predicates") and (t == hit.j + 1 or key_at(doc, t - 1).startswith("ال")):
            return True  # (after a definite word, no adjective: «في وقت مهم» is)
    return False


def launched_no_fire(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«العدوان الذي أطلق عليه «الرصاص المسكوب»», «أطلق عليها اسم»: «أطلق على» + a quoted name or a word of
    naming (``naming_words``) names something; «التهديدات التي تطلقها القوات وصواريخها»: what is launched is the
    head of the relative clause, threats or statements (``launched_words``); no shot fired."""
    t = hit.j + 1
    if t + 1 < b and key_at(doc, t) in ("عليه", "عليها", "عليهم", "عليهما"):
        after = doc.tokens[t + 1].text
        if after in OPENING_QUOTES or bare(key_at(doc, t + 1), "naming_words") in fw("naming_words"):
            return True
    return hit.i - 2 >= a and key_at(doc, hit.i - 1) in ("التي", "الذي", "اللتي", "اللذي") \
        and not _plain(doc, hit.i - 2).isdisjoint(fw("launched_words"))
