"""Noun-phrase chunks of a sentence and the argument rules: who acts (source), on whom (target), where.

A chunk is an entity mention (with its entity id) or, between mentions, a short run of content words (entity id
``None``: an actor phrase the entity layer did not resolve, kept so its span can still be reported). Each chunk
knows the preposition governing it (a free word «على» or a clitic «بـ/لـ») and whether it opens with the
coordinating «و».
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc, Token
from ..text.normalize import is_arabic_letter
from .forms import fw, nkey
from .lexicon import Hit

MAX_FALLBACK = 4  # words in a chunk that is not an entity mention
_PLACE_WORDS = frozenset(nkey(w) for w in ("محافظة", "مدينة", "منطقة", "بلدة", "قرية", "ريف", "حي", "ولاية", "إقليم",
                                          "مخيم", "جزيرة", "عاصمة", "العاصمة"))
PLACES = ("LOCATION", "GPE", "LOC")
TITLE_WINDOW = 10  # tokens to look for the name after a title («منسق التحالف ... جون آلين»)


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


def _first_alpha(text: str) -> int:
    for k, ch in enumerate(text):
        if is_arabic_letter(ch) or ch.isalnum():
            return k
    return 0


def mention_index(doc: Doc) -> dict[int, tuple[str, str, int, int]]:
    """doc.tokens index → (entity id, type, mention start, mention end) for tokens inside entity mentions."""
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


_FUNCTION_SETS = ("prepositions", "complementizers", "particles", "relatives", "auxiliaries", "negations")


def bare(key: str, *sets: str) -> str:
    """``key`` without a leading «و/ف» when what remains is a function word of ``sets`` («ومن» → «من»)."""
    if key[:1] in ("و", "ف") and any(key[1:] in fw(s) for s in sets):
        return key[1:]
    return key


@lru_cache(maxsize=65536)
def is_function_word(key: str) -> bool:
    k = bare(key, *_FUNCTION_SETS)
    return any(k in fw(s) for s in _FUNCTION_SETS)


def _is_content(tok: Token) -> bool:
    return _content_text(tok.text)


@lru_cache(maxsize=65536)
def _content_text(text: str) -> bool:
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


def build_chunks(doc: Doc, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]], skip: set[int]) -> list[Chunk]:
    """Chunks of doc.tokens[a:b]; tokens in ``skip`` (triggers) never belong to a chunk."""
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
        if t in skip or not _is_content(tok):
            t += 1
            continue
        u = t
        while (
            u + 1 < b
            and u + 1 - t < MAX_FALLBACK
            and u + 1 not in mentions
            and u + 1 not in skip
            and _is_content(toks[u + 1])
            and not nkey(toks[u + 1].text).startswith("و")
            and not _flags(toks[u + 1].text, False)[2]  # a count opens a new phrase: «مسلحون | خمسة جنود»
        ):
            u += 1
        k = nkey(tok.text)
        # «و» opens a coordinated phrase when the word layer reads it as a clitic («وزراء» is ministers)
        coord = k.startswith("و") and len(k) > 3 and (len(tok.words) > 1 and tok.words[0].kind == "proclitic")
        prep = None
        body = k[1:] if coord else k
        if body.startswith(("بال", "لل", "كال")) or (body[:1] in ("ب", "ل") and len(body) >= 5):
            prep = body[0]
        chunks.append(_chunk(toks, t, u, tok.start, toks[u].end, None, None, prep, coord))
        t = u + 1
    # a free preposition right before the chunk
    for c in chunks:
        if c.prep is None and c.i > 0 and (c.i - 1) not in mentions:
            before = bare(nkey(toks[c.i - 1].text), "prepositions")
            if before in fw("prepositions"):
                c.prep = before
    return chunks


def _chunk(
    toks: Sequence[Token], i: int, j: int, start: int, end: int, eid: str | None, etype: str | None,
    prep: str | None, coord: bool,
) -> Chunk:
    title, definite, number = _flags(toks[i].text, coord)
    return Chunk(i, j, start, end, eid, etype, prep, coord, title=title, definite=definite, number=number)


@lru_cache(maxsize=65536)
def _flags(text: str, coord: bool) -> tuple[bool, bool, bool]:
    """(title word, definite, number) for the first token of a chunk."""
    k = nkey(text)
    body = k[1:] if coord and k.startswith("و") else k
    titles = fw("titles")
    title = body in titles or (body.startswith("ال") and body[2:] in titles)
    number = any(ch.isdigit() for ch in text) or body in fw("numerals")
    return title, body.startswith("ال"), number


@dataclass(slots=True)
class Args:
    source: Chunk | None = None
    targets: list[Chunk] | None = None
    location: Chunk | None = None


def _breaks_between(doc: Doc, i: int, j: int, relatives: bool = True) -> bool:
    """A clause boundary (end punctuation, «أن/إن», and with ``relatives`` «الذي/التي») in tokens i..j-1."""
    for t in range(i, j):
        k = bare(nkey(doc.tokens[t].text), "complementizers", "relatives")
        if doc.tokens[t].text in fw("clause_breaks") or k in fw("complementizers"):
            return True
        if relatives and k in fw("relatives"):
            return True
    return False


def _agent(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«على يد تنظيم داعش», «من قبل الشرطة» after a noun trigger: the agent."""
    keys = [nkey(t.text) for t in doc.tokens[hit.j + 1 : hit.j + 8]]
    agents = [tuple(p.split()) for p in fw("agent_preps")]
    for k in range(len(keys)):
        for ph in agents:
            if tuple(keys[k : k + len(ph)]) == ph:
                after = hit.j + 1 + k + len(ph)
                for c in chunks:
                    if c.i >= after:
                        return _owner(chunks, c) if c.i - after <= 1 else None
    return None


