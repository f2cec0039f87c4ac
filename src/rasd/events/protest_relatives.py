"""Round oe315: the people a plural relative clause of protest is about are the protesters; a member killed is no
doer.

«أثار اعتقاله غضب السكان المحليين في المدينة الذين خرجوا إلى الشوارع», «مواجهات بين قوى الأمن ومجموعات من المواطنين
الغاضبين، الذين يحتجون على مقتل مواطن»: a protest verb right after a plural relative («الذين», «اللواتي», «اللاتي»;
or after «الذين كانوا»), with no conjunction and no object pronoun on it, is done by the relative's antecedent: the
definite words that end the phrase right before the relative (past a comma, and past one phrase of «في» that
tells where they live: «في مدينة بلد وين»), or the person or body named there.

Nothing where no definite phrase of people (:func:`.acting.actor_phrase`: «الطلاب», «السكان») stands there («رماة
الحجارة، الذين»: the stones are no people; the head of the construct is not read), where it is a place or a time,
or where the verb carries a pronoun («الذين تظاهروا ضده» is kept: the pronoun is after the verb, not on it).

:func:`victim_member`: «وقتل جندي من حلف شمال الأطلسي في حادث منفصل»: a verb of killing or wounding (triggers
``kill``, ``wound``) read as the unvocalised passive, whose one phrase is a member of a group with no object after it
(a preposition, a comma or the end follows), has that member as its patient: the group («حلف شمال الأطلسي») is not
who killed. «واقتحم متشددون من تنظيم داعش نقطة تفتيش» (an object after the group) stays the group's act.
"""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase, can_act
from .chunks import Chunk, plain_chunk
from .forms import PLACES, fw_keys, nkey
from .lexicon import Hit
from .relative_doers import acting_relative, relative_antecedent
from .word_tests import KANA_PAST, verb_key

WHERE_PREP = nkey("في")  # «في مدينة X»: where the people live
ACTORS = ("PERSON", "ORGANIZATION")
WORDS = 4  # definite words of the antecedent at most


def _definite(text: str) -> bool:
    """A word with the article, past «و/ف/بـ» («بالمحتجين», «وللطلاب»)."""
    key = nkey(text)
    if key[:1] in ("و", "ف") and len(key) > 4:
        key = key[1:]
    return key.startswith(("ال", "بال", "لل"))


def _antecedent(doc: Doc, chunks: list[Chunk], b: int, sent_start: int) -> Chunk | None:
    """The phrase of people that ends at token ``b`` (module docstring)."""
    c = next((c for c in chunks if c.j == b), None)
    if c is not None and c.prep is None and c.etype in PLACES:  # «في مدينة | بلد وين»: the town named
        c = next((d for d in chunks if d.j == c.i - 1 and d.prep == WHERE_PREP), None) or c
    if c is not None and c.prep == WHERE_PREP and c.i - 2 >= sent_start:
        c = next((d for d in chunks if d.j == c.i - 2), None)  # (past the prep token at c.i - 1)
    if c is None:
        return None
    if c.entity is not None:
        return c if c.etype in ACTORS else None
    toks = doc.tokens
    if not _definite(toks[c.j].text):
        return None  # («الذين» after an indefinite phrase: no antecedent of its own)
    first = c.i if c.prep is not None else sent_start + 1  # (not past the preposition of its own phrase)
    i = c.j
    while i - 1 >= first and c.j - i + 1 < WORDS and nkey(toks[i - 1].text).startswith("ال"):
        i -= 1  # (the definite words before it, in the chunk or not: «السكان | المحليين»)
    phrase = plain_chunk(toks, i, c.j)
    return phrase if can_act(doc, phrase) and actor_phrase(doc, phrase) else None


VICTIM_VERBS = frozenset(("kill", "wound"))  # triggers whose lone VS phrase is the unvocalised passive's patient


def victim_member(doc: Doc, chunks: list[Chunk], hit: Hit, group: Chunk, passive: bool) -> bool:
    """Whether the member phrase ``group`` after a passive verb of killing is its patient (module docstring)."""
    if not passive or hit.entry.id not in VICTIM_VERBS:
        return False
    nxt = group.j + 1
    if nxt >= len(doc.tokens):
        return True
    if any(c.i == nxt and c.prep is None for c in chunks):
        return False  # («قتل مسلحون من داعش جنديين»: an object after the group)
    return True


def relative_protesters(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, source: Chunk | None = None) \
        -> Chunk | None:
    """The antecedent of the plural relative right before a protest verb (module docstring); round ev476: before
    another verb with an object, where no ``source`` was read (:mod:`.relative_doers`)."""
    if hit.pos == "V" and hit.entry.plover != "PROTEST":  # round ev476: «المتطرفين الذين هددوا الرئيس»
        rel = acting_relative(doc, chunks, hit, sent_start) if source is None else None
        return relative_antecedent(doc, chunks, rel, sent_start) if rel is not None else None
    if hit.pos != "V" or hit.cand.proclitics or hit.cand.enclitic:
        return None
    toks = doc.tokens
    r = hit.i - 1
    if r > sent_start and verb_key(toks[r].text) in KANA_PAST:
        r -= 1  # «الذين كانوا يحتجون»
    if r <= sent_start or toks[r].norm_key not in fw_keys("plural_only_relatives"):
        return None
    b = r - 1
    if toks[b].text in ("،", ",") and b > sent_start:
        b -= 1
    return _antecedent(doc, chunks, b, sent_start)
