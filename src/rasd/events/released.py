"""Round ev505: releases of people (CAMEO 0841, lexicon entries ``release``: «أفرج/يفرج/الإفراج عن» and
``release_captives``: «أطلق/يطلق/إطلاق سراح»), the releaser the source and the released the target.

- :func:`not_released`: a release of no person is no event: the word after «عن» (past a count: «عن 200 مليون
  دولار») is neither a person named, a group, nor a noun of people (function words ``captives``, ``actor_heads``):
  «أفرج بموجبها عن 200 مليون دولار», «امتنعت عن الإفراج عن الأرقام»; a pronoun on «عن/سراح» («أفرجوا عنا»,
  «إطلاق سراحهم») or «عمن» is a person. A release noun after a word of asking, hoping, pressing, bargaining or
  likening (function words ``release_wishes``, within ``WISH_BACK`` words in its sentence) is asked for, no release
  told: «ومطالبتها بإطلاق سراح المخطوفين», «أعربت عن أملها بالإفراج عن», «نأمل الإفراج عنها», «مقابل إطلاق سراح».
- :func:`release_args`: the released of «أطلق سراح X» is X, not «سراح»: «أطلقت الحركة سراح ثلاثة أسرى» has the
  prisoners as its target. (Other triggers: :func:`.refused_acts.refusal_args` as before.) Round ev523: a release
  noun whose released is a pronoun («سراحهم») takes no noun of people held guessed before it as its releaser:
  «تدين المتهمين وفوجئت بإطلاق سراحهم» (the accused are the released), and none carried from the clause before.

A refused release is 1243 (:mod:`.refused_acts`: «رفضت الحكومة الإفراج عن المعتقلين»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import new_chunk
from .chunks import Chunk, mention_index
from .forms import fw, keys_of
from .frame_args import Args
from .lexicon import Hit
from .refused_acts import refusal_args
from .word_tests import lam_clitic

RELEASES = ("release", "release_captives")
BARE = ("عن", "سراح")  # the word that opens what is released, with no pronoun on it
MARKERS = frozenset(BARE + ("عمن",) + tuple(w + p for w in BARE for p in ("ه", "ها", "هم", "هما", "هن", "نا", "ا")))
PERSON_TYPES = ("PERSON", "GROUP")
WISH_BACK = 8  # words before a release noun that a word of asking may stand («ضغوط منظمات ... الإيراني للإفراج»)
LOOK = 3  # words past «عن» that may name the released («عن بعض السجناء», «عن 70 طفلا»)


def _marker(doc: Doc, hit: Hit, b: int) -> int | None:
    """The token of «عن/عنهم/عمن» or «سراح/سراحهم» after the release trigger ``hit`` in its sentence (to ``b``)."""
    for t in range(hit.i + 1, min(b, hit.j + 9)):  # (``b``: past the sentence's last token)
        if doc.tokens[t].norm_key in MARKERS:
            return t
    return None


def _person(doc: Doc, t: int) -> bool:
    """Whether token ``t`` names a person or a group, or is a noun of people."""
    got = mention_index(doc).get(t)
    if got is not None:
        return got[1] in PERSON_TYPES
    keys = keys_of(doc.tokens[t]) | {doc.tokens[t].norm_key}
    return not keys.isdisjoint(fw("captives")) or not keys.isdisjoint(fw("actor_heads"))


def _wished(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the release noun ``hit`` follows a word of asking or hoping for it in its sentence (see the module),
    or carries the «لـ» of purpose: «المفاوضات التي قادتها قطر لإطلاق سراح محتجزين», «سعت للإفراج عنهم» (an aim)."""
    if hit.pos == "N" and lam_clitic(doc, hit.i):
        return True
    return hit.pos == "N" and any(not (keys_of(doc.tokens[t]) | {doc.tokens[t].norm_key}).isdisjoint(
        fw("release_wishes")) for t in range(max(a, hit.i - WISH_BACK), hit.i))


