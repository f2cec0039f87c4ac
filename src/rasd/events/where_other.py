"""Round 129: places the nearest «في» gives an act that are another act's (see ``location.event_location``), each
narrow: a null is better than a wrong place.

- «ناقشا خلال الاتصال الهاتفي تطورات الأزمة في اليمن»: a telephone call is made between two places; a place in it
  is what was talked about (``phone_call``).
- «الاتفاق الذي أبرم في فيينا ... على المحادثات بين كيري ونظرائه»: a place before a noun trigger, in a relative
  clause on another noun and some words before it, is where that clause's verb was (``relative_before``).
- «عشية المحادثات في الدوحة، أعلن إردوغان»: a place in a phrase of time told by another event («عشية/غداة/قبيل»
  + its noun) is that event's (``eve_place``).
- «عقب التوقيع على الاتفاق، حيث أكد استمرار دعم حلفائها في لبنان»: a place after the trigger past a comma and
  «حيث» is of the clause «حيث» opens (``where_clause_after``).
- «واستبق كيري اللقاء الثلاثي بتأكيد التزام واشنطن»: a meeting noun's place-target is where it goes only right
  after it, not in the genitive of another noun further on (``far_noun_target``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit
from .readings import PLACE_WORDS
from .word_tests import clause_stop

RELATIVE_REACH = 4  # tokens from a relative to the place of its clause («الذي أبرم في فيينا»)
RELATIVE_GAP = 3  # tokens from that place to a noun trigger still in the clause («في اللاذقية إثر مقتل»)
EVE_REACH = 4  # tokens from «عشية» to the place of its event («عشية المحادثات المفصلية في الدوحة»)
TARGET_ADJECTIVES = 2  # adjectives between a meeting noun and its place-target («زيارة رسمية قصيرة باريس»)


def phone_call(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger ``hit`` is a telephone call: a word of telephone (function words ``phone_words``) in it
    or right after it («الاتصال الهاتفي», «اتصالا هاتفيا», «مكالمة هاتفية»)."""
    last = min(len(doc.tokens) - 1, hit.j + 1)
    return any(doc.tokens[t].norm_key.removeprefix("و") in fw("phone_words") for t in range(hit.i, last + 1))


def relative_before(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before a noun trigger closes a relative clause on another noun («الاتفاق الذي أبرم
    في فيينا ... على المحادثات»): a relative a few tokens before the place, no comma or clause stop between."""
    if hit.pos != "N" or hit.i - c.j <= RELATIVE_GAP:
        return False  # (a noun right after it is in the clause: «التي اندلعت في مدينة اللاذقية إثر مقتل عقيد»)
    for t in range(c.i - 1, max(-1, c.i - 1 - RELATIVE_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text):
            return False
        if nkey(text).removeprefix("و") in fw("relatives"):
            return True
    return False


def eve_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before the trigger is in a phrase of time by another event («عشية المحادثات في
    الدوحة، أعلن»: function words ``eve_place_words``), no comma or clause stop between that word and the place."""
    if c.j >= hit.i:
        return False
    for t in range(c.i - 1, max(-1, c.i - 1 - EVE_REACH), -1):
        key = doc.tokens[t].norm_key.removeprefix("و")
        if clause_stop(doc.tokens[t].text):
            return False
        if key in fw("eve_place_words"):
            return t < hit.i
    return False


def far_noun_target(doc: Doc, hit: Hit, target: Chunk) -> bool:
    """Whether the place-target ``target`` of a noun trigger is not right after it (over its adjectives, or a place
    word: «زيارة مدينة حلب») and has no preposition of its own: the genitive of another noun («اللقاء الثلاثي
    بتأكيد التزام واشنطن»), not where the meeting is."""
    if hit.pos != "N" or target.prep is not None or target.i <= hit.j:
        return False
    prev = doc.tokens[target.i - 1].norm_key.removeprefix("و")
    if prev in PLACE_WORDS or prev.removeprefix("ال") in PLACE_WORDS:
        return False
    return target.i - hit.j - 1 > TARGET_ADJECTIVES or any(
        not doc.tokens[t].text.endswith(("ة", "ي", "ية")) for t in range(hit.j + 1, target.i))


def where_clause_after(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger lies past a comma and «حيث» (function words ``hayth``):
    in the clause it opens, told of another act («عقب التوقيع على الاتفاق، حيث أكد ... في لبنان»)."""
    if c.i <= hit.j:
        return False
    return any(doc.tokens[t - 1].text in ("،", ",") and doc.tokens[t].norm_key in fw("hayth")
               for t in range(hit.j + 2, c.i))
