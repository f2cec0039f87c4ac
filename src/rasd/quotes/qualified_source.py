"""A source phrase cut before its «في/من» qualifier, for the ``quotes`` stage: «وقال مصدر في قيادة العمليات إن»,
«وقالت مصادر في محافظة حضرموت إن», «ويشير مقربون من الرئيس إلى أن», «وقال موظف في إدارة الإغاثة في وزارة
الشؤون الاجتماعية إن», past the source's adjectives too (round q354: «وقالت مصادر محلية في مديرية X لـ»): where the entity layer names no body after the source word, the unnamed speaker's phrase
runs on over the prepositional phrase that says where the source sits, up to the «إن/أن» (or «إلى/على أن») or the
addressee «لـ» its words open with — not over an object («وصف عضو في المجلس الحادث، مشيرا»: no «أن» ends it; round
q364: up to a name that ends the qualifier before such an object, ``named_qualifier``). Round qu432: also over the
complement a source word or its adjective governs with its own preposition (``source_complements``: «مصدر مطلع على
أحوال القرى الدرزية لـ», «ممثلون عن هذه المجموعات إن»). Round au1008: sources close to something that is no named
person or body («مصادر مقربة من تلك اللقاءات،», «مصدر قريب من الملف بأن») keep what they are close to
(``close_extended``); close to a named one, that one is their affiliation and the phrase stays («مصادر مقربة»)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import is_function_word
from ..events.forms import fw, fw_keys, nkey
from ..events.word_tests import finite_verb
from .close_source import close_affiliation
from .cues import QUOTE_MARK, is_complementizer, match_cue, source_word
from .ends import finite
from .named_qualifier import named_qualifier_end
from .phrases import source_heads

QUALIFIER_REACH = 10  # tokens the «في/من» qualifier of a source may run over before the words it says open
_QUALIFIERS = frozenset(("في", "من"))
_ADVERBIAL = frozenset(nkey(w) for w in ("عبر", "خلال", "أثناء", "أمام", "هاتفيا", "بعد", "قبل", "منذ", "صباح",
                                         "مساء", "ليل", "فجر", "يوم", "حسب", "بحسب", "وفق", "وفقا"))
_TIMES = frozenset(nkey(w) for w in ("أمس", "اليوم", "الليلة", "البارحة", "مؤخرا", "مؤخرًا", "الأحد", "الاثنين",
                                     "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))
OCCASIONS = frozenset(nkey(w) for w in ("مقابلة", "حديث", "لقاء", "مؤتمر", "اتصال", "كلمة", "تغريدة", "ندوة",
                                         "خطاب", "جلسة", "حوار", "منشور"))
_SOURCE_ENDS = frozenset((".", "،", ","))  # what ends the source of «according to» (round qu983)
_CLOSE_ENDS = frozenset((".", "،", ",", ":"))  # what ends the thing sources are close to («من الملف،»)
CLOSE_REACH = 6  # words after «من» the thing sources are close to may take («من المفاوضات الجارية في جنيف»)
_LEADS = frozenset((nkey("إلى"), nkey("على")))  # «مقربون من فلان إلى أن»: the cue's own preposition, then «أن»


def is_time_word(text: str) -> bool:
    """A word of time the saying is dated by: «أمس», «اليوم», a weekday in parentheses is no word here."""
    return nkey(text).removeprefix("و") in _TIMES


def _source(doc: Doc, p: int) -> bool:
    tok = doc.tokens[p]
    key = tok.norm_key.removeprefix("و").removeprefix("ال")
    return source_word(tok) or key in source_heads() or key in fw("qualified_source_heads")  # «موظف في»


MODIFIERS = 2  # adjectives after the source word before its qualifier («مصادر محلية», «مسؤول إيراني رفيع»)


def _modifier(doc: Doc, p: int, definite: bool) -> bool:
    """Token ``p`` may be an adjective of a source word of the given definiteness: one bare word (the article
    alone before it), of letters, no function word, cue or word of affiliation («مقربة»), with the article exactly
    where the head has it («الإحصاءات الرسمية», «مصادر محلية»; not «مسؤول الإغاثة», a genitive)."""
    tok = doc.tokens[p]
    key = tok.norm_key
    if len(tok.words) != 1 or not key.isalpha() or is_function_word(key) or match_cue(doc, p) is not None:
        return False
    if key in fw("affiliations"):
        return False  # «مصادر مقربة من X», «قائد موال لـX»: X the affiliation (``close_source``), not where it sits
    return key.startswith("ال") == definite and not _source(doc, p)


def _source_with_modifiers(doc: Doc, first: int, k: int) -> bool:
    """The phrase from token ``first`` up to ``k`` (exclusive) ends in a source word, or in one and at most
    MODIFIERS adjectives that agree with it in the article («مصادر محلية في», «مسؤول إيراني رفيع في»)."""
    if _source(doc, k - 1):
        return True
    for h in range(k - 2, max(first, k - 1 - MODIFIERS) - 1, -1):
        if _source(doc, h):
            definite = doc.tokens[h].norm_key.removeprefix("و").startswith("ال")
            return all(_modifier(doc, p, definite) for p in range(h + 1, k))
    return False


def _complement(doc: Doc, first: int, k: int) -> bool:
    """Round qu432: token ``k`` is the preposition the word before it, inside the phrase from token ``first``,
    governs (``source_complements``: «مطلع على», «ممثلون عن»), that word heading the phrase or being a source word
    or its adjective."""
    if k <= first:
        return False
    word = doc.tokens[k - 1].norm_key.removeprefix("و").removeprefix("ال")
    if nkey(word + "|" + doc.tokens[k].text) not in fw_keys("source_complements"):
        return False
    if k - 1 == first or _source(doc, k - 1):
        return True
    return any(_source(doc, h) for h in range(max(first, k - 1 - MODIFIERS), k - 1))


def _opens_words(doc: Doc, u: int) -> bool:
    """The words said open at ``u``: «إن/أن», «إلى/على» + «أن», an addressee «لـ«...»», «لـ», or a comma right
    before «أن/إن»."""
    if u >= len(doc.tokens):
        return False
    text = doc.tokens[u].text
    if is_complementizer(doc, u) or text.startswith("لـ"):
        return True
    if text in ("،", ",") and u + 1 < len(doc.tokens) and (is_complementizer(doc, u + 1)
                                                          or doc.tokens[u + 1].text.startswith("لـ")):
        return True  # round qu432: «كشف نائب عن الحزب في البرلمان، أن»; au1008: «في جمارك الميناء، لـ«الشرق»»
    return nkey(text) in _LEADS and u + 1 < len(doc.tokens) and is_complementizer(doc, u + 1)


def close_extended(doc: Doc, phrase: Span) -> Span | None:
    """Round au1008: the unnamed ``phrase`` ending in a word of closeness («مقربة», «قريب»: affiliations) run on over
    the «من» phrase after it where that phrase names no person or body (``close_affiliation`` finds none): «مصادر
    مقربة من تلك اللقاءات، في اتصالات ... إن», «مصدر قريب من الملف بأن». It ends at a comma, a full stop or a colon,
    before a time or an adverb of the saying («أمس», «عبر الهاتف»), or where the words open («إن/أن», «لـ»), within
    CLOSE_REACH words; None past a verb, a cue or a quote mark, or where nothing follows «من»."""
    k = doc.token_from(phrase.end)
    if k is None or k < 1 or k + 1 >= len(doc.tokens) or doc.tokens[k].norm_key != nkey("من"):
        return None
    if doc.tokens[k - 1].norm_key not in fw("affiliations") or close_affiliation(doc, phrase) is not None:
        return None
    for u in range(k + 1, min(len(doc.tokens), k + CLOSE_REACH + 2)):
        tok = doc.tokens[u]
        if tok.text in _CLOSE_ENDS or _opens_words(doc, u) or tok.norm_key in _ADVERBIAL or is_time_word(tok.text):
            return Span(phrase.start, doc.tokens[u - 1].end) if u > k + 1 else None  # «من الملف أمس إن»
        if not tok.text[:1].isalpha() or match_cue(doc, u) is not None or finite_verb(tok) or finite(doc, u):
            return None
    return None


def qualified_extended(doc: Doc, phrase: Span, according: bool = False) -> Span | None:
    """The unnamed source ``phrase`` (its last word a source word) run on over the «في/من» phrase right after it to
    where its words open (module docstring); None where no such qualifier follows or no opening ends it within
    QUALIFIER_REACH tokens. Round qu983: the source of «according to» (``according``) runs on over its «في» phrase to
    the comma or the full stop that ends it («بحسب مصادر طبية في المدينة.», «وفق مصادر أمنية في المحافظة، فإن»),
    none of its words a time."""
    close = close_extended(doc, phrase)
    if close is not None:
        return close
    k = doc.token_from(phrase.end)
    first = doc.token_from(phrase.start)
    if k is None or first is None or k >= len(doc.tokens):
        return None
    if doc.tokens[k].norm_key not in _QUALIFIERS and not _complement(doc, first, k):
        return None
    if not _source_with_modifiers(doc, first, k) and not _complement(doc, first, k):
        return None
    if k + 1 < len(doc.tokens) and (source_word(doc.tokens[k + 1]) or doc.tokens[k + 1].norm_key.removeprefix("ال")
                                    in OCCASIONS):
        return None  # «وقال مسؤول في تصريح صحفي إن», «في مقابلة مع»: where he said it, not where he sits
    last: int | None = None  # the qualifier's last word, before an adverb of the saying («عبر الهاتف أمس»)
    for u in range(k + 1, min(len(doc.tokens), k + QUALIFIER_REACH + 1)):
        tok = doc.tokens[u]
        if _opens_words(doc, u):
            end = u - 1 if last is None else last
            return Span(phrase.start, doc.tokens[end].end) if end > k else None
        if last is None and (tok.norm_key in _ADVERBIAL or is_time_word(tok.text)):
            last = u - 1  # «أحد الضباط في بلدة قريبة عبر الهاتف أمس إن»: how and when he spoke, not where he sits
        if according and last is None and tok.text in _SOURCE_ENDS and u - 1 > k and doc.tokens[k].norm_key == "في" \
                and not doc.times_within(doc.tokens[k].start, tok.start):
            return Span(phrase.start, doc.tokens[u - 1].end)  # «بحسب مصادر طبية في المدينة.»: where they sit
        if not tok.text[:1].isalpha() or QUOTE_MARK.fullmatch(tok.text) or match_cue(doc, u) is not None:
            named = named_qualifier_end(doc, k, u) if last is None else None  # «في مجلس ولاية غزني الحادث، مشيرا»
            return Span(phrase.start, doc.tokens[named].end) if named is not None else None
        if finite_verb(tok) or finite(doc, u):
            return None
    return None
