"""Noun-phrase chunks of a sentence.

A chunk is an entity mention (with its entity id) or, between mentions, a short run of content words (entity id
``None``: an actor phrase the entity layer did not resolve, kept so its span can still be reported). Each chunk
knows the preposition governing it (a free word «على» or a clitic «بـ/لـ») and whether it opens with the
coordinating «و». This module decides where a chunk begins and ends. The ``Chunk`` record and its constructors are in
events.chunk_type, the tests that read a chunk (a time expression on it, the named genitive it runs on over) in
events.chunk_reads, and the shared tests on single words and token spans (a verb's shape, a clause boundary between
two tokens, an object pronoun on a token) in events.word_tests: all re-exported here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from ..doc import Doc, Token
from ..memo import remember
from ..text.marks import OPENING_QUOTES as OPENING_QUOTES  # (re-exported: the argument rules read it here)
from ..text.normalize import is_arabic_letter
from .forms import bare, fw, fw_keys, nkey
from .lexicon import masdar
from .chunk_reads import (  # re-exported: the argument rules import these from here
    first_after as first_after,
    in_time as in_time,
    lone_adverb as lone_adverb,
    named_genitive as named_genitive,
    past_adverb as past_adverb,
    addressee_opens,
    sentence_token_ranges as sentence_token_ranges,
    time_tail as time_tail,
    time_open_tokens,
    within_time as within_time,
)
from .chunk_type import (  # re-exported: the argument rules import these from here
    Chunk as Chunk,
    and_clitic as and_clitic,
    chunk_flags as chunk_flags,
    head_word as head_word,
    plain_chunk as plain_chunk,
)
from .chunk_type import glued_prep, new_chunk
from .approximated import approximated
from .lettered_preps import lettered_prep, verb_shaped
from .nisba_phrases import nisba_phrases
from .opening_perfects import opening_perfect, verb_object
from .repeated_titles import repeated_title
from .phrases import surface_definite, definite_ends, preposition_ends
from .plural_cases import case_break, definite_object
from .word_tests import RELAY_PERFECTS, plural_past, defective_past
from .word_tests import (  # re-exported: the argument rules import these from here
    KANA_PAST as KANA_PAST,
    OBJECT_PRONOUNS as OBJECT_PRONOUNS,
    PLAIN_COMPLEMENTIZERS as PLAIN_COMPLEMENTIZERS,
    RESUMPTIVE_WINDOW as RESUMPTIVE_WINDOW,
    breaks_between as breaks_between,
    clause_stop as clause_stop,
    enclitic as enclitic,
    finite_verb as finite_verb,
    kana_before as kana_before,
    reflexive as reflexive,
    resumptive as resumptive,
    verb_between as verb_between,
    verb_key as verb_key,
)

MAX_FALLBACK = 4  # words in a chunk that is not an entity mention
PLURAL_MIN = 6  # letters of a sound plural's key that ``_plural_ends`` reads at least
PLURAL_AFTER_MIN = 8  # letters of the definite plural's key that ``plural_after_singular`` reads at least


def _first_alpha(text: str) -> int:
    for k, ch in enumerate(text):
        if is_arabic_letter(ch) or ch.isalnum():
            return k
    return 0


def mention_index(doc: Doc) -> dict[int, tuple[str, str, int, int]]:
    """doc.tokens index → (entity id, type, mention start, mention end) for tokens inside entity mentions.

    Built once per article and stage (the events and quotes layers ask for it a dozen times) and kept
    (``Doc.memoized``) with the shape of the entities it was built from: a change of entities or tokens rebuilds it.
    Read only: no caller changes it."""
    return doc.memoized("mention_index", ("entities", "tokens"), _mention_index)


def _mention_index(doc: Doc) -> dict[int, tuple[str, str, int, int]]:
    spans: list[tuple[int, int, str, str]] = []
    for ent in doc.entities:
        for m in ent.mentions:
            spans.append((m.start, m.end, ent.id, ent.type))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: dict[int, tuple[str, str, int, int]] = {}
    ends = [t.end for t in doc.tokens]
    for s in spans:
        ti = bisect_right(ends, s[0])  # first token ending after the mention starts
        while ti < len(doc.tokens) and doc.tokens[ti].start < s[1]:
            out.setdefault(ti, (s[2], s[3], s[0], s[1]))
            ti += 1
    return out


_FUNCTION_SETS = ("prepositions", "complementizers", "particles", "relatives", "auxiliaries", "negations", "subordinators",
                  "future", "closed_particles", "connectives")  # («سوف», «ألا», «ولذلك»: no phrase opens with them)


_FUNCTION_UNION: Final[dict[str, frozenset[str]]] = {}  # the words of all _FUNCTION_SETS (one entry, under "")


def _function_union() -> frozenset[str]:
    """The words of every list of ``_FUNCTION_SETS`` in one set: ``bare`` and the test below each ask one lookup
    instead of one per list."""
    got = _FUNCTION_UNION.get("")
    return got if got is not None else remember(
        _FUNCTION_UNION, "", frozenset().union(*(fw(s) for s in _FUNCTION_SETS)), 0)


@lru_cache(maxsize=65536)
def is_function_word(key: str) -> bool:
    words = _function_union()  # (``bare(key, *_FUNCTION_SETS) in`` any of the lists, with one set)
    return (key[1:] if key[:1] in ("و", "ف") and key[1:] in words else key) in words


def is_content(tok: Token) -> bool:
    return content_text(tok.text)


_CONTENT: Final[dict[str, bool]] = {}  # content_text's answers (:mod:`rasd.memo`)


def content_text(text: str) -> bool:
    """Whether a token's text is a content word (or a count), which can open a phrase; cached."""
    got = _CONTENT.get(text)
    return got if got is not None else remember(_CONTENT, text, _content_text(text), 65536)


