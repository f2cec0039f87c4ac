"""Subjects that stand before a verb cue with no named subject after it, for the ``quotes`` stage: a family name
the entity layer left unmarked («القبانجي حذر»), an unnamed plural group («مسؤولين هنود قالوا»), the phrase «لكن»
opens («لكن مصدرا أمنيا قال»), and the subject a verb with «و» after a comma shares with the verb before it («دافع
المجلس ...، وقال»).
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Span
from ..entities.gazetteer import load as load_gazetteer, phrase_of
from ..events.chunks import Chunk, is_function_word, plain_chunk
from ..events.forms import fw, nkey
from ..events.phrases import preposition_ends
from .apposition import boundary
from .edges import body_head
from .clauses import main_subject
from .phrases import governed, is_time, person_names, phrase_span, source_head, source_heads, title_head
from .titled import title_nisba


def nisba_subject(doc: Doc, chunks: list[Chunk], v: int, sent: Span) -> tuple[str | None, Span | None] | None:
    """SVO with a family name of one word in «الـ...ي» right before the verb (at ``v``) that the entity layer did not
    mark, where it opens its clause (the sentence, a comma, «أن», «لكن») or ends a person's name («صدر الدين
    القبانجي حذر»: that person): (the person of the article so named, None), else (None, the word); None where the
    word is none such (an adjective: «الشهر الحالي يوضح»)."""
    c = next((c for c in chunks if c.i == c.j == v and c.entity is None and c.prep is None), None)
    key = doc.tokens[v].norm_key if c is not None else ""
    if c is None or not (key.startswith("ال") and key.endswith("ي") and len(key) >= 6) or is_function_word(key):
        return None
    if key.removeprefix("ال") in fw("titles") or key in fw("speaker_titles") or is_time(doc, c):
        return None
    d = next((d for d in chunks if d.j == v - 1), None)
    if d is not None and d.etype == "PERSON" and not governed(doc, d):
        return d.entity, None  # «صدر الدين القبانجي»: the surname the name stopped short of
    if v > 0 and doc.tokens[v - 1].end > sent.start and not boundary(doc, v - 1):
        return None
    named = person_names(doc).get(key)
    return (named, None) if named is not None else (None, Span(c.start, c.end))


def plural_before(doc: Doc, chunks: list[Chunk], v: int, sent: Span) -> Span | None:
    """SVO with an unnamed plural subject right before a plural verb (at ``v``) where it opens its clause
    («مسؤولين هنود قالوا», «خبراء ماليين مستقلين قالوا»): its phrase, a word of it in «ـون/ـين» or its head a
    source or a group word; None otherwise (a name, a time, a count, a phrase of a preposition)."""
    c = next((c for c in chunks if c.j == v and c.entity is None and c.prep is None and not c.number), None)
    d = next((d for d in chunks if c is not None and d.j == c.i - 1 and d.entity is None and d.prep is None
              and not d.number and doc.tokens[d.i].start >= sent.start), None)
    if c is not None and d is not None and source_head(doc, d):
        c = replace(c, i=d.i, start=d.start)  # «مسؤولين | هنود»: the chunker split the plural from its adjective
    if c is None or is_time(doc, c) or (c.i > 0 and doc.tokens[c.i - 1].end > sent.start
                                          and not boundary(doc, c.i - 1)):
        return None
    keys = [doc.tokens[u].norm_key.removeprefix("و") for u in range(c.i, c.j + 1)]
    if is_function_word(keys[0]) or not (any(k.endswith(("ون", "ين")) for k in keys)
                                         or keys[0].removeprefix("ال") in source_heads()
                                         or keys[0] in fw("unnamed_groups")):
        return None
    return phrase_span(doc, c)




CONTRAST_REACH = 10  # tokens back from a verb cue to the «لكن» that opens its clause


def speaking_head(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` is headed by one who may speak unnamed: a title or a word of standing (of the gazetteer's too:
    «محامي»), an unnamed source (in the accusative after «لكن» too: «مصدرا»), a body or an institution, or an unnamed
    group."""
    k = doc.tokens[c.i].norm_key.removeprefix("و")
    core = k.removeprefix("ال")
    return (title_head(doc, c) or phrase_of(doc.tokens[c.i].text) in load_gazetteer().titles or source_head(doc, c) or core.removesuffix("ا") in source_heads()
            or body_head(k) or core in fw("institutions") or k in fw("institutions")
            or k in fw("unnamed_groups") or k.removesuffix("ا") in fw("unnamed_groups"))  # «أصواتًا» after «لكنّ»