def not_released(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether ``hit`` is a release of no person, or one asked for (see the module): no event."""
    if hit.entry.id not in RELEASES:
        return False
    return _wished(doc, hit, a) or not of_person(doc, hit, b)


def of_person(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the release trigger ``hit`` frees a person or a group (see the module): «الإفراج عن المعتقلين»,
    «إطلاق سراحهم»; not «الإفراج عن 200 مليون دولار»."""
    m = _marker(doc, hit, b)
    if m is None:
        return False
    if doc.tokens[m].norm_key not in BARE:
        return True  # «عنهم», «سراحها», «عمن»: a person
    return any(_person(doc, t) for t in range(m + 1, min(b, m + LOOK + 1)))


def person_releases(doc: Doc, hits: list[Hit], a: int, b: int) -> list[Hit]:
    """The triggers ``hits`` of a sentence (tokens ``a``..``b``) but the releases of no person or asked for
    (:func:`not_released`), which no refusal or abstention takes as its act either: «امتنعت الحكومة عن الإفراج عن
    الأرقام» is no event."""
    return [h for h in hits if not not_released(doc, h, a, b)]


def release_args(doc: Doc, hit: Hit, hits: list[Hit], chunks: list[Chunk], a: int, b: int, limit: int) -> Args:
    """The arguments of ``hit`` (:func:`.refused_acts.refusal_args`); a release's target that opens at «سراح»
    is the phrase past it («أطلق سراح الأسرى»: the prisoners)."""
    args = refusal_args(doc, hit, hits, chunks, a, b, limit)
    if hit.entry.id not in RELEASES:
        return args
    if args.source is not None and doc.tokens[args.source.i].norm_key in MARKERS:
        args.source, args.passive = None, True  # «وأُفرج عنهما بكفالة», «ليُطلق سراحهم»: a passive, no releaser
    elif _released_before(doc, hit, args.source, b):
        args.source, args.passive = None, True  # ev523: «تدين المتهمين وفوجئت بإطلاق سراحهم»: they are the released
    if args.targets:
        args.targets = [_past_marker(doc, chunks, c) for c in args.targets
                        if not (c.i == c.j and doc.tokens[c.i].norm_key in MARKERS.difference(BARE))] or None  # «سراحهم» alone
    return args


def _released_before(doc: Doc, hit: Hit, source: Chunk | None, b: int) -> bool:
    """Round ev523: whether the ``source`` guessed before a release noun ``hit`` whose released is a pronoun
    («سراحهم», «عنهم») is a noun of people held (function words ``captives``), the one the pronoun names, not the
    releaser: «أدلة تدين المتهمين وفوجئت بإطلاق سراحهم» (the accused are freed). A verb's own subject stays:
    «اعتقل الجنود الناشطين ثم أفرجوا عنهم»."""
    if source is None or hit.pos != "N" or source.i > hit.i:
        return False
    m = _marker(doc, hit, b)
    if m is None or doc.tokens[m].norm_key in BARE:
        return False
    head = doc.tokens[source.i]
    return not (keys_of(head) | {head.norm_key}).isdisjoint(fw("captives"))


def _past_marker(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """The phrase ``c`` past its opening «سراح» («سراح نرجس محمدي»: the person named), the phrase after a «سراح»
    alone («سراح | ثلاثة أسرى»), or ``c``."""
    if doc.tokens[c.i].norm_key != "سراح":
        return c
    if c.j == c.i:
        return next((n for n in chunks if n.i == c.j + 1 and n.prep is None), c)
    got = mention_index(doc).get(c.i + 1)
    eid, etype = (got[0], got[1]) if got is not None else (None, None)
    return new_chunk(doc.tokens, c.i + 1, c.j, doc.tokens[c.i + 1].start, c.end, eid, etype, None, False)


__all__ = ["not_released", "of_person", "person_releases", "release_args"]