def _content_text(text: str) -> bool:
    """:func:`content_text`, uncached."""
    if text[:1].isdigit():
        return True  # a count opens a phrase: «18 شخصا»
    if not text or not is_arabic_letter(text[_first_alpha(text)]):
        return False
    key = nkey(text)
    return len(key) > 1 and not is_function_word(key)  # «لـ» alone is a clitic, not a word


def _prefix_prep(prefix: str) -> tuple[str | None, bool]:
    p = nkey(prefix)
    coord = p.startswith(("و", "ف"))
    rest = p[1:] if coord else p
    return (rest[:1] if rest[:1] in ("ب", "ل", "ك") else None), coord


def build_chunks(
    doc: Doc, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]], skip: set[int], verbs: bool = False
) -> list[Chunk]:
    """Chunks of doc.tokens[a:b]; tokens in ``skip`` (triggers) never belong to a chunk; with ``verbs``, neither
    does a word of a finite verb's shape, which also ends the phrase before it (``finite_verb``), and a preposition
    governs a name past its opening quotation mark («ضد «داعش»»): the events layer asks for it, the quotes layer
    reads its cues' subjects its own way."""
    toks = doc.tokens
    opens: frozenset[int] = time_open_tokens(doc) if verbs else frozenset()  # (ev988: where a time opens, made once)
    chunks: list[Chunk] = []
    t = a
    while t < b:
        tok = toks[t]
        if t in mentions and t not in skip:
            eid, etype, ms, me = mentions[t]
            u = t
            while u + 1 < b and u + 1 in mentions and mentions[u + 1][0] == eid and mentions[u + 1][2] == ms:
                u += 1
            prefix = tok.text[: max(0, ms - tok.start)]
            prep, coord = _prefix_prep(prefix)
            chunks.append(new_chunk(toks, t, u, max(ms, tok.start), min(me, toks[u].end), eid, etype, prep, coord))
            t = u + 1
            continue
        if t in skip or (_opens_none_verbs(tok.text) if verbs else _opens_none_plain(tok.text)) or (
                verbs and (finite_verb(tok) or count_verb(toks, t, a) or opening_perfect(toks, t, a, b, mentions))):
            t += 1  # (a finite verb opens no phrase: «وكثفت | قوات التحالف», «ويهاجم | المسلحون», «دعا | المبعوث»,
            # «واستغل | تنظيم داعش»: ``opening_perfects``)
            continue
        manner = manner_end(toks, t, b, mentions)
        if manner > t:
            t = manner  # «بشكل متكرر», «بصورة غير شرعية», «على نحو متزايد»: an adverb, no argument
            continue
        u = t
        while (
            u + 1 < b
            and u + 1 - t < MAX_FALLBACK
            and u + 1 not in mentions
            and u + 1 not in skip
            and ((_may_join_verbs(toks[u + 1].text) if verbs else _may_join_plain(toks[u + 1].text))  # (``may_join``)
                 or repeated_title(toks, t, u, mentions))  # ev487: «ولي | ولي العهد»
            and not _fa(toks[u + 1])  # «محادثات الائتلاف | فليكن»: «فـ» opens a new clause
            and not (verbs and (finite_verb(toks[u + 1]) or opening_perfect(toks, u + 1, a, b, mentions)))  # «قوات |
            # داهمت المنزل», «القوات | وقال قائدها»
            and not (_may_end_plural(toks[u].text) and _plural_ends(toks[u].text, toks[u + 1].text))  # «المهاجمون»
            and not (surface_definite(toks[u].text) and (definite_ends(toks[u].text, toks[u + 1].text) or (
                verbs and verb_object(toks, t, u + 1, a, b, mentions))))  # «المقاومة | خسرت», «رفض الأول | مقترح»,
            # «وأطلق الرئيس | حربا» (ch424; each asks first what its cache would ask first)
            and not (toks[u + 1].text.startswith(("بال", "كال"))  # (the test's own first condition, before its words)
                     and preposition_ends((x.text for x in toks[t : u + 1]), toks[u + 1].text))  # «المعارضة | بالإفراج»
            and not (verbs and masdar_object(toks, t, u))  # «رفض الحزب | المشاركة»
            and not (verbs and chunk_flags(toks[u + 1].text, False)[0] and enclitic(toks[u]) != "")  # «مكتبه | الرئيس»
            and not (verbs and len(toks[u + 1].text) >= PLURAL_AFTER_MIN
                     and plural_after_singular(toks[u].text, toks[u + 1].text))  # «التقرير | المسؤولين»
            and not (verbs and u + 1 in opens)  # ev988: «قتل جنديان تركيان | مساء الأحد»
            and not (verbs and addressee_opens(toks, t, u))  # ev993: «دعا المبعوث الأممي | الفصائل الليبية»
            and not (verbs and toks[u + 1].text.endswith("ين")  # ev992: «هاجمت القوات | المقاتلين»
                     and definite_object(tuple(x.text for x in toks[t : u + 1]), toks[u + 1].text))
        ):
            u += 1
        # «و» opens a coordinated phrase when the word layer reads it as a clitic («وزراء» is ministers)
        coord = and_clitic(tok)
        prep = glued_prep(tok.norm_key, coord)
        # (the events layer's phrase starts past the clitic «و»: «والأهداف» is «الأهداف»)
        start = tok.words[1].start if verbs and coord else tok.start
        chunks.append(new_chunk(toks, t, u, start, toks[u].end, None, None, prep, coord))
        t = u + 1
    if verbs:
        chunks = nisba_phrases(toks, chunks)  # round ev987: «المتمردون الحوثيون», «المسلحون الأكراد»: one phrase
    # a free preposition right before the chunk
    for c in chunks:
        p = c.i - 1
        while verbs and p > a and toks[p].text in OPENING_QUOTES:
            p -= 1  # «ضد «داعش»»: the preposition before the quotation mark governs the name
        if c.prep is not None and c.entity is None and lettered_prep(toks, c.i, p):
            c.prep = None  # round 285: «على بوابة 200»: the word's own «ب», no clitic after a free preposition
        if c.prep is None and p >= 0 and p not in mentions and not (verbs and p > a and count_verb(toks, p - 1, a)):
            before = bare(toks[p].norm_key, "prepositions")
            if before in fw("prepositions") and not _expressed(toks, p, len(toks)) and not verb_shaped(toks[p]) and not (
                    verbs and approximated(toks, p, c.number)):  # round ev416: «نحو 30 شخصا», «أكثر من 20 عنصرا»
                c.prep = before
    return chunks


