"""A person's name the entity layer did not tag, for the quotes stage: a given name right before a person named
without it («كشف حميد رضا محمدي»), and the name-like words after an unnamed title phrase that its speaker text
takes in («الباحث حسام السراي», past the phrases of a preposition that describe the title).
"""

from __future__ import annotations

from ..doc import Doc
from ..entities.crf import load_lexicon
from ..entities.gazetteer import load as load_gazetteer
from ..entities.trim import COMMON_ZIPF10
from ..entities.units import NASAB
from ..events.chunks import Chunk, is_function_word
from ..events.forms import fw, nkey
from .cues import CONJ_ONLY, QUOTE_MARK, match_cue
from .phrases import addressee, governed, title_head


def given_before(doc: Doc, chunks: list[Chunk], c: Chunk) -> str | None:
    """«كشف حميد رضا محمدي، شقيق ...، أن»: a subject of one bare word that is a given name (the name lists' «g», not
    a common word) right before a person the entity layer named without it: that person; None otherwise. Round
    q364: also a Western name of the lists («w»: «قال فالتر بوش»)."""
    tok = doc.tokens[c.i]
    if c.i != c.j or c.entity is not None or c.prep is not None or len(tok.words) != 1:
        return None
    word = load_gazetteer().name_word(tok.norm_key)
    if word is None or "c" in word.flags:
        return None
    if "g" not in word.flags and "w" not in word.flags:
        return None  # («وقال صديق محمد علي»: a friend of his, «صديق» a name of the lists too)
    d = next((d for d in chunks if d.i == c.j + 1), None)
    return d.entity if d is not None and d.etype == "PERSON" and d.prep is None else None


NAME_RUN = 4  # name-like words after an unnamed title phrase that its speaker text takes in


def title_key(key: str) -> bool:
    """A title or a speaker's title (function words ``titles``, with or without its article, and ``speaker_titles``)."""
    return key in fw("titles") or key.removeprefix("ال") in fw("titles") or key in fw("speaker_titles")


def name_like(doc: Doc, u: int) -> bool:
    """Token ``u`` may be a word of a person's name the entity layer did not tag: a word that is a name of the name
    lists (not a common one), or a bare one (no clitic) that no name list has, and no frequent word of either
    kind (the entity layer's test of «a frequent word no name list has», except for a given name); no function
    word, title or cue."""
    tok = doc.tokens[u]
    key = tok.norm_key
    if len(key) < 2 or not key.isalpha() or is_function_word(key) or match_cue(doc, u):
        return False
    if title_key(key):
        return False
    word = load_gazetteer().name_word(key)
    if len(tok.words) != 1 and word is None:
        return False  # «بحقوق»; but «كميل», read as «كـ» + «ميل», is a name of the lists
    if word is not None and word.flags:
        return "c" not in word.flags
    return load_lexicon().freq.get(key, 0) < COMMON_ZIPF10


def _nisba_surname(doc: Doc, u: int) -> bool:
    """Token ``u`` after a name's first word may end it as a family name in «ـي» («بحريني», «الكردي»): a bare word
    of one stem, no function word, title or common word of the name lists."""
    tok = doc.tokens[u]
    key = tok.norm_key
    if len(tok.words) != 1 or len(key) < 4 or not key.isalpha() or not key.endswith("ي") or is_function_word(key):
        return False
    word = load_gazetteer().name_word(key)
    return key not in fw("titles") and key.removeprefix("ال") not in fw("titles") and (
        word is None or "c" not in word.flags)


def _name_run(doc: Doc, u: int, limit: int) -> int:
    """The last token of one to NAME_RUN name-like words from token ``u`` («الباحث | حسام السراي»: the man the
    title names, untagged), «بن», «آل» between them; -1 where none stands there or the run does not end its phrase
    (at ``limit``, a comma, a stop, a quote mark, a preposition, a «لـ» word, the end of the text)."""
    end = -1
    k = u
    while k < min(limit, len(doc.tokens)) and k - u < NAME_RUN:
        if k > u and doc.tokens[k].norm_key in NASAB and k + 1 < limit and name_like(doc, k + 1):
            k += 1
        elif not name_like(doc, k):
            if k > u and _nisba_surname(doc, k):
                end = k  # «رها بحريني»: a family name in «ـي», frequent as an adjective, ends the name
            break
        end = k
        k += 1
    if end < 0:
        return -1
    if end + 1 >= min(limit, len(doc.tokens)):
        return end
    nxt = doc.tokens[end + 1]
    key = nxt.norm_key
    if nxt.text in ("،", ",", ".", ":", "؛") or QUOTE_MARK.fullmatch(nxt.text) or key in fw("prepositions"):
        return end
    lead = [w for w in nxt.words if w.kind == "proclitic" and w.norm not in CONJ_ONLY]
    return end if nxt.text.startswith("لـ") or (lead and nkey(lead[0].norm) == "ل") else -1


TITLE_TAIL = 5  # tokens of the phrases of a preposition between a title and the untagged name it gives


def titled_name(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> int:
    """The last token of the untagged name an unnamed phrase gives right after it («الباحث حسام السراي»), or for a
    title past the phrases of a preposition that describe it («الناشط المختص بحقوق الإنسان كميل آل بوشوكة»: not
    one of «لـ», whom it was said to); -1 where none follows."""
    end = _name_run(doc, c.j + 1, limit)
    if end >= 0 or not title_head(doc, c):
        return end
    prev = c
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i != prev.j + 1 or d.j - c.j > TITLE_TAIL or d.i >= limit or not governed(doc, d) or addressee(doc, d):
            break
        prev = d
        end = _name_run(doc, d.j + 1, limit)
        if end >= 0:
            return end
    return -1
