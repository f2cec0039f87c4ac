"""Round qu983: the name of a group a quote's unnamed speaker phrase reads (``groups``) runs on over the adjectives
of relation (nisbas) that agree with its last word right after it in the phrase: «عن دبلوماسيين غربيين» is the group
«دبلوماسيين غربيين» (of no one country: the actor is the sector alone), not «دبلوماسيين»; «مصادر أمنية عراقية» keeps
its name through the country word. The group's head, country and actor are the phrase reader's, unchanged.
"""

from __future__ import annotations

from ..doc import Doc, Span, Token
from .forms import fw_keys
from .group_lexicon import country_word, word_key
from .group_phrases import Found, agrees, read_phrase

NISBA_ENDS = ("ي", "يه", "يين", "يون")  # «غربي», «أمنية» (its «ة» folded), «غربيين», «غربيون»
NISBA_REACH = 2  # adjectives after the name, at most


def said_name(doc: Doc, got: Found, said: Span) -> Found:
    """``got`` with its name run on over the nisbas right after it inside the speaker phrase ``said`` (see the
    module): one bare word each (no proclitic), of letters, agreeing with the name's last word."""
    toks = doc.tokens_in(said)
    words = got.name.split()
    if not words or not toks:
        return got
    last = _name_last(toks, words)
    if last is None:
        return got
    if country_word(word_key(toks[last])) is not None:
        return got  # «مسؤولين أميركيين»: named through its country word already
    end = last
    for u in range(last + 1, min(len(toks), last + 1 + NISBA_REACH)):
        tok = toks[u]
        key = tok.norm_key
        if (len(tok.words) != 1 or not key.isalpha() or key in fw_keys("prepositions") or not key.endswith(NISBA_ENDS)
                or tok.text.endswith("ى") or not agrees(toks[end], tok) or _definite(toks[end]) != _definite(tok)):
            break  # («سكان المديرية», «حكومة الولاية»: a genitive, no adjective; «رفيعي المستوى»)
        if u + 1 < len(toks) and any(w.kind == "proclitic" and w.norm == "ب" for w in toks[u + 1].words):
            break  # («مسؤولون معنيون بالاستخبارات»: a participle and what it governs, no nisba)
        end = u
    if end == last or _and_adjective(toks, end):
        return got  # round mn990: «مسؤولون حاليون وسابقون»: the adjectives joined by «و» go together, none taken
    got.name += doc.text[toks[last].end : toks[end].end]
    return got


def _name_last(toks: list[Token], words: list[str]) -> int | None:
    """The index in ``toks`` of the token the name of ``words`` ends on; None where none does."""
    return next((u for u, tok in enumerate(toks) if u >= len(words) - 1 and tok.text.endswith(words[-1])), None)


def said_pair(doc: Doc, got: Found, said: Span) -> Found:
    """Round qu994: ``got`` with its name run on over the group that «و» joins to it right after its name inside the
    speaker phrase ``said`` where that group is of its sector and country (or of none): «وقال سكان وشهود إن» is the
    civilians «سكان وشهود», «الشهود والسكان» one phrase; «ناشطون وسكان» (activists and residents) stays the first."""
    toks = doc.tokens_in(said)
    words = got.name.split()
    last = _name_last(toks, words) if words else None
    if last is None or last + 1 >= len(toks):
        return got
    nxt = toks[last + 1]
    if not nxt.words or nxt.words[0].kind != "proclitic" or nxt.words[0].norm != "و":
        return got
    other = read_phrase(doc, Span(nxt.start, said.end))
    if other is None or other.head.sector != got.head.sector or other.country not in (None, got.country):
        return got
    other = said_name(doc, other, Span(nxt.start, said.end))  # «وشهود عيان»: its own words after its head
    if not doc.text[nxt.start : other.span.end].endswith(other.name.split()[-1]):
        return got
    got.name += " " + doc.text[nxt.start : other.span.end].strip()
    return got


def _definite(tok: Token) -> bool:
    """A word with the article (past «و/لـ/بـ»), whose adjective has it too."""
    return tok.norm_key.lstrip("وفبل").startswith("ال") or tok.norm_key.startswith("لل")


def _and_adjective(toks: list[Token], end: int) -> bool:
    """Round mn990: the word after the adjective ``toks[end]`` is «و» + a word of its ending and article
    («حاليون وسابقون», «الحاليين والسابقين»): a pair of adjectives, which one name cut after the first would split."""
    if end + 1 >= len(toks):
        return False
    tok = toks[end + 1]
    if not tok.words or tok.words[0].kind != "proclitic" or tok.words[0].norm != "و" or not tok.norm_key.isalpha():
        return False
    return _ending(toks[end].norm_key) == _ending(tok.norm_key) and _definite(toks[end]) == _definite(tok)


def _ending(key: str) -> str:
    """The inflection a word ends in: a sound plural's «ون/ين», else its last letter («ية» folded to «يه»: «ه»)."""
    return key[-2:] if key.endswith(("ون", "ين")) else key[-1:]
