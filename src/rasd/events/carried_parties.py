"""Round 117: parties carried or read from the wrong place, where a null is better than a wrong party.

- ``object_carried``: «وهو يوبخ نجل القذافي ويحثه على الحديث»: a verb in «و» with an object pronoun, right after a
  verb of its clause and that verb's object, has that object as the one its pronoun resumes: the actor named there
  is not carried to it as its subject.
- ``reciprocal_unnamed``: «إذ يلتقي في جانب منها حلفاء وخصوم»: a verb of meeting whose phrase after it is a pair of
  unnamed indefinite phrases in «و» tells who meet each other: they are its subject (unnamed), no one named before
  is carried and they are not whom it meets.
- ``unnamed_opener``: «ويدين معارضو الاتفاق ...، ويؤكد»: a verb in «و» of the form (gender, number) of the verb that
  opens its clause shares that verb's subject, also where the subject is an unnamed phrase whose number the singular
  verb of VSO does not show; then no one named before is carried.
- ``apart_after_time``: «وتضرب فيفا أزمة فضائح، بعد اتهام 14 شخصا»: a noun of words (accusing, condemning) after a
  comma and a word of time («، بعد/عقب/إثر») is no act of the clause's subject before the comma.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit, match_token
from ..text.normalize import COMMAS_AND_SEMICOLON as COMMAS
from ..text.verb_gender import verb_agreement
from .word_tests import clause_break, enclitic, finite_verb, verb_key, verb_like

OBJECT_REACH = 6  # tokens back from the verb with a pronoun to the verb whose object it resumes


def _verb_before(doc: Doc, i: int, a: int) -> int | None:
    """The token of the finite verb nearest before token ``i`` in its clause (no comma between), within reach."""
    for k in range(i - 1, max(a, i - OBJECT_REACH) - 1, -1):
        tok = doc.tokens[k]
        if tok.text in COMMAS or clause_break(tok.text):
            return None
        if verb_like(tok, 4, ("ه", "ات", "يه", "يا")):
            return k  # (a bare imperfect too: «وهو يوبخ فلانا ويحثه»)
    return None


def _object_span(doc: Doc, hit: Hit, a: int) -> tuple[int, int] | None:
    """Where the object of the verb right before the verb in «و» at ``hit`` with an object pronoun stands."""
    pron = hit.cand.enclitic or enclitic(doc.tokens[hit.i])  # (the lexicon's reading: «ويحثه»)
    if hit.pos != "V" or hit.cand.proclitics[:1] != ("و",) or pron not in ("ه", "ها", "هم"):
        return None
    k = _verb_before(doc, hit.i, a)
    return None if k is None else (doc.tokens[k].end, doc.tokens[hit.i].start)


def object_carried(doc: Doc, hit: Hit, src: str, a: int) -> bool:
    """The actor ``src`` carried to the verb at ``hit`` (its sentence from token ``a``) is named as the object of
    the verb right before it in its clause, which the verb's object pronoun resumes."""
    span = _object_span(doc, hit, a)
    return span is not None and any(m.entity == src and span[0] <= m.start and m.end <= span[1] for m in doc.mentions)


def object_subject(doc: Doc, hit: Hit, c: Chunk | None, a: int) -> bool:
    """The phrase ``c`` read as the subject of the verb at ``hit`` is the object of the verb right before it."""
    span = _object_span(doc, hit, a)
    return c is not None and span is not None and span[0] <= c.start and c.end <= span[1]


def reciprocal_unnamed(doc: Doc, chunks: list[Chunk], hit: Hit, targets: list[Chunk] | None) -> bool:
    """The verb of meeting at ``hit`` has for its phrase after it (the first target) two unnamed indefinite phrases
    in «و», with no preposition: who meet each other."""
    if hit.pos != "V" or not hit.entry.code.startswith("04") or not targets:
        return False
    first = targets[0]
    if first.entity is not None or first.prep is not None or first.definite or first.title:
        return False
    other = next((c for c in chunks if c.i > first.j), None)
    return other is not None and other.coord and other.i - first.j <= 2 and other.entity is None \
        and other.prep is None and not other.definite and not doc.tokens[first.i].norm_key.startswith("ال")


def _shape(key: str) -> tuple[bool, bool]:
    """A verb's agreement by its key: (feminine, plural) (``verb_agreement``)."""
    agreement = verb_agreement(key)
    return agreement == "f", agreement == "p"


def unnamed_opener(doc: Doc, c: Chunk, hit: Hit) -> bool:
    """The unnamed subject ``c`` of the verb that opens the clause before the verb at ``hit`` (the verb right before
    ``c``) is this verb's too: the two verbs have one form."""
    if c.entity is not None or c.title or c.i < 1 or c.j >= hit.i or not finite_verb(doc.tokens[c.i - 1]) and not verb_key(
            doc.tokens[c.i - 1].text).startswith(("ي", "ت")):
        return False
    return _shape(verb_key(doc.tokens[c.i - 1].text)) == _shape(hit.cand.key)


