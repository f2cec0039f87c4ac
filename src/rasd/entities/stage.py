"""The ``entities`` stage: mentions (rules over gazetteers ∪ the statistical tagger) → one entity per referent.

Order of work for one document:
1. rules (:mod:`.recognize`): titles and the names after them, government bodies, gazetteer names, Western
   name runs; the dateline place;
2. the CRF tagger's spans (:mod:`.crf`, when its model is installed) where the rules found nothing;
3. readings of ambiguous places from the countries named nearby and the towns in their sentence (عمان: Amman
   next to Jordan, else Oman);
4. clustering (:mod:`.resolve`), then surname-/first-name-only mentions, titles without a name and anaphoric
   nouns attached to the entities they refer to; attributes (country, actor, roles, latin).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..doc import Doc, Mention, Token
from ..pipeline import stage
from ..text.normalize import norm_key
from ..text.numbers import is_ordinal
from .gazetteer import PLACE_CUES, Entry, Gazetteer, clitic_variants, load, pronoun_reading
from ..events.forms import fw
from .lookups import enthusiasm
from .attach import aide_before_name, attach_appositions, compound_given
from .attach import common_noun_after_name, representative_after_name, royal_before_doctor, common_word_last, retype_persons, split_listed_first, sheikh_family, title_given, verb_given
from .attach_places import common_place_nouns, compass_outside, dateline_mention, disambiguate, settlement_names, things_named
from .recognize import INSTITUTIONS, Recognizer
from .names import near
from .namerun import NAME_FINALS, given_and_family, known_before_name, plain_name, rare_family
from .resolve import Resolver, sentence_tokens
from .crf import load_lexicon, spans
from .taggers import NerTagger, chosen, load_tagger
from .units import JOINERS, NASAB, PARTICLES, TAKES_NEXT
from .trim import VERB_NEGATIONS, _described_group as _described_group, _trimmed
from .trim import adjective_read_as_name, common_alone, far_town, join_initials, noun_and_nisba
from .trim import _verb_like as _verb_like, second_name, western_particle
from .sport import club_reading, country_clubs, sport_word, team_towns
from .tagspans import adjective_after_noun, definite_given_before, region_adjective, verbal_noun_body
from .tagspans import (TRIBES, _adjectival_place, _after_place_word, _common_noun_name, _common_word_alone,
                       _join_tails, _name_tails, _people, _qualified, _quoted, clitic_given_before, title_adjective)

TAG_TYPES = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}


def _tagger() -> NerTagger | None:
    """The statistical tagger (:func:`.taggers.chosen`: the ensemble unless ``RASD_NER`` says otherwise, read at
    each document, so a change of the variable takes effect), or None where its model is not installed (then the
    rules work alone)."""
    return _tagger_of(chosen())  # a bad RASD_NER value is the user's error: it is raised, not swallowed


@lru_cache(maxsize=4)
def _tagger_of(kind: str) -> NerTagger | None:
    try:
        return load_tagger(kind)
    except (OSError, ImportError):  # no model file or no runtime installed
        return None


@lru_cache(maxsize=1)
def _recognizer() -> Recognizer:
    """The rules over the shipped gazetteer, kept (with what they memoise about words) across documents."""
    return Recognizer(load())


def _covered(doc: Doc, mentions: list[Mention]) -> bytearray:
    """One byte per character of the text: 1 where a mention lies."""
    cov = bytearray(len(doc.text))
    for m in mentions:
        cov[m.start : m.end] = b"\x01" * (m.end - m.start)
    return cov


_CURRENCIES = frozenset(norm_key(w) for w in ("ريال", "دولار", "يورو", "دينار", "جنيه", "درهم", "ليرة", "روبل", "ين"))
# words that close a surname and never stand alone: Turkish «أوغلو» (son of), Persian «زاده»
# with the article too («اليورو», «الدولار»), but not «الين»: it is also a spelling of Allen
_CURRENCIES_DEF = frozenset("ال" + c for c in _CURRENCIES if len(c) >= 4)


def _sporty(doc: Doc) -> bool:
    """Does the text talk sport (a club, a match, a league...)? Then a town's name may be its club."""
    return any(sport_word(t) for t in doc.tokens)


