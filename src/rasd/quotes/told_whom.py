"""Verbs of telling someone (``telling_cues``: «أبلغ», «أخبر»), round qu983, for the quotes stage: in «وأبلغ X Y أن
...» X speaks, Y is whom he told and the «أن» clause what he said. The one phrase between the verb and the words
(«وأبلغ الصحافيين أن», «فلان أبلغ المبعوث أن») is the addressee, never the subject (the subject stands before the
verb or is dropped); where the chunker ran the subject and the addressee into one phrase («مصادر طبية الصحافيين»,
«مصدر أمني وكالة الأنباء»), the subject ends before the addressee: a word of the press or a medium, or a name of its
own.
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Span, Token
from ..events.chunks import Chunk, mention_index
from ..events.forms import fw_bare_keys, fw_keys, nkey
from .cue_table import word_cue
from .cues import QUOTE_MARK, is_complementizer
from .edges import MEDIA


def telling_verb(doc: Doc, t: int) -> bool:
    """The token at ``t`` is a verb cue of telling someone (telling_cues: «وأبلغ», «أخبرت»)."""
    cue = word_cue(doc.tokens[t].norm or doc.tokens[t].text)
    return cue is not None and cue.kind == "verb" and nkey(cue.lemma) in fw_keys("telling_cues")


def _words_open(doc: Doc, u: int) -> bool:
    """The words said open at token ``u`` (past closing quote marks): «أن/بأن/إن», a colon or a quote mark."""
    toks = doc.tokens
    while u < len(toks) and toks[u].text in ("»", "”"):
        u += 1
    if _quoted_name(doc, u):
        return False  # «وأبلغ شهود عيان «الشرق الأوسط» أن»: the paper's name in its marks, whom they told (qu994)
    return u < len(toks) and (is_complementizer(doc, u) or toks[u].text == ":" or bool(
        QUOTE_MARK.fullmatch(toks[u].text)))


_CLOSED = frozenset((nkey("عيان"),))  # round qu994: the genitive that closes «شهود عيان» (eyewitnesses)


def _quoted_name(doc: Doc, u: int) -> bool:
    """An opening quote mark at token ``u`` around a name the entity layer marked, closed right after the name."""
    toks = doc.tokens
    if u + 1 >= len(toks) or toks[u].text not in ("«", "“", '"'):
        return False
    mention = mention_index(doc).get(u + 1)
    if mention is None or mention[2] != toks[u + 1].start:
        return False
    v = u + 1
    while v < len(toks) and toks[v].start < mention[3]:
        v += 1
    return v < len(toks) and toks[v].text in ("»", "”", '"')


def _complete(tok: Token) -> bool:
    """A word a phrase may end on before a name that is not its genitive: definite («المصادر», «والشهود»), a nisba
    («طبية», «أمني»), a sound plural («مسؤولين») or «عيان» of «شهود عيان»; not a noun in construct or a preposition
    («باسم», «في»)."""
    key = tok.norm_key.removeprefix("و")
    return key.startswith("ال") or key.endswith(("ي", "يه", "ين", "ون")) or key in _CLOSED


def _titled_again(before: Token, tok: Token) -> bool:
    """Round qu994: ``tok`` is a title with the article right after a definite word that ends a phrase («الوزير
    السفير», «وزير الخارجية المبعوث»): a second person, no genitive nor adjective of the first."""
    key = tok.norm_key
    return key.startswith("ال") and key in fw_keys("titles") and _complete(before) and before.norm_key.startswith(
        "ال")


def addressee_cut(doc: Doc, a: int, b: int) -> int | None:
    """The token at which the addressee opens inside the phrase of tokens ``a``..``b`` (after its first word): the
    press or a medium («الصحافيين», «وكالة»), or a name the entity layer marked that runs to the phrase's end after a
    word that ends a phrase («المصادر والشهود «الشرق الأوسط»»: at its quote mark); None where there is none."""
    toks = doc.tokens
    while b > a and QUOTE_MARK.fullmatch(toks[b].text):
        b -= 1  # «... «الشرق الأوسط»»: the name's closing mark
    for u in range(a + 1, b + 1):
        stem = toks[u].norm_key.removeprefix("ال")
        if stem in MEDIA or stem in fw_bare_keys("telling_audiences"):
            return u
        if _titled_again(toks[u - 1], toks[u]):
            return u  # «وأبلغ الوزير السفير أن»: the minister told the ambassador (round qu994)
        mention = mention_index(doc).get(u)
        if mention is None or mention[2] != toks[u].start or mention[3] < toks[b].end:
            continue
        v = u - 1
        while v > a and QUOTE_MARK.fullmatch(toks[v].text):
            v -= 1
        if _complete(toks[v]):
            return v + 1
    return None


def told_clip(doc: Doc, t: int, given: Span) -> Span:
    """The unnamed speaker text ``given`` of the telling verb at ``t`` without the addressee the phrase ran on into
    («مصادر طبية الصحافيين», «المتحدثة باسم الوزارة الصحافيين»); ``given`` where none is in it."""
    a, b = doc.token_from(given.start), doc.token_from(given.end)
    if a is None or not telling_verb(doc, t):
        return given
    b = (b if b is not None else len(doc.tokens)) - 1
    while b > a and doc.tokens[b].start >= given.end:
        b -= 1
    cut = addressee_cut(doc, a, b)
    return given if cut is None else Span(given.start, doc.tokens[cut - 1].end)


def told_subject(doc: Doc, t: int, c: Chunk) -> Chunk | None:
    """The subject of the telling verb at ``t`` in the phrase ``c`` of its subject slot: ``c`` where another phrase
    follows it before the words; where the words open right after it, the part of ``c`` before an addressee inside
    it, or None (``c`` is the addressee, the subject stands elsewhere)."""
    if not _words_open(doc, c.j + 1):
        return c
    if c.entity is not None:
        return None
    cut = addressee_cut(doc, c.i, c.j)
    if cut is None:
        return None
    return replace(c, j=cut - 1, end=doc.tokens[cut - 1].end)