def opens_none(text: str, verbs: bool) -> bool:
    """What of a word's text alone keeps a phrase from opening at it (``build_chunks``): no content word, a defective
    past («دعا»), with ``verbs`` a targeting perfect («طال»). Cached by the word alone, one cache for each ``verbs``
    (a cache of one string argument keys on the string itself: no tuple made per lookup)."""
    return _opens_none_verbs(text) if verbs else _opens_none_plain(text)


@lru_cache(maxsize=32768)
def _opens_none_plain(text: str) -> bool:
    return _opens_none_of(text, False)


@lru_cache(maxsize=32768)
def _opens_none_verbs(text: str) -> bool:
    return _opens_none_of(text, True)


def _opens_none_of(text: str, verbs: bool) -> bool:
    return not content_text(text) or defective_past(text) or (verbs and verb_key(text) in RELAY_PERFECTS)


def may_join(text: str, verbs: bool) -> bool:
    """``_may_join_of``, cached by the word alone as ``opens_none`` is."""
    return _may_join_verbs(text) if verbs else _may_join_plain(text)


@lru_cache(maxsize=32768)
def _may_join_plain(text: str) -> bool:
    return _may_join_of(text, False)


@lru_cache(maxsize=32768)
def _may_join_verbs(text: str) -> bool:
    return _may_join_of(text, True)


