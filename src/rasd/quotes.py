"""The ``quotes`` stage: who said what. Reporting cues (data/events/quote_cues.tsv), direct speech in quote
marks, indirect speech in «أنّ/إنّ» clauses, and the speaker from the subject (VSO or SVO), from the clause a
participle hangs on («مشيرا إلى أن»), or carried over a dropped subject with gender agreement («وأضافت»).
"""

from __future__ import annotations

from collections.abc import Sequence

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .doc import Doc, Quote, Span, Token
from .events.arguments import Chunk, can_act, build_chunks, mention_index, resolve_title
from .events.forms import Cand, fw, nkey, read_tsv, split_forms, token_candidates
from .events.stage import sentence_token_ranges
from .pipeline import stage
from .text.normalize import norm_key
from .time.lexicon import lexicon as time_lexicon

PLACES = ("LOCATION", "GPE", "LOC")  # a place speaks only as an explicit subject («قالت مصر»)
PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“"}
SCARE_MAX_TOKENS = 3  # «"داعش"»: a quoted name, not speech
COMPLEMENT_WINDOW = 28  # tokens from the cue to «أن/إن»
DIRECT_WINDOW = 5  # tokens from the cue (or «إن») to an opening quote mark
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(PAIRS) | set(PAIRS.values())))) + "]")  # all that pairs
_CONJ_ONLY = frozenset(("و", "ف"))  # the only proclitics a reporting verb may carry


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str  # verb, participle, according
    gender: str  # m, f
    next: frozenset[str]


@lru_cache(maxsize=1)
def cue_index() -> dict[str, Cue]:
    index: dict[str, Cue] = {}
    for row in read_tsv("quote_cues.tsv"):
        row = row + [""] * (5 - len(row))
        lemma, kind, masc, fem, nxt = row[:5]
        follow = frozenset(nkey(w) for w in split_forms(nxt)) if kind != "according" else frozenset()
        for gender, cell in (("m", masc), ("f", fem)):
            for form in split_forms(cell):
                index.setdefault(nkey(form).rstrip("\u064b"), Cue(lemma, kind, gender, follow))
    return index