def contrast_subject(doc: Doc, chunks: list[Chunk], t: int, sent: Span) -> tuple[Chunk, Span] | None:
    """SVO in a clause «لكن/ولكن» opens, before a verb cue at ``t`` with no «و»: «لكن مصدرا أمنيا قال إن», «ولكن
    محامي الدفاع عن فلان، قال إن»: the phrase right after «لكن» (of no preposition, no time or count), where only
    phrases of a preposition or a title (an apposition) follow it to the verb, past a comma; None otherwise (a verb
    or a relative clause between: «لكن الوزير الذي زار المدينة قال»); with it, its phrase through the phrases of a
    preposition after it (not an adverb: «لكن المصادر أيضا أشارت»)."""
    v = t - 1 if t > 0 and doc.tokens[t - 1].text in ("،", ",") else t
    v = _partitive_aside(doc, v) if v < t else v  # «لكنَّ أصواتًا معارضة، وبينهم قانونيون، أكدوا»: past the aside
    k = next((k for k in range(v - 1, max(-1, v - 1 - CONTRAST_REACH), -1)
              if doc.tokens[k].end <= sent.start or boundary(doc, k)), -1)
    if k < 0 or doc.tokens[k].end <= sent.start or not (doc.tokens[k].norm_key in _CONTRAST or contrast_that(doc, k)):
        return None
    inside = [c for c in chunks if k < c.i and c.j < v]
    if not inside or inside[0].i != k + 1 or inside[0].prep is not None or inside[0].number or is_time(doc, inside[0]):
        return None
    covered = {u for c in inside for u in range(c.i, c.j + 1)}
    if any(u not in covered and not is_function_word(doc.tokens[u].norm_key) for u in range(k + 1, v)):
        return None
    if any(c.prep is None and c.entity is None and not title_head(doc, c) for c in inside[1:]):
        return None  # «لكن الوزير زار المدينة قال»: another clause between
    last = next((n for n, c in enumerate(inside) if n and c.prep is None), len(inside)) - 1
    return inside[0], Span(inside[0].start, inside[last].end)


_CONTRAST = frozenset(nkey(w) for w in ("لكن", "ولكن"))


def contrast_that(doc: Doc, k: int) -> bool:
    """Token ``k`` is the «أن» of «غير أن/إلا أن» (contrast_heads): «but», as «لكن» (round 51)."""
    return k > 0 and doc.tokens[k].norm_key == nkey("أن") and doc.tokens[k - 1].norm_key in fw("contrast_heads")
PARTITIVE_REACH = 6  # tokens of an aside «، وبينهم قانونيون،» between a subject and its verb


def _partitive_aside(doc: Doc, v: int) -> int:
    """The comma that opens an aside of who is among the subject («، وبينهم قانونيون،», «، ومنهم نواب،»:
    partitive_asides) closed by the comma at ``v``; ``v`` where none."""
    for u in range(v - 1, max(-1, v - 1 - PARTITIVE_REACH), -1):
        if doc.tokens[u].text in ("،", ","):
            nxt = doc.tokens[u + 1].norm_key.removeprefix("و")
            return u if u + 1 < v and nxt in fw("partitive_asides") else v
    return v


def shared_subject(doc: Doc, chunks: list[Chunk], t: int, sent: Span) -> Span | None:
    """«دافع المجلس الأعلى للقضاء ... عن الأحكام ...، وقال إنها»: a verb cue with «و» (or after «كما»: «بدأت هيئة
    المترو تشغيل ...، كما أعلنت أن») right after a comma shares the
    subject of the verb its sentence opens with; where that subject is one who may speak unnamed (``speaking_head``;
    not a definite title: «الوزير» is the minister named before), its phrase; None otherwise."""
    k = t - 1 if t >= 3 and doc.tokens[t - 1].norm_key == nkey("كما") else t  # «...، كما أعلنت أن» (round q304)
    if k < 2 or doc.tokens[k - 1].text not in ("،", ",") or (k == t and doc.tokens[t].norm_key[:1] != "و"):
        return None
    c = main_subject(doc, k - 1, [p for d in chunks for p in _verb_split(doc, d, t)], sent)  # (the comma no opener)
    if c is None or c.entity is not None or governed(doc, c) or c.number or c.coord or is_time(doc, c):
        return None
    if not speaking_head(doc, c) or (c.title and c.definite and not title_nisba(doc, c)):
        return None  # (a title with its nisba, «ودعا المبعوث الأممي الفصائل ...، وقال»: one described in full)
    return phrase_span(doc, _before_object(doc, c))


def _before_object(doc: Doc, c: Chunk) -> Chunk:
    """The subject phrase ``c`` of a verb other than a cue («واجتمع رئيس الحكومة بالوزراء») without the verb's
    object in «بالـ» after a definite word, which the chunker keeps in a construct for a place in it: the last such,
    where no other «بالـ» word follows the phrase («مدير الشرطة بالمنطقة | بالضباط»: the officers met, the region
    his); ``c`` itself where none."""
    if c.j + 1 < len(doc.tokens) and doc.tokens[c.j + 1].norm_key.startswith("بال"):
        return c
    u = next((u for u in range(c.j, c.i, -1)
              if preposition_ends((doc.tokens[u - 1].text,), doc.tokens[u].text)), None)
    return c if u is None else replace(c, j=u - 1, end=doc.tokens[u - 1].end)


def _verb_split(doc: Doc, d: Chunk, t: int) -> list[Chunk]:
    """The phrase ``d`` before the cue at ``t`` as the verb the chunker took into it and the phrase after it, where
    that phrase is headed by one who may speak unnamed («ودافع | المجلس الأعلى للقضاء»); else ``d`` alone."""
    if d.entity is not None or d.prep is not None or d.j == d.i or d.j >= t or nkey(
            doc.tokens[d.i].text).removeprefix("و").startswith("ال") or title_head(doc, plain_chunk(doc.tokens, d.i, d.i)):
        return [d]  # («وعبّر | رئيس مجلس النواب فلان»: a title opens the phrase, no verb read into it)
    rest = plain_chunk(doc.tokens, d.i + 1, d.j, d.end)
    return [plain_chunk(doc.tokens, d.i, d.i), rest] if speaking_head(doc, rest) else [d]
