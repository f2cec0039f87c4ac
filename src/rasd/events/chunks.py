"""Noun-phrase chunks of a sentence, and the tests that read a chunk.

A chunk is an entity mention (with its entity id) or, between mentions, a short run of content words (entity id
``None``: an actor phrase the entity layer did not resolve, kept so its span can still be reported). Each chunk
knows the preposition governing it (a free word «على» or a clitic «بـ/لـ») and whether it opens with the
coordinating «و». This module decides where a chunk begins and ends, and holds the tests that read a chunk (a time
expression on it, the named genitive it runs on over); the shared tests on single words and token spans (a verb's
shape, a clause boundary between two tokens, an object pronoun on a token) are in events.word_tests, re-exported here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc, Span, Token
from ..text.normalize import is_arabic_letter
from .forms import bare, fw, fw_keys, nkey
from .lexicon import masdar
from .lettered_preps import lettered_prep
from .phrases import ARTICLE_PREFIXES, _surface_definite, definite_ends, preposition_ends
from .word_tests import RELAY_PERFECTS, _plural_past, defective_past
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


@dataclass(slots=True)
class Chunk:
    i: int  # first token (index into doc.tokens)
    j: int  # last token, inclusive
    start: int
    end: int
    entity: str | None
    etype: str | None
    prep: str | None
    coord: bool
    title: bool
    definite: bool
    number: bool

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        i: int,
        j: int,
        start: int,
        end: int,
        entity: str | None,
        etype: str | None,
        prep: str | None,
        coord: bool,
        title: bool,
        definite: bool,
        number: bool,
    ) -> None:
        self.i = i
        self.j = j
        self.start = start
        self.end = end
        self.entity = entity
        self.etype = etype
        self.prep = prep
        self.coord = coord
        self.title = title
        self.definite = definite
        self.number = number


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


@lru_cache(maxsize=65536)
def is_function_word(key: str) -> bool:
    k = bare(key, *_FUNCTION_SETS)
    return any(k in fw(s) for s in _FUNCTION_SETS)


def is_content(tok: Token) -> bool:
    return content_text(tok.text)


@lru_cache(maxsize=65536)
def content_text(text: str) -> bool:
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
            chunks.append(_chunk(toks, t, u, max(ms, tok.start), min(me, toks[u].end), eid, etype, prep, coord))
            t = u + 1
            continue
        if t in skip or (_opens_none_verbs(tok.text) if verbs else _opens_none_plain(tok.text)) or (
                verbs and (finite_verb(tok) or count_verb(toks, t, a))):
            t += 1  # (a finite verb opens no phrase: «وكثفت | قوات التحالف», «ويهاجم | المسلحون», «دعا | المبعوث»)
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
            and (_may_join_verbs(toks[u + 1].text) if verbs else _may_join_plain(toks[u + 1].text))  # (``_may_join``)
            and not _fa(toks[u + 1])  # «محادثات الائتلاف | فليكن»: «فـ» opens a new clause
            and not (verbs and finite_verb(toks[u + 1]))  # «قوات | داهمت المنزل»
            and not (_may_end_plural(toks[u].text) and _plural_ends(toks[u].text, toks[u + 1].text))  # «المهاجمون»
            and not (_surface_definite(toks[u].text) and definite_ends(toks[u].text, toks[u + 1].text))  # «المقاومة |
            # خسرت», «رفض الأول | مقترح» (each asks first what its cache would ask first)
            and not (toks[u + 1].text.startswith(("بال", "كال"))  # (the test's own first condition, before its words)
                     and preposition_ends((x.text for x in toks[t : u + 1]), toks[u + 1].text))  # «المعارضة | بالإفراج»
            and not (verbs and masdar_object(toks, t, u))  # «رفض الحزب | المشاركة»
            and not (verbs and len(toks[u + 1].text) >= PLURAL_AFTER_MIN
                     and plural_after_singular(toks[u].text, toks[u + 1].text))  # «التقرير | المسؤولين»
        ):
            u += 1
        # «و» opens a coordinated phrase when the word layer reads it as a clitic («وزراء» is ministers)
        coord = and_clitic(tok)
        prep = _glued_prep(tok.norm_key, coord)
        # (the events layer's phrase starts past the clitic «و»: «والأهداف» is «الأهداف»)
        start = tok.words[1].start if verbs and coord else tok.start
        chunks.append(_chunk(toks, t, u, start, toks[u].end, None, None, prep, coord))
        t = u + 1
    # a free preposition right before the chunk
    for c in chunks:
        p = c.i - 1
        while verbs and p > a and toks[p].text in OPENING_QUOTES:
            p -= 1  # «ضد «داعش»»: the preposition before the quotation mark governs the name
        if c.prep is not None and c.entity is None and lettered_prep(toks, c.i, p):
            c.prep = None  # round 285: «على بوابة 200»: the word's own «ب», no clitic after a free preposition
        if c.prep is None and p >= 0 and p not in mentions and not (verbs and p > a and count_verb(toks, p - 1, a)):
            before = bare(toks[p].norm_key, "prepositions")
            if before in fw("prepositions") and not _expressed(toks, p, len(toks)):
                c.prep = before
    return chunks


def _glued_prep(k: str, coord: bool) -> str | None:
    """The preposition «بـ/لـ/كـ» glued to the first word (key ``k``) of an unnamed phrase («بالمدينة», «للحكومة»,
    «بإمكانيات»), past a clitic «و» where ``coord``."""
    body = k[1:] if coord else k
    if body.startswith(("بال", "لل", "كال")) or (body[:1] in ("ب", "ل") and len(body) >= 5):
        return body[0]
    return None


def _opens_none(text: str, verbs: bool) -> bool:
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


def _may_join(text: str, verbs: bool) -> bool:
    """``_may_join_of``, cached by the word alone as ``_opens_none`` is."""
    return _may_join_verbs(text) if verbs else _may_join_plain(text)


@lru_cache(maxsize=32768)
def _may_join_plain(text: str) -> bool:
    return _may_join_of(text, False)


@lru_cache(maxsize=32768)
def _may_join_verbs(text: str) -> bool:
    return _may_join_of(text, True)


def _may_join_of(text: str, verbs: bool) -> bool:
    """What of a word's text alone lets it run on a phrase of content words (``build_chunks``): a content word, not
    after «و», no count («مسلحون | خمسة جنود»), no plural past («المجتمعين | أبدوا») or defective past («ولذلك | دعا»),
    no word of manner («الوزير | بشدة»), and with ``verbs`` no targeting perfect («قصف جوي | طال المدينة») or
    word of cause («عشرة مدنيين | جراء القصف»). One cached test of what each token's text decides."""
    if not content_text(text):
        return False
    nk = nkey(text)
    return not (
        nk.startswith("و")
        or _flags_plain(text)[2]
        or _plural_past(text)
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


OPENING_QUOTES = ("«", '"', "“", "(")
EXPRESSED_REACH = 8  # tokens from «وعبّر» to the «عن» of what was expressed


def _expressed(toks: Sequence[Token], p: int, b: int) -> bool:
    """«وعبّر رئيس مجلس النواب عن قلقه»: the verb «عبّر» (expressed), not the preposition «عبر» (across) — written
    with its shadda, or after «و/ف» with an «عن» within EXPRESSED_REACH tokens («وعبر المجلس ... عن رفضه»; not «وعبر
    العالم»)."""
    text = toks[p].text
    key = nkey(text)
    if key.removeprefix("و").removeprefix("ف") != "عبر":
        return False
    if "\u0651" in text:
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
    if len(k) < PLURAL_MIN or not k.endswith(("ون", "ين")) or k.endswith(("يين", "يون")) and len(k) < 7:
        return False
    if k.removeprefix("ال").removeprefix("و") in ("اثنين", "اثنان"):
        return False  # «الاثنين الماضي»: a day, «اثنين آخرين»: a count
    if k in fw_keys("singular_yn_nouns"):
        return False  # round ev311: a singular in «ـين» («ودعا الأمين العام جميع الأطراف», «التأمين الصحي»)
    return not n.endswith(("ون", "ين")) and content_text(nxt) and not n[:1].isdigit()


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


def _chunk(
    toks: Sequence[Token], i: int, j: int, start: int, end: int, eid: str | None, etype: str | None,
    prep: str | None, coord: bool,
) -> Chunk:
    title, definite, number = _flags_coord(toks[i].text) if coord else _flags_plain(toks[i].text)
    return Chunk(i, j, start, end, eid, etype, prep, coord, title=title, definite=definite, number=number)


def and_clitic(tok: Token) -> bool:
    """Whether the word layer reads a «و» clitic on ``tok`` («والأهداف»; «وزراء» is ministers)."""
    k = tok.norm_key
    return k.startswith("و") and len(k) > 3 and (len(tok.words) > 1 and tok.words[0].kind == "proclitic")


def head_word(toks: Sequence[Token], t: int) -> Chunk:
    """Token ``t`` alone as a plain phrase, its span past a clitic «و» («والأهداف التي تستهدفها»: «الأهداف»)."""
    tok = toks[t]
    return plain_chunk(toks, t, t) if not and_clitic(tok) else _chunk(
        toks, t, t, tok.words[1].start, tok.end, None, None, None, False)


def plain_chunk(toks: Sequence[Token], i: int, j: int, end: int | None = None) -> Chunk:
    """A phrase of tokens i..j (inclusive) with no entity, preposition or coordination: part of a run of words
    («على يد | مسلحين»), or one word; ``end``: where it ends, when not at the end of token j."""
    return _chunk(toks, i, j, toks[i].start, toks[j].end if end is None else end, None, None, None, False)


def chunk_flags(text: str, coord: bool) -> tuple[bool, bool, bool]:
    """(title word, definite, number) for the first token of a chunk; cached by the word alone, one cache for each
    ``coord`` (as ``_opens_none``)."""
    return _flags_coord(text) if coord else _flags_plain(text)


@lru_cache(maxsize=49152)
def _flags_plain(text: str) -> tuple[bool, bool, bool]:
    return _chunk_flags_of(text, False)


@lru_cache(maxsize=16384)  # (a phrase opening with «و» only)
def _flags_coord(text: str) -> tuple[bool, bool, bool]:
    return _chunk_flags_of(text, True)


def _chunk_flags_of(text: str, coord: bool) -> tuple[bool, bool, bool]:
    k = nkey(text)
    body = k[1:] if coord and k.startswith("و") else k
    titles = fw("titles")
    title = body in titles or (body.startswith("ال") and body[2:] in titles)
    number = any(ch.isdigit() for ch in text) or body in fw("numerals")
    return title, body.startswith("ال"), number


def first_after(chunks: list[Chunk], j: int, limit: int) -> Chunk | None:
    for c in chunks:
        if c.i > j:
            return c if c.i - j <= limit else None
    return None


def in_time(doc: Doc, c: Chunk | Token) -> bool:
    """Does the chunk (or token) overlap a time expression («فجر امس», «قبل ظهر اليوم»)?"""
    return any(t.start < c.end and c.start < t.end for t in doc.times)


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
    return _chunk(doc.tokens, c.i + 1, c.j, nxt.start, c.end, None, None, _glued_prep(nxt.norm_key, False), False)


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
    last = toks[c.j].text
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
    return _chunk(toks, c.i, j, c.start, end, None, None, c.prep, c.coord)


_TANWIN = ("ً", "ٌ", "ٍ")
_CLOSING_QUOTES = ("»", '"', "”", ")")


def _adjective(text: str) -> bool:
    """A definite adjective of relation or quality after a name: «القوي», «الشعبية», «الكردي»."""
    k = nkey(text)
    return text.startswith("ال") and len(k) > 4 and k.endswith(("ي", "يه"))


def sentence_token_ranges(doc: Doc) -> list[tuple[Span, int, int]]:
    """(sentence, first token index, end token index) for every sentence."""
    starts = [t.start for t in doc.tokens]
    out: list[tuple[Span, int, int]] = []
    for s in doc.sentences:
        a = bisect_left(starts, s.start)
        b = bisect_left(starts, s.end)
        out.append((s, a, b))
    return out