def _direct_spans(text: str) -> list[Span]:
    """Spans inside paired quote marks (the marks excluded), paired within each paragraph."""
    out: list[Span] = []
    pos = 0
    for para in text.split("\n"):
        stack: list[tuple[str, int]] = []
        for match in _QUOTE_MARK.finditer(para):
            k, ch = match.start(), match.group()
            if stack and ch == PAIRS[stack[-1][0]]:
                opener, at = stack.pop()
                out.append(Span(pos + at + 1, pos + k))
            elif ch in PAIRS:
                stack.append((ch, k))
        pos += len(para) + 1
    return sorted(out, key=lambda s: s.start)


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding blanks and punctuation, and without a quote mark it does not pair."""
    while start < end and (text[start].isspace() or text[start] in "،,:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,;؛"):
        end -= 1
    if end > start and text[start] in _OPENERS and not _pairs(text, start, end, text[start]):
        start += 1
    if end > start and text[end - 1] in _CLOSERS and not _pairs(text, start, end, text[end - 1]):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


_OPENERS = {'"': '"', "«": "»", "“": "”"}
_CLOSERS = {'"': '"', "»": "«", "”": "“"}


def _pairs(text: str, start: int, end: int, mark: str) -> bool:
    """Is this quote mark matched inside text[start:end]?"""
    if mark == '"':
        return text.count('"', start, end) % 2 == 0
    other = _OPENERS.get(mark) or _CLOSERS[mark]
    return text.count(other, start, end) > 0


def _gender(doc: Doc, eid: str, heard: dict[str, str]) -> str | None:
    """An entity's grammatical gender: a person's from the entity layer, else the gender of the verb it was first
    the subject of right after (``heard``: «وقالت كاسلو»), else masculine."""
    ent = doc.entity(eid)
    if ent is None:
        return None
    if ent.type == "PERSON":
        known = ent.attrs.get("gender")
        return known if isinstance(known, str) else heard.get(eid, "m")
    head = ent.name.split()[0] if ent.name else ""
    if head.endswith("ة") or head.endswith("ات"):
        return "f"
    return None  # countries, agencies: either agreement is written


def _unsexed(doc: Doc, eid: str) -> bool:
    """A person whose gender neither a title nor a given name told the entity layer."""
    ent = doc.entity(eid)
    return ent is not None and ent.type == "PERSON" and not isinstance(ent.attrs.get("gender"), str)


def _agrees(doc: Doc, eid: str | None, gender: str, heard: dict[str, str]) -> bool:
    if eid is None:
        return False
    g = _gender(doc, eid, heard)
    return g is None or g == gender


def _cue_of(cands: Sequence[Cand]) -> Cue | None:
    """The cue read by the first candidate that names one with at most a conjunction before it."""
    index = cue_index()
    for cand in cands:
        cue = index.get(cand.key)
        if cue is None or cand.enclitic or not _CONJ_ONLY.issuperset(cand.proclitics):
            continue
        return cue
    return None


@lru_cache(maxsize=65536)
def _word_cue(norm: str) -> Cue | None:
    """``_cue_of`` a token of one word, whose candidates depend on its ``norm`` alone; cached across documents
    (most tokens are such words, and nearly all of them are no cue)."""
    return _cue_of(token_candidates(Token(0, len(norm), norm, norm, [])))


def _match_cue(doc: Doc, t: int) -> Cue | None:
    tok = doc.tokens[t]
    if len(tok.words) < 2:
        cue = _word_cue(tok.norm or tok.text)
    else:
        cue = _cue_of(token_candidates(tok))
    if cue is not None and cue.next and _next_at(doc, t, cue) is None:
        return None
    return cue


def _next_at(doc: Doc, t: int, cue: Cue) -> int | None:
    """Where the word a cue needs follows it («نقلت الوكالة عن ...»: «عن» within three tokens)."""
    for u in range(t + 1, min(len(doc.tokens), t + 4)):
        if {c.key for c in token_candidates(doc.tokens[u])} & cue.next:
            return u
    return None


def _is_complementizer(doc: Doc, t: int) -> bool:
    k = nkey(doc.tokens[t].text)
    return k in fw("complementizers") or (k[:1] in ("و", "ف") and k[1:] in fw("complementizers"))


def extract_quotes(doc: Doc) -> list[Quote]:
    text = doc.text
    starts = [t.start for t in doc.tokens]
    quoted = _direct_spans(text)
    direct = [s for s in quoted if bisect_left(starts, s.end) - bisect_left(starts, s.start) > SCARE_MAX_TOKENS]
    # a short quotation is speech only where a cue introduces it («قال إن "الحل سياسي"») and it names no entity
    # («"داعش"» is a name in scare quotes wherever it stands)
    named = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    short = [
        s for s in quoted
        if s not in direct and not any(s.start <= a and b <= s.end for a, b in named)
    ]  # fmt: skip
    mentions = mention_index(doc)
    quotes: list[Quote] = []
    heard: dict[str, str] = {}  # person without a known gender -> that of the verb it stood right after
    for sent, a, b in sentence_token_ranges(doc):
        cues: list[tuple[int, Cue]] = []
        inside = [d for d in direct if d.start < sent.end and sent.start < d.end]
        for t in range(a, b):
            cue = _match_cue(doc, t)
            if cue is not None and not any(d.start <= doc.tokens[t].start < d.end for d in inside):
                cues.append((t, cue))
        if not cues:
            continue
        chunks = build_chunks(doc, a, b, mentions, {t for t, _ in cues})
        for n, (t, cue) in enumerate(cues):
            stop = cues[n + 1][0] if n + 1 < len(cues) else b
            content, is_direct, after_speaker = _content(doc, t, cue, stop, b, direct, short)
            if content is None:
                continue
            speaker = _speaker(doc, t, cue, chunks, quotes, sent, after_speaker, heard)
            tok = doc.tokens[t]
            attrs: dict[str, object] = {"cue_lemma": cue.lemma, "kind": cue.kind}
            if speaker is None and (phrase := _speaker_phrase(doc, t, cue, chunks, after_speaker)) is not None:
                attrs["speaker_text"] = phrase  # «وقالت مصادر قضائية»: a source the entity layer does not name
            quotes.append(
                Quote(cue=Span(tok.start, tok.end), content=content, direct=is_direct, speaker=speaker, attrs=attrs)
            )
    return quotes


def _by_rule(doc: Doc, t: int) -> bool:
    """«وفق قرارات الشرعية الدولية», «وفقا لمبدأ حل الدولتين»: «in accordance with» a text or rule, not «according
    to» a speaker."""
    for u in range(t + 1, min(len(doc.tokens), t + 3)):
        k = nkey(doc.tokens[u].text)
        if k in ("ما", "لما", "ل"):
            continue
        rest = k[1:] if k[:1] == "ل" and len(k) > 3 else k
        words = fw("according_not_speakers")
        return k in words or rest in words or ("ا" + rest) in words
    return False


def _content(
    doc: Doc, t: int, cue: Cue, stop: int, sent_end: int, direct: list[Span], short: Sequence[Span] = ()
) -> tuple[Span | None, bool, int]:
    """(content, direct?, last token index the speaker may occupy) for the cue at token ``t``."""
    text = doc.text
    if cue.kind == "according":
        first = doc.sentence_of(doc.tokens[t].start)
        if first is None or _by_rule(doc, t):
            return None, False, t
        return _trim(text, first.start, doc.tokens[t].start), False, t + 4
    limit = min(stop, sent_end, t + COMPLEMENT_WINDOW)
    for u in range(t + 1, limit):
        tok = doc.tokens[u]
        opening = [d for d in direct if d.start - 1 == tok.start]
        if opening and u - t <= DIRECT_WINDOW + 8:
            return _trim(text, opening[0].start, opening[0].end), True, u
        if _is_complementizer(doc, u):
            nxt = doc.tokens[u + 1] if u + 1 < len(doc.tokens) else None
            if nxt is not None:
                op = [d for d in (*direct, *short) if d.start - 1 == nxt.start]
                if op:
                    return _trim(text, op[0].start, op[0].end), True, u
            end = doc.tokens[stop - 1].end if stop > u + 1 else doc.tokens[u].end
            if stop < sent_end:
                end = doc.tokens[stop].start
            span = _trim(text, doc.tokens[u].end, end)
            return span, False, u
        if tok.text in (":",) and u + 1 < sent_end:
            nxt = doc.tokens[u + 1]
            op = [d for d in (*direct, *short) if d.start - 1 == nxt.start]
            if op:
                return _trim(text, op[0].start, op[0].end), True, u
            return _trim(text, tok.end, doc.tokens[min(stop, sent_end) - 1].end), False, u
    return None, False, t


def _speaker(
    doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: list[Quote], sent: Span, limit: int,
    heard: dict[str, str],
) -> str | None:
    """The speaker of the cue at token ``t``; ``heard`` collects the gender a verb gave a person (see _gender)."""
    if cue.kind == "participle":
        for q in reversed(quotes):
            if q.cue.start >= sent.start and q.speaker is not None:
                return q.speaker
        for c in chunks:  # the subject of the clause it hangs on
            if c.i < t and c.prep is None and c.entity is not None and c.etype not in PLACES:
                return c.entity
        return _carry(doc, quotes, cue.gender, heard)
    after = [c for c in chunks if c.i > t]
    if cue.kind == "according" or cue.next:
        at = _next_at(doc, t, cue) if cue.next else t
        after = [c for c in after if at is not None and at < c.i <= at + 3]
        for c in after:
            if c.entity is not None:
                return c.entity
            if c.title:  # «نقل عن نائب مدير عام الصندوق ميتسوهيرو فوروساوا»: the person the title names
                named = resolve_title(chunks, c, doc)
                if named.entity is not None:
                    return named.entity
        return None
    if after and after[0].i == t + 1 and after[0].prep is None and after[0].i <= limit and not _is_time(doc, after[0]):
        c = resolve_title(chunks, after[0], doc)
        if c.entity is not None and c is after[0] and _unsexed(doc, c.entity) and c.entity not in heard:
            heard[c.entity] = cue.gender  # «وقالت كاسلو»: the verb agrees with the name right after it
        if c.entity is not None and (_agrees(doc, c.entity, cue.gender, heard) or c is not after[0]):
            return c.entity
        if c.entity is None and c.title and c.definite:
            return _carry(doc, quotes, cue.gender, heard)  # «وأوضح الوزير الفرنسي» → the minister quoted before
        if c.entity is None:
            return None
    # SVO: the name right before the cue; a state or its capital too where the cue opens no new clause («لكن طهران
    # تقول», not «زار الرئيس مصر وقال»)
    opens = nkey(doc.tokens[t].text)[:1] in ("و", "ف")
    before = [c for c in chunks if c.j == t - 1 and c.prep is None and c.entity is not None
              and (c.etype not in PLACES or (not opens and can_act(doc, c)))]  # fmt: skip
    if before and _agrees(doc, before[0].entity, cue.gender, heard):
        return before[0].entity
    return _carry(doc, quotes, cue.gender, heard)


@lru_cache(maxsize=1)
def _day_keys() -> frozenset[str]:
    """The one-word days of the times layer's tables («الأحد», «اليوم», «أمس», «غدا»), without the article."""
    table = time_lexicon()
    return frozenset(k[0].removeprefix("ال") for cat in ("weekday", "relative_day") for k in table.phrases[cat]
                     if len(k) == 1)  # fmt: skip


