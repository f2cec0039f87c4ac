"""Round 67 of real news: a statement whose object is a performative act is that act. «أعلن الرئيس قبوله لاقتراح
روسي», «أعلنت الحكومة رفضها للقرار», «أكد الوزير تأييده للمبادرة», «أعلن الحزب استعداده للحوار»: the reporting
verb (``announce``, ``declare``, ``affirm``) tells an acceptance or a readiness (CAMEO 030, PLOVER AGREE), an
endorsement (051) or a rejection (120), not a plain statement (010). What decides is the verb's object: a masdar of
one of the function-word lists ``performative_agreement``, ``performative_support``, ``performative_rejection``
(round 81: ``performative_pessimism``, «أعرب عن قلقه», CAMEO 012 make pessimistic comment; round gr449:
``performative_intent``, «أعلن نيته», «إعلان واشنطن نيتها اتخاذ اجراءات»: an expression of intent, CAMEO 030, said
by the noun «إعلان» too; not where an act of the lexicon follows, «أكد عزمه على زيارة», «أعلن عزمه شن هجمات»,
:func:`act_after`; round gr463: nor an intent to run for office, «أعلن نيته للترشح», :func:`contest_after`)
with a possessive pronoun of its doer («قبوله», «رفضها»), the first such word after the verb and its subject,
before any «أن» or end of the clause. Where that object is a verbal act noun of the trigger
lexicon so possessed («أعلن انتقاده», «أكدت تعهدها»: CAMEO 03, 05, 11, 12), the verb gives way to the noun's own
event. The word before it must close the subject (the verb, «عن», a comma, a name, a definite word): after an
indefinite head («أكد ضرورة دعمها») the pronoun is the object of another act, not its doer."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc
from .allegiance import declared_allegiance
from .forms import fw, fw_keys, nkey, token_candidates
from .lexicon import Entry, Hit, lexicon, plover_of
from .refused_notions import CONDEMN, REJECT, evil_after
from .ready_intent import readiness, ready_code
from .stated_readiness import stated_readiness
from .stood_with import stands_by
from .word_tests import named_token

REPORTING = frozenset(("announce", "declare", "affirm", "express", "express_show"))
EXPRESSING = frozenset(("express", "express_show"))  # round 72: «أعرب عن», «أبدى»: a stance, an event only by its object
OBJECT_REACH = 8  # words after the verb read for its object (past its subject: «أعلن رئيس الوزراء التركي رفضه»)
# round 81: «أعرب عن قلقه»: CAMEO 012 (PETRARCH: قلق + اعرب عن); round gr449: «أعلن نيته»: an intent, 030
LISTS = (("performative_agreement", "030"), ("performative_support", "051"), ("performative_rejection", "120"),
         ("performative_pessimism", "012"), ("performative_intent", "030"))
VERBAL_ROOTS = ("03", "05", "11", "12")  # lexicon nouns a statement may perform: agree, endorse, disapprove, reject
PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "نا")  # round ev474: «نعلن استعدادنا»
STOPS = frozenset(nkey(w) for w in ("أن", "إن", "بأن", "وأن", "أنه", "أنها", "إنه", "إنها", "قائلا", "قائلًا", "مؤكدا",
                                     "و", "كما", "الذي", "التي", "."))


def _possessed_stem(text: str) -> str | None:
    """The stem of a masdar with a possessive pronoun («قبوله» → «قبول», «موافقته» → «موافقه»); None without one."""
    key = nkey(text)
    for suf in PRONOUNS:
        if key.endswith(suf) and len(key) - len(suf) >= 3:
            stem = key[: -len(suf)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


def _listed_code(stem: str) -> str | None:
    return next((code for name, code in LISTS if stem in fw(name)), None)


def _lexicon_act(stem: str) -> bool:
    """Whether ``stem`` is a verbal act noun of the trigger lexicon (CAMEO 03, 05, 11, 12: «إدانة», «تعهد»)."""
    return any(pos == "N" and entry.code[:2] in VERBAL_ROOTS and not (entry.next or entry.near or entry.heads)
               for entry, pos in lexicon().get(stem, ()))


def _closes_subject(doc: Doc, k: int, verb: int) -> bool:
    """Whether the word before the object, token ``k``, may end what stands between it and the verb."""
    if k == verb:
        return True
    key = doc.tokens[k].norm_key
    return key in ("عن", "،", ",", "»", "امس", "اليوم", "رسميا") or key.startswith(("ال", "وال")) or named_token(doc, k)


def _object(doc: Doc, hit: Hit, b: int) -> tuple[int, str] | None:
    """The performative object of a reporting verb ``hit``: its token and its stem, else None (see the module)."""
    if hit.entry.id not in REPORTING or hit.pos != "V" and hit.entry.id != "announce":
        return None
    for k in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        key = doc.tokens[k].norm_key
        if key in STOPS or key in (".", "؟", "!", ":", "«"):
            return None
        stem = _possessed_stem(doc.tokens[k].text)
        if stem is not None and (_listed_code(stem) is not None or _lexicon_act(stem)):
            if hit.pos != "V" and stem not in fw("performative_intent"):
                return None  # (gr449: the noun «إعلان» performs an intent only: «إعلان واشنطن نيتها اتخاذ»)
            return (k, stem) if _closes_subject(doc, k - 1, hit.j) else None
    return None


def _pledged(doc: Doc, hit: Hit, b: int) -> bool:
    """Round 81: whether the announcement noun ``hit`` announces a pledge by its doer: «إعلان الرئيس بتوفير
    الضمانات», «إعلان الرئيس بأن يضمن سلامتهم» (past its genitive, the first «بـ» word is a masdar of providing
    or guaranteeing, ``pledge_contents``, or «بأن» + such a present verb, ``pledge_content_verbs``). What is
    announced to have happened («إعلان الجيش بمقتل ثلاثة») stays a statement."""
    if hit.entry.id != "announce" or hit.pos != "N":
        return False
    for k in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        key = doc.tokens[k].norm_key
        if key.startswith("ب") and k > hit.j + 1:  # («بأن» before the stops, which hold it)
            provides = key in fw("pledge_contents") or (
                key == nkey("بأن") and k + 1 < b and doc.tokens[k + 1].norm_key in fw("pledge_content_verbs"))
            return provides and _closes_subject(doc, k - 1, hit.j)
        if key in STOPS or key in (".", "؟", "!", ":", "«", "،", ","):
            return False
    return False


def performed(doc: Doc, hit: Hit, b: int) -> str | None:
    """The code of the act a reporting verb ``hit`` performs by an object of the lists (see the module), or 030
    for an announcement noun of a pledge (:func:`_pledged`); else None."""
    obj = _object(doc, hit, b)
    if obj is None:
        if declared_allegiance(doc, hit.i, hit.j, hit.entry.id, b) or stands_by(doc, hit, b):
            return "051"  # round 114: «أعلن الولاء لفلان»: allegiance pledged; ev819: «أكد وقوف الرياض مع القاهرة»
        if (ready := stated_readiness(doc, hit, b, REPORTING)) is not None:
            return ready  # round ev481: «أكد أنه مستعد لحل سياسي»: 030, by the act as a readiness performed
        return "030" if _pledged(doc, hit, b) else None
    code = _listed_code(obj[1])
    if obj[1] in fw("performative_intent") and (act_after(doc, obj[0], b) or contest_after(doc, obj[0], b)):
        return None  # gr449: «أكد عزمه على زيارة الرياض», «أعلن عزمه شن هجمات»: the act intended tells it
    if readiness(obj[1]):
        return ready_code(doc, obj[0], b)  # round ev474: «أعلنت استعدادها لتقديم المساعدة»: 033, by the act
    return CONDEMN if code == REJECT and evil_after(doc, obj[0], b) else code  # round tp404: «أعلن رفضه للعنف»


INTENT_REACH = 2  # words after an intent noun read for the act intended («عزمه على زيارة», «نيتها شن هجوم»)


def act_after(doc: Doc, obj: int, b: int) -> bool:
    """Round gr449: whether a word of the trigger lexicon follows the intent noun ``obj`` within ``INTENT_REACH``
    words of its sentence (ending before token ``b``): the act intended is then an event of its own (planned), which
    the statement carries; an intent to attack is no intent to cooperate either («أعلن عزمه شن هجمات»)."""
    for t in range(obj + 1, min(b, obj + 1 + INTENT_REACH)):
        for w in doc.tokens[t].words:
            key = nkey(w.form)
            if w.kind == "stem" and (key in lexicon() or key.removeprefix("ال") in lexicon()):
                return True
    return False


def contest_after(doc: Doc, obj: int, b: int) -> bool:
    """Round gr463: whether the intent noun ``obj`` is followed, within ``INTENT_REACH`` words of its sentence (ending
    before token ``b``), by a masdar of standing or competing (``intent_contests``: «نيته للترشح», «نيتهم بالترشح»,
    «عزمه خوض الانتخابات»): an intent to run for office is a statement (010), no intent to cooperate. An intent to
    resign («نيته بالاستقالة») keeps its 030: CAMEO puts a leadership change (0341) under 03."""
    for t in range(obj + 1, min(b, obj + 1 + INTENT_REACH)):
        if any(c.key in fw_keys("intent_contests") for c in token_candidates(doc.tokens[t])):
            return True  # (a reading with its clitics off: «للترشح», «بالترشح»)
    return False


def gives_way(doc: Doc, hit: Hit, hits: list[Hit], b: int) -> bool:
    """Whether a reporting verb ``hit`` gives way to its object, a verbal act noun that the lexicon matched
    («أعلن لافروف انتقاده», «أكدت تعهدها»): the noun tells the act, with its own doer; the verb is no statement."""
    obj = _object(doc, hit, b)
    return obj is not None and _listed_code(obj[1]) is None and any(h.i == obj[0] for h in hits)


def unexpressed(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether ``hit`` is a verb of expressing («أعرب عن», «أبدى») with no performative object: «أبدى أمله»,
    «أعرب عن ارتياحه» tell a feeling, no act (round 72); a concern («أعرب عن قلقه») is a pessimistic comment,
    CAMEO 012 (round 81, ``performative_pessimism``)."""
    return hit.entry.id in EXPRESSING and _object(doc, hit, b) is None


def performative(entry: Entry, code: str) -> Entry:
    """``entry`` (a statement) recoded as the act it performs: the same frame, CAMEO ``code``."""
    return replace(entry, id=f"{entry.id}_performed", code=code, plover=plover_of(code))


__all__ = ["gives_way", "performed", "performative", "unexpressed"]