def apart_after_time(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The noun of words at ``hit`` stands right after a word of time that a comma sets off from the clause before."""
    if hit.pos != "N" or hit.entry.gen != "actor" or hit.cand.proclitics or hit.i - 2 < sent_start:
        return False
    time_word = doc.tokens[hit.i - 1].norm_key
    return time_word in fw("time_before_words") and time_word != "خلال" and doc.tokens[hit.i - 2].text in COMMAS


def governed_members(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """«لجنة تضم 23 عضوا من أعضاء مجلس النواب»: the named body ``c`` is the genitive of a noun of members
    (function words ``member_nouns``) that a preposition governs right before it: the members' body, no subject."""
    prev = next((d for d in chunks if d.j == c.i - 1), None)
    if c.entity is None or prev is None or prev.prep is None or prev.entity is not None or prev.i != prev.j:
        return False
    key = doc.tokens[prev.i].norm_key
    return any(k in fw("member_nouns") for k in (key, key[len(prev.prep):], key.removeprefix("ال")))


def issuer_genitive(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Round 74: «بعد النظر في قرار مجلس الشورى رقم ...، قرر مجلس الوزراء الموافقة على اتفاقية في شأن تقديم
    المساعدة»: the named body ``c`` is the genitive of a paper's noun (function words ``issued_paper_nouns``: a
    decision, a decree) that a preposition governs right before it: the body whose paper is cited, no subject."""
    prev = next((d for d in chunks if d.j == c.i - 1), None)
    if c.entity is None or prev is None or prev.prep is None or prev.entity is not None or prev.i != prev.j:
        return False
    key = doc.tokens[prev.i].norm_key
    return any(k in fw("issued_paper_nouns") for k in (key, key[len(prev.prep):]))


def unnamed_before(doc: Doc, c: Chunk | None, hit: Hit, speaker: str | None) -> bool:
    """The subject ``c`` the argument rules read for the verb at ``hit`` is an unnamed phrase (no title of a name) told
    before it («وبين أن قرار الاستعانة بمدير أجنبي يؤكد», «وكانت دائرة الأراضي ... قد أعلنت», or an opener's
    subject shared): the verb's own subject, over a speaker the quote layer carried to its cue; not where that
    speaker is named between the phrase and the verb («وكانت الناشطة الإيطالية فلانة، قد أعلنت»)."""
    if c is None or c.entity is not None or c.title or c.j >= hit.i:
        return False
    end = doc.tokens[hit.i].start
    return not any(m.entity == speaker and c.start <= m.start < end for m in doc.mentions)


def masdar_between(doc: Doc, hit: Hit, c: Chunk | None) -> bool:
    """«وهو يتوعد بقتل قائد الجيش ... فلان»: a noun act in «بـ/لـ» stands between the verb at ``hit`` and the phrase
    ``c`` after it: ``c`` is that act's genitive, not the verb's subject."""
    if c is None or hit.pos != "V":
        return False
    for t in range(hit.j + 1, c.i):
        m = match_token(doc.tokens, t)
        if m is not None and m.pos == "N" and m.cand.proclitics[-1:] in (("ب",), ("ل",)):
            return True
    return False


CIRCUMSTANTIAL = frozenset(nkey(w) for w in ("وهو", "وهي", "وهم"))


def circumstantial_other(doc: Doc, hit: Hit, src: str, a: int) -> bool:
    """«وظهر أبو يحيى التونسي في رسالة مصورة، وهو يتوعد»: a verb right after «وهو/وهي/وهم» tells the state of one
    named before it in its sentence (from token ``a``); an actor ``src`` carried from before the sentence is not it."""
    if hit.pos != "V" or hit.i - 1 < a or doc.tokens[hit.i - 1].norm_key not in CIRCUMSTANTIAL:
        return False
    lo, hi = doc.tokens[a].start, doc.tokens[hit.i].start
    return not any(m.entity == src and lo <= m.start < hi for m in doc.mentions)


def happening_subject(doc: Doc, hit: Hit, c: Chunk | None) -> bool:
    """Round 210: «وأكد حدوث اتفاق على»: an unnamed phrase after a verb that opens with a masdar of happening (function
    words ``happening_masdars``) is what the verb tells, its object: no subject (the dropped one may be carried)."""
    if c is None or c.entity is not None or hit.pos != "V" or c.i <= hit.j:
        return False
    return doc.tokens[c.i].norm_key.removeprefix("و") in fw("happening_masdars")
