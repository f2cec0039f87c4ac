"""Round au1006: the Latin of a body named by a common head and a country is its English gloss.

Half the bodies of real news have no Latin form: only a listed body (orgs.tsv) had one, so «الجيش المصري», «البرلمان
التركي», «وزارة الخارجية البريطانية», «حكومة الإمارات» went out with none. Their words are read from the reviewed
title table (:mod:`.titlegloss`, ``title_glosses.tsv``): a body noun («حكومة» "the Government", «وزارة» "the
Ministry»), the portfolios after it («الخارجية» "Foreign Affairs"), and last a country adjective (its English
adjective before the body: "Egyptian Army") or a listed place ("Government of the United Arab Emirates"). A name with
any other word (a preposition, a word the table lacks) keeps no Latin: no romanised common noun is made up.

Round en1009: a body noun with a kind's adjective right after it («القوات الحكومية» "Government Forces", «الجيش
الوطني», «القوات الحكومية السورية» "Syrian Government Forces"; :data:`_KINDS`), and a regime, government, army or
forces named by the surname of a person the document names («نظام الأسد» "Asad Regime" where «بشار الأسد» is
"Bashar al-Asad", «قوات القذافي»): the surname of his Latin form before the head.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from ..events.group_lexicon import demonyms
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .names import same_word
from .titlegloss import country_name, gloss_segments

# a country whose bodies go by a shorter adjective than its people's («الإدارة الأميركية» "US Administration")
_BODY_ADJECTIVES = {"USA": "US"}
# the United States' ministries are departments, two of them by other words («وزارة الخارجية الأميركية» "US
# Department of State", «وزارة الدفاع الأميركية» "US Department of Defense", «وزارة الخزانة الأميركية» "US Department
# of the Treasury")
_US_DEPARTMENTS = {"Foreign Affairs": "State", "Defence": "Defense"}
# forces named by whom they serve go by that word before them («قوات النظام» "Regime Forces", «جيش النظام السوري»
# "Syrian Regime Army"), not "Forces of the Regime"
_COMPOUND_HEADS = ("Forces", "Army")
# a portfolio alone («الداخلية الإيرانية») is the ministry's short name: no "Iranian Interior"
_PORTFOLIOS = ("Interior", "Treasury")
# the adjectives of a body's kind right after its noun, the English word before the head («القوات الحكومية»
# "Government Forces"; «النظامية» regular troops, not the regime's name)
_KINDS = {
    "الحكوميه": "Government", "الحكومي": "Government", "النظاميه": "Regular", "النظامي": "Regular",
    "الوطنيه": "National", "الوطني": "National", "الامنيه": "Security", "الامني": "Security", "المسلحه": "Armed",
    "العسكريه": "Military", "العسكري": "Military", "الشعبيه": "Popular", "الشعبي": "Popular",
}
# the heads a person's surname names («نظام الأسد», «حكومة نتنياهو», «قوات القذافي»)
_PERSON_HEADS = ("Regime", "Government", "Forces", "Army")


def body_gloss(name: str, g: Gazetteer, persons: list[Entity] | None = None) -> str | None:
    """The English of a body's name made of a body noun, its kind's adjectives, its portfolios and at most one
    country word last («الجيش المصري» → "Egyptian Army", «وزارة الداخلية» → "Ministry of the Interior", «حكومة
    الإمارات» → "Government of the United Arab Emirates", «القوات الحكومية» → "Government Forces"), or a head and
    the surname of one of ``persons`` («نظام الأسد» → "Asad Regime"); None for a name with any other word."""
    keys = [norm_key(w) for w in name.split()]
    n_kinds = next((n for n in range(1, len(keys)) if keys[n] not in _KINDS), len(keys)) - 1
    kinds = " ".join(_KINDS[k] for k in keys[1 : 1 + n_kinds])
    segs = gloss_segments(keys[:1] + keys[1 + n_kinds :], g)
    if segs is None and len(keys) == 2 and persons:
        return _person_body(keys, g, persons)
    if not segs or segs[0][0] != "noun" or not segs[0][1].startswith("the "):
        return None
    nouns = [s[1] for s in segs if s[0] == "noun"]
    tail = segs[len(nouns):]
    if [s for s in segs[: len(nouns)] if s[0] != "noun"] or len(tail) > 1:
        return None  # (a country word only last, and one)
    head = nouns[0][4:]
    if kinds:
        if len(nouns) > 1:
            return None  # («الوزارة الأمنية للداخلية»: no kind before a portfolio)
        head = f"{kinds} {head}"
    if head in _PORTFOLIOS:
        return None
    rest = "".join(f" of {n}" for n in nouns[1:])
    if head in _COMPOUND_HEADS and len(nouns) == 2:
        head, rest = f"{nouns[1].removeprefix('the ')} {head}", ""
    if not tail:
        return head + rest
    kind, value = tail[0][0], tail[0][1]
    if kind == "nisba" and value == "USA" and head == "Ministry" and rest.count(" of ") == 1:
        portfolio = rest.removeprefix(" of ")
        return f"US Department of {_US_DEPARTMENTS.get(portfolio, portfolio)}"
    if kind == "nisba":
        adjective = _BODY_ADJECTIVES.get(value) or demonyms().get(value, ("", ""))[0]
        return f"{adjective} {head}{rest}" if adjective else f"{head}{rest} of {country_name(value)}"
    return f"{head}{rest} of {value}" if kind == "place" else None


def _person_body(keys: list[str], g: Gazetteer, persons: list[Entity]) -> str | None:
    """«نظام الأسد»: a head of :data:`_PERSON_HEADS` and the last word of the name of a person of ``persons`` with a
    Latin form of two words or more: his surname's Latin (no article) before the head."""
    segs = gloss_segments(keys[:1], g)
    if not segs or segs[0][0] != "noun" or segs[0][1][4:] not in _PERSON_HEADS:
        return None
    for p in persons:
        words, latin = p.name.split(), (p.latin or "").split()
        if len(words) >= 2 and len(latin) >= 2 and same_word(norm_key(words[-1]), keys[1]):
            surname = latin[-1].removeprefix("al-").removeprefix("Al-")
            return f"{surname[:1].upper()}{surname[1:]} {segs[0][1][4:]}"
    return None


def body_glosses(doc: Doc, g: Gazetteer) -> None:
    """Give each body of the document that has no Latin form its English gloss where its name reads as one."""
    persons = [e for e in doc.entities if e.type == "PERSON"]
    for e in doc.entities:
        if e.type == "ORGANIZATION" and not e.latin:
            e.latin = body_gloss(e.name, g, persons)
