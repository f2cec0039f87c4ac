"""Reading one phrase around a reporting cue, for the quotes stage: whether a preposition governs it or it is said
to someone, an adverb, an honorific, a resumptive pronoun, a time or a day, a source's head, a demonstrative before
a group; the phrase in the subject's place after a verb (past addressees, adverbs, honorifics); a phrase's span, and
the people by the last word of their names. The subject of a clause is in clauses.py, the person a title names in
named.py, the gender of a speaker in agreement.py.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc, Span, Token
from ..events.chunks import Chunk
from ..events.word_tests import REFLEXIVE
from ..events.forms import fw, fw_bare_keys, nkey, stem_key
from ..text.normalize import has_tanween, norm_key
from ..time.lexicon import lexicon as time_lexicon
from ..entities.honored import honored_fits
from .cues import CONJ_ONLY, QUOTE_MARK
from .own_part import own_part_end
from .said_object import said_masdar
from .told_whom import telling_verb, told_subject
from .edges import MEDIA, audience, b_source, manner_participle, unsplit_bi


def governed(doc: Doc, c: Chunk) -> bool:
    """A phrase after a preposition: a free one, a clitic on its first word («لنا», «بهذا الخصوص»), or «لـ» before
    a quote mark («لـ«الشرق الأوسط»»), which the chunker does not see."""
    if c.prep is not None:
        return True
    words = [w for w in doc.tokens[c.i].words if w.kind == "proclitic" and w.norm not in CONJ_ONLY]
    if c.entity is None and words and nkey(words[0].norm) in fw("clitic_prepositions"):
        return True
    if c.entity is not None and c.i > 0 and doc.tokens[c.i - 1].norm_key.removeprefix("و") in fw("epithet_heads"):
        return True  # «رجل الرئيس القوي»: whose man he is, the president in the genitive, not the subject
    u = _before_marks(doc, c.i)
    if u < 0 or u == c.i - 1:
        return False
    k = doc.tokens[u].norm_key
    return k in fw("clitic_prepositions") or k in fw("prepositions")


def _before_marks(doc: Doc, i: int) -> int:
    """The token before token ``i``, past the quote marks right before it («لـ«الشرق الأوسط»»: the «لـ»); -1 at the
    start of the text."""
    u = i - 1
    while u >= 0 and QUOTE_MARK.fullmatch(doc.tokens[u].text):
        u -= 1
    return u


def _construct_to(doc: Doc, c: Chunk) -> bool:
    """One word after «لـ» with no article, in construct with what follows («قال لقادة إسرائيل», «لوكالة»): the
    addressee's head, whose genitive (a name too) is no subject."""
    k = doc.tokens[c.i].norm_key.removeprefix("و")
    return c.i == c.j and k[:1] == "ل" and not k.startswith("لل") and not k[1:].startswith("ال") and len(k) > 3


def adverb(doc: Doc, c: Chunk) -> bool:
    """«أيضًا», «سابقًا», «بدوره»: one word in the accusative of manner or time, not the subject; «رسميا», «شخصيا»
    too, an adjective in «ـي» with the alif of the accusative and no article (not «ضحايا»: a plural in «ـايا»); and a
    participle of five letters in the accusative with no tanween written («ساخرا», «ضاحكا», «مبتسما»)."""
    text = doc.tokens[c.i].text
    k = nkey(text).removeprefix("و")
    return c.i == c.j and c.entity is None and (has_tanween(text) or nkey(text) in fw("adverbs") or (
        len(k) >= 4 and k.endswith("يا") and not k.endswith("ايا") and not k.startswith("ال")) or (
        len(k) == 5 and k.endswith("ا") and (k[0] == "م" or k[1] == "ا")))  # «ساخرا», «مازحا»: a participle of manner


def honorific_len(doc: Doc, u: int) -> int:
    """How many tokens from ``u`` make an honorific («معالي», «صاحب السمو الملكي»), 0 where none."""
    keys: list[str] = []
    for w in range(u, min(len(doc.tokens), u + 3)):
        keys.append(doc.tokens[w].norm_key)
    for n in (3, 2, 1):
        if len(keys) >= n and " ".join(keys[:n]) in fw("honorifics"):
            return n
    return 0


