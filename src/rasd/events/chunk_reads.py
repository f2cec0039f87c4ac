"""Tests that read a chunk of the events layer (events.chunks): the first chunk after a token, a time expression on
it, an adverb that opens or makes it, the named genitive it runs on over, the addressee of a call after its
subject; and each sentence's token range.
events.chunks re-exports these names.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..doc import Doc, Span, Token
from ..entities.commongivens import day_part_at
from ..text.marks import OPENING_QUOTES
from .chunk_type import Chunk, glued_prep, new_chunk
from .forms import bare, fw, fw_keys, nkey
from .group_lexicon import bare_list_keys, word_key
from .phrases import ARTICLE_PREFIXES
from .word_tests import verb_key


ADDRESSEE_SUBJECT = 3  # words of a call's definite subject (a head and its adjectives) before its addressee


def addressee_opens(toks: Sequence[Token], t: int, u: int) -> bool:
    """Round ev993: right after a verb of calling on someone (function words ``urging_verbs``) its definite singular
    subject («المبعوث الأممي», «الوزير») is followed by the one called on, a definite group noun (``listed_party_heads``:
    «الفصائل», «الأطراف»; ``called_addressee_heads``: «الحكومة», «المجتمع الدولي»), which is no genitive of a
    definite word nor an adjective of it: a new phrase opens at token ``u + 1`` («دعا المبعوث الأممي | الفصائل
    الليبية إلى», «وطالب الرئيس | الحكومة بـ»); the phrase runs from ``t`` to ``u``."""
    if t == 0 or u - t >= ADDRESSEE_SUBJECT or u + 1 >= len(toks):
        return False
    if bare(toks[t - 1].norm_key, "urging_verbs") not in fw("urging_verbs"):
        return False
    if not all(toks[k].norm_key.startswith("ال") for k in range(t, u + 1)):
        return False
    head = toks[t].norm_key
    if head.endswith(("ون", "ين", "ات")) and head not in fw_keys("singular_yn_nouns") or head in fw("people_plurals"):
        return False  # (a plural subject: «المسلحين الأطراف» is no call's subject and addressee)
    nxt = toks[u + 1].norm_key
    return nxt in fw_keys("listed_party_heads") or nxt in fw_keys("called_addressee_heads")


def first_after(chunks: list[Chunk], j: int, limit: int) -> Chunk | None:
    """The first chunk that starts after token ``j``, if it starts within ``limit`` tokens of it."""
    for c in chunks:
        if c.i > j:
            return c if c.i - j <= limit else None
    return None


def in_time(doc: Doc, c: Chunk | Token) -> bool:
    """Does the chunk (or token) overlap a time expression («فجر امس», «قبل ظهر اليوم»)? Round ev458: or open with
    a part of the day before a day word, a time where no document date anchored it («إذ تظاهر صباح أمس المئات»)."""
    if any(t.start < c.end and c.start < t.end for t in doc.times):
        return True
    k = doc.token_at(c.start)
    return k is not None and day_part_at(doc, doc.tokens[k].start, doc.tokens[k].end)


def time_tail(doc: Doc, chunks: Sequence[Chunk], c: Chunk, sent_start: int) -> bool:
    """Round au991: is the unnamed chunk a weekday that ends a time expression opened by a word the chunker leaves
    out of every phrase («اليوم (الاثنين)», «اليوم الاثنين», «أمس الجمعة»: the weekday alone is a chunk)? It is an
    adverb as the bare «اليوم» is, and a noun trigger's search for its subject goes on past it («أعلن فلان، اليوم
    (الاثنين)، بعد انتهاء اجتماع مع نظرائه»: فلان meets them). Round tf1027: not in a verbless caption, a time right
    after the phrases alone that open the sentence, a name among them («صحيفة لوموند الفرنسية أمس الأربعاء مطالبة»:
    captions.caption_sources gives such an act a person only)."""
    if c.entity is not None or c.i != c.j or nkey(doc.tokens[c.i].text) not in fw_keys("weekday_words"):
        return False  # (a weekday only: «سبتمبر (أيلول) الماضي», «هذا العام» end a date of an earlier act)
    time = next((t for t in doc.times if t.start < c.start and c.end <= t.end), None)
    if time is None:
        return False
    opening = [k for k in range(sent_start, c.i) if doc.tokens[k].end <= time.start]
    if not opening or not all(any(b.i <= k <= b.j and b.prep is None for b in chunks) for k in opening):
        return True
    lo = doc.tokens[opening[0]].start  # a caption names its party (not «وانضم الوزير الإيطالي أمس الجمعة إلى»)
    return not any(m.source != "coref" and lo <= m.start and m.end <= time.start for m in doc.mentions)


def time_open_tokens(doc: Doc) -> frozenset[int]:
    """Round ev988: the tokens ``k`` in which a time expression opens past the token before it («جنديان تركيان |
    مساء الأحد»): a phrase of content words ends before them (``build_chunks``), else the whole phrase reads as the
    time (``in_time``) and its people are lost as a party. Made once per article and kept (``Doc.memoized``, on the
    tokens and the times), not asked of the article's times for each word a phrase may run on over."""
    return doc.memoized("time_open_tokens", ("tokens", "times"), _time_open_tokens)


def _time_open_tokens(doc: Doc) -> frozenset[int]:
    """:func:`time_open_tokens`, made: the token holding each time's start, or the first after it where the start
    falls between tokens (the token ``k`` with ``tokens[k - 1].end <= start < tokens[k].end``); never the first."""
    out: set[int] = set()
    for t in doc.times:
        k = doc.token_at(t.start)
        if k is None:
            k = doc.token_from(t.start)
        if k is not None and k > 0:
            out.add(k)
    return frozenset(out)


