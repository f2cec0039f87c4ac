"""A learned filter for PROTEST / ASSAULT reports: is this sentence telling of a concrete happening?

Protest and violence words are common in generic, historical, figurative and sport use («مسلسل الاغتيالات»,
«انفجرت الأزمة»). The hand-written cues of :mod:`rasd.events.specific` score a trigger; this model weighs those
cues together with what else is in the sentence (its word stems, entity types, times, numbers, quotes, the other
events, where in the sentence the first trigger stands) in a logistic regression, one per PLOVER type, and sets ``attrs["specific"]`` from its probability
(kept in ``attrs["report_prob"]``).

The weights ship in ``data/events/report_model.json``; ``scripts/train_report_model.py`` rebuilds them from half A
(even rows) of the OEDA Arabic event gold standard (MIT), leaving half B for evaluation.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc, Event, Span, Token
from .forms import data_text, fw, past_forms, present_forms
from .modality import FACTUAL
from .specific import SCORED
from .word_tests import verb_key

MODEL_FILE = "report_model.json"


@dataclass(frozen=True)
class TypeModel:
    """Logistic regression weights of one PLOVER type and its decision threshold."""

    bias: float
    threshold: float
    weights: dict[str, float]
    window: int | None = None  # word stems read only this many tokens either side of a trigger (None: all)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def display_forms() -> frozenset[str]:
    """The conjugated keys of the verbs of what protesters carry, raise, chant or throw (function words
    ``protest_display_verbs``, 3ms perfect|imperfect pairs): «حملوا», «يهتفون», «رشقوا»."""
    out: set[str] = set()
    for pair in fw("protest_display_verbs"):
        past, _, present = pair.partition("|")
        out |= past_forms(past) | present_forms(present)
    return frozenset(out)


def display_only(doc: Doc, told: Sequence[Event]) -> bool:
    """Whether every trigger of ``told`` is a verb of display (:func:`display_forms`): «وحمل المتظاهرون لافتات»,
    «وهتف المحتجون بسقوط», «ورشقوا قوات الأمن بالحجارة» tell what protesters did at a protest the article has
    already told; OEDA's annotators code the protest where it is told to happen, not these acts."""
    forms = display_forms()
    return bool(told) and all(
        verb_key((doc.text[e.trigger.start : e.trigger.end].split() or [""])[0]) in forms for e in told
    )


@lru_cache(maxsize=1)
def load() -> dict[str, TypeModel] | None:
    """The shipped model, or None where the package has none (then the rule cues decide alone)."""
    try:
        raw = json.loads(data_text(MODEL_FILE))
    except FileNotFoundError:
        return None
    return {
        plover: TypeModel(float(m["bias"]), float(m["threshold"]), {k: float(v) for k, v in m["weights"].items()},
                          None if m.get("window") is None else int(m["window"]))
        for plover, m in raw["types"].items()
    }


def sentence_features(
    doc: Doc, sent: Span, plover: str, events: Sequence[Event], window: int | None = None
) -> dict[str, float]:
    """Features of sentence ``sent`` for the events of type ``plover`` in it (``events``: all events of the
    sentence). Event features read the rule layer's attrs (``rule_specific``, ``report_score``, ``report_cues``).
    With ``window``, the word stems are read only from the tokens at most ``window`` tokens from a trigger of the
    type (the factual ones where there are any): a long news sentence then does not pile up the weight of words
    far from its event."""
    f: dict[str, float] = {}
    own = [e for e in events if e.plover == plover]
    f["n_ev"] = float(min(len(own), 3))
    for e in own:
        f["mod=" + e.modality] = 1.0
        if e.attrs.get("rule_specific") and e.modality in FACTUAL:
            f["spec_fact"] = 1.0
        score = e.attrs.get("report_score")
        if isinstance(score, int | float):
            f["score"] = max(f.get("score", 0.0), float(score) / 10.0)
        for c in e.attrs.get("report_cues") or []:
            f["cue=" + str(c)] = 1.0
        f["code=" + e.code[:3]] = 1.0  # (no feature per trigger entry: nested CV on half A is better without)
        if e.source is not None or e.attrs.get("source_text"):
            f["has_src"] = 1.0
        if e.target is not None or e.attrs.get("target_text"):
            f["has_tgt"] = 1.0
    for e in events:
        if e.plover != plover:
            f["other=" + str(e.plover)] = 1.0
    a, b = sent.start, sent.end
    f["ntimes"] = min(sum(1 for t in doc.times if a <= t.start < b), 3) / 3.0
    f["nnum"] = min(sum(1 for n in doc.numbers if a <= n.start < b), 3) / 3.0
    f["nq"] = min(sum(1 for q in doc.quotes if q.cue.start < sent.end and sent.start < q.content.end), 2) / 2.0
    for m in doc.mentions:
        if a <= m.start < b:
            f["ent=" + m.type] = 1.0
    # where the first trigger told as fact stands in the sentence: the event a sentence leads with is its news;
    # one named late is more often a cause, a background or an aside («... بعد مقتل», «... إثر تفجير»)
    told = [e.trigger.start for e in own if e.modality in FACTUAL] or [e.trigger.start for e in own]
    first = min(told, default=None)
    before = n_tok = 0
    k = bisect_left(doc.tokens, sent.start, key=lambda t: t.start)
    near: list[int] = []  # token indices of the triggers counted for the window
    toks: list[Token] = []
    for tok in doc.tokens[k:]:
        if tok.start >= sent.end:
            break
        if any(tok.start <= t < tok.end for t in told):
            near.append(n_tok)
        toks.append(tok)
        n_tok += 1
        if first is not None and tok.start < first:
            before += 1
    for i, tok in enumerate(toks):
        if window is not None and near and min(abs(i - j) for j in near) > window:
            continue
        for w in tok.words:
            if w.kind == "stem":
                f["w=" + w.norm] = 1.0
    if first is not None:
        f["trig_pos"] = before / max(1, n_tok)
    # round oe267: the sentence's triggers of the type (the factual ones where there are any) are only verbs of
    # carrying, chanting or throwing: an act at a protest, not the protest told (OEDA half A: 2 «yes» of 67)
    if display_only(doc, [e for e in own if e.modality in FACTUAL] or own):
        f["act=display"] = 1.0
    return f


def by_sentence(events: Iterable[Event]) -> dict[tuple[int, int], list[Event]]:
    out: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for e in events:
        out[(e.sentence.start, e.sentence.end)].append(e)
    return out


def apply(doc: Doc, events: list[Event], model: dict[str, TypeModel] | None = None) -> None:
    """Set ``specific`` and ``report_prob`` on the PROTEST / ASSAULT events from the model (the rule layer's
    verdict is kept as ``rule_specific``)."""
    for e in events:
        if e.plover in SCORED:
            e.attrs["rule_specific"] = bool(e.attrs.get("specific"))
    model = load() if model is None else model
    if not model:
        return
    for (start, end), evs in by_sentence(events).items():
        for plover in SCORED:
            m = model.get(plover)
            if m is None or not any(e.plover == plover for e in evs):
                continue
            p = m.probability(sentence_features(doc, Span(start, end), plover, evs, m.window))
            for e in evs:
                if e.plover == plover:
                    e.attrs["report_prob"] = round(p, 3)
                    # round 196: a protest told only as what was dispersed («فرقت الشرطة مظاهرة») is no report
                    e.attrs["specific"] = p >= m.threshold and "dispersed" not in (e.attrs.get("report_cues") or [])


__all__ = ["TypeModel", "display_forms", "display_only", "load", "sentence_features", "apply", "by_sentence"]