def _person_after(chunks: list[Chunk], c: Chunk, doc: Doc) -> Chunk | None:
    for d in chunks:
        if d.i <= c.i:
            continue
        if d.i - c.i > TITLE_WINDOW or _breaks_between(doc, c.i, d.i):
            return None
        if d.etype == "PERSON":
            return d
    return None


def resolve_title(chunks: list[Chunk], c: Chunk, doc: Doc) -> Chunk:
    """A title phrase stands for the name that follows it («منسق التحالف ... جون آلين»); an indefinite common
    phrase does not («في زيارة أولى للمدينة منذ تحريرها من ... علي عبد الله صالح»)."""
    if c.title or (c.entity is None and c.definite):
        p = _person_after(chunks, c, doc)
        if p is not None:
            return p
    return c


def _subject_before(
    doc: Doc, chunks: list[Chunk], i: int, sent_start: int, nominal: bool, plural: bool = False
) -> Chunk | None:
    """The nearest chunk before token ``i`` in its clause, not governed by a preposition. Before a verb it must
    be a name or definite, unless the verb is plural: full agreement marks SVO («مسلحون مجهولون اغتالوا»)."""
    for c in reversed([c for c in chunks if c.j < i]):
        if _breaks_between(doc, c.j + 1, i):
            return None
        if c.prep is not None or c.number or (nominal and c.etype in PLACES):
            continue
        if c.entity is None and not c.definite:
            if nominal:
                continue
            if not plural:
                return None
        if not nominal:
            gap = [t for t in range(c.j + 1, i) if bare(nkey(doc.tokens[t].text), "auxiliaries") not in fw("auxiliaries")]
            if gap:
                return None
        return _first_conjunct(doc, chunks, c)
    return None