def _official_alone(surface: str, gaz: Gazetteer) -> bool:
    """Is ``surface`` (or its form without a clitic) the surname of a listed official that is no given name,
    common word, country adjective, place or body («أوباما», «بوتين»)?"""
    for k, _, _ in clitic_variants(surface):
        if (k,) in gaz.phrases or not gaz.surname_alone(k):
            return False
        if gaz.official_surname(k):
            return True
    return False


def _foreign_surname(key: str, surnames: set[str]) -> bool:
    """Is ``key``, a word in «ف/ب/ل/ك/و», the surname of a full name found in the document that no clitic explains
    («فوروساوا»: «وروساوا» is no word; but «بجراح» is «ب» + «جراح», wounds)?"""
    rest = key[1:]
    return key in surnames and not rest.startswith(("ال", "ل")) and load_lexicon().freq.get(rest, 0) < 30


def _another_given(known: Entry, firsts: Iterable[str], gaz: Gazetteer) -> bool:
    """Does the document name a man with ``known``'s surname by another given name («عبد الرحمن الحاج» against the
    lexicon's «فرانسوا الحاج»; not «سيرجي لافروف» for «سيرغي», nor a verb the tagger joined, «أدان كيري»)?"""
    mine = norm_key(known.name.split()[0])
    for first in firsts:
        w = gaz.name_word(first)
        if w is not None and ("g" in w.flags or "w" in w.flags) and first != mine and not near(first, mine):
            return True
    return False


def _named_after(place: Token, title: Token, gaz: Gazetteer) -> bool:
    """«مركز الملك», «جامعة الأمير», «لمستشفى الملك»: an institution word and a title, the name that follows is the
    institution's."""
    return any(v in INSTITUTIONS for v, _, _ in clitic_variants(place.text)) and any(
        (v,) in gaz.titles for v, _, _ in clitic_variants(title.text))


def _conjoined_name(word: str, gaz: Gazetteer) -> bool:
    """«وعبد», «ومحمد»: the conjunction «و» on a name word (but «وليد», «وائل» are names themselves)."""
    if len(word) < 4 or word[0] != "و":
        return False
    whole, rest = norm_key(word), norm_key(word[1:])
    w = gaz.name_word(rest)
    return gaz.name_word(whole) is None and (rest in JOINERS or (w is not None and bool(w.flags)))


