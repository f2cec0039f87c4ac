"""Round ch424: a bare masculine perfect that opens a clause before its subject is a verb, not a phrase's first word.

«واستغل تنظيم داعش الفراغ الأمني», «قطع الرئيس السوداني ...», «وقدم رئيس الوزراء نتنياهو التعازي»: an
unvocalised masculine perfect has no mark of a verb (``word_tests.finite_verb`` reads the feminine «ـت» and the
imperfect «يـ»), so the phrase run took it with the words after it as one noun phrase («واستغل تنظيم»), and the
subject after it was lost to the verbs told after it in «و» and to its «لـ» purpose masdars. A word is read as that
verb, opening no phrase (``chunks.build_chunks``), where three things hold:

* it is a masculine perfect of the verb lexicons: a trigger's perfect (``trigger_table.past_keys``: «قطع»,
  «قدم»), a reporting verb's (``saying.saying_perfects``: «قال», «أضاف»), a perfect of the verbs that take a
  masdar or a light verb's object (function words ``masdar_object_verbs``, ``light_verbs``: «قرر», «شن»), or a
  news verb of the function words ``opening_perfects`` («استغل», «عقد», «حض»); written bare or in «و/ف», with no
  pronoun on it, and no given name («حسن»);
* it opens a clause: the sentence's first word, a word right after a comma or a word that a clause's verb follows
  («ثم», «كما», «وحينها», «وقد»), or one in «و/ف»;
* the word after it is the start of a name, a title («رئيس», «الوزير») or a definite noun («الجيش») — its
  subject. A noun of the same letters stands before an indefinite word («قطع غيار», «عقد صفقة») or a preposition
  («دور في»), and keeps its reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..doc import Doc, Token
from ..entities import gazetteer
from ..text.normalize import COMMAS_AND_SEMICOLON
from .chunk_type import Chunk, chunk_flags
from .forms import bare, fw, nkey
from .saying import saying_perfects
from .trigger_table import past_keys
from .word_tests import finite_verb, verb_key

_IMPERFECT = ("ي", "ت")  # the imperfect's prefixes: «يرفض», «تشن» (a light verb's list holds both tenses)
_VERB_LISTS = ("masdar_object_verbs", "light_verbs")
_OPENER_LISTS = ("sequence_openers", "then_words", "verb_particles")


@lru_cache(maxsize=1)
def perfect_keys() -> frozenset[str]:
    """The keys of the masculine perfects read by :func:`opening_perfect` (module docstring): the triggers', the
    reporting cues', and those of the verb lists ``_VERB_LISTS`` not in an imperfect's prefix nor the feminine
    «ـت»."""
    listed = {k for name in _VERB_LISTS for k in fw(name) if not k.startswith(_IMPERFECT) and not k.endswith("ت")}
    pasts = past_keys()
    masculine = {k for k in pasts if k + "ت" in pasts}  # (the 3ms perfect: the one whose feminine «ـت» is there too)
    return frozenset(masculine | saying_perfects() | listed | fw("opening_perfects"))


@lru_cache(maxsize=65536)
def _perfect_stem(stem: str) -> bool:
    """Is the stem (a word's ``norm``) one of :func:`perfect_keys` and no given name?"""
    k = nkey(stem)
    return k in perfect_keys() and gazetteer.load().name_word(k) is None


def _opener(key: str) -> bool:
    """A word after which a clause's verb comes first: «ثم», «كما» (``sequence_openers``), «حينها», «وعندئذ»
    (``then_words``), «قد», «وقد» (``verb_particles``)."""
    return any(bare(key, name) in fw(name) for name in _OPENER_LISTS)


def opens_clause(toks: Sequence[Token], t: int, a: int) -> bool:
    """Does token ``t`` open a clause of the sentence from token ``a``: its first word, or right after a comma or a
    word a clause's verb follows (:func:`_opener`)?"""
    return t == a or toks[t - 1].text in COMMAS_AND_SEMICOLON or _opener(toks[t - 1].norm_key)


def opening_perfect(toks: Sequence[Token], t: int, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]
                    ) -> bool:
    """Is token ``t`` (in the sentence of tokens ``a``..``b - 1``) a bare masculine perfect opening a clause right
    before its subject (module docstring)?"""
    if t + 1 >= b or t in mentions:
        return False
    w = toks[t].words
    pro = len(w) == 2 and w[0].kind == "proclitic" and w[0].form in ("و", "ف")
    if len(w) != (2 if pro else 1) or w[-1].kind != "stem" or not _perfect_stem(w[-1].norm):
        return False
    if not (pro or opens_clause(toks, t, a)):
        return False
    if t + 1 in mentions:
        return mentions[t + 1][2] == toks[t + 1].start  # (a name that starts there, not one past a clitic «لـ»)
    title, definite, _ = chunk_flags(toks[t + 1].text, False)
    return title or definite