def _may_join_of(text: str, verbs: bool) -> bool:
    """What of a word's text alone lets it run on a phrase of content words (``build_chunks``): a content word, not
    after «و» (but a noun of office whose «و» is radical runs on: «مجلس وزراء الخارجية», ``radical_waw_nouns``),
    no count («مسلحون | خمسة جنود»), no plural past («المجتمعين | أبدوا») or defective past («ولذلك | دعا»),
    no word of manner («الوزير | بشدة»), and with ``verbs`` no targeting perfect («قصف جوي | طال المدينة») or
    word of cause («عشرة مدنيين | جراء القصف»). One cached test of what each token's text decides."""
    if not content_text(text):
        return False
    nk = nkey(text)
    return not (
        nk.startswith("و") and nk not in fw_keys("radical_waw_nouns")
        or chunk_flags(text, False)[2]
        or plural_past(text)
        or defective_past(text)
        or (verbs and verb_key(text) in RELAY_PERFECTS)
        or (verbs and nk in fw("cause_prepositions"))
        or nk.removeprefix("و") in fw("manner_adverbs")
    )


def count_verb(toks: Sequence[Token], t: int, a: int) -> bool:
    """The verb of a count's approximation, «ما (لا) يقل/يزيد/يناهز عن/على» (tokens from ``a``): no phrase, and
    the preposition after it governs nothing («قتل ما لا يقل عن عشرين شخصا»: the count is the object)."""
    if t <= a or toks[t].norm_key not in fw("count_verbs"):
        return False
    p = t - 1 if toks[t - 1].norm_key != "لا" else t - 2
    return p >= a and toks[p].norm_key == "ما"


EXPRESSED_REACH = 8  # tokens from «وعبّر» to the «عن» of what was expressed


def _expressed(toks: Sequence[Token], p: int, b: int) -> bool:
    """«وعبّر رئيس مجلس النواب عن قلقه»: the verb «عبّر» (expressed), not the preposition «عبر» (across) — written
    with its shadda, or after «و/ف» with an «عن» within EXPRESSED_REACH tokens («وعبر المجلس ... عن رفضه»; not «وعبر
    العالم»)."""
    key = toks[p].norm_key  # (the token's key, made once: ``nkey`` of its text)
    if key.removeprefix("و").removeprefix("ف") != "عبر":
        return False
    if "\u0651" in toks[p].text:
        return True
    return key[:1] in ("و", "ف") and any(toks[u].norm_key == "عن" for u in range(p + 2, min(b, p + EXPRESSED_REACH)))

MANNER_NOUNS = frozenset(nkey(w) for w in ("بشكل", "بصورة", "وبشكل", "وبصورة"))


