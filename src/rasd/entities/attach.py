"""After the rules and the tagger have named what they found, the persons: a tagger's name typed as a body or place
that is part of a person's name is that person; a name's given name or family word the tagger left out is taken in;
a title right after a person's name is that person's role (an apposition); a common word at a name's end is cut off.
Used by :mod:`.stage`; the places' part (the dateline, ambiguous places, ...) is :mod:`.attach_places`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys
from .crf import load_lexicon, spans
from ..text.normalize import norm_key
from .attributes import verb_gender
from .committeeheads import committee_sector
from .gazetteer import Gazetteer, NameWord
from .mentionedits import reend
from .names import name_parts, same_word
from .units import JOINERS, PARTICLES, Found


_DASHES = "-–—"  # a dash that sets a title off after a name, as a comma does

def retype_persons(rules: list[Mention], tagged: list[Mention]) -> None:
    """A tagger name typed ORG/LOC that is a part of a person found by the rules, or by the tagger with a full
    name, is that person: «تكليف آلين», «ميتسوهيرو فوروساوا ... وأكد فوروساوا»."""
    parts = {k for m in rules if m.type == "PERSON" for k in name_parts(m.text)}
    # parts of full names only the tagger found: matched exactly, never an «ال» word («العنابي», a team)
    weak = {k for m in tagged if m.type == "PERSON" and len(m.text.split()) >= 2 for k in name_parts(m.text)
            if not k.startswith("ال")}  # fmt: skip
    if not parts and not weak:
        return
    for m in tagged:
        if m.type == "PERSON" or m.attrs.get("gid"):
            continue
        mp = name_parts(m.text)
        if len(mp) == 1 and (mp[0] in weak or any(same_word(mp[0], p) for p in parts)):
            m.attrs["retyped"] = m.type
            m.type = "PERSON"


# Compound given names «X الدين», «X الإسلام»: the first half, then the second, which the tagger may take alone
_COMPOUND_SECOND = frozenset(norm_key(w) for w in ("الدين", "الإسلام"))
_COMPOUND_FIRST = frozenset(norm_key(w) for w in (
    "سيف", "نور", "عز", "صلاح", "شمس", "بدر", "علاء", "محيي", "محي", "سراج", "فخر", "جمال", "كمال", "نصر", "تاج",
    "عماد", "زين", "ضياء", "بهاء", "خير", "شرف", "حسام", "نجم", "قطب", "سعد", "ناصر", "شهاب", "عصام", "مجد"))
# Persian compound given names «X رضا» («حميد رضا محمدي», «محمد رضا باهنر»): the tagger may take «رضا» + surname
_REZA = norm_key("رضا")
_REZA_FIRST = frozenset(norm_key(w) for w in (
    "محمد", "علي", "حميد", "غلام", "أحمد", "حسن", "حسين", "مجيد", "أمير", "سعيد", "جواد", "مهدي"))


# Short Western given names the tagger leaves out before a foreign surname: «إد ميليباند», «ايد ميليباند»
# «ابنه», «نجله», «شقيقها»: a son or brother, before a name
_KIN = re.compile(r"^[وف]?(?:ابن|نجل|شقيق|اخ|اخو)(?:ه|ها|هم|ي)?$")
_SHORT_GIVEN = frozenset(norm_key(w) for w in ("إد", "ايد", "جو", "بن", "تيد", "بوب", "روب", "جيم", "توم", "نيك"))


def compound_given(doc: Doc, tagged: list[Mention], have: list[Mention]) -> None:
    """A tagger's name that opens on the second half of a compound given name, after its first half, is the
    person: «سيف الإسلام القذافي» (tagged «الإسلام القذافي»), «نور الدين» + a family name; so is a foreign surname
    after a short Western given name («ايد ميليباند», tagged «ميليباند» alone), and «رضا» + a surname after a Persian
    compound's first half («حميد رضا محمدي»)."""
    gone: set[int] = set()  # id() of the tagger's names joined into the one before them
    for m in tagged:
        if id(m) in gone:
            continue
        words = m.text.split()
        if m.attrs.get("gid") or not words:
            continue
        before = doc.text[: m.start]
        prev = before.rsplit(maxsplit=1)[-1:] if before.endswith(" ") else []
        if not prev:
            continue
        start = m.start - 1 - len(prev[0])  # where the word before it starts
        if norm_key(words[0]) in _COMPOUND_SECOND:
            if norm_key(prev[0]) not in _COMPOUND_FIRST:
                continue
            nxt = next((o for o in (*have, *tagged) if o.start == m.end + 1 and o.type == "PERSON"), None)
            if len(words) < 2 and m.type != "PERSON" and nxt is not None and " " not in nxt.text \
                    and doc.text[m.end] == " ":
                gone.add(id(nxt))  # «سيف الإسلام القذافي», tagged «الإسلام» and «القذافي»: one name
                m.end = nxt.end
            elif len(words) < 2 and m.type != "PERSON" and not _KIN.match(norm_key(
                    doc.text[:start].rsplit(maxsplit=1)[-1] if doc.text[:start].strip() else "")):
                continue  # («تيارات الإسلام»: the religion; a family name after it, «نجله» before it, a person)
        elif norm_key(words[0]) == _REZA:
            if m.type != "PERSON" or len(words) < 2 or norm_key(prev[0]) not in _REZA_FIRST:
                continue  # «حميد رضا محمدي», tagged «رضا محمدي»: one name (not «رضا» alone: a word, satisfaction)
        elif len(words) != 1 or m.key.startswith("ال") or norm_key(prev[0]) not in _SHORT_GIVEN:
            continue
        if grow_back(doc, m, start, (*have, *tagged)):
            m.type = "PERSON"
    if gone:
        have[:] = [o for o in have if id(o) not in gone]
        tagged[:] = [o for o in tagged if id(o) not in gone]


