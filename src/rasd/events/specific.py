"""Whether a PROTEST / ASSAULT trigger reports a specific event, not a generic, historical, figurative or sport
mention: a weighted sum of sentence cues (data/events/report_cues.json) against a threshold.

Cues for: a past-tense verb trigger; casualties with a count; a count of participants; a time anchor («أمس», a
weekday); a place (a location entity or «في مدينة»); a concrete participant (armed men, forces, demonstrators);
an occurrence verb for a noun trigger («وقع», «أسفر»); for PROTEST, the streets a crowd took («إلى الشوارع»). Cues against: generic or legal framing («ذكرى», «منذ»,
«محكمة», «مسلسل»), sport, opinion, and figurative objects («هاجم ... الحكومة», «انفجرت الأزمة»).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from ..doc import Doc
from .forms import data_text, nkey, past_forms, read_tsv, split_forms, token_candidates
from .lexicon import Hit

SCORED = ("PROTEST", "ASSAULT")


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(data_text("report_cues.json"))
    out: dict[str, Any] = {"weights": raw["weights"]}
    for k, v in raw.items():
        if isinstance(v, list):
            out[k] = frozenset(nkey(w) for w in v)
    return out


@lru_cache(maxsize=1)
def _past_keys() -> frozenset[str]:
    keys: set[str] = set()
    for row in read_tsv("triggers.tsv"):
        if len(row) > 1:
            for p in split_forms(row[1]):
                keys |= past_forms(p)
    return frozenset(keys)


def control_tokens(doc: Doc, a: int, b: int) -> set[int]:
    """Tokens of ``a``..``b`` in a phrase of a state of control («تابعة لسيطرة القوات النظامية», «تحت سيطرة
    المسلحين»): the control noun and the two words after it (whose forces hold a place, not who acted)."""
    c = cues()
    out: set[int] = set()
    for i in range(a + 1, b):
        if doc.tokens[i].norm_key in c["control_state"] and (
            doc.tokens[i - 1].norm_key.removeprefix("و") in c["control_lead"]
        ):
            out |= {i, i + 1, i + 2}
    return out


def _agency_name(prev: str) -> bool:
    """Whether the key ``prev`` is a word that opens a news agency's name (``figurative_name_lead``, also after a
    «و»: «ووكالة»), so that the word after it is part of the name («وكالة الصحافة الفرنسية»)."""
    lead = cues()["figurative_name_lead"]
    return prev in lead or prev.removeprefix("و") in lead


def sentence_keys(doc: Doc, a: int, b: int) -> frozenset[str]:
    """The lookup keys (whole token and clitic-stripped readings) of tokens ``a``..``b``, but those of a phrase of a
    state of control (:func:`control_tokens`), a sport word that names a place after «حي», «شارع» («حي
    الملعب»: a quarter, no sport) and a figurative word in a news agency's name («وكالة الصحافة الفرنسية»)."""
    keys: set[str] = set()
    skip = control_tokens(doc, a, b)
    c = cues()
    for i, tok in enumerate(doc.tokens[a:b], a):
        if i in skip:
            continue
        if i > a and tok.norm_key in c["sport"] and (
            doc.tokens[i - 1].norm_key.removeprefix("و") in c["sport_place_lead"]
        ):
            continue
        if i > a and tok.norm_key in c["figurative"] and _agency_name(doc.tokens[i - 1].norm_key):
            continue  # round oe410: «وكالة الصحافة الفرنسية»: a news agency's name, no figurative cue
        keys.add(tok.norm_key)
        for cand in token_candidates(tok):
            keys.add(cand.key)
    return frozenset(keys)


def lead_keys(doc: Doc, a: int, i: int, frame: int) -> frozenset[str]:
    """The keys of tokens ``a``..``i`` (the few words before a trigger at token ``i``, where a background word
    tells an earlier event), none where a verb announcing an outcome stands in tokens ``frame``..``i``: «أعلنت
    الشرطة عن مقتل» tells the news, «بعد مقتل» a background."""
    lead = [t.norm_key.lstrip("وف") for t in doc.tokens[frame:i]]
    at = [k for k, w in enumerate(lead) if w in cues()["report_frame"]]
    if at:
        # «الذي أسفر عن مقتل آلاف»: a relative clause tells a background toll, no news
        rel = lead[at[0] - 1] if at[0] > 0 else ""
        return frozenset([rel]) if rel in cues()["relative"] else frozenset()
    return frozenset(lead[a - frame :])


def trail_keys(doc: Doc, j: int, b: int) -> frozenset[str]:
    """The keys of the two tokens after a trigger ending at token ``j`` (sentence up to token ``b``): where an
    adjective makes the attack figurative («هجوم إعلامي»); the same word elsewhere describes a source
    («الناشط الإعلامي»)."""
    keys: set[str] = set()
    for tok in doc.tokens[j + 1 : min(b, j + 3)]:
        keys.add(tok.norm_key)
        keys |= {c.key for c in token_candidates(tok)}
    return frozenset(keys)


def _is_light(doc: Doc, k: int, light: frozenset[str]) -> bool:
    """Token ``k`` is a light verb of an attack («شن», «بشن»). (A module function, not a closure: a nested function
    compiled by mypyc makes a reference cycle through its environment, which holds the Doc past its article.)"""
    tok = doc.tokens[k]
    return tok.norm_key in light or any(x.key in light for x in token_candidates(tok))


