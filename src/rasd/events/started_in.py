"""Round ev501: the subject right after «بدأ/شرع» does the act it governs with «في», past a time.

«وبدأ الجيش في قصف مواقع المسلحين», «بدأت قوات الأمن أمس في اعتقال المشتبه بهم», «بدأت لجنة تضم 23 عضوا من أعضاء
البرلمان في عقد اجتماعات»: a bare masdar after «في» (or after a light masdar there: «في عقد اجتماعات», function words
``act_light_masdars``) that follows, past a run of times and adverbs (``aspect_gaps``), the phrase right after a
singular verb of starting (function words ``starting_in_verbs``) is done by that phrase: the verb's subject (VSO).
An indefinite subject may run on over a clause that describes it («لجنة تضم ...»: an imperfect verb right after
it), taken whole. The subject must agree with a feminine perfect («بدأت الجيش» is no subject and verb), be no
number, no place and no phrase a preposition governs, and be a name or a phrase of people or a body
(``acting.actor_phrase``). ``subjects.after_aspect`` reads the masdar right after the verb («بدأت الحكومة مفاوضات
مع الجهات الدائنة»: an object, no «في»); ``aspect_carry`` the dropped subject («، كما بدأت في مهاجمة»).
"""

from __future__ import annotations

from collections.abc import Callable

from ..doc import Doc
from ..text.verb_gender import past_feminine
from .acting import actor_phrase, can_act
from .chunks import Chunk, clause_stop, plain_chunk, verb_key
from .forms import PLACES, bare, fw
from .lexicon import Hit, match_token
from .phrases import masculine_head
from .word_tests import enclitic, verb_like

IN = "في"  # the preposition these verbs govern their act with
ARTICLE = "ال"  # the only proclitic of the masdar («في القتل»)
START_WINDOW = 14  # tokens from the verb to the run of times before «في» («بدأت لجنة تضم 23 عضوا من أعضاء ...»)
NOUN_ENDINGS = ("ه", "ات")  # a noun in «تـ/يـ» is no imperfect that describes the subject («تسوية», «تحركات»)


def _in_token(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of «في» that governs the bare masdar ``hit`` (past a light masdar: «في عقد اجتماعات»), or None (a
    verb reading of the word is none here: «في قصف»)."""
    toks = doc.tokens
    if any(p != ARTICLE for p in hit.cand.proclitics) or enclitic(toks[hit.j]):
        return None
    f = hit.i - 1
    if f > sent_start and toks[f].norm_key in fw("act_light_masdars"):
        f -= 1
    return f if f - 1 >= sent_start and toks[f].norm_key == IN else None


def _starting_verb(doc: Doc, k: int, sent_start: int) -> int | None:
    """The verb of starting in the few tokens before token ``k`` in its clause, or None."""
    for t in range(k - 1, max(sent_start, k - START_WINDOW) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return None
        if verb_key(doc.tokens[t].text) in fw("starting_in_verbs"):
            return t
    return None


def _describing(doc: Doc, c: Chunk, k: int) -> int | None:
    """The imperfect right after the head of the indefinite phrase ``c`` (in it or right after it, before token
    ``k``) that opens a clause describing it («لجنة تضم», «لجنة برلمانية تضم»), or None."""
    if c.entity is not None or c.definite:
        return None
    for t in range(c.i + 1, min(c.j + 1, k - 1) + 1):
        if verb_like(doc.tokens[t], 3, NOUN_ENDINGS):
            return t
    return None


def _subject(doc: Doc, chunks: list[Chunk], v: int, k: int) -> Chunk | None:
    """The phrase right after the verb at ``v`` that ends right before token ``k`` (or whose describing clause
    does), or None."""
    toks = doc.tokens
    c = next((c for c in chunks if c.i <= v + 1 <= c.j), None)
    if c is None or c.i < v or (c.i == v and c.j == v):
        return None
    c = plain_chunk(toks, v + 1, c.j, c.end) if c.i == v else c  # the word run took in the verb («وبدأ الجيش»)
    if c.prep is not None or c.number or c.coord or c.etype in PLACES or c.j >= k:
        return None
    last = toks[k - 1]
    if bare(last.norm_key, "finding_subjects") in fw("finding_subjects") or (
            (m := match_token(toks, k - 1)) is not None and m.pos == "N"):
        return None  # «بدأت لجنة تحقيق في اعتقال ...»: the «في» of an inquiry or an act right before it is theirs
    if c.j == k - 1 and _describing(doc, c, k) is None:
        return c
    t = _describing(doc, c, k)
    if t is None or any(verb_key(toks[u].text) in fw("starting_in_verbs") or toks[u].norm_key == IN
                        for u in range(t, k)):
        return None
    return plain_chunk(toks, c.i, k - 1)  # «لجنة تضم 23 عضوا من أعضاء البرلمان»: the subject and what describes it


def started_in(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int,
               gap_start: Callable[[int], int]) -> tuple[bool, Chunk | None]:
    """For the masdar ``hit`` after «في» (module docstring): (True, the verb's subject), else (False, None);
    ``gap_start`` gives the first token of the run of times and adverbs that ends right before a token."""
    f = _in_token(doc, hit, sent_start)
    if f is None:
        return False, None
    k = gap_start(f)
    v = _starting_verb(doc, k, sent_start)
    c = _subject(doc, chunks, v, k) if v is not None else None
    if v is None or c is None or not can_act(doc, c):
        return False, None
    if past_feminine(verb_key(doc.tokens[v].text)) and masculine_head(doc, c.i, c.etype, c.entity):
        return False, None  # («بدأت» before a masculine head: the verb is not this phrase's)
    return (True, c) if c.entity is not None or actor_phrase(doc, c) else (False, None)