# «مستشار», «مستشارة» before a definite title: the adviser of its holder («مستشارة الرئيس أوباما»)
_ADVISERS = frozenset(norm_key(w) for w in ("مستشار", "مستشارة"))


def aide_before_name(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«بريت ماكغورك مساعد الجنرال الأميركي جون ألن», «أحمد بن دغر، نائب الرئيس اليمني علي عبد الله صالح»: a
    relation title («مساعد», «نائب») over a definite title, right after a person's name, is that person's; the
    name after it holds the inner title (the general, the president), not the aide's; a country the title names
    is the aide's too, with its sector («زغمار غابرييل، نائب المستشارة الألمانية أنجيلا ميركل»: DEUGOV)."""
    ends = {m.end: m for m in mentions if m.type == "PERSON"}
    for hit in found.titles:
        after = hit.person
        words = doc.text[hit.start : hit.end].split()
        if after is None or len(words) < 2 or not after.attrs.get("role"):
            continue
        head = norm_key(words[0])
        rel = gaz.titles.get((head,)) or gaz.titles.get((head[1:],) if head.startswith("و") else ())
        inner = gaz.titles.get((norm_key(words[1]),)) or gaz.titles.get((norm_key(words[1]).removeprefix("ال"),))
        # round en909: an indefinite «مستشار(ة)» over a definite title is an adviser («مستشارة الرئيس»), not an office
        adviser = head.removeprefix("و") in _ADVISERS
        if rel is None or (rel.kind != "relation" and not adviser) or inner is None \
                or not norm_key(words[1]).startswith("ال"):
            continue
        inner_start = hit.start + doc.text[hit.start : hit.end].index(words[1])
        k = hit.start
        while k > 0 and doc.text[k - 1] in " \t،,":
            k -= 1
        before = ends.get(k)
        if before is None or before is after or doc.text.count("،", k, hit.start) + doc.text.count(",", k, hit.start) > 1:
            if len(words) == 2 and inner.kind == "rank":
                # round en909: «كان منصور نائب الملا عمر»: the name after a rank («الملا», «الجنرال») is the rank's
                # holder, the principal; the aide is not named there, and the principal takes only his rank
                after.attrs.update(role=doc.text[inner_start : hit.end], head=norm_key(words[1]).removeprefix("ال"),
                                   title_kind=inner.kind)
                after.attrs.pop("after", None)
            continue
        role = doc.text[hit.start : hit.end]
        if before.attrs.get("role"):
            before.attrs["extra_roles"] = [*before.attrs.get("extra_roles", []), role]
        else:
            before.attrs.update(role=role, head=hit.head, title_kind=rel.kind)
            if hit.country:  # round en895: the deputy of «المستشارة الألمانية» serves that state, as its holder does
                before.attrs["role_country"] = hit.country
                if hit.sector:
                    before.attrs["sector"] = hit.sector
        after.attrs.update(role=doc.text[inner_start : hit.end], head=norm_key(words[1]).removeprefix("ال"),
                           title_kind=inner.kind)
        after.attrs.pop("after", None)
        hit.person = before


def attach_appositions(doc: Doc, found: Found, mentions: list[Mention]) -> None:
    """A title right after a person's name, with no name of its own, is his role: «ديمرتاش، رئيس حزب الشعوب»."""
    ends = {m.end: m for m in mentions if m.type == "PERSON"}
    starts = {m.start: m for m in mentions if m.type == "PERSON" and not m.attrs.get("role")}
    for hit in found.titles:
        if hit.person is not None or hit.relation:
            continue
        k = hit.start
        while k > 0 and doc.text[k - 1] in " \t،,":
            k -= 1
        if k > 0 and doc.text[k - 1] in _DASHES and k - 1 > 0 and doc.text[k - 2] == " ":
            k -= 2  # «كما كتب دومينيك دوفيلبان - رئيس الحكومة الفرنسية الأسبق -»: a title set off by dashes (round ents94)
        m = ends.get(k)
        if m is None:
            # «سكرتير الدولة للشؤون المحلية غريك كلارك», «المبعوث الأممي لليمن، إسماعيل ولد الشيخ أحمد»: a name
            # the tagger found right after the title (or its comma) that the rules could not read
            k = hit.end
            while k < len(doc.text) and doc.text[k] in " \t،,":
                k += 1
            m = starts.get(k)
            if m is None or doc.text.count(",", hit.end, k) + doc.text.count("،", hit.end, k) > 1:
                continue
        role = doc.text[hit.start : hit.end]
        if role.startswith("ل") and doc.text[hit.start - 1 : hit.start] == "ل":
            role = "ا" + role  # «للرئيس السابق»: the role is «الرئيس السابق», its alef elided after «ل»
        if m.attrs.get("role"):
            if m.attrs.get("title_kind") != "rank" or hit.kind == "relation" or hit.head == m.attrs.get("head") \
                    or (hit.kind == "rank" and " " not in doc.text[hit.start : hit.end].strip()):
                continue  # («المهندس خليل عبد الملك»: one rank word after a name is more often the name's)
            # «الدكتور خالد العطية وزير الخارجية القطري»: an office after a rank before the name; both are roles,
            # the office tells the sector, country and the head a later «وزير الخارجية» refers by («الأمير محمد
            # بن سلمان ولي ولي العهد»: a rank after a rank too, the later «ولي ولي العهد» is he)
            m.attrs["extra_roles"] = [*m.attrs.get("extra_roles", []), role]
            m.attrs.update(head=hit.head, title_kind=hit.kind)
        else:
            m.attrs.update(role=role, head=hit.head, title_kind=hit.kind)
        if sector := committee_sector(doc, hit, m.attrs.get("sector")):  # «السناتور X رئيس اللجنة المالية»: LEG
            m.attrs["sector"] = sector
        if hit.country:
            m.attrs["role_country"] = hit.country
        hit.person = m


def split_listed_first(toks: list[Token], labs: list[str], have: list[Mention], covered: bytearray,
                       gaz: Gazetteer) -> None:
    """Two tagger person runs of two words or more, side by side, that the rules read as one name after a title
    («عين الرئيس السوداني عمر البشير ميني ميناوي»): where the first run is a listed person's full name, they are two
    men, the second the verb's object. The rules' mention ends with the first; the second is left to the tagger."""
    for s, e, typ in spans(labs):  # one run: a listed full name closed by a family name, then two name words
        keys = [t.norm_key for t in toks[s:e]]
        for k in range(2, e - s - 1) if typ == "PERS" else ():
            if keys[k - 1].startswith("ال") and not (set(keys[k:]) & (PARTICLES | JOINERS)) \
                    and not any(w.startswith("ال") for w in keys[k:]) \
                    and getattr(gaz.phrases.get(tuple(keys[:k])), "kind", "") == "person":
                labs[s + k] = "B-PERS"
                break
    runs = [(s, e) for s, e, typ in spans(labs) if typ == "PERS"]
    for (s1, e1), (s2, e2) in zip(runs, runs[1:], strict=False):
        if e1 != s2 or e1 - s1 < 2 or e2 - s2 < 2:
            continue
        m = next((m for m in have if m.type == "PERSON" and m.start == toks[s1].start and m.end == toks[e2 - 1].end),
                 None)
        entry = gaz.phrases.get(tuple(t.norm_key for t in toks[s1:e1]))
        if m is None or entry is None or entry.kind != "person":
            continue
        m.end = toks[e1 - 1].end
        m.text = m.text[: m.end - m.start]
        m.key = norm_key(m.text)
        m.attrs.update(gid=entry.id, kind=entry.kind)
        covered[toks[s2].start : toks[e2 - 1].end] = b"\x00" * (toks[e2 - 1].end - toks[s2].start)


def title_given(doc: Doc, found: Found, tagged: list[Mention], have: list[Mention], gaz: Gazetteer) -> None:
    """A tagger's one-word name right after a given name that follows a title («آية الله علي | السيستاني», «العميد
    ركن فضل | حسن», the tagger's name the surname alone): the given name is his, one name «علي السيستاني». Not after
    a word of no title («نظام صدام», «طالب رفلين»: the given name is a common word there)."""
    ends = {t.end for t in found.titles}
    for m in tagged:
        if m.type != "PERSON" or m.attrs.get("gid") or len(m.text.split()) != 1 or not doc.text[: m.start].endswith(" "):
            continue
        prev = doc.text[: m.start].rsplit(maxsplit=1)[-1:]
        if not prev or prev[0].endswith("ى") or not prev[0].isalpha():
            continue  # («على», a preposition the key folds with «علي»)
        start = m.start - 1 - len(prev[0])
        k = norm_key(prev[0])
        w = definite_given(k, gaz) if k.startswith("ال") else gaz.name_word(k)
        if w is None or not ({"g", "F"} & set(w.flags)) or not after_title(doc.text[:start].rstrip(), ends, gaz):
            continue
        grow_back(doc, m, start, (*have, *tagged))


def after_title(before: str, ends: set[int], gaz: Gazetteer) -> bool:
    """Does ``before`` end with a title, or with a title and its portfolio that a pronoun owns («ووزير خارجيته»,
    «وزيرة دفاعها»: his/her foreign minister)?"""
    if len(before) in ends:
        return True
    head, _, last = before.rpartition(" ")
    k = norm_key(last)
    for suffix in ("هما", "هم", "ها", "ه"):
        if k.endswith(suffix) and len(k) > len(suffix) + 2:
            stem = k[: -len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return ("ال" + stem,) in gaz.complements and len(head.rstrip()) in ends
    return False


def definite_given(k: str, gaz: Gazetteer) -> NameWord | None:
    """The given name a word with the article is («الطيب», «الهادي», «الصادق»: Maghrebi given names written so),
    when the lists read its bare form as a given name and the definite form as no common word, family name, title,
    country adjective or function word («الأمير», «العربي», «الخطيب»: no given names there)."""
    own = gaz.names.get(k)
    if own is None or {"c", "f"} & set(own.flags) or (k,) in gaz.titles or k in gaz.nisba or k in gaz.stop:
        return None
    return gaz.names.get(k[2:])


def verb_given(doc: Doc, tagged: list[Mention], have: list[Mention], gaz: Gazetteer) -> None:
    """A tagger's one-word name right after a given name that follows a singular reporting verb of its gender
    («وقالت نادية | السقاف», «وأضاف خالد | العمري»: the tagger's name the surname alone): the given name is the
    person's, one name. A woman's given name after «قالت», a man's after «قال»; no other word («وقال أمس السقاف», «قال بها القرضاوي»: he said it)."""
    for m in tagged:
        if m.type != "PERSON" or m.attrs.get("gid") or len(m.text.split()) != 1 or not doc.text[: m.start].endswith(" "):
            continue
        prev = doc.text[: m.start].rsplit(maxsplit=1)[-1:]
        if not prev or not prev[0].isalpha() or norm_key(prev[0]).startswith("ال"):
            continue
        start = m.start - 1 - len(prev[0])
        w = gaz.name_word(norm_key(prev[0]))
        gender = verb_gender(doc.text, start) if start > 0 else None
        if w is None or gender is None or ("F" if gender == "f" else "g") not in w.flags \
                or (norm_key(prev[0]),) in gaz.titles or norm_key(prev[0]) in gaz.stop:  # «قال بها»: of it
            continue
        grow_back(doc, m, start, (*have, *tagged))


def sheikh_family(doc: Doc, found: Found, tagged: list[Mention], gaz: Gazetteer) -> None:
    """«الشيخ» right after a tagger's person whose name ends with a given name («وأضاف عبد العزيز | الشيخ أن»), with
    no name word after it, is his family name (Al al-Sheikh), not a title before a name: the name takes it and the
    title is dropped. A given name after it is the sheikh's («محمد الشيخ أحمد»)."""
    for m in tagged:
        words = [norm_key(w) for w in m.text.split()]
        if m.type != "PERSON" or m.attrs.get("gid") or not words or doc.text[m.end : m.end + 1] != " ":
            continue
        last = gaz.name_word(words[-1])
        if not (last is not None and "g" in last.flags or len(words) >= 2 and words[-2] in JOINERS):
            continue
        hit = next((t for t in found.titles if t.start == m.end + 1 and norm_key(doc.text[t.start : t.end]) == "الشيخ"), None)
        if hit is None:
            continue
        nxt = doc.text[hit.end :].split()[:1]
        w = gaz.name_word(norm_key(nxt[0])) if nxt and nxt[0].isalpha() else None
        if w is not None and {"g", "F"} & set(w.flags) or any(o is not m and o.start >= hit.start and o.start < hit.end + 2
                                                                for o in tagged):
            continue
        found.titles.remove(hit)
        reend(doc, m, hit.end)


def common_noun_after_name(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«كان شودري طالب قانون», «شودري طالب في جامعة»: the tagger's last word of a person's name that is a noun of
    an occupation («طالب», a student), with a preposition or a noun after it (its complement, no name word, no title),
    is no part of the name where the article names the person without it elsewhere («شودري»)."""
    freq = load_lexicon().freq
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or m.source != "model" or m.attrs.get("gid") or len(words) < 2:
            continue
        last = norm_key(words[-1])
        n = next((at[k] for k in (m.end + 1, m.end + 2) if k in at and toks[at[k]].start > m.end), None)
        if last not in fw("occupation_nouns") or n is None or doc.text[m.end : toks[n].start].strip():
            continue
        nxt = toks[n].norm_key
        w = gaz.name_word(nxt)
        complement = nxt in fw("prepositions") or (
            len(nxt) >= 3 and freq.get(nxt, 0) >= 40 and (w is None or not {"g", "f"} & set(w.flags))
            and (nxt.removeprefix("ال"),) not in gaz.titles and nxt not in gaz.stop)
        rest = " ".join(words[:-1])
        if not complement or doc.text.count(rest) <= doc.text.count(m.text):
            continue
        m.end = m.start + len(rest)
        m.text = rest
        m.key = norm_key(rest)
        m.attrs["cut_common"] = words[-1]


def common_word_last(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«الأمير سلمان برقية تهنئة», «شقيقه أحمد بجراح خطيرة»: the last word of a person's name that no name list
    has, an indefinite word frequent in news (Zipf ≥ 3), after a given name the lists have and before another
    indefinite word of no name (its complement or adjective, no punctuation between), is the noun after the name,
    no part of it («سعد دوابشة،» keeps its family name, as does a word the article writes after other given names)."""
    freq = load_lexicon().freq
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or m.source not in ("model", "title") or m.attrs.get("gid") or len(words) < 2:
            continue
        last = norm_key(words[-1])
        if last.startswith("ال") or gaz.name_word(last) is not None or freq.get(last, 0) < 30 \
                or last in gaz.stop or norm_key(words[-2]) in PARTICLES | {"عبد", "ابو"} \
                or not all(gaz.is_name_word(norm_key(w)) for w in words[:-1]) \
                or not any("g" in getattr(gaz.name_word(norm_key(w)), "flags", "") for w in words[:-1]):
            continue
        n = next((at[k] for k in (m.end + 1, m.end + 2) if k in at and toks[at[k]].start > m.end), None)
        if n is None or doc.text[m.end : toks[n].start].strip():
            continue
        nxt = toks[n].norm_key
        if not nxt[:1].isalpha() or nxt.startswith("ال") or gaz.is_name_word(nxt) or len(nxt) < 3 \
                or nxt in gaz.stop or nxt in fw("complementizers") or nxt in fw("prepositions"):
            continue  # («سامر بدلة إن ...»: a particle after the name says nothing of its last word)
        if any(t.norm_key == last and k and (p := toks[k - 1].norm_key) != norm_key(words[-2])
               and gaz.name_word(p) is not None for k, t in enumerate(toks)):
            continue  # «علي دوابشة» ... «سائد دوابشة أحد أعمامه»: a family name the article gives other men too
        rest = " ".join(words[:-1])
        m.end = m.start + len(rest)
        m.text = rest
        m.key = norm_key(rest)
        m.attrs["cut_common"] = words[-1]


def grow_back(doc: Doc, m: Mention, start: int, others: Sequence[Mention]) -> bool:
    """Start mention ``m`` earlier, at ``start`` (a name word before it), unless another mention holds those
    characters; whether it grew."""
    if any(o is not m and o.start < m.start and o.end > start for o in others):
        return False
    m.start = start
    m.text = doc.text[start : m.end]
    m.key = norm_key(m.text)
    return True


def royal_before_doctor(mentions: list[Mention]) -> None:
    """«الوفد المرافق لولي ولي العهد الدكتور ماجد القصبي»: a royal office («ولي العهد», «الملك») before an
    academic honorific («الدكتور», «المهندس») and a name is another man's (the prince, named by his office alone); the
    man named is the doctor only."""
    royal = fw_keys("royal_offices")
    honor = fw_keys("academic_honorifics")
    for m in mentions:
        words = str(m.attrs.get("role") or "").split()
        if m.type != "PERSON" or len(words) < 2 or norm_key(words[-1]) not in honor:
            continue
        office = norm_key(" ".join(words[:-1]))
        if not any(office in (r, "ل" + r, "و" + r, "ول" + r, "ل" + r.removeprefix("ال")) for r in royal):
            continue
        m.attrs.update(role=words[-1], head=norm_key(words[-1]).removeprefix("ال"), title_kind="rank")
        for k in ("sector", "role_country"):
            m.attrs.pop(k, None)


def representative_after_name(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """«أحمد بن صالح الحميدان ممثلاً لوزارة العمل»: «ممثلاً», «مندوباً» and a body after «ل» right after a person's
    name is that person's role (the body's sector and country with it)."""
    reps = fw_keys("representative_words")
    bodies = {m.start: m for m in mentions if m.type == "ORGANIZATION"}
    for m in mentions:
        if m.type != "PERSON":
            continue
        k = m.end
        while k < len(doc.text) and doc.text[k] in " ،,":
            k += 1
        word = doc.text[k:].split(maxsplit=1)[:1]
        if not word or norm_key(word[0]) not in reps or doc.text.count("،", m.end, k) + doc.text.count(",", m.end, k) > 1:
            continue
        j = k + len(word[0]) + 1
        body = bodies.get(j + 1) if doc.text[j : j + 1] == "ل" else None
        if body is None:
            continue
        role = doc.text[k : body.end]
        e = gaz.by_id.get(str(body.attrs.get("gid")))
        sector = e.actor[3:] if e is not None and e.actor and len(e.actor) == 6 and e.country else None
        if m.attrs.get("role"):
            m.attrs["extra_roles"] = [*m.attrs.get("extra_roles", []), role]
        else:
            m.attrs["role"] = role
        m.attrs.update(head=norm_key(word[0]).removesuffix("ا").removesuffix("ة"), title_kind="office")
        if sector and e is not None:
            m.attrs.update(sector=sector, role_country=e.country)