def _reconcile(
    doc: Doc, typ: str, start: int, end: int, have: list[Mention], gaz: Gazetteer, sport: bool = False
) -> bool:
    """Settle a tagger span that overlaps rule mentions; True when the tagger's span is to be added.

    A person name the rules cut short is widened to the tagger's end («أبو أيوب» + «المصري»); a small town the
    gazetteer knows inside a longer tagger name gives way to it («ريال مدريد» ORG, «خافيير سولانا» PERS).
    """
    inside = [m for m in have if m.start < end and start < m.end]
    if typ == "PERS" and len(inside) == 1 and inside[0].type == "PERSON" and start < inside[0].start \
            and inside[0].end > end and norm_key(inside[0].text.split()[0]) in NASAB:
        end = inside[0].end  # «علي بن أبي» + the rules' «بن أبي طالب»: the given name the rules left off
    if not inside or min(m.start for m in inside) < start or max(m.end for m in inside) > end:
        return False
    if typ == "PERS" and any(far_town(m, gaz) for m in inside) and not any(
            k in PLACE_CUES or k in VERB_NEGATIONS for w in doc.text[:start].split()[-1:]
            for k, _, _ in clitic_variants(w)):
        # «وقال سولانا», «المنسق خافيير سولانا»: a person's name that is also a town far from the news (Sullana,
        # Peru); the tagger's person wins unless a place preposition or noun comes before it (or «لن», «لم»: a
        # verb, «ولن أنسى», is neither)
        for m in [m for m in inside if far_town(m, gaz)]:
            have.remove(m)
        inside = [m for m in inside if not far_town(m, gaz)]
        if not inside:
            return True
    if typ == "PERS" and len(inside) == 1 and inside[0].type == "PERSON" and (
        inside[0].end < end or inside[0].start > start
    ):
        m = inside[0]
        lead = doc.text[start : m.start].split()[:1]
        if lead and _conjoined_name(lead[0], gaz):
            start += 1  # «وعبد اللطيف»: the conjunction is not the name's
        elif start < m.start and not any(ch.isspace() for ch in doc.text[start : m.start]):
            start = m.start  # «ممثلة بستيفان دي ميستورا»: the rules read «ب» off the name; the tagger kept it
        before = [norm_key(w) for w in doc.text[start : m.start].split()]
        after = [norm_key(w) for w in doc.text[m.end : end].split()]
        # (a word after «عبد», «أبو», «بن» is the name's whatever it is: «محمد» + «عبد السلام»)
        words = [norm_key(w) for w in doc.text[start:end].split()]
        taken = [words[i] for i in (*range(len(before)), *range(len(words) - len(after), len(words)))
                 if not (i and words[i - 1] in TAKES_NEXT and len(words[i]) > 1)]
        # (a rare definite word after a given and a father's name is the family name: «عثمان محمد» + «الأغبش»)
        family = len(after) == 1 and not before and (  # (after a lone given name: «محمد» + «الماضي»)
            rare_family(gaz, after[0]) if len(m.text.split()) >= 2 else given_and_family(gaz, m.key, after[0]))
        if not all(_name_like(k, gaz) or family for k in taken) or any(k in gaz.nisba or k.startswith("ال") for k in before):
            return False  # name words (عبدالله + الثاني), a family nisba (أبو أيوب + المصري), a foreign surname
        if len(m.text.split()) == 1 and not before and any(
                k.startswith("ال") and "c" in getattr(gaz.name_word(k), "flags", "") and not is_ordinal(k)
                and not k.endswith("ي") and k not in gaz.nisba for k in after):
            return False  # «قدم الدكتور نصيف» + «الشكر»: after a name alone, a definite common word is the verb's object
            # (a regnal number or a family nisba is the name's: «الملك رمسيس الثالث», «خالد المصري»)
        if any((v,) in gaz.titles for w in doc.text[start : m.start].split() for v, _, _ in clitic_variants(w)):
            return False  # «للملا عمر»: the title the rules read before the name stays out of it
        if _preposition_ala(doc.text[m.end : end].split(), doc.text[end:].split()[:1], gaz):
            return False  # «الدكتور خالد» + «على موقف قطر»: the preposition, no «علي» of his name
        m.start = start
        m.end = end
        m.text = doc.text[m.start : end]
        m.key = norm_key(m.text)
        m.attrs["widened_by"] = "model"
        if before and m.attrs.get("kind") == "person":
            # «عبد اللطيف بن عبد الله صالح ...»: a listed person's name found inside a longer one is a father's or
            # grandfather's; the man named is someone else
            for k in ("gid", "kind"):
                m.attrs.pop(k, None)
        return False
    if sport and typ == "ORG" and len(inside) == 1 and inside[0].type == "LOCATION" \
            and inside[0].attrs.get("kind") == "city" and (inside[0].start, inside[0].end) == (start, end):
        have.remove(inside[0])  # «برشلونة» the club, in a text on sport: a town's name the tagger read as a team
        return True
    if typ in ("LOC", "ORG") and all(m.source == "names" for m in inside):
        for m in inside:  # «خان يونس»: a place, not a run of name words
            have.remove(m)
        return True
    kinds = {m.attrs.get("kind") for m in inside}
    longer = end - start > max(m.end - m.start for m in inside)
    if all(m.type == "LOCATION" for m in inside) and (
        (typ == "PERS" and longer and kinds <= {"city"})
        or (typ == "ORG" and longer and kinds <= {"city", "capital", "region"})
    ):  # a town inside a longer name (a region in a body's: «جامعة فلوريدا»); a city the tagger alone calls a person
        # («إلى عدن») stays a city
        for m in inside:
            have.remove(m)
        return True
    return False


