"""Collective actors named by a description the other rules leave without an entity (round 136), so that events
can take them as sources and targets:

- the forces loyal to a sitting head of state («القوات الموالية للرئيس عبد ربه منصور هادي», «والقوات الموالية
  لهادي», «القوات الموالية لشرعية الرئيس هادي», «القوات الموالية للرئيس السوري بشار الأسد»): that state's armed
  forces (``XXXMIL``), one body with «القوات الحكومية» (:mod:`.forces`); the mention runs to the end of the
  leader's name (round en716), and the leader keeps his own PERSON mention inside it (round en802); the person must be one the gazetteer knows
  in a government office at the article's date; not a former one («للرئيس السابق», «للمخلوع», or one whose office
  has ended: the forces of a deposed leader may be rebels or a faction: no code is guessed), nor a group;
- a region's presidency («رئاسة إقليم كردستان», «رئاسة كردستان» where «إقليم كردستان» is a listed region): the
  region's own executive, of its state (``IRQGOV``, as «حكومة إقليم كردستان»), one body under both wordings;
- the Gulf states as a group («دول الخليج», «دول الخليج العربية», «الدول الخليجية»): the listed Gulf Cooperation
  Council, as «دول (5+1)» is the listed group of six (not inside a longer name: «مجلس التعاون لدول الخليج»); also
  after a word of place («في دول الخليج»: a later rule would read the words again as a body of no code).

The words are ``loyal_force_heads``, ``former_office_words``, ``region_presidency_heads`` and ``gulf_states_forms`` in
``function_words.json``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import folded_text
from .forces import FORCE_GID, FORCE_SECTOR
from .gazetteer import Entry, Gazetteer, actor_at
from .quotedbodies import clitic_forms, clitic_length

GCC_ID = "ORG:GCC"
MAX_NAME = 4  # words of a leader's name after «للرئيس»
_WORD = re.compile(r"[^\s«»\"()،,.؛:!؟?]+")
# What may stand between two words of one span (``_one_span``: no «،,.«»» nor a new line), as the folded text has it
# (:func:`_folded`: «؛» → «;», «؟» → «?»): the rest of what ``_WORD`` leaves out
_SPAN_GAP = r'(?:[^\S\n]|["();:!?])+'


def _mention(doc: Doc, start: int, end: int, source: str, **attrs: object) -> Mention:
    text = doc.text[start:end]
    return Mention(start, end, text, "ORGANIZATION", source, norm_key(text), None, dict(attrs))


def _free(mentions: list[Mention], start: int, end: int, inner: tuple[str, ...] = ()) -> bool:
    """May a new mention take [start, end)? Not where an organisation holds the span or a name reaches out of it;
    mentions inside it of the types ``inner`` (the leader's name) are dropped, any other inside one refuses it."""
    over = [o for o in mentions if o.start < end and start < o.end]
    if any(o.start < start or o.end > end or o.type not in inner for o in over):
        return False
    for o in over:
        mentions.remove(o)
    return True


@lru_cache(maxsize=8)  # (one per rule: its fixed word lists)
def _pair_pattern(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> re.Pattern[str]:
    """Where a word ending in one of ``firsts`` is followed in one span by one beginning with one of ``seconds``,
    in the folded text (a first word's proclitics come before it, its «ا» after «لل» is gone: pass the keys past
    them)."""
    return re.compile("(?:" + "|".join(map(re.escape, firsts)) + ")" + _SPAN_GAP
                      + "(?:" + "|".join(map(re.escape, seconds)) + ")")


def _cores(keys: frozenset[str]) -> tuple[str, ...]:
    """The keys without a first «ا» (which «لل» drops: «للقوات»), sorted: what each clitic form of one ends with."""
    return tuple(sorted({k[1:] if k.startswith("ا") else k for k in keys}))


def _doc_words(doc: Doc) -> tuple[list[re.Match[str]], list[str], dict[str, list[int]]]:
    """The words of ``doc.text``, their keys and where each key stands, made once per document
    (``Doc.memoized``)."""
    return doc.memoized("collective_words", ("text",), _find_words)


def _find_words(doc: Doc) -> tuple[list[re.Match[str]], list[str], dict[str, list[int]]]:
    """:func:`_doc_words`, made."""
    words = list(_WORD.finditer(doc.text))
    keys = [norm_key(w.group()) for w in words]
    at: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        at.setdefault(k, []).append(i)
    return words, keys, at


def _starts(at: dict[str, list[int]], heads: frozenset[str], stop: int) -> list[int]:
    """The indices below ``stop`` of the words that are a form of ``heads`` after a proclitic or none, in order."""
    return sorted(i for k in clitic_forms(heads).intersection(at) for i in at[k] if i < stop)


def _leader(g: Gazetteer, words: list[str], date: str | None) -> tuple[Entry, int] | None:
    """The known person the name at the start of ``words`` (keys) names, and its length: the longest listed full
    name, else a surname alone that one office holder bears (:meth:`.Gazetteer.known_by_surname`)."""
    for n in range(min(MAX_NAME, len(words)), 0, -1):
        e = g.phrases.get(tuple(words[:n]))
        if isinstance(e, Entry) and e.type == "PERSON":
            return e, n
    e = g.known_by_surname(words[0], date) if words else None
    return (e, 1) if e is not None else None


def _known_persons(g: Gazetteer, mentions: list[Mention]) -> list[tuple[int, Entry]]:
    """The persons the article names in full that the gazetteer knows, with where each is named."""
    return [(m.start, e) for m in mentions if m.type == "PERSON" and len(ks := m.key.split()) > 1
            and isinstance(e := g.phrases.get(tuple(ks)), Entry) and e.type == "PERSON"]


def _named_before(known: list[tuple[int, Entry]], key: str, before: int) -> tuple[Entry, int] | None:
    """A last name alone («لهادي») of the one known person the article names in full before it, and length 1."""
    got = {e.id: e for start, e in known if start < before and norm_key(e.name.split()[-1]) == key}
    return (next(iter(got.values())), 1) if len(got) == 1 else None


def _sitting_state(e: Entry, date: str | None) -> str | None:
    actor = actor_at(e.codes, date) if e.codes else e.actor
    if actor and len(actor) == 6 and actor.endswith("GOV") and actor[:3].isalpha() and actor[:3] not in ("IGO", "IMG"):
        return actor[:3]
    return None


def _loyal_code(e: Entry, date: str | None, former: bool) -> tuple[str, str, str] | None:
    """The country, actor code and id of the forces loyal to ``e``: a sitting head's state's army (``YEMMIL``, one
    body with «القوات الحكومية»); a former or deposed head's («للرئيس المخلوع علي عبد الله صالح», a former
    ``YEMGOV`` now ``YEMELI``) or a rebel's, his state's rebels (``YEMREB``), a body of its own per person."""
    iso = None if former else _sitting_state(e, date)
    if iso is not None:
        return iso, iso + FORCE_SECTOR, FORCE_GID + iso
    actor = actor_at(e.codes, date) if e.codes else e.actor
    if not actor or len(actor) != 6 or not actor[:3].isalpha() or actor[:3] in ("IGO", "IMG", "NGO"):
        return None
    was_head = any(c.endswith("GOV") and c[:3] == actor[:3] for c, _, _ in e.codes)
    if actor.endswith("REB") or was_head and (former or actor.endswith("ELI")):
        return actor[:3], actor[:3] + "REB", "ORGH:قوات موالية:" + e.id
    return None


def _loyal_name(keys: list[str], j: int, nisba: Mapping[str, str], former: frozenset[str]
                ) -> tuple[int, bool, list[str]] | None:
    """Where the name after «لـ» at ``j`` begins, whether a word of former office stands before it and its first
    keys: past «للرئيس (اليمني) (المخلوع)», «لشرعية الرئيس», «للمخلوع»; the first word without «لـ» (with «ال»
    back where «لل» took it: «للأسد» → «الاسد», tried as «لاسد» too by the caller)."""
    president, legit = norm_key("الرئيس"), norm_key("شرعية")
    first = keys[j][1:]
    back = "ا" + first  # («للرئيس» → «لرئيس» → «الرئيس»)
    cur = back if first.startswith("ل") and (back == president or back in former) else first
    k, was = j, False
    if cur == legit and j + 1 < len(keys) and keys[j + 1] == president:
        k, cur = j + 1, president
    while True:
        if cur == president or cur in nisba or cur == norm_key("الشرعي") and k > j:
            pass
        elif cur in former:
            was = True
        else:
            break
        k += 1
        if k >= len(keys):
            return None
        cur = keys[k]
    return k, was, [cur] + keys[k + 1 : k + MAX_NAME]


def loyal_forces(doc: Doc, mentions: list[Mention], g: Gazetteer) -> None:
    """«القوات الموالية لهادي» and its kin (see the module's doc): one mention to the end of the leader's name."""
    heads = fw_keys("loyal_force_heads")
    former = fw_keys("former_office_words")
    allegiance = fw_keys("loyal_allegiance_words")
    folded = _folded(doc)
    if norm_key("موال") not in folded or not _pair_pattern(_cores(heads), tuple(sorted(allegiance))).search(folded):
        return  # (no word of allegiance right after a head's: every one holds «موال»)
    words, keys, at = _doc_words(doc)
    starts = _starts(at, heads, len(words) - 3)
    if not starts:
        return
    known = _known_persons(g, mentions)  # (before the names inside the forces' mentions are taken off)
    for i in starts:
        off = clitic_length(keys[i], heads)
        if keys[i + 1] not in allegiance or not keys[i + 2].startswith("ل") \
                or not _one_span(doc, words, i, 3):
            continue
        parsed = _loyal_name(keys, i + 2, g.nisba, former)
        if parsed is None:
            continue
        j, was, name = parsed
        got = _leader(g, name, doc.date) or _named_before(known, name[0], words[j].start())
        if got is None and j == i + 2 and name[0].startswith("ل"):
            alt = ["ا" + name[0]] + name[1:]  # («للأسد» → «الاسد»)
            got = _leader(g, alt, doc.date) or _named_before(known, alt[0], words[j].start())
            name = alt
        if got is None or got[0].type != "PERSON":
            continue
        code = _loyal_code(got[0], doc.date, was)
        last = words[j + got[1] - 1]
        end = last.end()
        own = [m for m in mentions if m.type == "PERSON" and words[j].start() <= m.start and m.end <= end]
        if code is None or any(c in doc.text[words[i].start() : end] for c in "،,.«»\n") \
                or not _free(mentions, words[i].start() + off, end, ("PERSON",)):
            continue
        iso, actor, gid = code
        mentions.append(_mention(doc, words[i].start() + off, end, "pattern", gid=gid, kind="gov", country=iso,
                                 actor=actor, leader=" ".join(name[: got[1]]), leader_id=got[0].id))
        if own or name[0] in (keys[j], keys[j][1:]):  # (not «للأسد» alone: «الأسد» is not in the text)
            mentions.extend(own or [_leader_person(doc, words[j].start() + (j == i + 2), end)])


def _leader_person(doc: Doc, start: int, end: int) -> Mention:
    """The leader named inside the forces' mention is a person of the article all the same (round en802): «القوات
    الموالية للرئيس المخلوع علي عبد الله صالح» holds «علي عبد الله صالح», «القوات الموالية لهادي» holds «هادي»;
    his own mention lies inside the forces' (as «عدن» inside «مطار عدن»), clustered with his other mentions."""
    text = doc.text[start:end]
    return Mention(start, end, text, "PERSON", "pattern", norm_key(text), None, {"in_force": True})


def _one_span(doc: Doc, words: list[re.Match[str]], j: int, n: int) -> bool:
    """Are the ``n`` words from ``j`` there, with single spaces between them?"""
    return j + n <= len(words) and doc.text[words[j].start() : words[j + n - 1].end()].count(" ") == n - 1 \
        and not any(c in doc.text[words[j].start() : words[j + n - 1].end()] for c in "،,.«»\n")


def _region(g: Gazetteer, place: tuple[str, ...], region: str) -> Entry | None:
    """The listed region of one state named by ``place``, with or without «إقليم» before it."""
    e = g.phrases.get(place) or g.phrases.get((region, *place))
    return e if isinstance(e, Entry) and e.type == "LOCATION" and e.kind == "region" and e.country else None


def region_presidencies(doc: Doc, mentions: list[Mention], g: Gazetteer) -> None:
    """«رئاسة إقليم كردستان», «رئاسة كردستان»: the region's presidency, of its state's government."""
    heads = fw_keys("region_presidency_heads")
    region = norm_key("إقليم")
    folded = _folded(doc)
    if not any((h[1:] if h.startswith("ا") else h) in folded for h in heads):
        return  # (no head: each form of one holds the head, without the «ا» that «لل» drops)
    words, keys, at = _doc_words(doc)
    for i in _starts(at, heads, len(words) - 1):
        off = clitic_length(keys[i], heads)
        if doc.text[words[i].end() : words[i + 1].start()].strip():
            continue
        j = i + 2 if keys[i + 1] == region else i + 1
        got = next(((e, n) for n in (3, 2, 1) if _one_span(doc, words, j, n)
                    and (e := _region(g, tuple(keys[j : j + n]), region)) is not None), None)
        if got is None:
            continue
        e, n = got
        end = words[j + n - 1].end()
        if e.country is None or not _free(mentions, words[i].start() + off, end, ("LOCATION", "MISC")):
            continue
        mentions.append(_mention(doc, words[i].start() + off, end, "pattern", gid=f"ORGH:رئاسه:{e.id}",
                                 kind="gov", country=e.country, actor=e.country + "GOV"))


def gulf_states(doc: Doc, mentions: list[Mention], g: Gazetteer) -> None:
    """«دول الخليج (العربية)», «الدول الخليجية»: the Gulf Cooperation Council's states, its listed entry."""
    e = g.by_id.get(GCC_ID)
    if e is None:
        return
    forms = sorted(((tuple(norm_key(w) for w in f.split())) for f in fw("gulf_states_forms")), key=len, reverse=True)
    firsts = frozenset(f[0] for f in forms)
    folded = _folded(doc)
    if not any(len(f) < 2 for f in forms) and not _pair_pattern(
            _cores(firsts), tuple(sorted({f[1] for f in forms}))).search(folded):
        return  # (no form's second word right after a first's: a form matches whole)
    words, keys, at = _doc_words(doc)
    for i in _starts(at, firsts, len(words) - 1):
        off = clitic_length(keys[i], firsts)
        k0 = keys[i][off:] if keys[i][off:] in firsts else "ا" + keys[i][off:]
        n = next((len(f) for f in forms if f[0] == k0 and tuple(keys[i + 1 : i + len(f)]) == f[1:]
                  and _one_span(doc, words, i, len(f))), 0)
        if not n:
            continue
        end = words[i + n - 1].end()
        if _free(mentions, words[i].start() + off, end, ("LOCATION", "MISC")):
            mentions.append(_mention(doc, words[i].start() + off, end, "gazetteer", gid=e.id, kind=e.kind))


def _folded(doc: Doc) -> str:
    """``doc.text`` folded as :func:`norm_key` folds a word (the key of each word is a substring of it), made once
    per document (:func:`.dockeys.folded_text`): a rule whose words cannot all be there returns before the words
    are read."""
    return folded_text(doc)


def collective_actors(doc: Doc, mentions: list[Mention], g: Gazetteer) -> None:
    """The three rules of the module, in place on ``mentions``."""
    loyal_forces(doc, mentions, g)
    region_presidencies(doc, mentions, g)
    gulf_states(doc, mentions, g)