def _first_conjunct(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """«جون ألين، ونائبه بريت ماكغورك وصلا»: the subject is the first of the coordinated actors."""
    k = chunks.index(c)
    while k > 0:
        cur = chunks[k]
        prev = chunks[k - 1]
        if cur.coord and prev.prep is None and cur.i - prev.j <= 2:
            k -= 1
            continue
        if not cur.coord and prev.coord and prev.j + 1 == cur.i and prev.entity is None:
            k -= 1  # «ونائبه» + name
            continue
        break
    first = chunks[k]
    return first if first.entity is not None else c


def _first_after(chunks: list[Chunk], j: int, limit: int) -> Chunk | None:
    for c in chunks:
        if c.i > j:
            return c if c.i - j <= limit else None
    return None


def _expand_targets(chunks: list[Chunk], first: Chunk) -> list[Chunk]:
    """«إلى بلجيكا والأردن ومصر وتركيا» → four targets."""
    out = [first]
    k = chunks.index(first)
    last = first
    for c in chunks[k + 1 :]:
        if c.i <= last.j:
            continue
        if not (c.coord and c.i == last.j + 1):
            break
        if c.entity is not None and c.etype == first.etype:
            out.append(c)
            last = c
        elif c.entity is None and c.title and first.etype == "PERSON":
            # «حيدر العبادي ورئيس أركان الجيش ابا بكر زيباري»
            p = next((d for d in chunks if d.i > c.j and d.i - c.j <= TITLE_WINDOW), None)
            if p is None or p.etype != "PERSON" or p.prep is not None:
                break
            out.append(p)
            last = p
        else:
            break
    return out


def _owner(chunks: list[Chunk], c: Chunk) -> Chunk:
    """«قواعد وتجمعات التنظيم», «تجمعات لتنظيم داعش»: a non-entity phrase stands for the entity it belongs to
    (genitive, or its «لـ» paraphrase)."""
    if c.entity is not None:
        return c
    k = chunks.index(c)
    prev = c
    for d in chunks[k + 1 : k + 3]:
        if d.i != prev.j + 1 or (d.prep is not None and not (d.prep == "ل" and d.entity is not None)):
            break
        if d.entity is not None:
            return d
        prev = d
    return c


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
RELAY_VERBS = ("استهدف", "طال")  # «ضربة استهدفت X», «غارات طالت X»
GROUPS = ("ORGANIZATION",)


def is_relay(tok: Token) -> bool:
    """A targeting verb after a force trigger («غارات استهدفت ...»): it names the object, not a new event."""
    return nkey(tok.text).startswith(RELAY_VERBS)


def _enclitic(tok: Token) -> str:
    """The object/possessive pronoun on a token: the word layer's enclitic, or where it left the token whole a
    written «ـهم/ـها/ـهما» on a long word (a bare «ـه» is too often part of the stem: «اتجاه», «مياه»)."""
    w = tok.words
    if len(w) > 1 and w[-1].kind == "enclitic":
        return w[-1].norm
    text = tok.text
    for pron in ("هما", "هم", "ها"):
        if text.endswith(pron) and len(text) - len(pron) >= 4:
            return pron
    return ""


def _pronoun_target(
    doc: Doc, chunks: list[Chunk], hit: Hit, target: Chunk | None, source: Chunk | None, sent_start: int
) -> Chunk | None:
    """The referent of an object pronoun: on a phrase after the trigger («استهدفت معاقلهم»: the strongholds of
    them) or on the trigger itself («باستهدافهم», «تستهدفها»). After a relative («الأهداف التي تستهدفها») the
    pronoun resumes the head noun before it; otherwise it is the nearest group named before it in this sentence
    or the one before (not the source): «... على يد تنظيم داعش ... ضربة عسكرية استهدفت معاقلهم» → ISIS."""
    if target is not None:
        if _enclitic(doc.tokens[target.j]) not in OBJECT_PRONOUNS:
            return None
        at, i = target, target.i
    else:
        if _enclitic(doc.tokens[hit.i]) not in OBJECT_PRONOUNS:
            return None
        at, i = None, hit.i
        rel = i - 1
        if rel > sent_start and bare(nkey(doc.tokens[rel].text), "relatives") in fw("relatives"):
            head = next((c for c in reversed(chunks) if c.j == rel - 1), None)
            if head is None or head.entity is not None:
                return head
            noun = doc.tokens[rel - 1]  # the head noun itself, not the whole run of words before it
            return _chunk(doc.tokens, rel - 1, rel - 1, noun.start, noun.end, None, None, None, False)
    if at is None:
        lo, hi = doc.tokens[i].start, doc.tokens[i].end
    else:
        lo, hi = at.start, at.end
    own = source.entity if source is not None else None
    prev_start = 0
    for sent in doc.sentences:
        if sent.start >= doc.tokens[sent_start].start:
            break
        prev_start = sent.start
    best: tuple[int, str, str] | None = None
    for ent in doc.entities:
        if ent.type not in GROUPS or ent.id == own or ent.attrs.get("kind") == "gov":
            continue
        for m in ent.mentions:
            if prev_start <= m.start and m.end <= lo and (best is None or m.start > best[0]):
                best = (m.start, ent.id, ent.type)
    if at is None and _enclitic(doc.tokens[i]) == "هم":
        # «وسنتعقب الإرهابين ... سنقوم باستهدافهم»: the trigger's object is a definite plural noun nearer than
        # any named group (a possessive, «معاقلهم», belongs to a group: that is left to the named groups)
        for t in range(i - 1, sent_start - 1, -1):
            word = doc.tokens[t]
            if best is not None and word.start <= best[0]:
                break
            stem = next((w.norm for w in word.words if w.kind == "stem"), "")
            if stem.startswith("ال") and stem.endswith(("ين", "ون")) and len(stem) > 6:
                return _chunk(doc.tokens, t, t, word.start, word.end, None, None, None, False)
    if best is None:
        return None
    tok_i = at.i if at is not None else i
    tok_j = at.j if at is not None else i
    return Chunk(tok_i, tok_j, lo, hi, best[1], best[2], at.prep if at else None, False, False, False, False)


REFLEXIVE = ("نفسه", "نفسها", "انفسهم", "أنفسهم", "نفسيهما", "انفسهن", "أنفسهن")
ACTING_PLACES = ("country", "capital")  # a state acts, and a capital as its government; a town does not


def _reflexive(doc: Doc, k: int, end: int) -> bool:
    return k < end and doc.tokens[k].text in REFLEXIVE


def _can_act(doc: Doc, c: Chunk) -> bool:
    """Whether a chunk can be an event's source: not a town or region (a place acts only as a state or its
    capital), not a time expression («فجر امس», «الاحد الماضي»)."""
    if c.entity is not None:
        if c.etype in PLACES:
            ent = doc.entity(c.entity)
            return ent is not None and ent.attrs.get("kind") in ACTING_PLACES
        return True
    return not _in_time(doc, c)


def _in_time(doc: Doc, c: Chunk) -> bool:
    """Does the chunk overlap a time expression («فجر امس», «قبل ظهر اليوم»)?"""
    return any(t.start < c.end and c.start < t.end for t in doc.times)


def _in_place_word(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """«في محافظة دير الزور»: the place name follows «في» + a place word (its own chunk)."""
    if k == 0:
        return False
    p = chunks[k - 1]
    return p.prep == "في" and p.entity is None and p.i == p.j == chunks[k].i - 1 and nkey(
        doc.tokens[p.i].text) in _PLACE_WORDS  # fmt: skip


VICTIM_NOUNS = frozenset(nkey(w) for w in ("جرحى", "قتلى", "ضحايا", "مصابين", "مصابون", "شهداء"))


def _victims(hit: Hit) -> bool:
    """A noun trigger naming the victims («الجرحى», «قتلى»), not the act."""
    return hit.pos == "N" and hit.cand.key.removeprefix("ال") in VICTIM_NOUNS


def find_args(doc: Doc, hit: Hit, chunks: list[Chunk], sent_start: int, sent_end: int, limit: int) -> Args:
    """Apply the frame of ``hit.entry`` to the chunks of its sentence (token indices are doc.tokens indices)."""
    e = hit.entry
    args = Args()
    nominal = hit.pos == "N"
    source: Chunk | None = None
    obj_from = hit.j
    if nominal:
        nxt = _first_after(chunks, hit.j, 1)
        if e.gen == "src" and nxt is not None and nxt.prep is None and nxt.etype in PLACES:
            args.targets = [nxt]  # «زيارة العراق»: the genitive place is visited, not visiting
        elif e.gen == "src" and nxt is not None and nxt.prep is None:
            source = resolve_title(chunks, nxt, doc)
            obj_from = source.j
        if source is None:
            source = _agent(doc, chunks, hit)
        if source is None:
            if not _victims(hit):  # «الجرحى», «القتلى» name the victims: their agent is said, never guessed
                source = _subject_before(doc, chunks, hit.i, sent_start, nominal=True)
    else:
        plural = hit.cand.key.endswith(("وا", "ون"))
        source = _subject_before(doc, chunks, hit.i, sent_start, nominal=False, plural=plural)
        if source is None:
            nxt = _first_after(chunks, hit.j, 2)
            if nxt is not None and nxt.prep is None and not _breaks_between(doc, hit.j + 1, nxt.i):
                if nxt.number:  # «قتل 5 أشخاص»: the unvocalised passive, the number phrase is the patient
                    args.targets = [nxt]
                    source = _agent(doc, chunks, hit)  # «... على يد مسلحين»
                else:
                    source = resolve_title(chunks, nxt, doc)
                    obj_from = source.j
                    if source is not nxt:
                        obj_from = max(obj_from, nxt.j)
    # skip a coordinated co-subject («ألين ونائبه ماكغورك»)
    rest = [c for c in chunks if c.i > obj_from]
    while rest and source is not None and rest[0].coord and rest[0].prep is None and rest[0].i <= obj_from + 3:
        obj_from = rest[0].j
        rest = rest[1:]
    if source is not None and source.i > hit.j and rest and rest[0].title and rest[0].i == source.j + 1:
        # the source's apposition title («استقبل الشيخ تميم ... أمير دولة قطر، ... وزراء خارجية دول ...»): the
        # object comes after the comma that closes it
        comma = next((t for t in range(rest[0].i, min(sent_end, rest[0].i + 8)) if doc.tokens[t].text in ("،", ",")),
                     None)  # fmt: skip
        if comma is not None:
            obj_from = comma
            rest = [c for c in rest if c.i > comma]
            # past the place and time adverbials that may follow it («في مكتبه ... قبل ظهر اليوم، وزراء ...»)
            bare_first = next((c for c in rest if c.prep is None and c.i <= comma + 14 and not _in_time(doc, c)), None)
            if bare_first is not None:
                rest = [c for c in rest if c.i >= bare_first.i]
    if args.targets is None:
        target: Chunk | None = None
        for c in rest:
            if c.i >= limit or _breaks_between(doc, hit.j + 1, c.i, relatives=False):
                break
            if nominal and any(doc.tokens[t].text in ("،", ",") for t in range(hit.j + 1, c.i)):
                break
            if c.prep is not None and c.prep in e.preps:
                target = c
                break
            if c.prep is None and c is rest[0] and not c.coord:
                if nominal and e.gen == "tgt" and c.i == hit.j + 1:
                    k = chunks.index(c)
                    obj = chunks[k + 1] if k + 1 < len(chunks) else None
                    lam = obj is not None and (obj.prep == "ل" or nkey(doc.tokens[obj.i].text).startswith("ل"))
                    if obj is not None and obj.i == c.j + 1 and lam:
                        source, target = c, obj  # «اقتحام السلطات لمكاتب الشركة»: genitive agent, «لـ» object
                    else:
                        target = c
                    break
                if not nominal and e.obj:
                    target = c
                    break
            if c.i - hit.j > 24:
                break
        if target is not None:
            target = _owner(chunks, target)
            args.targets = _expand_targets(chunks, target)
    if e.addressee and not nominal and source is not None and source.i > hit.j and source.etype != "PERSON":
        # «ودعا المجتمع الدولي إلى ...»: one noun phrase before the complement → it is the addressee; but a
        # person named there is the one who calls («دعا الرئيس الفرنسي فرنسوا هولاند إلى ...»)
        second = [c for c in rest if c.prep is None and c.i <= source.j + 2]
        if not second or (args.targets and args.targets[0] is source):
            args.targets = [source]
            source = None
    if source is not None and not nominal and _reflexive(doc, hit.j + 1, sent_end) and source.i > hit.j:
        # «فجر نفسه»: the one who blew himself up is named before the verb, never after it
        source = _subject_before(doc, chunks, hit.i, sent_start, nominal=False)
    if source is not None and not _can_act(doc, source):
        source = None
    args.source = source
    if not args.targets:
        # «ضربة عسكرية استهدفت معاقلهم», «شنت غارات استهدفت»: the object follows a targeting verb
        k = hit.j + 1
        if k < sent_end and is_relay(doc.tokens[k]):
            nxt = _first_after(chunks, k, 1)
            if nxt is not None and nxt.prep is None:
                args.targets = [_owner(chunks, nxt)]
    if not args.targets or (len(args.targets) == 1 and args.targets[0].entity is None):
        # the trigger's own object pronoun first («تستهدفها»: it has no other direct object), then a phrase's
        on_trigger = _enclitic(doc.tokens[hit.i]) in OBJECT_PRONOUNS
        if on_trigger and args.targets and args.targets[0].prep is not None:
            on_trigger = False
        pron = _pronoun_target(
            doc, chunks, hit, None if on_trigger or not args.targets else args.targets[0], source, sent_start
        )
        if pron is not None or on_trigger:
            args.targets = [pron] if pron is not None else None
    # location: «في» + a place, nearest to the trigger in the sentence
    best: tuple[int, Chunk] | None = None
    for k, c in enumerate(chunks):
        if c.etype in PLACES and (c.prep == "في" or _in_place_word(doc, chunks, k)):
            lo, hi = (hit.j + 1, c.i) if c.i > hit.j else (c.j + 1, hit.i)
            if _breaks_between(doc, lo, hi, relatives=False):
                # «… في منهاتن … إن الضحايا تعرضوا للقتل»: a place of another clause (a relative clause on the
                # trigger, «الهجمات التي ضربت … في منهاتن», still tells where)
                continue
            d = abs(c.i - hit.i)
            if best is None or d < best[0]:
                best = (d, c)
    if best is not None:
        args.location = best[1]
    elif args.targets and args.targets[0].etype in PLACES and e.code.startswith("04"):
        args.location = args.targets[0]
    return args