def _preposition_ala(after: list[str], nxt: list[str], gaz: Gazetteer) -> bool:
    """Do the words a tagger's person runs on with (``after``) hold «على» written with alif maqsura, the preposition
    (which folds to the name «علي»), before a word that is no plain name (``nxt``, the word after the span, where
    «على» ends it: «على موقف», a noun in construct)?"""
    for n, w in enumerate(after):
        if w.endswith("ى") and norm_key(w).endswith("علي"):
            rest = (after[n + 1 :] or nxt)[:1]
            return not rest or not plain_name(gaz, norm_key(rest[0])) or not gaz.is_name_word(norm_key(rest[0]))
    return False


def _name_like(k: str, gaz: Gazetteer) -> bool:
    """A word the tagger may add to a person name the rules found: a name word or particle, a family nisba,
    or an unknown word that is no function word, title, place, body or common word («لام» + «أكول»)."""
    if (k,) in gaz.titles or k in gaz.stop:
        return False
    if gaz.name_word(k) is not None or k in gaz.nisba or k in PARTICLES:
        return True
    if (k,) in gaz.phrases or (k,) in gaz.complements or (k,) in gaz.org_heads:
        return False
    return len(k) >= 3 and not k.startswith("ال") and k.isalpha()


_NAME_PROCLITICS = frozenset("وفبل")
_MEDIA_HEADS = tuple(norm_key(w) for w in ("قناة", "صحيفة", "جريدة", "وكالة", "شبكة", "مجلة"))
_GROUP_HEADS = tuple(norm_key(w) for w in ("تنظيم", "جبهة", "حركة", "جماعة", "حزب"))


