"""Round 122: what a noun act's pronoun and a statement's «عن» phrase stand for.

``told_act``: «الإعلان عن إغلاق ميناء الحديدة», «أعلن عن تقديم الولايات المتحدة دعما»: the «عن» phrase of a statement
that opens with a masdar («إغلاق», «تقديم») tells an act; the name in its genitive does or undergoes that act and is
no party to the statement (but a person right after it, «أعلن عن تكليف فلان», is the one it concerns).

``appeal_owner``: «دعوته لإنشاء مجموعات عمل», «دعوتها إلى وقف»: the pronoun on an appeal noun (CAMEO 02) followed
by «لـ/إلى» and what is called for is the one who calls, never its object.

``sister_masdar``: a noun act coordinated with a sister masdar that carries the same pronoun.

«ولم يخف إعجابه بتنظيم داعش ودعوته إلى تطبيق ...»: «ودعوته» is joined by «و» to «إعجابه», a masdar with the same
possessive pronoun a few words before it; the pronoun is the one who admires and calls on both (their shared actor),
never an object standing for the name the sister masdar took as its own object («بتنظيم داعش»). Such a noun trigger
reads no object from its pronoun.

Round 131, ``sister_object``: «خرجوا للتنديد بممارسات عناصر التنظيم والمطالبة بخروجهم»: a noun trigger joined by «و»
right after a phrase that a preposition governs (the object of the masdar before it, or the genitive of a noun of
members under it) does not take that phrase as its subject; its doer is the sister's, or none.
"""

from __future__ import annotations

from ..doc import Doc, Token
from .actors import governed
from .forms import nkey, stem_key
from .lexicon import masdar
from .chunks import Chunk
from .lexicon import Hit
from .word_tests import OBJECT_PRONOUNS, clause_stop, enclitic, finite_verb, has_letters

REACH = 5  # tokens back from the trigger to the sister masdar


def _owned(tok: Token, pron: str) -> bool:
    """The token carries the possessive ``pron``: the word layer's enclitic, or a written one on a noun with no
    article and at least four letters before it («إعجابه», which the word layer may leave whole)."""
    if enclitic(tok) == pron:
        return True
    key = stem_key(tok, last=True, form=True, bare="")
    return key.endswith(pron) and len(key) - len(pron) >= 4 and not key.startswith("ال")


def sister_masdar(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger «وـX+ه» has a sister «Y+ه» (same pronoun, no «و» of its own needed) at most ``REACH``
    tokens before it in its clause, with no verb and no clause break between (module docstring)."""
    return hit.pos == "N" and owned_sister(doc, hit.i, sent_start)


def owned_sister(doc: Doc, i: int, sent_start: int) -> bool:
    """The token «وـX+ه» at ``i`` has a sister «Y+ه» before it (:func:`sister_masdar`, for any reading of it: round
    131, «إعجابه بتنظيم داعش ودعوته» is no pronoun for «داعش» in :mod:`.masdar_agents` either)."""
    tok = doc.tokens[i]
    words = tok.words
    pron = enclitic(tok)
    if pron not in OBJECT_PRONOUNS or not words or words[0].kind != "proclitic" or words[0].form != "و":
        return False
    for k in range(i - 1, max(sent_start, i - REACH) - 1, -1):
        before = doc.tokens[k]
        if clause_stop(before.text) or not has_letters(before.text) or finite_verb(before):
            return False
        if k < i - 1 and _owned(before, pron):
            return True
    return False


def told_act(doc: Doc, c: Chunk) -> bool:
    """The prepositional phrase ``c`` opens with a masdar, with no name on it (module docstring)."""
    if c.etype == "PERSON":
        return False  # («أعلنت الشرطة عن توقيف الداعية فلان»: the person it concerns)
    k = c.i
    if k > 0 and doc.tokens[k].norm_key == "عن":
        k += 1  # (a chunk that holds the separate preposition)
    if k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    if any(m.start <= tok.start < m.end for m in doc.mentions):
        return False
    key = stem_key(tok, last=True, form=True)
    for t in range(k + 1, min(len(doc.tokens), k + 1 + PERSON_REACH)):
        if not has_letters(doc.tokens[t].text):
            break
        if any(m.start <= doc.tokens[t].start < m.end and m.type == "PERSON" for m in doc.mentions):
            return False  # («أعلن عن تكليف فلان», «عن توقيف الداعيتين فلان»: the person it concerns)
    return masdar(key.removeprefix("ال"))


APPEAL = "02"
PERSON_REACH = 4  # tokens from the masdar told to the person it concerns
TO = ("الى", "إلى")


def appeal_owner(doc: Doc, hit: Hit) -> bool:
    """The pronoun on the appeal noun is its owner, the one who calls (module docstring)."""
    if hit.pos != "N" or not hit.entry.code.startswith(APPEAL) or enclitic(doc.tokens[hit.j]) not in OBJECT_PRONOUNS:
        return False
    if hit.j + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[hit.j + 1]
    words = nxt.words
    return nxt.norm_key in (nkey(w) for w in TO) or bool(words) and words[0].kind == "proclitic" and \
        words[0].form == "ل" and len(words) > 1


def sister_object(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk) -> bool:
    """The phrase ``source`` found before the «و» + noun trigger is a governed object, not its subject (module
    docstring)."""
    words = doc.tokens[hit.i].words
    if hit.pos != "N" or not words or words[0].kind != "proclitic" or words[0].form != "و":
        return False
    if source.j + 1 != hit.i:
        return False
    if source.prep is not None or governed(doc, chunks, source):
        return True
    k = chunks.index(source) if source in chunks else -1
    prev = chunks[k - 1] if k > 0 else None
    # «بالممارسات الوحشية لعناصر | تنظيم داعش»: the genitive right after a governed phrase, still inside it
    return prev is not None and not source.coord and prev.prep is not None and prev.j + 1 == source.i
