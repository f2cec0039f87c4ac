"""Whose account it is, for the ``quotes`` stage: the source behind «according to» and its phrase where the words
are another's: a family («بحسب ما نقلت عائلة فلان», «نقلا عن أسرة فلان»: the family, not the person it is named
after), an account noun («وفقا لإفادة بعض من المشاركين», «بحسب رواية شهود عيان»: the witnesses, not «رواية»; round
qu913: a word of wording in construct with a definite source, «حسب تعبير المصدر»: the source, whom ``source_again``
and ``named_again`` then take back to the one told of before), a
source a relative clause hangs on («نقلا عن مصادر قالت إن»: the sources), and the one asked («وسئل عن موقف
الرئيس فلان، فقال»: not the president the question is about)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import bare, fw, keys_of, nkey
from .cues import Cue, is_complementizer, next_at, source_word
from .phrases import made_statement, phrase_span, resumptive


def according_verb(doc: Doc, t: int) -> int:
    """Where the source of «according to» at ``t`` is looked for after: the cue, or the verb of «بحسب ما أشار
    إليه» / «وفق ما قاله» (past its pronoun on a preposition), whose subject is the source; or of a statement noun's
    relative clause («بحسب تصريحات أدلى بها رئيس الهيئة فلان»: who made them, not «تصريحات أدلى»)."""
    made = made_statement(doc, t)
    if made is not None:
        return made
    if t + 2 >= len(doc.tokens) or doc.tokens[t + 1].norm_key != "ما":
        return t
    return t + 3 if t + 3 < len(doc.tokens) and resumptive(doc.tokens[t + 3]) else t + 2


def source_at(doc: Doc, t: int, cue: Cue) -> int | None:
    """The token after which the source of an «according to» cue («بحسب ما نقلت», «وفقا لـ») or of a relay
    («نقلت عن», «نقلا عن») stands; None where there is none."""
    if cue.kind == "according":
        return according_verb(doc, t)
    return next_at(doc, t, cue) if cue.next else None


def family_word(doc: Doc, u: int) -> bool:
    """Token ``u`` is a word for a family (family_groups: «أسرة», «عائلة», «ذوو»), with a preposition or «و» on it or
    none."""
    return 0 <= u < len(doc.tokens) and bare(doc.tokens[u].norm_key, "prepositions").removeprefix("ال") in fw(
        "family_groups")


def family_phrase(doc: Doc, at: int, chunks: list[Chunk]) -> Span | None:
    """«نقلا عن أسرة محمدي», «بحسب ما نقلت عائلة الناشطة فلانة»: the family word right after ``at`` and the name or
    phrase it is the family of, as a span (without the preposition on the word); None where no family word stands
    there or nothing follows it."""
    u = at + 1
    if not family_word(doc, u) or u + 1 >= len(doc.tokens) or not doc.tokens[u + 1].text[:1].isalpha():
        return None
    stem = next((w for w in doc.tokens[u].words if w.kind == "stem"), None)
    start = stem.start if stem is not None else doc.tokens[u].start
    own = [c for c in chunks if c.i <= u + 1 <= c.j]
    end = max([doc.tokens[u + 1].end, *(c.end for c in own)])
    last = max([u + 1, *(c.j for c in own)])
    named = next((c for c in chunks if c.i == last + 1 and c.entity is not None and c.prep is None), None)
    if named is not None and not any(c.entity is not None for c in own):
        end = named.end  # «عائلة الناشطة | نرجس محمدي»: the name after her title
    return Span(start, end)


def _worded_source(doc: Doc, k: int) -> bool:
    """Round qu913: token ``k`` is a word of wording (wording_nouns) with no article and no pronoun on it, in construct
    with a definite source word after it («حسب تعبير المصدر», «حسب وصف المصادر»); not «بحسب التعبير المفضل لفلان»
    (``wording``), «حسب قوله» (``tails``)."""
    tok = doc.tokens[k]
    if k + 1 >= len(doc.tokens) or any(w.kind == "enclitic" for w in tok.words):
        return False
    if not any(w.removeprefix("ل").removeprefix("ب") in fw("wording_nouns") for w in keys_of(tok)):
        return False
    nxt = doc.tokens[k + 1]
    return nxt.norm_key.startswith("ال") and source_word(nxt)


def account_source(doc: Doc, c: Chunk, chunks: list[Chunk]) -> Span | None:
    """«وفقا لإفادة بعض من المشاركين», «بحسب رواية شهود عيان», «وفق تصريحات مسؤولين»: a phrase headed by an account
    noun (account_nouns) with whose account it is after it: that phrase, past the noun (with a «من» phrase after a
    partitive: «بعض من المشاركين»); «حسب تعبير المصدر»: the source (:func:`_worded_source`); None where no phrase
    follows the noun."""
    if not any(k.removeprefix("ل").removeprefix("ب").removeprefix("ال") in fw("account_nouns")
               for k in keys_of(doc.tokens[c.i])) and not _worded_source(doc, c.i):
        return None
    u = c.i + 1
    if u >= len(doc.tokens) or not doc.tokens[u].text[:1].isalpha() or is_complementizer(doc, u):
        return None
    own = next((d for d in chunks if d.i == u), None)
    if c.j >= u:
        end, last = c.end, c.j
    elif own is not None and own.prep is None:
        end, last = own.end, own.j
    elif own is None and doc.tokens[u].norm_key in fw("subject_quantifiers"):
        end, last = doc.tokens[u].end, u  # «بعض», no phrase of its own
    else:
        return None
    of = last + 2 if last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm_key == "من" else last + 1
    tail = next((d for d in chunks if d.i == of and d.prep == "من"), None)
    if tail is not None and doc.tokens[last].norm_key in fw("subject_quantifiers"):
        end = tail.end  # «بعض | من المشاركين»
    return Span(doc.tokens[u].start, end)


def relative_source(doc: Doc, t: int, chunks: list[Chunk]) -> Span | None:
    """«نقلا عن مصادر قالت إن», «عن مسؤول أمني قال إن»: a verb cue right after an indefinite phrase of a source
    (source_heads: «مصادر مطلعة», «مسؤول») and right before «أن/إن» is a relative clause on that phrase: the source
    said it; its phrase (without a preposition written on it), else None."""
    if t < 1 or t + 1 >= len(doc.tokens) or not is_complementizer(doc, t + 1):
        return None
    c = next((c for c in chunks if c.j == t - 1), None)
    if c is None or c.entity is not None or c.definite or not source_word(doc.tokens[c.i]):
        return None
    if not any(k.removeprefix("ل").removeprefix("ب") in fw("source_heads") for k in keys_of(doc.tokens[c.i])):
        return None  # «تقارير تفيد بأن», «بيان يقول إن»: what a report says, no one quoted
    span = phrase_span(doc, c, told=True)
    stem = next((w for w in doc.tokens[c.i].words if w.kind == "stem"), None)
    return Span(stem.start if stem is not None else span.start, min(span.end, doc.tokens[t - 1].end))


def asked_before(doc: Doc, t: int, sent: Span) -> bool:
    """«وسئل عن موقف الرئيس فلان، فقال», «وعندما سئل عما إذا ...، قال»: a passive «asked» with no subject after it
    (a question word or its topic follows) earlier in the cue's sentence: the one asked answers, whom the question is
    about does not."""
    for u in range(t - 1, -1, -1):
        tok = doc.tokens[u]
        if tok.start < sent.start:
            return False
        if tok.norm_key.removeprefix("و").removeprefix("ف") in fw("asked_words") and u + 1 < t:
            return bare(doc.tokens[u + 1].norm_key, "prepositions") in fw("question_topics") or nkey(
                doc.tokens[u + 1].text) in fw("question_topics")
    return False


PARTITIVE_REACH = 5  # tokens of «أحد سجناء «القاعدة»» from «أحد» to the verb


def partitive_opening(doc: Doc, v: int, sent: Span) -> Span | None:
    """«أحد سجناء «القاعدة» اعترف بأن»: a sentence that opens with «أحد/إحدى» (partitive_heads) and its phrase right
    up to the cue after token ``v``, within PARTITIVE_REACH tokens and no comma between: one of them, unnamed, said
    it; the phrase, else None."""
    a = next((u for u in range(max(0, v - PARTITIVE_REACH), v + 1) if doc.tokens[u].start >= sent.start), None)
    if a is None or a >= v or doc.tokens[a].norm_key.removeprefix("و") not in fw("partitive_heads"):
        return None
    if any(doc.tokens[u].text in ("،", ",") or is_complementizer(doc, u) for u in range(a, v + 1)):
        return None
    return Span(doc.tokens[a].start, doc.tokens[v].end)


def according_body(doc: Doc, c: Chunk, chunks: list[Chunk]) -> bool:
    """The phrase ``c`` after «according to» is a body headed by a noun of institutions (according_body_heads:
    «ووفقا لمركز الإحصاءات الإيراني», «وبحسب مفوضية الأمم المتحدة للاجئين») whose genitive is no name, or a
    definite name the body belongs to: the body speaks, not the name in it; not a name in apposition («وكالة
    رويترز»: the agency is the name)."""
    if c.entity is not None or c.prep not in (None, "ل"):
        return False
    head = doc.tokens[c.i].norm_key.removeprefix("و")
    if head[:1] == "ل" and head[1:].removeprefix("ال") in fw("according_body_heads"):
        head = head[1:]
    if head.removeprefix("ال") not in fw("according_body_heads"):
        return False
    d = next((d for d in chunks if d.i == c.j + 1), None)
    if d is None or d.entity is None:
        return c.j > c.i  # «لمركز الإحصاءات الإيراني»: a genitive of its own; «لمركز» alone names nothing
    return c.j == c.i and doc.tokens[d.i].norm_key.startswith("ال")  # «مفوضية | الأمم المتحدة»


def body_genitive_end(doc: Doc, c: Chunk, chunks: list[Chunk]) -> int | None:
    """The end of the name an «according to» body ``c`` is in construct with (``according_body``), through a «لـ»
    phrase right after it («مفوضية الأمم المتحدة للاجئين»); None where no name follows it."""
    d = next((d for d in chunks if d.i == c.j + 1 and d.entity is not None), None)
    if d is None:
        return None
    e = next((e for e in chunks if e.i == d.j + 1 and e.entity is None and e.prep == "ل"), None)
    return (e or d).end