def manner_end(toks: Sequence[Token], t: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> int:
    """Past an adverb of manner that opens at token ``t``: «بشكل/بصورة» or «على نحو» and the indefinite adjective
    after it («بشكل متكرر», «بصورة غير شرعية», «على نحو متزايد»), or one word of manner (function words
    ``manner_adverbs``: «بشدة», «بحدة»); ``t`` itself where none opens there."""
    k = toks[t].norm_key
    if k.removeprefix("و") in fw("manner_adverbs"):
        return t + 1  # round 106: «وانتقد فيها بحدة جريمة الحرق»: an adverb of its own («بشدة», «بقوة»)
    if k in MANNER_NOUNS:
        u = t + 1
    elif t > 1 and toks[t - 1].norm_key == "نحو" and toks[t - 2].norm_key in ("على", "علي"):
        u = t  # (the adjective after «على نحو»: «نحو» is no content word)
    else:
        return t
    if u < b and u not in mentions and toks[u].norm_key == "غير":
        u += 1
    if u >= b or u in mentions or not is_content(toks[u]) or toks[u].norm_key.startswith(("ال", "و")):
        return t
    return u + 1


def _fa(tok: Token) -> bool:
    """Whether the word layer reads a conjunction «فـ» on ``tok`` («فليكن», «فسنتجه», «فالمجتمع»)."""
    return len(tok.words) > 1 and tok.words[0].kind == "proclitic" and tok.words[0].form == "ف"


def _may_end_plural(text: str) -> bool:
    """What ``_plural_ends`` asks first of the word's key, asked of its text (a key is never longer than its text,
    and only «ن» folds to «ن»): six letters or more, a «ن» among them."""
    return len(text) >= PLURAL_MIN and "ن" in text


@lru_cache(maxsize=65536)
def _plural_ends(text: str, nxt: str) -> bool:
    """A sound plural in «ـون/ـين» heads no genitive (the «ن» falls in a construct): a word after it that does not
    agree with it as an adjective in «ـون/ـين» opens a new phrase («وفجر المهاجمون | قنابلهم», «هاجم مسلحون
    مجهولون | مركزا للشرطة», «هاجم آلاف المتظاهرين | مكتب رئيس الوزراء»)."""
    k, n = nkey(text), nkey(nxt)
    if k.endswith("ان"):
        return case_break(text, nxt)  # round ev992: a dual of people, «ـين» after it («هاجم المسلحان | جنديين»)
    if len(k) < PLURAL_MIN or not k.endswith(("ون", "ين")) or k.endswith(("يين", "يون")) and len(k) < 7:
        return False
    if k.removeprefix("ال").removeprefix("و") in ("اثنين", "اثنان"):
        return False  # «الاثنين الماضي»: a day, «اثنين آخرين»: a count
    if k in fw_keys("singular_yn_nouns"):
        return False  # round ev311: a singular in «ـين» («ودعا الأمين العام جميع الأطراف», «التأمين الصحي»)
    return (not n.endswith(("ون", "ين")) or case_break(text, nxt)) and content_text(nxt) and not n[:1].isdigit()


@lru_cache(maxsize=65536)
def plural_after_singular(text: str, nxt: str) -> bool:
    """A definite sound plural («المسؤولين», «المنظمات») after a definite singular masdar or feminine singular
    («التقرير», «البلدة»; no broken plural of people) is no adjective of it, which would agree in number, and no
    genitive, which a definite word does not take: a second phrase opens («ويتهم التقرير | المسؤولين
    الإيرانيين», «من البلدة | المنظمات الدولية»). Not an adjective in the singular («المجلس الوطني السوري»)."""
    k, n = verb_key(text), nkey(nxt)
    if not k.startswith("ال") or not n.startswith("ال") or len(n) < PLURAL_AFTER_MIN \
            or not n.endswith(("ين", "ون", "ات")):
        return False
    if k in fw("people_plurals") or k.endswith(("ون", "ين", "ات", "ان")):
        return False
    # round ev301: a plural of people after a force's singular genitive («قوات الأمن», «عناصر الجيش») is no
    # adjective of it: «وهاجمت قوات الأمن | المتظاهرين» (``force_genitives``); a plural nisba may be the head's
    # («ضباط الأمن الإسرائيليين»)
    return k.endswith("ه") or masdar(k[2:]) or (k in fw("force_genitives") and not n.endswith(("يين", "يون")))


def masdar_object(toks: Sequence[Token], t: int, u: int) -> bool:
    """Does the definite masdar after ``toks[u]`` open the object of the verb before the phrase at ``t``? After a
    masculine verb of rejecting, deciding, starting ... (function words ``masdar_object_verbs``) and its definite
    masculine subject, a definite masdar cannot agree with the subject as its adjective: «رفض الحزب | المشاركة في
    الحكومة», «رفض الرئيس | الخضوع للضغوط» (while «وأعلنت الدول المشاركة» is a feminine verb, its subject plural)."""
    if t == 0 or u - t > 2 or verb_key(toks[t - 1].text) not in fw("masdar_object_verbs"):
        return False
    head, last, nxt = toks[t].norm_key, toks[u].norm_key, toks[u + 1].norm_key
    if not (head.startswith("ال") or u > t) or not last.startswith("ال") or not nxt.startswith("ال"):
        return False
    if head.endswith(("ه", "ات", "ون", "ين", "اء")) or head in fw("people_plurals"):
        return False  # a feminine or plural subject may take a feminine adjective («الدول المشاركة»)
    n = nxt[2:]
    return masdar(n) or len(n) == 4 and n[2] == "و"  # («الخضوع», «الدخول»: the فعول masdar)


