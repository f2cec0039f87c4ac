"""Round qu836: a plural participle cue shares the subject of the finite verb it hangs on, and a verb in «ـوا/ـون»
agrees with a subject fronted before it (SVO; a verb that opens its clause stays singular: «طعن الأنصار»). «لكن
أنصار الحفاظ على البيئة طعنوا على القرار قائلين إن ...»: the supporters speak, not the body the sentence opens
with. The subject is the phrase before the verb (past its phrases of a preposition: «على البيئة») at the opening of
a clause (the sentence's, after a comma, a colon or «لكن/بينما/فيما»): a person or body named there, else a group
of people (``contrast_group``: «المعارضون», «أنصار», «خبراء»). Not a verb with no such phrase before it («...، ثم
طعنوا قائلين»: a dropped subject).

Round qu855: a singular participle does the same where the verb, the participle and the subject agree in gender:
«لكن المحكمة رفضت الطلب قائلة إن» (a feminine body or person, a verb in «ـت/تـ»), «بينما الوزير رد على الانتقادات
قائلا إن» (a man or a body of a masculine head, a verb with neither). The sentence's opening subject a participle
hangs on agrees in number and gender where it is unnamed (``agreeing_subject``).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import PLACES, fw
from ..events.word_tests import past_conjunction
from .cues import match_cue
from .fronted import speaking_head
from .fronted_group import contrast_group
from .phrases import governed, title_head

NOT_VERB_ENDINGS = ("ه", "ات", "ين", "ون", "ء", "ي", "ا", "تا")  # «الهيئة», «متطوعين», «قالا», «قالتا»
FRONTED_REACH = 3  # phrases of a preposition between the fronted subject's head and its verb («على البيئة»)


def plural_verb(doc: Doc, u: int) -> bool:
    """Token ``u`` has the shape of a masculine plural verb: a past one in «ـوا» («طعنوا», «وأكدوا») or a present one
    in «يـ/تـ ... ـون» («يترددون»)."""
    stem = past_conjunction(doc.tokens[u].norm_key)
    return len(stem) >= 4 and (stem.endswith("وا") or (stem[:1] in ("ي", "ت") and stem.endswith("ون")))


def _opens_clause(doc: Doc, k: int, lo: int) -> bool:
    """Token ``k`` stands before the opening of a clause: before the sentence (``lo``), a comma, a colon, or a word
    of contrast («لكن», «ولكن», «بينما», «فيما»)."""
    if k < lo:
        return True
    tok = doc.tokens[k]
    return tok.text in ("،", ",", ":") or tok.norm_key in fw("but_words") or tok.norm_key in fw("main_clause_openers")


def fronted_plural_subject(doc: Doc, chunks: list[Chunk], u: int, lo: int, t: int) -> Chunk | None:
    """The subject fronted before the verb at token ``u`` that the participle cue at ``t`` hangs on (see the
    module), from token ``lo`` (the sentence's first): a plural one for a plural verb and cue, a singular one of
    the same gender for a singular cue (``_fronted_singular``); None where they do not agree or no such phrase
    opens the clause."""
    cue = match_cue(doc, t)
    if cue is None or cue.kind != "participle":
        return None
    if not cue.plural:
        return None if cue.dual else _fronted_singular(doc, chunks, u, lo, cue.gender)
    if not plural_verb(doc, u):
        return None
    c = _fronted_phrase(doc, chunks, u, lo)
    if c is None:
        return None
    if c.entity is not None:
        return c if c.etype not in PLACES else None
    if not contrast_group(doc, c) or c.coord:
        return None
    return plain_chunk(doc.tokens, c.i, u - 1) if c.j < u - 1 else c  # «أنصار الحفاظ على البيئة»: the whole phrase


def _fronted_phrase(doc: Doc, chunks: list[Chunk], u: int, lo: int, split: bool = False) -> Chunk | None:
    """The phrase of no preposition or count that opens the clause before the verb at ``u``, past up to
    FRONTED_REACH phrases of a preposition after it («أنصار الحفاظ | على البيئة | طعنوا»); ``split``: the part
    before the verb of an unnamed phrase the chunker ran on through it («لكن الوزير رفض الخطة»: «الوزير»)."""
    c = next((c for c in chunks if c.j == u - 1), None)
    run = next((d for d in chunks if d.i < u <= d.j), None) if split and c is None else None
    if run is not None and run.entity is None and run.prep is None and not run.coord:
        c = plain_chunk(doc.tokens, run.i, u - 1)
    for _ in range(FRONTED_REACH):
        if c is None or not governed(doc, c):
            break
        i = c.i - (1 if c.prep is not None and c.prep == doc.tokens[c.i - 1].norm_key else 0)  # «على | البيئة»
        c = next((d for d in chunks if d.j == i - 1), None)
    if c is None or governed(doc, c) or c.number or not _opens_clause(doc, c.i - 1, lo):
        return None
    return c


def singular_verb(doc: Doc, u: int, gender: str) -> bool:
    """Token ``u`` has the shape of a singular verb of ``gender``: a feminine one in «ـت» or «تـ» («رفضت»,
    «ترفض»), a masculine one with neither: a present in «يـ» («يرفض»), a past of three or four letters («رفض»,
    «أعلن»; not in «مـ/تـ»: «مجلس», «تحدث»), of five or six in «ا» («انتقد»), a doubled one with its shadda
    («ردّ»); no plural, dual or noun ending («للهيئة», «متطوعين»)."""
    stem = past_conjunction(doc.tokens[u].norm_key)
    if len(stem) < 2 or plural_verb(doc, u) or stem.endswith(NOT_VERB_ENDINGS) or stem.startswith("ال"):
        return False
    if gender == "f":
        return len(stem) >= 3 and (stem.endswith("ت") or (stem[:1] == "ت" and len(stem) >= 4))
    if stem.endswith("ت") or stem[:1] in ("ت", "م"):
        return False
    return ((stem[:1] == "ي" and len(stem) >= 4) or len(stem) == 3 or (len(stem) == 4 and stem[:1] != "ي")
            or (stem[:1] == "ا" and len(stem) in (5, 6)) or (len(stem) == 2 and "\u0651" in doc.tokens[u].text))


def _head_gender(doc: Doc, c: Chunk) -> str:
    """The gender the head of ``c`` shows: feminine in «ـة» («المحكمة», «الوزيرة»), else masculine («الوزير»)."""
    head = doc.tokens[c.i].norm_key.removeprefix("و").removeprefix("ال")
    return "f" if head.endswith("ه") and len(head) >= 3 else "m"


def _fronted_singular(doc: Doc, chunks: list[Chunk], u: int, lo: int, gender: str) -> Chunk | None:
    """The singular subject fronted before the verb at ``u`` a singular participle of ``gender`` hangs on, where the
    verb and the subject agree with it: a person of that gender, a body whose head has it, or an unnamed definite
    title or body («لكن المحكمة رفضت الطلب قائلة», «بينما الوزير رد قائلا»); None otherwise."""
    if not singular_verb(doc, u, gender):
        return None
    c = _fronted_phrase(doc, chunks, u, lo, split=True)
    if c is None or c.coord:
        return None
    if c.etype == "PERSON":
        ent = doc.entity(c.entity) if c.entity is not None else None
        known = ent.attrs.get("gender") if ent is not None else None
        return c if known is None or known == gender else None
    if (c.entity is not None and c.etype in PLACES) or _head_gender(doc, c) != gender:
        return None
    if c.entity is None and not (c.definite and speaking_head(doc, c)):
        return None
    return c


def agreeing_subject(doc: Doc, t: int, c: Chunk | None) -> Chunk | None:
    """The subject ``c`` read for the clause of the participle at ``t`` (the closest verb's, else the sentence's
    opening one), where it is named or agrees with it: not a singular one for a plural participle («ووافقت
    الوزارة على المشروع، ثم طعنوا على القرار قائلين»: they who appealed are not named), nor a man for a feminine
    one («ووافق الوزير ...، ثم رفضت الطلب قائلة»)."""
    cue = match_cue(doc, t)
    if c is None or c.entity is not None or cue is None or cue.kind != "participle" or cue.dual:
        return c
    head = doc.tokens[c.i].norm_key.removeprefix("و").removeprefix("ال")
    person = title_head(doc, c) and _head_gender(doc, c) == "m"
    if cue.plural and not c.coord and (person or (head.endswith("ه") and not head.endswith("اه"))):
        return None  # (not «مصادر», «المسؤولون»: a plural may speak for them)
    return None if cue.gender == "f" and not cue.plural and person else c
