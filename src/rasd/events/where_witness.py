"""Round 141: the place that witnesses an act (see ``location.event_location``), narrow: a null is better than a
wrong place.

- «شهدت محافظة تعز أمس مواجهات عنيفة», «تشهد مديرية لودر أعنف المواجهات»: the subject of a verb of witnessing
  (function words ``witness_verbs``), a place named right after it (over a place word), is where the noun act it
  witnesses took place, the act right after the place but for its nisba adjective, a time, commas and a word of
  rank (``first_of_kind``: «أعنف»)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw, nkey
from .lexicon import Hit
from .readings import PLACE_WORDS

WITNESS_GAP = 6  # tokens from the place to the act («محافظة تعز اليمنية، أمس، أعنف المواجهات»)


def _in_time(doc: Doc, t: int) -> bool:
    """Token ``t`` is in a time, or is one past its «و» (round lo418: «اليوم وغدًا», the time «غدًا»)."""
    tok = doc.tokens[t]
    return any(ts.start <= tok.start < ts.end or (tok.text.startswith("و") and ts.start == tok.start + 1)
               for ts in doc.times)


def _filler(doc: Doc, t: int) -> bool:
    """A token that may stand between the witnessing place and the act: a comma, a time, a nisba adjective, a word
    of rank, a round's noun before the act (``round_heads``, round lo418: «تشهد الدوحة اليوم جولة مباحثات»)."""
    text = doc.tokens[t].text
    key = nkey(text)
    return text in ("،", ",") or _in_time(doc, t) or key in fw("first_of_kind") or (
        key.startswith("ال") and key.endswith(("يه", "ي"))) or key in fw("round_heads")


ASIDE_REACH = 40  # tokens of a relative aside between the witnessing place and the act


def _past_aside(doc: Doc, t: int, end: int) -> int:
    """Round ev809: the token after a relative aside on the place set off by commas at token ``t`` («وشهدت تشاد،
    التي تشارك في التحالف الدولي ضد المتشددين، هجومين انتحاريين»: the act after «،»), ``t`` itself if there is none
    (before ``end``, the act)."""
    toks = doc.tokens
    if t + 1 >= end or toks[t].text not in ("،", ",") or toks[t + 1].norm_key not in fw("relatives"):
        return t
    close = next((u for u in range(t + 2, min(end, t + ASIDE_REACH)) if toks[u].text in ("،", ",")), None)
    return t if close is None else close + 1


def witness_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The place witnessing the noun trigger ``hit`` («شهدت محافظة تعز أمس مواجهات»), None if there is none."""
    if hit.pos != "N":
        return None
    for c in chunks:
        if c.etype not in PLACES or c.prep is not None or c.j >= hit.i:
            continue
        start = _past_aside(doc, c.j + 1, hit.i)
        if hit.i - start > WITNESS_GAP or not all(_filler(doc, t) for t in range(start, hit.i)):
            continue
        v = c.i - 1
        if v >= 0 and doc.tokens[v].norm_key in PLACE_WORDS:
            v -= 1
        key = doc.tokens[v].norm_key.removeprefix("و").removeprefix("ف") if v >= 0 else ""
        if key in fw("witness_verbs") or (key[:1] == "س" and key[1:] in fw("witness_verbs")):
            return c  # (and in the future: «ستشهد»)
    return None


RELATIVE_GAP = 3  # adjectives between the act and its relative («الهجمات الإرهابية الأخيرة التي شهدتها»)
WITNESS_OBJECTS = ("ها", "ه", "هما")  # the pronoun for the act the place witnessed («شهدتها», «شهدته»)


def _witnessed_by_place(text: str) -> bool:
    """«شهدتها», «تشهدها», «شهدته», «ستشهده»: a verb of witnessing (function words ``witness_verbs``) with a pronoun
    object for the act before it."""
    key = nkey(text).removeprefix("و")
    for end in WITNESS_OBJECTS:
        if key.endswith(end):
            stem = key[: -len(end)]
            if stem in fw("witness_verbs") or (stem[:1] == "س" and stem[1:] in fw("witness_verbs")):
                return True
    return False


def witness_verb_after(doc: Doc, i: int, j: int) -> int | None:
    """The token of the verb of witnessing with a pronoun for the noun act at tokens ``i``..``j`` in a relative
    clause right after it (over its adjectives: «الهجمات الإرهابية التي شهدتها»), or, for an indefinite act, right
    after it with no relative word (round lo464: «بعد مظاهرة شهدتها المدينة»); None otherwise."""
    toks = doc.tokens
    if j + 1 < len(toks) and not toks[i].norm_key.removeprefix("و").startswith(("ال", "بال", "لل")) \
            and _witnessed_by_place(toks[j + 1].text):
        return j + 1
    rel = next((t for t in range(j + 1, min(len(toks), j + 2 + RELATIVE_GAP))
                if toks[t].norm_key in fw("relatives")), None)
    if rel is None or rel + 1 >= len(toks) or not _witnessed_by_place(toks[rel + 1].text):
        return None
    if not all(toks[t].norm_key.startswith("ال") and toks[t].norm_key.endswith(("يه", "ي", "ه"))
               for t in range(j + 1, rel)):
        return None  # only the act's adjectives between it and its relative
    return rel + 1


def witness_relative_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """Round 173: «الهجمات الإرهابية التي شهدتها مدينة سروج», «المواجهات التي تشهدها العاصمة بغداد»: the place that
    witnessed the noun act in a relative clause right after it (over its adjectives; :func:`witness_verb_after`),
    the place the subject of the verb right after it (over a place word); None otherwise."""
    if hit.pos != "N":
        return None
    verb = witness_verb_after(doc, hit.i, hit.j)
    if verb is None:
        return None
    start = verb + 1
    if start < len(doc.tokens) and doc.tokens[start].norm_key in PLACE_WORDS:
        start += 1
    return next((c for c in chunks if c.etype in PLACES and c.prep is None and c.i == start), None)