def _speaker_phrase(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> Span | None:
    """The unnamed subject right after a verb cue («وقالت مصادر قضائية», «وقال مسؤول أمني»), as a span."""
    if cue.kind in ("participle", "according") or cue.next:
        return None
    after = [c for c in chunks if c.i > t]
    if not after or after[0].i != t + 1 or after[0].prep is not None or after[0].i > limit or after[0].entity:
        return None
    c = after[0]
    if _is_time(doc, c) or _is_complementizer(doc, c.i) or nkey(doc.tokens[c.i].text) in ("الا", "والا"):
        return None  # «وعد ألا يبني»: the clause said, not who said it
    return Span(c.start, c.end)


def _is_time(doc: Doc, c: Chunk) -> bool:
    """«أكد الأحد أنه»: a time after the verb, not who spoke (also where no date let the times layer read it)."""
    return any(x.start < c.end and c.start < x.end for x in doc.times) or (
        c.i == c.j and norm_key(doc.tokens[c.i].text).removeprefix("ال") in _day_keys()
    )


def _carry(doc: Doc, quotes: list[Quote], gender: str, heard: dict[str, str]) -> str | None:
    """A dropped subject continues the latest speaker whose gender agrees with the cue."""
    for q in reversed(quotes):
        ent = doc.entity(q.speaker)
        if ent is not None and ent.type not in PLACES and _agrees(doc, ent.id, gender, heard):
            return ent.id
    return None


@stage("quotes", requires=("tokens", "sentences", "entities"), assigns=("quotes",))
def quotes_stage(doc: Doc) -> None:
    doc.quotes = extract_quotes(doc)
