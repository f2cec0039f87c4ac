"""Whether a phrase before a verb can be its subject by agreement in gender.

«أعلن النائب الأول فلان أن الحكومة مستعدة للحوار، وتعهد بإبطال أحكام الإعدام»: the noun of «أنّ» («الحكومة»,
feminine) is not the subject of a masculine perfect told after it («وتعهد»): that verb shares the subject of the
clause before, carried by the stage. Only a clear case counts: a perfect form of the trigger's verb (the lexicon's
perfect forms, so «تعهد» is no feminine imperfect) with no feminine or plural ending, followed by a preposition or a
complementizer (no phrase of its own after it: «وقتل قناص» may be a masdar whose genitive follows), and an unnamed
or non-person head in «ـة» or «ـات» («الحكومة», «القوات»).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.prefixes import past_and
from .acting import actor_phrase, head_key
from .chunks import Chunk
from .forms import PLACES, bare, fw, fw_keys
from .lexicon import Hit, past_keys

FEMININE_ENDINGS = ("ه", "ات")  # (folded: «ة» is «ه»)


def masculine_perfect(hit: Hit) -> bool:
    """A verb trigger in the masculine singular perfect («تعهد», «أعلن»; not «أعلنت», «أعلنوا», «اتفقا»)."""
    key = hit.cand.key
    return hit.pos == "V" and key in past_keys() and not key.endswith(("ت", "وا", "ا"))


def feminine_head(doc: Doc, c: Chunk) -> bool:
    """A phrase whose head is a feminine or non-human plural noun and that names no person («الحكومة»)."""
    if c.etype == "PERSON":
        return False
    k = head_key(doc, c).removeprefix("ال")
    return len(k) >= 4 and k.endswith(FEMININE_ENDINGS)


def disagrees(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """The phrase ``c`` before the verb at ``hit`` cannot be its subject: a masculine perfect after a feminine head."""
    return c.i < hit.i and masculine_perfect(hit) and feminine_head(doc, c) and _governed_after(doc, hit.i + 1)


def _governed_after(doc: Doc, k: int) -> bool:
    """Token ``k`` is a preposition, a complementizer or a word in «بـ/لـ» («وتعهد بإبطال», «وأكد أن»)."""
    if k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    key = tok.norm_key
    if key in fw("prepositions") or bare(key, "complementizers") in fw("complementizers"):
        return True
    return any(w.kind == "proclitic" and w.norm in ("ب", "ل") for w in tok.words[:-1])


HUMAN_COLLECTIVES = fw_keys("human_collectives")


def thing_before_plural(doc: Doc, hit: Hit, c: Chunk | None) -> bool:
    """Round oe306: the phrase ``c`` right before a masculine plural perfect joined by «و» («ورددوا») is no subject
    of it where it is an unnamed plural of things in «ـات» («إطارات السيارات»): things take a feminine singular
    verb («وأحرق المتظاهرون إطارات السيارات ورددوا هتافات»: the tyres are the object of the verb before; who
    chanted is told before them, carried by the stage); nor is a named place («في شرق ليبيا وهتفوا»). Not a phrase of people («قوات», «الجماعات»,
    ``acting.actor_phrase``; «شخصيات», «فعاليات»: ``HUMAN_COLLECTIVES``)."""
    if c is None or hit.pos != "V" or c.j != hit.i - 1 or c.prep is not None:
        return False
    key = hit.cand.key
    if not key.endswith("وا") or key not in past_keys() or doc.tokens[hit.i].norm_key[:1] not in ("و", "ف"):
        return False
    if c.entity is not None:
        return c.etype in PLACES  # «نظم أنصاره مظاهرة في شرق ليبيا وهتفوا»: where, not who chanted
    head = head_key(doc, c).removeprefix("ال")
    return (len(head) >= 5 and head.endswith("ات") and head not in HUMAN_COLLECTIVES
            and not actor_phrase(doc, c))


def feminine_body_after(doc: Doc, verb: int, c: Chunk | None) -> bool:
    """Round en381: «فهاجم السلطة الفلسطينية قائلا»: a masculine singular perfect of a trigger verb (its last token
    at ``verb``) takes no feminine singular body right after it as its subject (that one would take «ت»: «هاجمت
    السلطة»): the body is its object, the subject the one told before. Only a named organisation whose head ends in
    «ة» («السلطة», «الحكومة», «حركة»), not a man nor a plural («القوات»: a verb before a plural may stay masculine)."""
    if c is None or c.i != verb + 1 or c.etype != "ORGANIZATION" or c.prep is not None:
        return False
    key = doc.tokens[verb].norm_key
    if key not in past_keys():
        key = past_and(key)  # «فهاجم», «وهاجم»
    if key not in past_keys() or key.endswith(("ت", "وا", "ا")):
        return False
    head = head_key(doc, c).removeprefix("ال")
    return len(head) >= 4 and head.endswith("ه")