def honorific_pronoun(doc: Doc, c: Chunk) -> bool:
    """«معاليه», «سموه»: an honorific with a pronoun, which refers back like one."""
    return c.i == c.j and c.entity is None and doc.tokens[c.i].norm_key in fw("honorific_pronouns")


def honored_title(doc: Doc, c: Chunk, roles: list[str]) -> bool | None:
    """Whether a person of ``roles`` bears the title the honorific pronoun ``c`` is said of («معاليه»: a minister,
    «سموه»: a prince, «فخامته»: a president, not a prime minister); None for a pronoun of no known title."""
    return honored_fits(doc.tokens[c.i].norm_key, roles)


_AGAIN_PRONOUNS = frozenset(nkey(w) for w in ("هو", "هي"))
_AGAIN_ADVERBS = frozenset(nkey(w) for w in ("أيضا", "أيضاً", "أيضًا", "كذلك"))


def past_again(doc: Doc, chunks: list[Chunk], v: int) -> int:
    """«فإن فلان هو أيضا يرى», «فلان أيضا يرى»: the token a subject's name ends on before a verb cue whose token
    before is ``v``, past a pronoun that resumes the name («هو/هي») and «أيضا/كذلك» (round 85); ``v`` where no
    person's name ends right before them."""
    w = v
    if w >= 0 and doc.tokens[w].norm_key in _AGAIN_ADVERBS:
        w -= 1
    if w >= 0 and doc.tokens[w].norm_key in _AGAIN_PRONOUNS:
        w -= 1
    if w == v or not any(c.j == w and c.prep is None and c.etype == "PERSON" for c in chunks):
        return v
    return w


def resumptive(tok: Token) -> bool:
    """A preposition with a pronoun («فيه», «عنها», «له»; «خلاله», «عبرها»: a noun used as one): a relative's
    resumptive pronoun after the verb («بيان أوضح خلاله أن»: in which he explained), no subject."""
    words = [w for w in tok.words if w.kind != "proclitic" or w.norm not in CONJ_ONLY]
    if len(words) < 2 or words[-1].kind != "enclitic":
        return False
    k = nkey(words[0].norm)
    return k in fw("prepositions") or k in fw("clitic_prepositions") or k in fw("noun_only_prepositions")


def made_statement(doc: Doc, t: int) -> int | None:
    """«بحسب تصريحات أدلى بها فلان», «وفق بيان أصدرته الوزارة»: a statement noun right after the cue at ``t`` with a
    relative clause on it (a verb and its pronoun on a preposition): the pronoun's token, after which the subject
    stands (who made the statement); None otherwise."""
    if t + 3 >= len(doc.tokens) or not resumptive(doc.tokens[t + 3]):
        return None
    noun = doc.tokens[t + 1].norm_key
    return t + 3 if noun in fw("speech_nouns") or noun in fw("statement_nouns") else None


def _bracketed_name(doc: Doc, u: int, c: Chunk) -> bool:
    """Token ``u`` opens brackets that hold the named phrase ``c`` alone («أعلنت (قوات حماية الشعب) الجناح
    العسكري ...»): the subject, set off; not words in brackets that name no one («يقول (أي صاروخ ...)»)."""
    return (doc.tokens[u].text == "(" and c.i == u + 1 and c.entity is not None and c.prep is None
            and c.j + 1 < len(doc.tokens) and doc.tokens[c.j + 1].text == ")")


