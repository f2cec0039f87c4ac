"""Where an unnamed phrase ends, and other noun-phrase rules of the argument finder.

A run of content words is one noun phrase only while each word can belong to the one before it: a genitive, an
adjective agreeing with it, or a name after a title. A definite word heads no genitive and takes only definite
adjectives, so an indefinite word after it (a finite verb, «المقاومة | خسرت»; a new noun phrase, «رفض الأول |
مقترح حزب»; a masdar with its preposition, «النواب | بتجاوز») opens a new phrase.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..doc import Doc
from ..entities import gazetteer
from .dual_heads import dual_ends
from .forms import PLACES, fw, keys_of, nkey
from .lexicon import Hit, lexicon, past_keys
from .plural_cases import people_plural
from .we_verbs import we_past

ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "كال")


def surface_definite(text: str) -> bool:
    """Whether the word is written with the article (with a conjunction or a preposition before it): «المقاومة»,
    «والقوات», «للقانون»; not a word whose first letters merely fold to it («ألمانيا», «إلياس»)."""
    return text.startswith(ARTICLE_PREFIXES) and len(text) > 3


@lru_cache(maxsize=65536)
def definite_ends(text: str, nxt: str) -> bool:
    """Does the phrase end after the definite word ``text`` because ``nxt`` is indefinite (and no «لـ» phrase)?
    Not after a title, which a name follows («المتحدث فيليب»), nor before a word that links a definite phrase on («المتحدث باسم»,
    «الدول غير الأعضاء»)."""
    if not surface_definite(text):
        return False
    if surface_definite(nxt):
        n = nkey(nxt)
        if n.startswith("ال") and n in fw("people_plurals") and not n.endswith("ين"):
            return True  # a broken plural of people is no adjective: «ودعا الوزير | الأهالي»
        if n.removeprefix("و") in fw("definite_place_nouns"):
            return True  # a place is no adjective: «واقتحمت القوات | المبنى الحكومي»
        return _gender_break(text, nxt) or _plural_break(text, nxt) or dual_ends(text, nxt)  # ev627: «الزعيمان | الأوضاع»
    if nxt[:1].isdigit() or nxt.startswith("ل"):
        return False  # (a «لـ» phrase is the genitive's paraphrase: «الزيارة المرتقبة لخادم الحرمين»)
    k = nkey(text)
    k = k[1:] if k[:1] in ("و", "ف") else k
    n = nkey(nxt)
    if n in fw("phrase_links") or n.removeprefix("و") in fw("phrase_links"):
        return False
    titles = fw("titles")
    if k in titles or k.removeprefix("ال") in titles or k.removeprefix("لل") in titles:
        return _common_noun(n) or people_plural(n)  # a name follows a title, a common noun does not: «الوزير |
        # دول الخليج», nor a plural of people (ev539: «استقبل الوزير | مسؤولين حكوميين»)
    return True


def preposition_ends(words: Iterable[str], nxt: str) -> bool:
    """Does a definite phrase (its ``words`` all with the article) end before a word with «بالـ/كالـ» on it? The
    prepositional phrase is no part of it: «الرئيس | بالوزير», «المعارضة | بالإفراج»; a construct («قصر العوجا
    بالعاصمة») may hold a place it is in."""
    return nxt.startswith(("بال", "كال")) and len(nxt) > 4 and all(surface_definite(w) for w in words)


def _gender_break(text: str, nxt: str) -> bool:
    """A definite feminine singular word in «ـة» takes no definite masculine word as its adjective: the masculine
    word opens a new phrase («القيادة الفلسطينية | المجتمع الدولي»); not a feminine, elative or ordinal in «ـى/ـا»
    («المرة الأولى»), nor a word with a preposition or «لـ» on it."""
    if not text.endswith("ة") or not nxt.startswith("ال") or len(nxt) < 5:
        return False
    n = nkey(nxt)
    return not n.endswith(("ه", "ي", "ا", "اء", "ات", "ان", "ين", "ون")) and n.removeprefix("ال") not in fw("phrase_links")


def _plural_break(text: str, nxt: str) -> bool:
    """Round ev341: a definite broken plural of people (``people_plurals``: «النواب», «الوزراء») takes no definite
    feminine singular noun in «ـة» as its adjective: that noun opens a new phrase, the verb's object after its subject
    («وطالب النواب | الحكومة بـ»); not a nisba in «ـية» («الوزراء العرب», «القادة الأوروبية» are adjectives)."""
    k = nkey(text)
    k = k[1:] if k[:1] in ("و", "ف") else k
    if k not in fw("people_plurals"):
        return False
    n = nkey(nxt)
    return n.startswith("ال") and len(n) >= 6 and n.endswith("ه") and not n.endswith("يه")


def _common_noun(key: str) -> bool:
    """Whether the name lists know a word only as a common noun («دول», «وزير»), no given name."""
    w = gazetteer.load().name_word(key)
    return w is not None and "c" in w.flags


MEETINGS = ("040", "046")  # CAMEO: consult, negotiate


def meeting_venue(code: str, etype: str | None, prep: str | None) -> bool:
    """A place after a meeting noun, with «بـ» or in construct («لقائه اليوم بالرياض», «اجتماع كوالالمبور»,
    «مفاوضات جنيف»), is where the meeting is, not the party met («مع إيران» is one)."""
    return code in MEETINGS and etype in PLACES and prep in (None, "ب")


def meeting_seat(doc: Doc, code: str, i: int, named: bool, prep: str | None) -> bool:
    """A seat or residence after a meeting or hosting word, with «بـ/في» or bare («بمكتبه», «في مقره», «بقصر
    الرئاسة», «بديوانه»): where it is held, not the party met. ``i``: the phrase's first token; ``named``: it is an
    entity."""
    if code not in MEETINGS + ("043",) or named or prep not in (None, "ب", "في"):
        return False
    return not keys_of(doc.tokens[i]).isdisjoint(fw("meeting_seats"))


def _feminine_present(key: str) -> bool:
    """A verb key in the 3rd feminine singular imperfect: «تستهدف» (its «يستهدف» is a form of the same verb)."""
    if not key.startswith("ت") or key.endswith(("ون", "ان", "وا", "ين")):
        return False
    he = {e for e, pos in lexicon().get("ي" + key[1:], ()) if pos == "V"}
    return any(e in he for e, pos in lexicon().get(key, ()) if pos == "V")


def no_vso_subject(doc: Doc, verb: int, key: str, first: int, masculine: bool) -> bool:
    """Is the phrase right after a verb (``first``: its first token) its object rather than its subject? After the
    relative «من» («على من ينتقد الاتفاق») the relative is the subject; a feminine present verb («تستهدف») takes no
    masculine subject (``masculine``: a masculine singular organisation or a man — «تستهدف حزب العمال»: its
    subject is a feminine noun said before it, «حرب», «تركيا»)."""
    prev = doc.tokens[verb - 1].norm_key if verb > 0 else ""
    if prev in fw("who_relatives") and key[:1] == "ي":  # («من تعهد»: a preposition and a masdar)
        return True
    return masculine and _feminine_present(key) and first == verb + 1


def masculine_head(doc: Doc, i: int, etype: str | None, eid: str | None) -> bool:
    """A phrase whose head is masculine singular: a man (the entity's gender "m"), or an organisation whose first
    word is no feminine or plural form («حزب», «تنظيم», «الجيش»; not «جبهة», «قوات», «حركة»)."""
    if etype == "PERSON":
        ent = doc.entity(eid)
        return ent is not None and ent.attrs.get("gender") == "m"
    head = doc.tokens[i].norm_key
    return etype == "ORGANIZATION" and not head.endswith(("ه", "ات", "اء", "ى", "ا"))


def lam_pronoun(doc: Doc, k: int) -> bool:
    """«استهداف البنتاغون لها»: «لـ» with a pronoun right after a masdar's genitive marks the object, so the genitive
    is the agent."""
    return k < len(doc.tokens) and doc.tokens[k].norm_key in fw("lam_pronouns")


I_FORMS = frozenset(nkey(w) for w in ("كنت",))  # «كنتُ اجتمعت»: «كانت» is the 3rd person
I_COMPLEMENTS = frozenset(nkey(w) for w in ("بأني", "بأنني", "أني", "أنني", "إني", "إنني", "باني", "بانني"))
I_WINDOW = 10  # tokens from the verb to «بأني» («وعدت بابا شيخ (...) بأني»)


def first_person_past(doc: Doc, hit: Hit) -> bool:
    """Is a past verb trigger in the 1st person singular? By its vowel («وعدتُ»), by a defective verb's form
    («التقيتُ»: the 3rd feminine is «التقت»), after «كنت» («كنت اجتمعت»), or promising of oneself («وعدت بابا شيخ
    بأني»), or round ev729's plural in a quote («التقينا», ``we_past``). Its subject is the speaker, never the phrase
    after it (that is its object)."""
    if we_past(doc, hit):
        return True
    tok = doc.tokens[hit.i]
    key = hit.cand.key
    if hit.pos != "V" or not key.endswith("ت"):
        return False
    if tok.text.endswith("تُ"):
        return True
    she = key[:-2] + "ت"
    if key.endswith("يت") and any(e.id == hit.entry.id and pos == "V" for e, pos in lexicon().get(she, ())):
        return True
    if hit.i > 0 and doc.tokens[hit.i - 1].norm_key.lstrip("و") in I_FORMS:
        return True
    for k in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + I_WINDOW)):
        if doc.tokens[k].norm_key in I_COMPLEMENTS:
            return True
        if doc.tokens[k].text in ("،", ",", ".", "؟", "?", ":"):
            break
    return False


def first_person_present(hit: Hit) -> bool:
    """Is a verb trigger an imperfect of the 1st person («ندين», «نرفض», «أدين»)? Its prefix «ن»/«أ» is no root
    letter where the 3rd person «يـ» of the same stem is a form of the same trigger and the word is no perfect of one
    («انتقد», «نفذ»). Its subject is the speaker, and the phrase after it is its object."""
    key = hit.cand.key
    if hit.pos != "V" or key[:1] not in ("ن", "ا") or key in past_keys():
        return False
    return any(e.id == hit.entry.id and pos == "V" for e, pos in lexicon().get("ي" + key[1:], ()))


NEGATORS = frozenset(nkey(w) for w in ("غير", "وغير"))


def negated_adjective(doc: Doc, i: int, named: bool) -> bool:
    """A definite word right after «غير» is a negated adjective of the noun before («الاستيطان غير المشروعة»,
    «الحصار غير المشروع»): never an argument. ``i``: the phrase's first token; ``named``: it is an entity."""
    return not named and i > 0 and doc.tokens[i - 1].norm_key in NEGATORS and doc.tokens[i].norm_key.startswith("ال")


def adjective_closes(doc: Doc, hit: Hit) -> bool:
    """A noun trigger whose last word is an indefinite adjective («هجوم انتحاري», «ضربة جوية») is no construct:
    the phrase after it is no genitive of it («استهدف هجوم انتحاري الجيش التركي»: the army is the object)."""
    if hit.pos != "N" or hit.j <= hit.i:
        return False
    key = doc.tokens[hit.j].norm_key
    return not key.startswith(("ال", "وال")) and key.endswith(("ي", "يه", "يا", "يات"))


MANNER_FOLLOWERS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "عن", "على", "إلى", "الى", "في"))
OWNED_PRONOUNS = ("ه", "ها", "هم", "هما")
# (adverbs of the list ``adverbs``, «مجددا», «مؤخرا», and those in «ـة», «مباشرة», are never read as participles anyway)
MANNER_ADVERBS = frozenset(nkey(w) for w in ("مسبقا", "مبدئيا", "مطلقا", "مبكرا", "مجانا", "مؤقتا", "مستقبلا"))


def manner_participle(doc: Doc, t: int, end: int) -> bool:
    """«معلنا استنكاره», «مؤكدا دعمه», «معربا عن»: an indefinite accusative participle in «مـ…ـا» after a verb
    describes how its subject acts; a masdar owned by a pronoun or a preposition right after it shows it is one
    (not a noun, «يعتبر مصدرا للاستقرار»). Its clause is the verb's subject's: no object of the verb follows it."""
    if t + 1 >= end:
        return False
    k = nkey(doc.tokens[t].text.rstrip("\u064b"))
    if len(k) < 5 or not k.startswith("م") or not k.endswith("ا") or k.endswith("ها"):
        return False
    if k in fw("adverbs") or k in MANNER_ADVERBS or k in fw("not_actors") or k in fw("no_actors"):
        return False  # «زيارته مؤخرا إلى بروكسل», «مسبقا», «مزيدا»: an adverb
    surface = doc.tokens[t + 1].text  # (the surface: «للشرطة» folds to a final «ه» too)
    nxt = nkey(surface)
    return nxt in MANNER_FOLLOWERS or (len(nxt) >= 4 and surface.endswith(OWNED_PRONOUNS)
                                       and not surface_definite(surface))
