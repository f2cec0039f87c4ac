"""The issuer a report in the subject's place names itself, for the ``quotes`` stage (round qu538): «ويقول تقرير
حديث صادر عن «ديوليت» للأبحاث إن», «وأفاد تقرير فصلي صدر عن إدارة البحوث في دائرة الأراضي بأن»: the body after
«صدر/صادر عن» (within ISSUED_REACH tokens of the report noun, past its adjectives), its name in quote marks too; and
«وقال بيان مشترك لوزارة الخارجية إن»: the body after «لـ» right past the noun's adjectives. The report nouns are
``statement_nouns`` and ``report_nouns`` («بيان», «تقرير», «دراسة», «مذكرة»); the words of issuing ``report_issued``.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, fw_keys, plain_key
from .cues import QUOTE_MARK
from .reports import entity_starting

ISSUED_REACH = 4  # tokens from the report noun to «صدر/صادر» («تقرير حديث صادر», «تقرير فصلي صدر»)
ISSUER_WORDS = 10  # words of an issuer's phrase at most («إدارة البحوث والدراسات العقارية في دائرة الأراضي ...»)
ADJECTIVES = 2  # indefinite adjectives between the noun and the «لـ» of its issuer («بيان مشترك لـ»)
_STOPS = frozenset(("أن", "بأن", "إن", "ان", "بان", "إلى", "الى", "على", "حول", "عن"))


def _report_head(doc: Doc, i: int, start: int) -> bool:
    """Token ``i`` is a report or statement noun, bare or definite («تقرير», «البيان», «ودراسة»); round qu908: also
    with the «لـ» of «وفقا لتقرير» where the phrase opens past it (at character ``start``, the source phrase of an
    «according to» cue with that «لـ» left out)."""
    tok = doc.tokens[i]
    key = plain_key(tok.norm_key)
    if start > tok.start and key[:1] == "ل":
        key = plain_key(key[1:])
    return key in fw("report_nouns") or key in fw("statement_nouns")


def _issuer_phrase(doc: Doc, first: int) -> tuple[str | None, Span] | None:
    """The issuer named from token ``first`` on: (its person or organisation, else None; its words, a name in quote
    marks with them, up to a comma or stop, «أن/إلى», a time or ISSUER_WORDS words); None where no word is there."""
    end, words, opened = first - 1, 0, False
    for u in range(first, min(len(doc.tokens), first + 2 * ISSUER_WORDS)):
        tok = doc.tokens[u]
        if QUOTE_MARK.fullmatch(tok.text):
            opened = not opened
            if not opened:
                end = u  # «ديوليت»: the closing mark with the name
            continue
        if (not tok.text[:1].isalpha() or tok.norm_key in _STOPS or words >= ISSUER_WORDS
                or any(x.start < tok.end and tok.start < x.end for x in doc.times)):
            break
        end, words = u, words + 1
    if words == 0:
        return None
    a, b = doc.tokens[first].start, doc.tokens[end].end
    named = next((entity_starting(doc, doc.tokens[u].start, doc.tokens[u].start + 1)
                  for u in range(first, min(end + 1, first + 2)) if doc.tokens[u].text[:1].isalpha()), None)
    return named, Span(a, b)


def own_issuer(doc: Doc, phrase: Span) -> tuple[str | None, Span] | None:
    """(entity or None, phrase) of the issuer a report in the subject's place names right after it (see the module's
    note); None where the phrase opens with no report noun or names no issuer so («تقرير حديث» alone)."""
    i = doc.token_at(phrase.start)
    if i is None or not _report_head(doc, i, phrase.start):
        return None
    for u in range(i + 1, min(len(doc.tokens) - 1, i + 1 + ISSUED_REACH)):
        key = doc.tokens[u].norm_key
        if key in fw("report_issued") and doc.tokens[u + 1].norm_key == "عن":
            return _issuer_phrase(doc, u + 2)
        if not key.isalpha():
            break
    for u in range(i + 1, min(len(doc.tokens), i + 2 + ADJECTIVES)):
        tok = doc.tokens[u]
        key = tok.norm_key
        if key[:1] == "ل" and not key.startswith("ال") and tok.end <= phrase.end:
            named = entity_starting(doc, tok.start, tok.start + 3)  # «لوزارة الخارجية»: the ministry
            if named is None and _according(doc, i, phrase.start):
                return _quoted_name(doc, u)  # round qu908: «بحسب تقرير لصحيفة «X» الحكومية»: «صحيفة «X»»
            return None if named is None else (named, phrase)
        if not key.isalpha() or key.startswith("ال") or u > i + ADJECTIVES:
            return None  # «البيان الختامي»: no «لـ» body after adjectives alone
    return None


def _according(doc: Doc, i: int, start: int) -> bool:
    """Round qu908: the report noun at token ``i`` is the source of an «according to» cue: «وفقا لتقرير» (the phrase
    opens at character ``start``, past the «لـ»), «بحسب تقرير» (an according_tails word right before it)."""
    if start > doc.tokens[i].start:
        return True
    return i > 0 and doc.tokens[i - 1].norm_key.removeprefix("و") in fw_keys("according_tails")


NAME_WORDS = 4  # words of a name in quote marks at most («غلوبال نيو لايت»)


def _quoted_name(doc: Doc, u: int) -> tuple[str | None, Span] | None:
    """Round qu908: the body an «according to» report names with «لـ» at token ``u`` and its name in quote marks
    right after it («بحسب تقرير لصحيفة «غلوبال نيولايت» الحكومية»): (None, the words from past the «لـ» to the
    closing mark); None where no quoted name of up to NAME_WORDS words follows the word."""
    if u + 2 >= len(doc.tokens) or not QUOTE_MARK.fullmatch(doc.tokens[u + 1].text):
        return None
    for k in range(u + 2, min(len(doc.tokens), u + 3 + NAME_WORDS)):
        if QUOTE_MARK.fullmatch(doc.tokens[k].text):
            return None if k == u + 2 else (None, Span(doc.tokens[u].start + 1, doc.tokens[k].end))
        if not doc.tokens[k].text[:1].isalpha():
            return None
    return None
