"""Round lo408: where a meeting noun is said held further on, past its adjectives, genitives and partner phrase: a
relative whose verb is one of holding or taking place (function words ``held_meeting_verbs``, «سـ» on it or not:
«الاجتماع الوزاري الخامس لمنتدى التعاون بين الجانبين، الذي سيعقد في نيويورك») or a participle of being held
(``held_participles``: «اجتماعهم المشترك مع وزير الخارجية الأميركي المنعقد بالدوحة»), then at most ``AFTER``
adverbs or times and the place with «في» (a word of place or not) or «بـ». A fallback of
``location.event_location`` where no place was found near the meeting.

Nothing past end punctuation, a quotation, a complementizer or a finite verb (another clause), nor where the verb
has an object before its place («التي تعقد اجتماعاتها في»: not said of the meeting)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw
from .lexicon import Hit
from .readings import PLACE_WORDS
from .word_tests import finite_verb, starts_in_time

MEETINGS = "04"
VISIT = "042"
HELD_REACH = 14  # tokens from the meeting noun to the holding word, over its adjectives, genitives and partner
AFTER = 2  # adverbs or times between the holding word and the place («الذي عقد أمس في»)


def held_at(doc: Doc, t: int) -> int | None:
    """The token after the holding word at token ``t`` (a participle, or a relative and its verb); None if none."""
    toks = doc.tokens
    key = toks[t].norm_key.removeprefix("و")
    if key in fw("held_participles"):
        return t + 1
    if key in fw("relatives") and t + 1 < len(toks):
        verb = toks[t + 1].norm_key
        if verb in fw("held_meeting_verbs") or verb[:1] == "س" and verb[1:] in fw("held_meeting_verbs"):
            return t + 2
    return None


def held_place_at(doc: Doc, k: int) -> int | None:
    """The token right after the «في» that follows the holding word ending at token ``k`` (:func:`held_at`) past at
    most ``AFTER`` adverbs or times; None where no «في» follows (round mn984, for :mod:`.topic_venue`)."""
    toks = doc.tokens
    t = k
    while k < len(toks) and k - t < AFTER and (toks[k].norm_key in fw("adverbs") or starts_in_time(doc, toks[k])):
        k += 1
    return k + 1 if k + 1 < len(toks) and toks[k].norm_key == "في" else None


def _stop(doc: Doc, t: int) -> bool:
    """Token ``t`` opens another clause: end punctuation, a quotation, a complementizer or a finite verb."""
    tok = doc.tokens[t]
    return tok.text in fw("clause_breaks") or any(q in tok.text for q in ("«", "»", '"')) \
        or tok.norm_key in fw("complementizers") or finite_verb(tok)


def held_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The place where the meeting noun ``hit`` is said held further on (module docstring); None if none."""
    if hit.pos != "N" or not hit.entry.code.startswith(MEETINGS) or hit.entry.code == VISIT:
        return None
    toks = doc.tokens
    sentence = doc.sentence_of(toks[hit.i].start)
    end = doc.token_from(sentence.end) if sentence is not None else None
    last = min(len(toks), hit.j + 1 + HELD_REACH, len(toks) if end is None else end)
    for t in range(hit.j + 1, last):
        if _stop(doc, t):
            return None
        k = held_at(doc, t)
        if k is None:
            continue
        while k < len(toks) and k - t <= AFTER + 2 and (
                toks[k].norm_key in fw("adverbs") or starts_in_time(doc, toks[k])):
            k += 1
        if k + 1 < len(toks) and toks[k].norm_key == "في":
            k += 2 if k + 2 < len(toks) and toks[k + 1].norm_key.removeprefix("ال") in PLACE_WORDS else 1
            return next((c for c in chunks if c.i == k and c.etype in PLACES and c.entity is not None), None)
        return next((c for c in chunks if c.i == k and c.prep == "ب" and c.etype in PLACES and c.entity is not None),
                    None)
    return None
