"""Where a person's name ends: words that follow a name and are never part of it.

* a finite verb of movement or fate right after the name («عشماوي سافر إلى سوريا»: he travelled) ends it
  (the verbs of ``verbs_after_name``, a closed list; a word that name lists have as a given or family name is
  left alone);
* «و» + a title that opens a second person («جابر الأحمد الصباح وولي العهد»: and the crown prince) ends it,
  whatever transliteration list has «وولي» as a name;
* a frequent common noun no name list has (bare or after «و/ف»: «ومحمد» is a name), which takes the article as
  often («البريد»), opens no name: «بريد كلينتون» is Clinton's mail (a foreign given name frequent in the news,
  «وليام غالاس», never takes the article: it stays);
* a word in the accusative of an indefinite noun (its final «ا») whose bare form is a frequent common noun and
  neither form a name word ends a name: «عيّن فلانا نوابا للرئيس» (as deputies) is no part of the last man's name;
* a past verb in the dual or plural («انسحبا», «أكدوا»: they withdrew, they affirmed) whose forms the verb lists
  after a name (``verbs_after_name``, ``report_verbs``) hold is the name's verb, no part of it: the tagger's
  «الملا عمر انسحبا» ends on «عمر»;
* a frequent common noun with an attached possessive pronoun («دعمه»: his support; round en460) is the verb's object
  after the name, never a name word the tagger may run the name on with;
* a lone indefinite word in «ي» whose definite feminine («الأولمبية») is a frequent word, and no given name, is a
  relational adjective («رياضي أولمبي»: an Olympic athlete), no person.
"""

from __future__ import annotations

from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_variants
from .units import Unit

_COMMON_ZIPF10 = 40  # Zipf × 10 from which an Arabic word is common in the news («بريد»: 44)
_ARTICLE_ZIPF10 = 40  # ... and from which its form with the article is («البريد»: 48; «الوليام»: none)


def verb_after_name(surface: str, g: Gazetteer) -> bool:
    """Is ``surface``, the last word of a person run, the verb of which the name is the subject?"""
    k = norm_key(surface)
    w = g.name_word(k)
    return k in fw("verbs_after_name") and not (w is not None and {"g", "f"} & set(w.flags))


def titled_conjunct(g: Gazetteer, units: list[Unit], i: int) -> bool:
    """Does «و» + a title open at ``units[i]`` («وولي العهد», «ووزير الخارجية»): a second person, not a name
    word?"""
    k = units[i].key
    if len(k) < 3 or k[0] != "و":
        return False
    head = k[1:]
    for n in g.titles.lens.get(head, ()):
        words = (head, *(u.key for u in units[i + 1 : i + n]))
        if len(words) == n and words in g.titles:
            return True
    return False


def common_noun_first(first: str, second: str, g: Gazetteer) -> bool:
    """Does a person run open with a frequent indefinite word that no name list has, before a name word
    («بريد كلينتون»: Clinton's mail; the noun possesses the name, it is no part of it)?"""
    k = norm_key(first)
    freq = load_lexicon().freq
    return not k.startswith("ال") and len(k) >= 3 and k not in g.stop and not any(
        g.name_word(v) for v, _, p in clitic_variants(first) if p in ("", "و", "ف")) \
        and (k,) not in g.phrases and freq.get(k, 0) >= _COMMON_ZIPF10 \
        and freq.get("ال" + k, 0) >= _ARTICLE_ZIPF10 and g.is_name_word(norm_key(second))


def accusative_noun_last(surface: str, g: Gazetteer) -> bool:
    """Is ``surface`` (the last word of a person run) an indefinite accusative noun («نوابا»: as deputies), whose
    form without the final «ا» is a frequent word, neither form a given or family name («أمينا» is «أمين»'s: no)?"""
    k = norm_key(surface)
    if len(k) < 4 or not k.endswith("ا") or k.endswith("اا") or k.startswith("ال"):
        return False
    stem = k[:-1]
    return load_lexicon().freq.get(stem, 0) >= _COMMON_ZIPF10 and not any(
        (n := g.name_word(w)) is not None and n.flags for w in (k, stem)) \
        and (k,) not in g.phrases and (stem,) not in g.phrases  # (a rare transliteration, no flag, is no name)



def plural_verb_last(surface: str, g: Gazetteer) -> bool:
    """Is ``surface`` (the last word of a person run) a past verb with a dual «ـا» or plural «ـوا» ending
    («انسحبا», «أعلنوا»), some form of it (the bare perfect, «ـت», «ـا», «ـوا») in the verb lists after a name, and
    it no given or family name?"""
    k = norm_key(surface)
    if len(k) < 4 or not k.endswith("ا") or k.startswith("ال"):
        return False
    stem = k[:-2] if k.endswith("وا") else k[:-1]
    verbs = fw("verbs_after_name") | fw("report_verbs")
    w = g.name_word(k)
    named = w is not None and bool({"g", "f"} & set(w.flags))
    return bool({stem, stem + "ت", stem + "ا", stem + "وا"} & verbs) and not named

_POSSESSIVES = ("هما", "هم", "ها", "ه")  # the attached possessive pronouns of the third person, longest first


def possessed_noun_last(surface: str, g: Gazetteer) -> bool:
    """Is ``surface`` (a word a tagger runs a person's name on with) a frequent common noun with an attached
    possessive pronoun («دعمه»: his support, «حمد بن عيسى آل خليفة دعمه»), the bare noun and its form with the
    article frequent, and neither form a given or family name («عبده», «نصره», «نبيه»: no; a word only seen in a
    name list, «دعمه», is still the noun)?"""
    k = norm_key(surface)
    if k.startswith("ال"):
        return False
    freq = load_lexicon().freq
    for suffix in _POSSESSIVES:
        stem = k[: -len(suffix)]
        if k.endswith(suffix) and len(stem) >= 3:
            return freq.get(stem, 0) >= _COMMON_ZIPF10 and freq.get("ال" + stem, 0) >= _ARTICLE_ZIPF10 and not any(
                (n := g.name_word(w)) is not None and {"g", "f", "F"} & set(n.flags) for w in (k, stem)) \
                and (k,) not in g.phrases and (stem,) not in g.phrases
    return False


_ADJECTIVE_ZIPF10 = 43  # «الأولمبية» 45; a family name's feminine stays under it («الروحانية» 37, «الهاشمية» 39)


def relational_adjective(surface: str, g: Gazetteer) -> bool:
    """Is the lone word ``surface`` of a person run an indefinite relational adjective («أولمبي»: Olympic), its
    definite feminine frequent and it no given name?"""
    k = norm_key(surface)
    if len(k) < 4 or not k.endswith("ي") or k.startswith("ال"):
        return False
    n = g.name_word(k)
    return not (n is not None and "g" in n.flags) and load_lexicon().freq.get("ال" + k + "ه", 0) >= _ADJECTIVE_ZIPF10
