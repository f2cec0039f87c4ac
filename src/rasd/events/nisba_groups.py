"""Round ev351: a body named by the nisba adjective of the indefinite plural of people that acts.

- «اقتحم مسلحون حوثيون الاجتماع»: after a verb, an indefinite sound plural of people («مسلحون», «مقاتلين») with a
  name of a body right after it in the form of a plural nisba («حوثيون», «سلفيين»: one word, no article, «ـيون/ـيين»)
  is one phrase, the body's men: the body is the verb's subject (as ``clauses.member_group`` reads «مسلحون من
  تنظيم داعش»), never its object. Not a name in the genitive or with the article («مسلحو الحوثيين» is read as a
  genitive, «المسلحين الحوثيين» as a definite subject before the verb).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .clauses import member_group
from .forms import nkey
from .lexicon import Hit
from .word_tests import plural_past

NISBA_PLURAL = ("يون", "يين")
PEOPLE_PLURAL = ("ون", "ين")


def verb_group(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None, first: Chunk) -> Chunk | None:
    """The body that acts where the verb ``hit``'s first phrase after it (``first``) is its men, with no source read
    (``source``) or only their head word: «من» + the body right after an indefinite subject (``member_group``), or the
    body's plural nisba right after an indefinite plural of people (``nisba_group``); the phrase spans both words."""
    if source is None and first.i == hit.j + 1:
        return member_group(doc, chunks, first)
    if first.i == hit.j + 2 and (source is None or source.entity is None and source.i == source.j == hit.j + 1):
        return nisba_group(doc, chunks, first)
    return None


def nisba_group(doc: Doc, chunks: list[Chunk], name: Chunk) -> Chunk | None:
    """«مسلحون حوثيون»: ``name`` is a body's one-word name as a plural nisba, right after an indefinite sound plural
    of people with no chunk of its own or one of that word only; the two as one phrase that stands for the body."""
    if name.entity is None or name.etype != "ORGANIZATION" or name.i != name.j or name.prep is not None:
        return None
    key = nkey(doc.tokens[name.i].text)
    if key.startswith(("ال", "وال")) or not key.endswith(NISBA_PLURAL) or len(key) < 6:
        return None
    h = name.i - 1
    head = next((c for c in chunks if c.i <= h <= c.j), None)
    if head is not None and (head.i != h or head.j != h or head.entity is not None or head.prep is not None
                             or head.coord or head.number):
        return None
    hk = nkey(doc.tokens[h].text)
    if hk.startswith("ال") or not hk.endswith(PEOPLE_PLURAL) or len(hk) < 6 or hk.endswith(NISBA_PLURAL):
        return None  # («أميركيون سوريون»: two nisbas, no head noun of the men)
    tok = doc.tokens[h]
    return Chunk(h, name.j, tok.start, name.end, name.entity, name.etype, None, False, False, False, False)



def describing_verb(doc: Doc, phrase: Chunk) -> bool:
    """Whether a one-word phrase with no entity is a plural verb that describes the men before it, no object of the
    verb before them: «قدموا» (a past verb of a plural subject, ``word_tests.plural_past``: not «عضوا», «نموا») or
    «يحملون» (a present verb of the men)."""
    if phrase.entity is not None or phrase.i != phrase.j:
        return False
    key = nkey(doc.tokens[phrase.i].text)
    return plural_past(doc.tokens[phrase.i].text) or len(key) >= 5 and key.startswith("ي") and key.endswith("ون")


def verb_targets(doc: Doc, source: Chunk | None, targets: list[Chunk] | None) -> list[Chunk] | None:
    """A VSO verb's targets less a describing verb right after its subject («اقتحم مسلحون قدموا من صعدة، الاجتماع»:
    «قدموا» is no target; none is read rather than a wrong one)."""
    if source is None or not targets or targets[0].i != source.j + 1 or not describing_verb(doc, targets[0]):
        return targets
    return targets[1:] or None