def within_time(doc: Doc, c: Chunk) -> bool:
    """Round ev301: is the unnamed chunk wholly a time expression («تأجيل الزيارة إلى نهاية الأسبوع»: a time, no
    party the visit is to)?"""
    return c.entity is None and any(t.start <= c.start and c.end <= t.end for t in doc.times)


def past_adverb(doc: Doc, c: Chunk) -> Chunk:
    """Round ev301: an unnamed phrase of two words or more opened by an adverb (``lone_adverbs``) starts past it
    («وتطالب نيوزيلندا خصوصا بإمكانيات»: «بإمكانيات», with its glued «بـ»)."""
    if c.entity is not None or c.j == c.i or verb_key(doc.tokens[c.i].text) not in fw("lone_adverbs"):
        return c  # (not «بدوره»: «الذي بدوره استقال» goes on with a verb)
    nxt = doc.tokens[c.i + 1]
    return new_chunk(doc.tokens, c.i + 1, c.j, nxt.start, c.end, None, None, glued_prep(nxt.norm_key, False), False)


def lone_adverb(doc: Doc, c: Chunk) -> bool:
    """Round ev301: is the unnamed chunk one adverb («وكانت تدعو خصوصا إلى رفع الحظر», «ستزورها قريبا», «مجددا»:
    ``adverbs``, ``soon_words``, ``lone_adverbs``), which is no party?"""
    if c.entity is not None or c.i != c.j:
        return False
    k = doc.tokens[c.i].norm_key
    return k in fw("adverbs") or k in fw("soon_words") or k in fw("lone_adverbs")


def named_genitive(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """An unnamed phrase whose last word is a head in construct runs on over the name that is its genitive (past an
    opening quotation mark) and an adjective right after it: «جيش جنوب السودان», «وحدات حماية شرق كردستان», «رجل
    الرئيس القوي», «كتلة «الإخوان المسلمين»». The events layer reports that whole phrase as the unnamed actor's text;
    which chunk is the argument does not change. Not after a definite word, a sound plural or a word with tanwin,
    which head no construct («مسلحون | الجيش»), nor after a word with a pronoun on it or a present verb."""
    if c.entity is not None or c.number:
        return c
    toks = doc.tokens
    last = toks[c.i if _titled(doc, chunks, c) else c.j].text  # round ev803: «قوات | الرئيس هادي»: the head
    k = nkey(last)
    if last.startswith(ARTICLE_PREFIXES) or k.endswith(("ون", "ين")) or last[-1:] in _TANWIN or c.end != toks[c.j].end:
        return c
    if last.endswith(("ها", "هم", "هما", "هن")) or (last.endswith("ه") and len(k) >= 5) or (
            k.startswith("ي") and len(k) >= 4):
        return c  # a pronoun ends the phrase, and «يـ» is a present verb: «تطرحه | الحكومة», «يتقدم | يعقوب»
    d = next((d for d in chunks if d.i > c.j), None)
    if d is None or d.entity is None or d.prep is not None or d.coord or d.start != toks[d.i].start:
        return c
    if any(t.text not in OPENING_QUOTES for t in toks[c.j + 1 : d.i]) or d.i - c.j > 2:
        return c
    j, end = d.j, d.end
    if d.i > c.j + 1 and j + 1 < len(toks) and toks[j + 1].text in _CLOSING_QUOTES:
        j, end = j + 1, toks[j + 1].end  # «كتلة «الإخوان المسلمين»»
    elif d.end == toks[j].end and j + 1 < len(toks) and _adjective(toks[j + 1].text) and not any(
            e.i <= j + 1 <= e.j and e.entity is not None for e in chunks):
        j, end = j + 1, toks[j + 1].end  # «رجل الرئيس القوي»
    return new_chunk(toks, c.i, j, c.start, end, None, None, c.prep, c.coord)


def _titled(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """Round ev803: does the unnamed phrase ``c``, opened by a noun of a state's forces or aircraft
    (``leader_force_heads``), end past it on the title of the person named right after it, so that its first word is
    the head in construct over the titled name («قوات الرئيس | هادي», «جيش الرئيس | الأسد»; events.leader_forces
    reads them as the ruler's army)? Not another head («إدارة الرئيس | ديبي»: left; the phrase is often no subject,
    «كانت المنظمات تدين إدارة الرئيس ديبي»), nor where the whole phrase is his title («نائب الرئيس | فلان»)."""
    if c.j == c.i or word_key(doc.tokens[c.i]) not in bare_list_keys("leader_force_heads"):
        return False
    d = next((d for d in chunks if d.i > c.j), None)
    person = doc.entity(d.entity) if d is not None and d.i == c.j + 1 else None
    if person is None or person.type != "PERSON":
        return False
    roles = {nkey(r) for r in person.roles}
    title = nkey(doc.text[doc.tokens[c.i + 1].start : doc.tokens[c.j].end])
    return title in roles and nkey(doc.text[doc.tokens[c.i].start : c.end]) not in roles


_TANWIN = ("ً", "ٌ", "ٍ")
_CLOSING_QUOTES = ("»", '"', "”", ")")


def _adjective(text: str) -> bool:
    """A definite adjective of relation or quality after a name: «القوي», «الشعبية», «الكردي»."""
    k = nkey(text)
    return text.startswith("ال") and len(k) > 4 and k.endswith(("ي", "يه"))


def sentence_token_ranges(doc: Doc) -> list[tuple[Span, int, int]]:
    """(sentence, first token index, end token index) for every sentence."""
    starts = doc.token_starts()  # (the doc's own list, made once per token list; read only)
    out: list[tuple[Span, int, int]] = []
    for s in doc.sentences:
        a = bisect_left(starts, s.start)
        b = bisect_left(starts, s.end)
        out.append((s, a, b))
    return out
