"""Round 72: a siege that is a lie of the land. «حاصر» (besiege, 191) tells an act only of someone who can lay a
siege: where its subject is a place or a thing that stands around another (function words
``surrounding_things``: «المستوطنات تحاصرها من كل الجهات», «القرية التي تحاصرها الجبال») the verb says where
the place lies, no siege. The subject is the word right before the verb (past a relative pronoun «التي/الذي»)
or, verb first, the word right after it (past an object pronoun, which the verb carries). Round 114: a subject set
off by a comma and its adjectives of number («وتحيط بالقرية مستوطنات عدة، تحاصرها من كل جانب»: function words
``surround_quantifiers``) is the word before them."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of, nkey
from .lexicon import Hit

RELATIVES = ("التي", "الذي", "اللتي", "اللذين", "الذين", "اللاتي")


def _thing(doc: Doc, k: int, a: int, b: int) -> bool:
    return a <= k < b and not keys_of(doc.tokens[k]).isdisjoint(fw("surrounding_things"))


def surrounding(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the besieging verb ``hit`` (sentence tokens ``a``..``b``) has a thing of the land for its subject
    (see the module)."""
    if hit.entry.id != "besiege" or hit.pos != "V":
        return False
    before = hit.i - 1
    if before >= a and doc.tokens[before].norm_key in RELATIVES:
        before -= 1
    elif before > a and doc.tokens[before].text in ("،", ","):
        before -= 1  # round 114: «مستوطنات عدة، تحاصرها»
        while before > a and doc.tokens[before].norm_key in fw("surround_quantifiers"):
            before -= 1
    return _thing(doc, before, a, b) or _thing(doc, hit.j + 1, a, b)


__all__ = ["surrounding"]
