"""An unnamed source called back by its head with the article, for the ``quotes`` and ``groups`` stages (round
qu883): «أفاد مصدر في الشرطة الفرنسية ... . وأوضح المصدر أن», «وكشف مصدر عسكري رفيع ... . وقال المصدر العسكري إن».

- The call-back: a speaker phrase that is «المصدر» or «المصادر» (``body_source_nouns`` with the article, or the
  article a «لـ» hides: «ووفقا للمصدر», «وطبقا للمصادر», round qu929), maybe
  with a word of sameness («المصدر نفسه»: ``source_same_words``) or adjectives that the first telling had («المصدر
  العسكري» after «مصدر عسكري رفيع»).
- Its antecedent: the last indefinite word of the same head (the same number: «المصادر» never goes back to one
  «مصدر») before it within ``REACH`` characters, and the adjectives right after that word, up to a preposition, a
  word with a proclitic or a mark (:func:`antecedent_source`). A definite one on the way back is the same source told
  again, passed over. None where the call-back's adjectives are not the antecedent's («المصادر السورية» after
  «مصادر تركية»).
- What it gives (:func:`source_affiliation`, the ``quotes`` stage): the antecedent's body, as an unnamed source of a
  named body speaks today (speaker none, ``speaker_affiliation`` the body: «مسؤول في الوزارة» — he speaks, not it):
  the affiliation of the quote the antecedent opens the speaker phrase of, else the organisation named right after
  the antecedent's phrase by «في/من» («مصدر في الشرطة الفرنسية», where the writer's «على ما أفاد» made no quote of
  it). The ``groups`` stage reads the antecedent's phrase for a group of sources («مصدر عسكري» MIL: the same group
  speaks again).
- :func:`short_affiliation`: an unnamed official or source in «في» + one definite word («نقلت الصحيفة عن مسؤول كبير
  في الإدارة») speaks for the one organisation named before whose name of two words or more opens with that word
  («الإدارة الأميركية»); none where two fit.
- Sources with no body nor sector («مصادر مطلعة», «مصدر مسؤول») give nothing: their call-backs stay unnamed.
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span, Token
from ..events.forms import fw, fw_bare_keys, nkey, plain_key
from ..events.group_lexicon import stem_start

REACH = 2000  # characters back from the call-back where its antecedent may stand (a long article's one source)
ADJECTIVES = 3  # words after the antecedent's head that may describe it («مصدر عسكري رفيع»)
_OF = ("في", "من")


def _stem_key(tok: Token) -> str:
    """A token's word past its proclitics, as a matching key («والمصدر» → «المصدر»)."""
    return nkey("".join(w.form for w in tok.words if w.kind != "proclitic") or tok.text)


def _called_back(doc: Doc, phrase: Span) -> tuple[str, list[str]] | None:
    """The head and the other words of a call-back phrase («المصدر العسكري»: «مصدر», [«عسكري»]); None where the
    phrase is no definite source head."""
    words = doc.text[phrase.start : phrase.end].split()
    if not words:
        return None
    first = nkey(words[0]).removeprefix("و")
    if hidden_article(doc, phrase):
        first = "ال" + first  # round qu929: «ووفقا للمصدر»: the «لـ» hides the article of the phrase «مصدر»
    head = first.removeprefix("ال")
    if not first.startswith("ال") or head not in fw_bare_keys("body_source_nouns"):
        return None
    same = fw("source_same_words")
    return head, [plain_key(nkey(w)) for w in words[1:] if nkey(w) not in same]


def hidden_article(doc: Doc, phrase: Span) -> bool:
    """Whether the phrase's first word is definite with its article hidden by a «لـ» before it in the same token
    («ووفقا للمصدر»: the phrase «مصدر» of the word «المصدر»), round qu929."""
    at = doc.token_at(phrase.start)
    if at is None or doc.tokens[at].start >= phrase.start or not doc.text[phrase.start : phrase.end].split():
        return False
    key = _stem_key(doc.tokens[at])
    return key.startswith("ال") and key.removeprefix("ال") == nkey(doc.text[phrase.start : phrase.end].split()[0])


def _joined(tok: Token) -> bool:
    """Whether a word opens with a conjunction or a preposition («وقال», «لـ«الشرق الأوسط»», «بالمدينة»); not an
    adjective the word layer split at its first letter («بارز»: ب + ارز, no article after it)."""
    return any(w.kind == "proclitic" and (w.norm != "ب" or _stem_key(tok).startswith("ال")) for w in tok.words)


def _described(doc: Doc, k: int) -> list[Token]:
    """The antecedent's head at token ``k`` and the adjectives right after it (module docstring)."""
    out = [doc.tokens[k]]
    for tok in doc.tokens[k + 1 : k + 1 + ADJECTIVES]:
        if not tok.text[:1].isalpha() or tok.norm_key in fw("prepositions") or tok.norm_key in _OF \
                or _joined(tok):
            break
        out.append(tok)
    return out


def antecedent_source(doc: Doc, phrase: Span) -> Span | None:
    """The phrase of the unnamed source the call-back ``phrase`` («المصدر») stands for (module docstring), or None."""
    called = _called_back(doc, phrase)
    at = doc.token_at(phrase.start)
    if called is None or at is None:
        return None
    head, rest = called
    for k in range(at - 1, -1, -1):
        tok = doc.tokens[k]
        if tok.end < phrase.start - REACH:
            return None
        key = _stem_key(tok)
        if key.removeprefix("ال") != head:
            continue
        if key.startswith("ال"):
            continue  # the same source told again («وأكد المصدر» ... «وأضاف المصدر»)
        words = _described(doc, k)
        if not set(rest) <= {plain_key(_stem_key(t)) for t in words[1:]}:
            return None  # («المصادر السورية» after «مصادر تركية»: other sources)
        return Span(stem_start(tok, doc.text), words[-1].end)
    return None


def source_affiliation(doc: Doc, quotes: list[Quote], phrase: Span) -> str | None:
    """The body the call-back ``phrase`` («المصدر») speaks for: its antecedent's (module docstring), or None."""
    earlier = antecedent_source(doc, phrase)
    if earlier is None:
        return None
    for q in reversed(quotes):
        given = q.attrs.get("speaker_text")
        if isinstance(given, Span) and given.start == earlier.start:
            body = q.attrs.get("affiliation")
            return body if isinstance(body, str) else None
    k = doc.token_from(earlier.end)
    if k is None or k + 1 >= len(doc.tokens) or doc.tokens[k].norm_key not in _OF:
        return None
    at = stem_start(doc.tokens[k + 1], doc.text)
    return next((e.id for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions if m.start == at), None)


def short_affiliation(doc: Doc, phrase: Span) -> str | None:
    """The organisation an unnamed source «في» + one definite word speaks for (module docstring), or None."""
    words = [nkey(w) for w in doc.text[phrase.start : phrase.end].split()]
    if len(words) < 3 or words[-2] != "في" or not words[-1].startswith("ال") \
            or plain_key(words[0]) not in fw_bare_keys("source_heads"):
        return None
    fits = {e.id for e in doc.entities if e.type == "ORGANIZATION" and any(m.start < phrase.start for m in e.mentions)
            and any(len(n.split()) > 1 and nkey(n.split()[0]) == words[-1] for n in [e.name, *e.aliases])}
    return next(iter(fits)) if len(fits) == 1 else None