def light_before(doc: Doc, i: int, a: int) -> bool:
    """Whether a light verb of an attack stands right before the noun trigger at token ``i`` (sentence from token
    ``a``), or one word before it that is no count: «شن هجوما», «بشن هجوم», «شن المسلحون هجوما» tell the act as
    done; «شنت عشرات الغارات» (a tally) and «الهجمات التي شنتها» (after the trigger) do not."""
    c = cues()
    if i <= a:
        return False
    if _is_light(doc, i - 1, c["light_assault"]):
        return True
    if i - 1 <= a or not _is_light(doc, i - 2, c["light_assault"]):
        return False
    mid = doc.tokens[i - 1]
    return mid.norm_key.removeprefix("و") not in c["tally"] and not any(
        mid.start <= n.start < mid.end for n in doc.numbers
    )


def after_preposition(doc: Doc, i: int, a: int) -> bool:
    """Whether the trigger at token ``i`` (sentence from token ``a``) stands right after a preposition
    («تسببت في قتل الأبرياء»: a verbal noun, no past verb) with no number in the two words after it («في مقتل 17»
    is still counted)."""
    if i <= a or doc.tokens[i - 1].norm_key not in cues()["noun_preps"]:
        return False
    ends = [t.end for t in doc.tokens[i + 1 : i + 3]]
    return not ends or not any(doc.tokens[i].end <= n.start < ends[-1] for n in doc.numbers)


def time_before(doc: Doc, start: int) -> bool:
    """Whether the sentence before the one starting at ``start``, in the same paragraph, names a time (a time
    expression or a time cue word): «قصفت الطائرات أمس مواقع ... . وقتل في الغارات ثمانية» is dated by it."""
    k = bisect_left(doc.sentences, start, key=lambda s: s.start)
    if k == 0 or k > len(doc.sentences):
        return False
    prev = doc.sentences[k - 1]
    if "\n" in doc.text[prev.end : start]:
        return False  # another paragraph
    if any(prev.start <= t.start < prev.end for t in doc.times):
        return True
    a = bisect_left(doc.tokens, prev.start, key=lambda t: t.start)
    b = bisect_left(doc.tokens, prev.end, key=lambda t: t.start)
    return bool(sentence_keys(doc, a, b) & cues()["time"])


def report_score(
    hit: Hit,
    plover: str,
    keys: frozenset[str],
    has_place: bool,
    has_count: bool,
    before: frozenset[str] = frozenset(),
    dated_before: bool = False,
    after_prep: bool = False,
    after: frozenset[str] = frozenset(),
    light: bool = False,
) -> tuple[int, list[str]]:
    """Score of the cues of a sentence (its word ``keys``; whether it names a place, has a number other than a
    year) for the trigger ``hit`` of PLOVER type ``plover``; ``before``: the keys of the few words before the
    trigger («بعد الهجوم», «منذ اغتيال»: a background event, but not after a verb that announces an outcome:
    «أعلنت عن مقتل»); ``dated_before``: the sentence before, in the same paragraph, names a time; ``after_prep``:
    the trigger stands right after a preposition (:func:`after_preposition`: a verbal noun, no toll); ``after``:
    the keys of the two words after the trigger (:func:`trail_keys`: a figurative adjective counts only there).
    ``light``: a light verb of an attack stands right before a noun trigger (:func:`light_before`: «شن هجوما»
    tells it as done). Also returns the names of the cues that fired."""
    c = cues()
    w = c["weights"][plover]
    fired: list[str] = []
    if hit.pos == "V" and not after_prep:
        fired.append("past_verb" if hit.cand.key in _past_keys() else "present_verb")
    else:
        fired.append("noun")
        if keys & c["occurred_" + plover.lower()] or (light and plover == "ASSAULT"):
            fired.append("occurred")
    count = has_count or bool(keys & c["counts_" + plover.lower()])
    if plover == "ASSAULT":
        if keys & c["casualty"]:
            fired.append("casualty_count" if count else "casualty")
            if count and not after_prep and (fired[0] == "past_verb" or hit.cand.key in c["casualty"]):
                fired.append("toll")  # «قتل ثمانية مدنيين», «مقتل 17 مسلحا»: a killing told with its count
        if keys & c["participants_assault"]:
            fired.append("participant")
    else:
        if count:
            fired.append("count")
        if keys & c["participants_protest"]:
            fired.append("participant")
        if keys & c["streets_protest"]:
            # round 283: the streets, plural, a crowd took or marched through («نزل المتظاهرون إلى الشوارع»,
            # «جابت المسيرة شوارع المدينة»): a told protest; the singular «الشارع» is as often the public's
            # mood («نبض الشارع», «ضغوط الشارع»). OEDA half A: 7 «yes» of 13 sentences with a protest event
            # (17% overall)
            fired.append("streets")
    if keys & c["time"]:
        fired.append("time")
    elif dated_before:
        fired.append("time_before")
    if has_place or keys & c["place"]:
        fired.append("place")
    if before & c["background"]:
        fired.append("background")
    for neg in ("generic", "sport", "opinion", "figurative"):
        if keys & c.get(neg + "_" + plover.lower(), c[neg]) or (
            neg == "figurative" and after & c.get("figurative_adj_" + plover.lower(), frozenset())
        ):
            fired.append(neg)
    return sum(w.get(f, 0) for f in fired), fired


def passes(plover: str, score: int) -> bool:
    threshold: int = cues()["weights"][plover]["threshold"]
    return score >= threshold


__all__ = [
    "SCORED", "report_score", "passes", "sentence_keys", "cues", "time_before", "lead_keys", "after_preposition",
    "control_tokens", "trail_keys", "light_before",
]
