"""Where a tagger's name overlaps mentions the rules found (:func:`reconcile`, called by
:func:`.tagmentions.tagger_mentions`): a person name the rules cut short is widened to the tagger's end («أبو أيوب» +
«المصري»), a town far from the news gives way to the tagger's person («خافيير سولانا»), a town inside a longer name
to the body or person («ريال مدريد»), a run of name words to the tagger's place («خان يونس»); and the word tests
that decide it (a name-like word, «و» on a name word, the preposition «على» that folds to «علي»).
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from ..text.numbers import is_ordinal
from .gazetteer import NEAR_STATES, PLACE_CUES, Gazetteer, clitic_variants
from .mentionedits import reend
from .nameends import accusative_noun_last, plural_verb_last, possessed_noun_last
from .namerun import given_and_family, plain_name, rare_family
from .units import JOINERS, NASAB, PARTICLES, TAKES_NEXT

VERB_NEGATIONS = frozenset(norm_key(w) for w in ("لن", "لم", "ولن", "ولم", "فلن", "فلم"))


def far_town(m: Mention, gaz: Gazetteer) -> bool:
    """A town outside the Arab states and their neighbours whose name a name list has («سولانا»)."""
    e = gaz.by_id.get(str(m.attrs.get("gid") or "")) if m.type == "LOCATION" and m.attrs.get("kind") == "city" else None
    return e is not None and e.country not in NEAR_STATES and gaz.name_word(m.key) is not None


def _conjoined_name(word: str, gaz: Gazetteer) -> bool:
    """«وعبد», «ومحمد»: the conjunction «و» on a name word (but «وليد», «وائل» are names themselves)."""
    if len(word) < 4 or word[0] != "و":
        return False
    whole, rest = norm_key(word), norm_key(word[1:])
    w = gaz.name_word(rest)
    return gaz.name_word(whole) is None and (rest in JOINERS or (w is not None and bool(w.flags)))


def reconcile(
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
        reend(doc, m, end)
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
    or an unknown word that is no function word, title, place, body or common word («لام» + «أكول»), no indefinite
    accusative of a common noun («آبي» + «جهودا»: efforts), no dual or plural verb («عمر» + «انسحبا») and no
    common noun with a possessive pronoun («حمد بن عيسى» + «دعمه»: his support)."""
    if (k,) in gaz.titles or k in gaz.stop or accusative_noun_last(k, gaz) or plural_verb_last(k, gaz) \
            or possessed_noun_last(k, gaz):  # (no «دعمه»: his support, the verb's object after the name)
        return False
    if gaz.name_word(k) is not None or k in gaz.nisba or k in PARTICLES:
        return True
    if (k,) in gaz.phrases or (k,) in gaz.complements or (k,) in gaz.org_heads:
        return False
    return len(k) >= 3 and not k.startswith("ال") and k.isalpha()