def tagger_mentions(
    doc: Doc, sents: list[list[Token]], gaz: Gazetteer, have: list[Mention], tagger: NerTagger | None,
    titles: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """The tagger's names, reconciled with the mentions the rules found (``have``); none inside a title the rules
    read (``titles``: «خادم الحرمين الشريفين»)."""
    if tagger is None or not sents:
        return []
    labels = tagger.tag_doc([[t.text for t in s] for s in sents])
    covered = _covered(doc, have)
    # the full person names the tagger found: «فوروساوا» alone is the surname of one of them, not «ف» + a word
    tagged_full = [[norm_key(t.text) for t in toks[s:e]] for toks, labs in zip(sents, labels, strict=False)
                   for s, e, typ in spans(labs) if typ == "PERS" and e - s >= 2]  # fmt: skip
    surnames = {words[-1] for words in tagged_full}
    full = tagged_full + [[norm_key(w) for w in m.text.split()] for m in have
                          if m.type == "PERSON" and len(m.text.split()) >= 2]  # fmt: skip
    # surname -> the first words of the full person names ending with it (the tagger's and the rules')
    firsts: dict[str, set[str]] = {}
    for words in full:
        firsts.setdefault(words[-1], set()).add(words[0])
    tails = _name_tails(full)
    named = {w for words in full for w in words}
    sport: bool | None = None  # read once, when a tagger span first meets a rule mention (see _reconcile)
    out: list[Mention] = []
    nouns: set[str] = set()  # the common nouns of a noun and its country adjective the tagger took for a person
    for toks, labs in zip(sents, labels, strict=False):
        if tails:
            _join_tails(toks, labs, tails)
        split_listed_first(toks, labs, have, covered, gaz)
        joined: set[int] = set()  # where a person run was split at «و» + a definite name
        i = 0
        while i < len(labs):
            if not labs[i].startswith("B-"):
                i += 1
                continue
            typ = labs[i][2:]
            j = i + 1
            while j < len(labs) and labs[j] == "I-" + typ:
                if typ == "PERS" and len(toks[j].text) > 4 and (toks[j].text.startswith("وال") or (
                        toks[j].text.startswith("و") and second_name(norm_key(toks[j].text), norm_key(toks[j - 1].text), gaz))):
                    labs[j] = "B-PERS"  # «الكعبي والكواري», «كيري ولافروف», «خروشوف وتيتو»: two men, joined by «و»
                    joined.add(j)
                    break
                if typ == "PERS" and j == i + 1 and j + 1 < len(labs) and labs[j + 1] == "I-PERS" and known_before_name(
                        gaz, *(norm_key(t.text) for t in toks[i : i + 3])):
                    labs[j] = "B-PERS"  # «(محامي) كلينتون ديفيد كيندال»: Clinton, then the man named after him
                    break
                j += 1
            if typ == "PERS" and j - i == 2 and j < len(toks) and labs[j] == "O" and isinstance(
                    listed := gaz.phrases.get((norm_key(toks[i].text), norm_key(toks[j].text))), Entry) \
                    and listed.type == "PERSON":
                j += 1  # «خالد محفوظ» + «بحاح»: the listed «خالد بحاح», named with his father's name
            elif typ == "PERS" and j < len(toks) and norm_key(toks[j].text) in NAME_FINALS:
                j += 1  # «جاويش أوغلو», «أخند زاده»: the word that closes a Turkish or Persian surname
            elif typ == "PERS" and j + 1 < len(toks) and norm_key(toks[j + 1].text) in NAME_FINALS \
                    and toks[j].text.isalpha() and labs[j] == "O":
                j += 2  # «بولنت» + «بوستان أوغلو»: the surname's two words
            if typ == "PERS" and j - i >= 2 and j < len(toks) and norm_key(toks[j - 1].text) in NASAB \
                    and toks[j].text.isalpha():
                j += 1  # «أحمد بن حاضر»: a particle of descent is followed by the father's name
            if typ == "ORG" and j - i <= 2 and norm_key(toks[i].text) in fw("committee_heads"):
                while j < len(toks) and j - i < 5 and labs[j] == "O" and toks[j].text.isalpha() \
                        and (k := norm_key(toks[j].text).removeprefix("و")).startswith("ال") \
                        and (k[2:],) not in gaz.titles and (k,) not in gaz.titles:
                    j += 1  # «لجنة» + «الأمن والدفاع النيابية»: the committee's portfolio and its adjective
            b = i  # where the tagged run starts in ``toks``
            i = j
            club = club_reading(toks, toks[b], gaz) if j - b == 1 else None
            span = [toks[b]] if club else _trimmed(doc, toks, b, j, typ, gaz)  # («مرمى العربي»: no adjective)
            if club is None and span is not None and len(span) == 1:
                club = club_reading(toks, span[0], gaz)
            if span is None or (_people(span, gaz) and not club):
                continue  # (a people or a community: «الأكراد», «السنة والشيعة», «الأكراد العراقيون»; but the
                # club «العربي» in a sentence of sport)
            if typ == "PERS" and adjective_read_as_name(toks, b, span, gaz):
                continue  # «قيادي طالباني», «إن الاجتماع ناجح»: an adjective
            if typ == "PERS" and adjective_after_noun(toks, b, span, gaz, named):
                continue  # «حوار جاد»: a serious dialogue, no man named Jad
            if typ == "PERS" and title_adjective(toks, b, span, gaz):
                continue  # «القائد الناجح»: a title and its adjective, no one's name
            if typ == "PERS" and labs[b - 1 if b else 0] == "O" and definite_given_before(toks, b, span, gaz, covered):
                b -= 1  # «الطيب البكوش»: his definite given name too
                span = [toks[b], *span]
            elif typ == "PERS" and clitic_given_before(toks, b, span, gaz, covered):
                b -= 1  # «للساعدي القذافي»: his given name too, after «ل»
                span = [toks[b], *span]
            if club is False:
                continue  # «النصر على الإرهاب», «السلم الأهلي»: the common word, no club
            if club:
                typ = "ORG"  # «فريق النصر»: the club
            if typ in ("LOC", "ORG") and len(span) == 1 and _official_alone(span[0].text, gaz) \
                    and not _qualified(toks, b, j, span[0], gaz):  # «جبال قنديل», «منطقة الحسيني»: places
                typ = "PERS"  # «إدارة أوباما»: the tagger's place or body is an official known by his surname
            start, end = span[0].start, span[-1].end
            if any(ts <= start and end <= te for ts, te in titles):
                continue
            if typ == "PERS" and span[0] is toks[b] and b >= 2 and _named_after(toks[b - 2], toks[b - 1], gaz):
                continue  # «مركز الملك سلمان»: an institution named after the king, not the king
            if typ == "PERS" and _after_place_word(toks, b, j, span[0], gaz):
                typ = "LOC"  # «جزيرة لاريونيون», «بلدة عين عيسى»: a place word names the place after it
            if any(covered[start:end]):
                if sport is None:
                    sport = _sporty(doc)
                if not _reconcile(doc, typ, start, end, have, gaz, sport):
                    continue
            adjectival: tuple[Entry, int] | None = None
            if typ == "LOC" and len(span) == 1 and any(
                k.removeprefix("ال") in gaz.adjectival for k, _, _ in clitic_variants(span[0].text)
            ):
                adjectival = _adjectival_place(toks, span[0], have, gaz)
                if adjectival is None:
                    continue  # «دعم مالي», «الدعم المالي»: the adjective (financial), not the country Mali
            keys = [norm_key(t.text) for t in span]
            whole = typ == "PERS" and len(span) == 1 and _foreign_surname(keys[0], surnames)  # «بلومب»: no «ب»
            whole = whole or (typ == "PERS" and western_particle(span, gaz))  # «فان نيستلروي»: no «ف»
            entry: Entry | None = None
            off = 0
            read = ""  # the clitic reading the name was found by («العبادي» in «للعبادي»)
            for key, o, _ in clitic_variants(span[0].text):
                e = gaz.phrases.get((key, *keys[1:]))
                if e is not None:
                    entry, off, read = e, o, key
                    break
                if o and typ == "PERS" and not whole and gaz.is_name_word(key) and not gaz.is_name_word(keys[0]):
                    off, read = o, key  # («للساعدي»: ل + «الساعدي», the article's alef unwritten)
            if adjectival is not None:
                entry, off = adjectival
            if entry is not None and len(span) == 1 and pronoun_reading(
                    span[0].text[off:], entry, toks[b - 1].text if b and span[0] is toks[b] else ""):
                continue  # «بريده» (his mail), not «بريدة»
            if entry is not None and len(span) == 1 and span[0] is toks[b] and entry.type == "ORGANIZATION" \
                    and enthusiasm(span[0].text, off, toks[b - 1].text if b else "",
                                   toks[b + 1].text if b + 1 < len(toks) else ""):
                continue  # «شاركوا بحماس»: with enthusiasm, not with Hamas
            if b in joined and span[0] is toks[b]:  # «(الكعبي) والكواري»: the second name, without «و»
                off = 1
                keys[0] = keys[0][1:]
            if entry is None and len(span) == 1 and typ != "MISC" and not _qualified(toks, b, j, span[0], gaz):
                # «إردوغان وأوباما» with no full name in the article: the one official the lexicon knows (not
                # «فالتر بوش», another man, nor «جبال قنديل», a mountain)
                for key, o, _ in clitic_variants(span[0].text):
                    if key in TRIBES:
                        break  # «العتيبي» alone: one of a tribe's many men, not the one the lexicon lists
                    if (known := gaz.known_by_surname(key, doc.date)) is not None:
                        if _another_given(known, firsts.get(key, ()), gaz):
                            break  # «الحاج» after «عبد الرحمن الحاج»: that man, not the official «فرانسوا الحاج»
                        if common_alone(span[0].text, key, o, known.name, doc, gaz):
                            break  # «بحر» (sea), «فريد» (unique): a common word, not the official «أحمد بحر»
                        entry, off, read = known, o, key
                        break
            if entry is None and typ == "PERS" and len(span) >= 2:
                # «فرنسوا هولاند» for the lexicon's «فرانسوا هولاند»: one official, a spelling variant of his name
                entry = gaz.known_variant(keys, doc.date, near)
            if entry is None and typ == "ORG":
                # the tagger's «القاعدة», «النصرة»: the group the gazetteer knows with its head word
                entry = next((e for h in _GROUP_HEADS if (e := gaz.phrases.get((h, *keys))) is not None), None)
            if entry is None and typ == "ORG" and _quoted(doc, start, end):
                # «الجزيرة» in quotation marks: «قناة الجزيرة», a channel the list knows (not the island)
                entry = next((e for h in _MEDIA_HEADS if (e := gaz.phrases.get((h, *keys))) is not None
                              and e.kind == "media"), None)
            form: str | None = None
            lead = span[0].words
            if off == 0 and entry is None and not whole and lead and lead[0].kind == "proclitic" and all(
                w.form in _NAME_PROCLITICS for w in lead if w.kind == "proclitic"
            ):
                # «للاتحاد البريدي», «وللجزيرة»: conjunctions and prepositions are not part of the name (but a
                # future «س» or «ك» read off a foreign name, «سيسكو», «كاولا», is the segmenter's guess: kept)
                stem = next((w for w in lead if w.kind != "proclitic"), None)
                if stem is not None and stem.start < end:
                    off = stem.start - span[0].start
                    if stem.form != doc.text[stem.start : stem.end]:  # «لجزيرة» written for «الجزيرة»
                        form = stem.form + doc.text[stem.end : end]
            start += off
            text = doc.text[start:end]
            if form is None and off and read.startswith("ال") and not norm_key(text).startswith("ا"):
                form = "ا" + text  # «للعبادي»: ل + «العبادي», the article's alef unwritten
            if entry is not None and entry.kind == "city" and typ in ("PERS", "ORG"):
                entry = None  # «سولانا» the man, «برشلونة» the club: the tagger read the context
            if entry is not None:
                m = Mention(start, end, text, entry.type, "model", norm_key(form or text), None,
                            {"gid": entry.id, "kind": entry.kind, "tag": typ})
            else:
                w = gaz.name_word(keys[0])
                if typ == "PERS" and len(span) == 1 and (w is None and (
                    keys[0] in gaz.stop or (keys[0][:1] in "بلكوف" and not _foreign_surname(keys[0], surnames))
                    or keys[0].startswith("ال")
                ) or (w is not None and "c" in w.flags) or keys[0] in gaz.nisba or keys[0] in _CURRENCIES):
                    continue  # «الميليشيات», «بزعامة», «ثاني»: a common word the tagger took for a name
                if typ == "PERS" and len(span) == 1 and gaz.people_adjective(keys[0]) and keys[0] not in firsts:
                    continue  # «وأضاف الكردي»: a people's adjective alone is no one's name (but the surname of a
                    # full name the article gives is that man's)
                if typ == "PERS" and _common_noun_name(keys, text, doc, gaz):
                    continue  # «مؤسس», «ورشة», «قيادي برلماني»: frequent words of no name list, named once
                if typ == "PERS" and noun_and_nisba(keys, gaz):
                    nouns.add(keys[0].removeprefix("ال"))  # «جيب تركي»: so is «الجيب» alone in the article
                    continue
                if typ == "PERS" and len(span) == 2 and keys[1].startswith("ال") and gaz.name_word(keys[1]) is None \
                        and keys[1] not in gaz.nisba and not keys[1].endswith("ي") and keys[0] not in TAKES_NEXT:
                    continue  # «حسن الجوار» (good neighbourliness): a word and a definite noun, not a name (but
                    # «أبو العيش»: a word after «أبو», «عبد» is a name's)
                if typ != "PERS" and not club and region_adjective(keys):
                    continue  # «جولته الشرق أوسطية»: an adjective of a region, no place
                if typ == "ORG" and not club and verbal_noun_body(toks, span, gaz):
                    continue  # «الإخلال بالأمن»: a verbal noun and its object, no body
                k0 = norm_key(form) if form is not None else keys[0]  # «لليورو» is «اليورو»
                if len(span) == 1 and typ != "PERS" and not club and (k0 in gaz.nisba or k0 in _CURRENCIES or k0 in _CURRENCIES_DEF):
                    continue  # «(مؤسسة النقد العربي) السعودي», «150 مليار ريال»: an adjective or a currency
                if len(span) == 1 and typ == "MISC" and _common_word_alone(k0, gaz) and not _quoted(doc, start, end):
                    continue  # «الهاون» (mortar): a frequent word of no name list names no thing (places are left:
                    # «البلقان», «كولورادو» are as frequent; so are bodies: one-word definite ORGs, the clubs
                    # «الأهلي», «الاتحاد», lost 2-4 ORG F1 on ANERcorp; a name in quotation marks is one: «ويندوز»)
                m = Mention(start, end, text, TAG_TYPES.get(typ, typ), "model", norm_key(form or text), None,
                            {"tag": typ})
            if form is not None:
                m.attrs["form"] = form
            out.append(m)
    return [m for m in out if not (m.type == "PERSON" and " " not in m.key and m.key.removeprefix("ال") in nouns)]


def analyze_entities(
    doc: Doc, gaz: Gazetteer | None = None, *, use_tagger: bool = True, tagger: NerTagger | None = None
) -> None:
    """Fill ``doc.mentions`` and ``doc.entities`` with ``tagger`` (default: the process's chosen one;
    ``use_tagger=False``: the rules alone, for comparison)."""
    sents = sentence_tokens(doc)
    found = (Recognizer(gaz) if gaz is not None else _recognizer()).find(doc, sents)
    gaz = gaz or load()
    mentions = list(found.mentions)
    dm = dateline_mention(doc, gaz, mentions)
    if dm is not None:
        mentions.append(dm)
    compass_outside(doc, mentions, gaz)
    titles = [(t.start, t.end) for t in found.titles]
    tagged = tagger_mentions(doc, sents, gaz, mentions, tagger or _tagger(), titles) if use_tagger else []
    compound_given(doc, tagged, mentions)
    title_given(doc, found, tagged, mentions, gaz)
    verb_given(doc, tagged, mentions, gaz)
    sheikh_family(doc, found, tagged, gaz)
    retype_persons(found.mentions, tagged)
    mentions.extend(tagged)
    join_initials(doc, mentions, gaz)
    common_noun_after_name(doc, mentions, gaz)
    common_word_last(doc, mentions, gaz)
    settlement_names(doc, mentions, gaz)
    common_place_nouns(doc, mentions, gaz)
    things_named(doc, mentions, gaz)
    team_towns(sents, mentions)
    country_clubs(sents, mentions)
    royal_before_doctor(mentions)
    attach_appositions(doc, found, mentions)
    representative_after_name(doc, gaz, mentions)
    aide_before_name(doc, found, mentions, gaz)
    disambiguate(doc, mentions, found, gaz)
    res = Resolver(gaz)
    clusters = res.cluster(doc, mentions)
    res.widen_to_particle(doc, clusters)
    covered = _covered(doc, mentions)
    extra = res.name_only(doc, clusters, covered)
    covered = _covered(doc, mentions + extra)
    extra += res.titles_only(doc, found, clusters, covered)
    covered = _covered(doc, mentions + extra)
    extra += res.anaphors(doc, clusters, covered)
    doc.entities = res.entities(doc, clusters, found)
    doc.mentions = sorted(mentions + extra, key=lambda m: (m.start, m.end))


@stage("entities", requires=("tokens", "sentences"), assigns=("mentions", "entities"))
def entities_stage(doc: Doc) -> None:
    analyze_entities(doc)
