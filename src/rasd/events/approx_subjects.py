"""Round ev1026: a counted phrase of people right after a verb is its subject where an object follows it.

«اقتحم نحو 150 شابا مبنى البلدية»: a number phrase that an approximator opens («نحو/قرابة/حوالي», «أكثر من»:
:mod:`.approximated`) right after a transitive verb, its counted noun and then a bare noun phrase (no preposition,
time, adjective of the count or pronoun), is the active VSO: the count is the subject, the bare phrase the object
(``counted_vso``). Without a phrase after it the count stays the unvocalised passive's patient («قتل نحو 20
مسلحا في المدينة»), and a count after a verb and its subject stays the object («قتلت القوات 20 مسلحا»).

«حاول نحو 150 مهاجرا اقتحام المبنى»: such a count right after a verb of attempt or start (function words
``aspect_verbs``) and right before the masdar it governs is the subject doing the act (``counted_aspect``).
"""

from __future__ import annotations

from ..doc import Doc, Token
from .approximated import approximate_count
from .chunks import Chunk, breaks_between, enclitic, first_after, in_time, plain_chunk, verb_key
from .forms import fw, nkey
from .vso import bare_object

ADJECTIVE_ENDINGS = ("ي", "ية", "يين", "يون", "يات")  # a nisba of the count («شبان فلسطينيين»), as written


def _numeral(tok: Token) -> bool:
    return any(ch.isdigit() for ch in tok.text) or tok.norm_key in fw("numerals")


def _counted_noun(doc: Doc, c: Chunk) -> int | None:
    """The token of the noun that the number chunk ``c`` counts (the first word past its numerals), None where the
    chunk is all numerals or its counted word is no plain content word."""
    n = c.i
    while n <= c.j and _numeral(doc.tokens[n]):
        n += 1
    if n == c.i or n > c.j or not bare_object(doc, n) or enclitic(doc.tokens[n]):
        return None
    return n


def _adjective(tok: Token) -> bool:
    """Whether the word after a counted noun most likely describes it: an indefinite accusative («حوثيا») or a
    nisba («فلسطينيين»)."""
    text = tok.text  # (the written «ى» of «مبنى» is no nisba «ي»: the key makes them one)
    return text.endswith(("ا", "اً")) or text.endswith(ADJECTIVE_ENDINGS)


def counted_vso(doc: Doc, chunks: list[Chunk], nxt: Chunk, sent_end: int) -> tuple[Chunk, Chunk] | None:
    """(subject, object) where the approximate count ``nxt`` after a transitive verb has a bare object after its
    counted noun (module docstring); None where it is not so."""
    toks = doc.tokens
    if nxt.entity is not None or not approximate_count(toks, nxt):
        return None
    n = _counted_noun(doc, nxt)
    if n is None:
        return None
    if n < nxt.j:
        u = n + 1
        obj = plain_chunk(toks, u, nxt.j, nxt.end)
    else:
        after = first_after(chunks, nxt.j, 1)
        if after is None or after.i != nxt.j + 1 or after.prep is not None or after.coord or after.number \
                or after.i > sent_end or breaks_between(doc, nxt.j + 1, after.i):
            return None
        u, obj = after.i, after
    tok = toks[u]
    if not bare_object(doc, u) or _adjective(tok) or enclitic(tok) or in_time(doc, obj) \
            or tok.norm_key in fw("partitive_quantifiers"):
        return None
    return plain_chunk(toks, nxt.i, n, toks[n].end), obj


def counted_aspect(doc: Doc, c: Chunk | None, sent_start: int) -> Chunk | None:
    """The approximate count ``c`` right after a verb of attempt or start (``aspect_verbs``), as the subject of the
    masdar after it (module docstring); None where it is not so."""
    toks = doc.tokens
    if c is None or c.entity is not None or c.coord or not approximate_count(toks, c):
        return None
    n = _counted_noun(doc, c)
    if n is None or n != c.j:
        return None
    v = c.i - 1 if c.prep is not None else c.i - 2  # the verb before the approximator («نحو»)
    if c.prep is None and c.i >= 2 and toks[c.i - 1].norm_key == nkey("من"):
        v = c.i - 3  # «حاول أكثر من 100 مهاجر»
    if v < sent_start or verb_key(toks[v].text) not in fw("aspect_verbs"):
        return None
    return plain_chunk(toks, c.i, c.j, c.end)
