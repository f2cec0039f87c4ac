"""An unnamed speaker's phrase cut short, for the ``quotes`` stage: «وأضاف قائد المقاومة في المنطقة: «...»» read
as «قائد», «وأشارت دراسة مجلس الأعمال المصري الإيطالي إلى أن» as «... المصري», «أعلنتها هيئة يوروستات التابعة
للاتحاد الأوروبي، أن» as «... التابعة». The phrase runs on over

- the definite noun after an indefinite head (the genitive of a construct: «قائد المقاومة»),
- definite nisba adjectives after a definite word («المصري الإيطالي»),
- «التابع/التابعة لـ X» and X's own genitives and adjectives («التابعة للاتحاد الأوروبي»),
- a «في» + definite word(s) qualifier right before the colon or «إن/أن» its words open with («في المنطقة:»),

never over a word of time («الأربعاء»), a person's name, a cue, the content or a quote mark, nor from a name on
over a definite word that is no nisba adjective (round q364: «عضو في مجلس محافظة قندهار الحادث»: a name governs no
genitive; the word is the verb's object)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import bare, fw, nkey
from .cues import is_complementizer, match_cue
from .qualified_source import OCCASIONS, is_time_word

CHAIN_REACH = 6  # words at most the phrase runs on over
QUALIFIER_WORDS = 3  # definite words at most of a «في» qualifier before the colon or «أن»
_NISBA_ENDS = ("ي", "يه", "يين", "يون")
_HANGING = frozenset(nkey(w) for w in ("التابع", "التابعة", "التابعين", "التابعون", "التابعتين"))


def _plain(doc: Doc, u: int) -> bool:
    """Token ``u`` is a word that may belong to a phrase: letters only, no cue, no «أن», no time, no person."""
    tok = doc.tokens[u]
    if not tok.text.isalpha() or is_complementizer(doc, u) or match_cue(doc, u) is not None:
        return False
    if is_time_word(tok.text) or bare(tok.norm_key, "relatives") in fw("relatives"):
        return False  # «المصادر التي», «الشاهد الذي»: a relative clause, no part of the phrase
    return not any(m.start == tok.start and m.type == "PERSON" for m in doc.mentions)


def _definite(text: str) -> bool:
    return nkey(text).startswith("ال") and len(nkey(text)) > 3


def _nisba(text: str) -> bool:
    return _definite(text) and nkey(text).endswith(_NISBA_ENDS)


def chain_extended(doc: Doc, phrase: Span, content: Span, cue: Span) -> Span | None:
    """``phrase`` run on (module docstring) up to the content and the cue; None where it runs on over nothing."""
    j = doc.token_at(max(phrase.start, phrase.end - 1))
    if j is None or doc.tokens[j].end != phrase.end:
        return None
    limit = len(doc.tokens)
    for bound in (content.start, cue.start):
        if bound >= phrase.end:
            limit = min(limit, doc.token_from(bound) or limit)
    last = j
    for _ in range(CHAIN_REACH):
        u = last + 1
        if u >= limit or not _plain(doc, u):
            break
        prev = doc.tokens[last].text
        word = doc.tokens[u].text
        if not prev.isalpha():
            break  # «عضو في «شورى كويتا» الهيئة»: past a name in quote marks, an apposition
        if not _nisba(word) and any(m.end == doc.tokens[last].end for m in doc.mentions):
            break  # round q364: «عضو في مجلس محافظة قندهار الحادث»: a name governs no genitive, the verb's object
        if nkey(prev) in _HANGING and nkey(word)[:1] == "ل" and len(nkey(word)) > 3:
            last = u  # «التابعة للاتحاد»
        elif not _definite(prev) and not nkey(prev).endswith(_NISBA_ENDS) and _definite(word) and (
                nkey(prev) not in _HANGING):
            last = u  # «قائد المقاومة»: the genitive of an indefinite head
        elif (_definite(prev) or nkey(prev)[:1] == "ل") and (_nisba(word) or nkey(word) in _HANGING):
            last = u  # «المصري الإيطالي», «يوروستات التابعة»
        else:
            break
    last = _qualifier(doc, last, limit)
    return Span(phrase.start, doc.tokens[last].end) if last > j else None


def _qualifier(doc: Doc, last: int, limit: int) -> int:
    """The last token of a «في» + definite word(s) qualifier after token ``last`` that a colon or «أن» closes
    («قائد المقاومة في المنطقة:»); ``last`` where none does."""
    u = last + 1
    if u + 1 >= limit or doc.tokens[u].norm_key != "في":
        return last
    for v in range(u + 1, min(limit, u + 1 + QUALIFIER_WORDS)):
        if not (_definite(doc.tokens[v].text) and _plain(doc, v)):
            return last
        if v == u + 1 and _said_in(doc.tokens[v].norm_key.removeprefix("ال")):
            return last  # «وتابع المسؤولان في المقال:»: where they said it, not where they sit
        nxt = v + 1
        if nxt < len(doc.tokens) and (doc.tokens[nxt].text == ":" or is_complementizer(doc, nxt)):
            return v
    return last


def _said_in(head: str) -> bool:
    """``head`` names where words are said («المقال», «المقابلة», «البيان»), no place or body a source sits in."""
    return head in OCCASIONS or head in fw("speech_nouns") or head in fw("statement_nouns") or (
        head in fw("said_in_nouns"))