DEMONSTRATIVES = frozenset(nkey(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هؤلاء", "أولئك"))
SAYING_THINGS = frozenset(nkey(w) for w in ("اتهامات", "مزاعم", "ادعاءات"))  # «وأكدت هذه الاتهامات»: no one, once
_SAYING_GROUPS = frozenset(nkey(w) for w in ("أوساط", "دوائر", "جهات", "أطراف", "مراجع", "مصادر")) | SAYING_THINGS


def pointed_group(doc: Doc, u: int, c: Chunk) -> bool:
    """Token ``u`` is a demonstrative right before the phrase ``c`` headed by a source or a group of people, definite
    and named by no one («وتقول هذه الأوساط», «وترى تلك المصادر»): the subject, with its demonstrative."""
    head = doc.tokens[c.i].norm_key.removeprefix("ال")
    return (c.i == u + 1 and doc.tokens[u].norm_key in DEMONSTRATIVES and c.entity is None and c.prep is None
            and c.definite and (head in source_heads() or head in fw("unnamed_groups") or head in _SAYING_GROUPS))


def subject_slot(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> Chunk | None:
    """The phrase in the subject's place after the verb at ``t``: the next phrase past an addressee or a short
    phrase of a preposition («قال لـ«الشرق الأوسط» مسؤول», «أكد فيه دونالد بوث»), adverbs («أكد أيضًا») and
    honorifics («أكد معالي وزير الخارجية»: the title after it), with nothing else between; none past a preposition of
    time or circumstance («أثناء», «خلال», «إثر»)."""
    at = t + 1
    skipped = False
    addressee = False  # «وأكد لرئيس الوزراء»: a title after a preposition; the name right after it is his
    for c in chunks:
        if c.i < at:
            continue
        if addressee and c.i == at and c.entity is not None:
            addressee, at = False, c.j + 1  # «وأكد لرئيس الوزراء فلان أن»: told him, not he who spoke; «قال لقادة
            # إسرائيل»: the leaders of the state, not the state
            continue
        while at < c.i and (QUOTE_MARK.fullmatch(doc.tokens[at].text) or doc.tokens[at].text in ("،", ",")
                            or doc.tokens[at].norm_key in fw("clitic_prepositions")  # «لـ» before a quote mark
                            or resumptive(doc.tokens[at])  # «في الوقت الذي أشار فيه التقرير»: a pronoun
                            or pointed_group(doc, at, c)  # «وتقول هذه الأوساط»
                            or own_part_end(doc, at) > at  # «وأوضح من جانبه الوزير»: for his part
                            or (at == t + 1 and _day_word(doc, at))  # «أعلنت أمس منظومة ...»: the day first
                            or (at == t + 1 and _bracketed_name(doc, at, c))):  # «أعلنت (قوات حماية الشعب)»
            at += 1
        if c.i == at == c.j and resumptive(doc.tokens[at]):
            at += 1  # «أوضح خلاله»: a noun used as a preposition, with its pronoun, is no subject
            continue
        if c.i != at or c.i > limit or doc.tokens[at].norm_key in fw("circumstance_preps"):
            return None
        if c.i == t + 1 and c.entity is None and manner_participle(doc, c.i):
            return None  # «وتابعت منتقدة خصمها»: how she said it, the subject dropped
        if c.i == t + 1 and c.i == c.j and doc.tokens[c.i].norm_key in fw("saying_objects"):
            return None  # «وتابع قوله: «...»»: his words, the object; the subject dropped
        if c.i == t + 1 and c.entity is None and said_masdar(doc.tokens[c.i].norm_key):
            return None  # «وأكد وجود «...»», «ونفى صحة الأنباء»: what he said, the object; the subject dropped
        if b_source(doc, c):
            c = replace(c, prep=None)  # «وقال برلماني عراقي»: not «بـ»  # «صرّح أثناء زيارة للعراق»: an adverbial of circumstance, no subject after the verb
        if unsplit_bi(doc, c):
            c = replace(c, prep="ب")  # «كما اعترف بحرج الموقف»: «بـ» + idafa, the subject dropped
        n = honorific_len(doc, c.i) if c.entity is None else 0
        if n and c.i + n <= c.j:
            return replace(c, i=c.i + n, start=doc.tokens[c.i + n].start, title=True, definite=True)
        if n or adverb(doc, c) or (governed(doc, c) and c.j - c.i < 2) or (
                skipped and c.entity is not None and QUOTE_MARK.fullmatch(doc.tokens[c.i - 1].text)):
            skipped = governed(doc, c)  # «صرح لوكالة «نوفوستي»»: the agency's name is the addressee too
            head = doc.tokens[c.i].norm_key.removeprefix("و").removeprefix(c.prep or "").removeprefix("ال")
            addressee = skipped and c.entity is None and (c.title or head in fw("titles") or _construct_to(doc, c))
            at = c.j + 1
            continue
        if c.i == t + 1 and c.i == c.j and _day_word(doc, c.i):
            at = c.j + 1  # «وأعلنت الأحد وزارة الداخلية»: the day, then the subject
            continue
        c = before_time(doc, c)  # «وأفاد بيان صادر | مساء أمس بأن»: the statement, then when it was issued
        if governed(doc, c) or is_time(doc, c):
            return None
        return told_subject(doc, t, c) if telling_verb(doc, t) else c  # «وأبلغ X Y أن»: not Y (round qu983)
    return None


def before_time(doc: Doc, c: Chunk) -> Chunk:
    """An unnamed phrase that runs into a time («بيان صادر مساء أمس», «الجيش الأحد»: the chunk stops at no time word)
    up to the word before the time, where it is definite or a statement's or a source's («تخصيص يوم الاثنين» is no
    one); ``c`` where it opens with a time or holds none."""
    head = doc.tokens[c.i].norm_key.removeprefix("و").removeprefix("ال")
    if c.entity is not None or not (c.definite or head in source_heads() or any(
            head in fw(s) for s in ("statement_nouns", "report_nouns", "written_works"))):
        return c
    k = next((k for k in range(c.i, c.j + 1) if any(x.start < doc.tokens[k].end and doc.tokens[k].start < x.end
                                                       for x in doc.times)), -1)
    return replace(c, j=k - 1, end=doc.tokens[k - 1].end) if k > c.i else c


def _day_word(doc: Doc, u: int) -> bool:
    """Token ``u`` is one word of a day («أمس», «اليوم», «الأحد»), the whole of a time the times layer read there or
    one of its one-word days where no time was read."""
    tok = doc.tokens[u]
    if tok.norm_key.removeprefix("ال") not in _day_keys():
        return False
    return all(x.start >= tok.end or x.end <= tok.end for x in doc.times if x.start < tok.end and tok.start < x.end)


def addressee(doc: Doc, c: Chunk) -> bool:
    """A phrase after «لـ» (a clitic, or before a quote mark): whom the words were said to."""
    if c.prep == "ل":
        return True
    words = [w for w in doc.tokens[c.i].words if w.kind == "proclitic" and w.norm not in CONJ_ONLY]
    if words and nkey(words[0].norm) == "ل":
        return True
    u = _before_marks(doc, c.i)
    return 0 <= u < c.i - 1 and doc.tokens[u].norm_key == "ل"


@lru_cache(maxsize=1)
def source_heads() -> frozenset[str]:
    return frozenset(k.removeprefix("ال") for k in fw("source_heads"))


def source_head(doc: Doc, c: Chunk) -> bool:
    """A phrase headed by an unnamed source («مصدر مطلع», «المصادر», «مسؤول أمني»)."""
    return doc.tokens[c.i].norm_key.removeprefix("و").removeprefix("ال") in source_heads()


@lru_cache(maxsize=1)
def _day_keys() -> frozenset[str]:
    """The one-word days of the times layer's tables («الأحد», «اليوم», «أمس», «غدا»), without the article."""
    table = time_lexicon()
    return frozenset(k[0].removeprefix("ال") for cat in ("weekday", "relative_day") for k in table.phrases[cat]
                     if len(k) == 1)  # fmt: skip


def phrase_span(doc: Doc, c: Chunk, told: bool = False) -> Span:
    """The chunk's span, cut before a word written with «لـ» inside it («مصادر أمنية مطلعة لـصحيفة»: whom they
    told); with ``told`` (the subject of a verb of saying), also without the tatweel where the word is a paper, an
    agency, a channel («شهود عيان للصحيفة»; not «تقرير لصحيفة ... التي»: whose report)."""
    for u in range(c.i + 1, c.j + 1):
        words = [w for w in doc.tokens[u].words if w.kind == "proclitic" and w.norm not in CONJ_ONLY]
        stem = stem_key(doc.tokens[u], bare="")
        media = told and ((bool(words) and nkey(words[0].norm) == "ل" and stem.removeprefix("ال") in MEDIA)
                          or audience(doc, u))  # «دبلوماسي أميركي للصحافيين»: whom he told
        said = doc.tokens[u].norm_key in fw("saying_objects") and doc.tokens[u].norm_key.startswith("قول")  # «عن
        # مسؤولين غربيين قولهم»: their words (round qu538; not «حديثه», which «حديثة», recent, is written as too)
        if doc.tokens[u].text.startswith("لـ") or media or reflexive_verb(doc, u) or said:
            return Span(c.start, doc.tokens[u - 1].end)
    return Span(c.start, c.end)


def reflexive_verb(doc: Doc, u: int) -> bool:
    """Round 246: token ``u``, bare of the article, is a verb whose object is the subject itself through a
    preposition («رجل ملثم عرف عن نفسه بأنه»: a man who introduced himself): a relative clause of the phrase before
    it, not a word of the phrase (not the emphatic «المسؤول نفسه», which no preposition parts, nor a nisba: «قال
    مسؤول عسكري عن نفسه إنه»)."""
    key = doc.tokens[u].norm_key if u + 2 < len(doc.tokens) else "ال"
    if key.startswith("ال") or key.endswith(("ي", "يه")):
        return False
    return doc.tokens[u + 1].norm_key in fw("prepositions") and doc.tokens[u + 2].text in REFLEXIVE


def is_time(doc: Doc, c: Chunk) -> bool:
    """«أكد الأحد أنه»: a time after the verb, not who spoke (also where no date let the times layer read it)."""
    return any(x.start < c.end and c.start < x.end for x in doc.times) or (
        c.i == c.j and doc.tokens[c.i].norm_key.removeprefix("ال") in _day_keys()
    )


def definite_unprepped(doc: Doc, c: Chunk, titled: bool) -> bool:
    """The phrase ``c`` after «according to» is a definite title (``titled``: it opens with one) with no
    preposition, or none but the «لـ» written on its article, on a title («ووفقا للمسؤول الإيراني»: the official,
    as «وبحسب المسؤول»; not «للمصادر», the sources)."""
    if c.definite and c.prep is None:
        return titled
    key = doc.tokens[c.i].norm_key
    return c.prep == "ل" and key.startswith("لل") and (titled or key[2:] in fw_bare_keys("titles"))


def title_head(doc: Doc, c: Chunk) -> bool:
    """A phrase that opens with a title («وزير», «المتحدث») or a word that names an office or a standing before a
    name (speaker_titles: «مفتي», «القيادي», «الدكتور»)."""
    return c.title or doc.tokens[c.i].norm_key.removeprefix("و") in fw("speaker_titles")


def person_names(doc: Doc) -> dict[str, str]:
    """The last word of every person's mention (the name or surname) -> that person (the first one named so)."""
    names: dict[str, str] = {}
    for ent in doc.entities:
        if ent.type == "PERSON":
            for m in ent.mentions:
                words = nkey(doc.text[m.start : m.end]).split(" ")
                names.setdefault(words[-1], ent.id)
                if len(words) >= 2 and words[-2] in fw("family_prefixes"):
                    names.setdefault(words[-2] + words[-1], ent.id)  # «البو عينين», written «البوعينين» again
    return names


def unagreeing_cut(doc: Doc, c: Chunk, span: Span) -> Span:
    """``span`` of the phrase ``c`` up to a definite genitive in «ـين/ـون» or «ـة» where the definite word after it
    does not agree with it, so is no adjective of it but the object the chunker ran on into («وصنفت مفوضية اللاجئين
    المخيم على أنه»: the commission, not «المخيم»)."""
    for u in range(c.i + 1, c.j):
        k, n = doc.tokens[u].norm_key, doc.tokens[u + 1].norm_key
        if not (k.startswith("ال") and n.startswith("ال")) or doc.tokens[u + 1].start >= span.end:
            continue
        if (k.endswith(("ين", "ون")) and not n.endswith(("ين", "ون"))) or (k.endswith("ه") and not n.endswith("ه")):
            return Span(span.start, doc.tokens[u].end)
    return span
