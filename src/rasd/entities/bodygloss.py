"""Round au1006: the Latin of a body named by a common head and a country is its English gloss.

Half the bodies of real news have no Latin form: only a listed body (orgs.tsv) had one, so «الجيش المصري», «البرلمان
التركي», «وزارة الخارجية البريطانية», «حكومة الإمارات» went out with none. Their words are read from the reviewed
title table (:mod:`.titlegloss`, ``title_glosses.tsv``): a body noun («حكومة» "the Government", «وزارة» "the
Ministry»), the portfolios after it («الخارجية» "Foreign Affairs"), and last a country adjective (its English
adjective before the body: "Egyptian Army") or a listed place ("Government of the United Arab Emirates"). A name with
any other word (a person «نظام الأسد», a kind «القوات الحكومية», a preposition) keeps no Latin: no romanised common
noun is made up.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.group_lexicon import demonyms
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .titlegloss import country_name, gloss_segments

# a country whose bodies go by a shorter adjective than its people's («الإدارة الأميركية» "US Administration")
_BODY_ADJECTIVES = {"USA": "US"}
# forces named by whom they serve go by that word before them («قوات النظام» "Regime Forces", «جيش النظام السوري»
# "Syrian Regime Army"), not "Forces of the Regime"
_COMPOUND_HEADS = ("Forces", "Army")
# a portfolio alone («الداخلية الإيرانية») is the ministry's short name: no "Iranian Interior"
_PORTFOLIOS = ("Interior", "Treasury")


def body_gloss(name: str, g: Gazetteer) -> str | None:
    """The English of a body's name made of a body noun, its portfolios and at most one country word last
    («الجيش المصري» → "Egyptian Army", «وزارة الداخلية» → "Ministry of the Interior", «حكومة الإمارات» →
    "Government of the United Arab Emirates"); None for a name with any other word."""
    segs = gloss_segments([norm_key(w) for w in name.split()], g)
    if not segs or segs[0][0] != "noun" or not segs[0][1].startswith("the "):
        return None
    nouns = [s[1] for s in segs if s[0] == "noun"]
    tail = segs[len(nouns):]
    if [s for s in segs[: len(nouns)] if s[0] != "noun"] or len(tail) > 1:
        return None  # (a country word only last, and one)
    head = nouns[0][4:]
    if head in _PORTFOLIOS:
        return None
    rest = "".join(f" of {n}" for n in nouns[1:])
    if head in _COMPOUND_HEADS and len(nouns) == 2:
        head, rest = f"{nouns[1].removeprefix('the ')} {head}", ""
    if not tail:
        return head + rest
    kind, value = tail[0][0], tail[0][1]
    if kind == "nisba":
        adjective = _BODY_ADJECTIVES.get(value) or demonyms().get(value, ("", ""))[0]
        return f"{adjective} {head}{rest}" if adjective else f"{head}{rest} of {country_name(value)}"
    return f"{head}{rest} of {value}" if kind == "place" else None


def body_glosses(doc: Doc, g: Gazetteer) -> None:
    """Give each body of the document that has no Latin form its English gloss where its name reads as one."""
    for e in doc.entities:
        if e.type == "ORGANIZATION" and not e.latin:
            e.latin = body_gloss(e.name, g)