def bare_accusative(text: str) -> bool:
    """An indefinite accusative written without its tanween («حصارا», «خانقا»): a word of four letters or more in
    «ـا», no plural verb («نفذوا»); an indefinite accusative heads no genitive, so the same form after it agrees (and
    after a verb's definite subject it opens its object: «وأطلق الرئيس | حربا», ``chunks.build_chunks``)."""
    k = verb_key(text)
    return len(k) >= 4 and k.endswith("ا") and not k.endswith("وا") and not k.startswith("ال")


def verb_object(toks: Sequence[Token], t: int, k: int, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]
                ) -> bool:
    """Does token ``k`` open the object of the verb right before the phrase at token ``t`` (its subject): an
    indefinite accusative (:func:`bare_accusative`, no adverb: «مجددا», «أيضا») after a subject that a perfect of
    :func:`opening_perfect` opens its clause before («وأطلق الرئيس | حربا»)?"""
    text = toks[k].text
    return bare_accusative(text) and k not in mentions and nkey(text) not in fw("adverbs") \
        and nkey(text) not in fw("lone_adverbs") and t > a and opening_perfect(toks, t - 1, a, b, mentions)


def verb_word(doc: Doc, k: int, a: int) -> bool:
    """Is token ``k`` (in the sentence from token ``a``) a verb by its shape (``word_tests.finite_verb``) or a bare
    perfect opening its clause before its subject (:func:`opening_perfect`) that tells no act of its own: a verb of
    saying or deciding («وصرح الوزير», «وقرر المسؤولون»), not a trigger's («وتظاهر السكان ... للتنديد», whose
    subject does the acts of its purpose)?"""
    from .chunks import mention_index  # (chunks reads this module)

    toks = doc.tokens
    if finite_verb(toks[k]):
        return True
    stem = nkey(toks[k].words[-1].norm)
    return (stem in saying_perfects() or stem not in past_keys()) and opening_perfect(toks, k, a, len(toks),
                                                                                      mention_index(doc))


def own_act_verb(doc: Doc, v: int, c: Chunk, i: int) -> bool:
    """Does the verb at token ``v``, right before the phrase ``c``, make that phrase the doer of the noun act at token
    ``i``: a verb of ability («تمكنت قواتنا من استعادة»: function words ``ability_verbs``), or a verb that takes a
    masdar (``masdar_object_verbs``: «قرر», «رفض») whose subject ``c`` is, a phrase of actors, with the act right
    after it («وقرر الجيش مهاجمتهم»; not «وقرر المسؤولون تأجيل الزيارة», the act of the masdar's object, nor
    «ويؤيد السلام والمحادثات», the verb's object)?"""
    from .actors import actor_phrase, can_act  # (actors reads chunks, which reads this module)

    key = doc.tokens[v].norm_key
    if bare(key, "ability_verbs") in fw("ability_verbs"):
        return True
    return i == c.j + 1 and bare(key, "masdar_object_verbs") in fw("masdar_object_verbs") and can_act(doc, c) \
        and actor_phrase(doc, c)
