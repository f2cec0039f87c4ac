"""``rasd eval events``: sentence-level PROTEST / ASSAULT detection and actor-span agreement on the OEDA Arabic
event gold standard (arabic_event_gsr). Evaluation only: nothing from it is shipped.

Detection: a sentence is positive when the pipeline finds an event of that PLOVER category in it, told as fact
(modality asserted or reported) and specific (``attrs["specific"]``: a verb trigger, or a noun trigger with a place,
time or count in its sentence, and for PROTEST / ASSAULT a report score at the type's threshold — cues of a
concrete happening such as casualties, a crowd, armed men, a place and a time, against generic, historical,
figurative, opinion and sport use; see rasd.events.specific: «مسلسل الاغتيالات» alone is a mention, not a report),
weighed with the rest of the sentence by the report filter of rasd.events.report_model, trained on half A only.
Gold ``yes`` is
positive, ``easy no`` and ``difficult no`` negative, ``ambiguous`` left out. Rows are split by position into a
fixed half A (even rows, the half any tuning may look at) and half B (odd rows, held out); all three are reported.
``--errors N`` prints up to N false positives and N false negatives of half A per type, with the cues that fired,
and up to N half-A span misses (for tuning: only half A is shown). Span agreement: for each gold sentence of
``*_spans.json``, whether the source/target span of one of our events of that category shares a word with the
gold source/target actor words (compared without the punctuation around them and without proclitics: the gold's
«لاميركا» is our «اميركا», see ``word_keys``); reported for all span sentences and by the half of the detection
rows that holds the same sentence (every span sentence is a detection row too: tune on A).
``--half A|B|all`` runs only that part: ``A`` the even rows and the span sentences they hold (for tuning, with
``--errors``), ``B`` the held-out odd rows and their span sentences (final figures only: no errors are shown),
``all`` every row pooled; without it both halves and the pool are reported.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..doc import Doc
from ..events.modality import FACTUAL
from ..pipeline import Pipeline
from ..text.normalize import is_arabic_letter, norm_key, proclitic_readings



def _default_dir() -> Path:
    """The shared arabic_event_gsr folder: ``shared/data/arabic_event_gsr`` beside the checkout, or beside a folder
    above it (a git worktree under ``wt/<name>`` finds the same ``shared`` as the main checkout); the one beside
    the checkout when none exists."""
    root = Path(__file__).resolve().parents[3]
    for base in root.parents:
        found = base / "shared" / "data" / "arabic_event_gsr"
        if found.is_dir():
            return found
    return root.parent / "shared" / "data" / "arabic_event_gsr"


DEFAULT_DIR = _default_dir()
TASKS = (("PROTEST", "protest"), ("ASSAULT", "assault"))
LABELS = {"yes": True, "easy no": False, "difficult no": False}
HALVES = ("A", "B", "all")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


@dataclass
class Agreement:
    gold: int = 0
    hit: int = 0
    ours: int = 0  # sentences where we gave a span
    ours_hit: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "recall": round(self.hit / self.gold, 4) if self.gold else 0.0,
                "ours": self.ours, "precision": round(self.ours_hit / self.ours, 4) if self.ours else 0.0}


@dataclass
class TaskResult:
    halves: dict[str, PRF] = field(default_factory=lambda: {"A": PRF(), "B": PRF(), "all": PRF()})
    source: Agreement = field(default_factory=Agreement)
    target: Agreement = field(default_factory=Agreement)
    # span agreement by the half of the gold row that holds the same sentence («A», «B»)
    source_half: dict[str, Agreement] = field(default_factory=lambda: {"A": Agreement(), "B": Agreement()})
    target_half: dict[str, Agreement] = field(default_factory=lambda: {"A": Agreement(), "B": Agreement()})


def _span_half(rows: list[dict[str, str]]) -> dict[str, str]:
    """Sentence text → the half of the detection rows that holds it: a span record is tuned on or held out with
    its sentence (every span sentence is also a detection row; one found in both halves counts as held out)."""
    out: dict[str, str] = {}
    for k, row in enumerate(rows):
        text = row["text"].strip()
        if k % 2 == 1 or text not in out:
            out[text] = "A" if k % 2 == 0 else "B"
    return out


def _has(doc: Doc, plover: str) -> bool:
    """A sentence reports an event of ``plover`` when it has a specific one told as fact."""
    return any(e.plover == plover and e.modality in FACTUAL and e.attrs.get("specific") for e in doc.events)


def word_keys(word: str) -> set[str]:
    """The keys a span word matches by: its ``norm_key`` without the punctuation around it (the gold's «بوش».»
    is «بوش»; a lone «،» is no word), and that key without its proclitics (conjunction, preposition, article)
    where a stem of three letters or more remains. Two spans agree when a word of each shares a key: the gold's
    «لاميركا» and our «اميركا», our «لصين» and the gold's «للصين», and the same the other way round."""
    k = norm_key(word)
    a, b = 0, len(k)
    while a < b and not (is_arabic_letter(k[a]) or k[a].isalnum()):
        a += 1
    while b > a and not (is_arabic_letter(k[b - 1]) or k[b - 1].isalnum()):
        b -= 1
    k = k[a:b]
    if not k:
        return set()
    return {k} | {stem for _, stem, _ in proclitic_readings(k) if len(stem) >= 3}


def _span_keys(doc: Doc, plover: str, role: str) -> list[set[str]]:
    out: list[set[str]] = []
    for e in doc.events:
        span = e.attrs.get(f"{role}_span")
        if e.plover == plover and isinstance(span, list):
            out.append({k for w in doc.text[span[0] : span[1]].split() for k in word_keys(w)})
    return out


def _gold_keys(spans: list[dict[str, Any]], key: str) -> set[str]:
    return {k for s in spans for w in s.get(key) or [] for k in word_keys(w)}


def _ours_text(doc: Doc, plover: str, role: str) -> str:
    texts = []
    for e in doc.events:
        span = e.attrs.get(f"{role}_span")
        if e.plover == plover and isinstance(span, list):
            texts.append(doc.text[span[0] : span[1]])
    return " | ".join(texts)


def _why(doc: Doc, plover: str) -> str:
    """The events of ``plover`` in a sentence, as «trigger modality score cues»."""
    parts = [
        f"«{doc.text[e.trigger.start : e.trigger.end]}» {e.modality} {e.attrs.get('report_score')} "
        f"{','.join(e.attrs.get('report_cues') or [])}"
        for e in doc.events
        if e.plover == plover
    ]
    return "; ".join(parts) or "no event"


def _row_half(k: int) -> str:
    """Detection row ``k`` (0-based position in its file) is in half A when even, half B when odd."""
    return "A" if k % 2 == 0 else "B"


def evaluate(data: Path, limit: int | None = None, errors: int = 0, half: str | None = None) -> dict[str, Any]:
    """Detection PRF and span agreement on the gold in ``data``; ``half`` («A», «B», «all») runs only that part
    (None: both halves and the pool). Errors are listed from half A only, never from B."""
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    if half == "B" and errors:
        raise ValueError("half B is held out: no errors are listed from it")
    shown = HALVES if half is None else (half,)
    pipe = Pipeline()
    results: dict[str, TaskResult] = {}
    out_errors: dict[str, dict[str, list[str]]] = {}
    n_docs = 0
    t0 = time.perf_counter()
    for plover, stem in TASKS:
        res = TaskResult()
        res.halves = {h: PRF() for h in shown}
        fps: list[str] = []
        fns: list[str] = []
        with (data / f"{stem}_gsr.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for k, row in enumerate(rows[:limit] if limit else rows):
            gold = LABELS.get(row["label"])
            if gold is None or half in ("A", "B") and _row_half(k) != half:
                continue
            doc = pipe(row["text"], id=row["id"])
            n_docs += 1
            pred = _has(doc, plover)
            for h in (_row_half(k), "all"):
                if h in res.halves:
                    res.halves[h].add(gold, pred)
            if k % 2 == 0 and gold != pred and len(fps if pred else fns) < errors:
                (fps if pred else fns).append(f"{row['text'][:200]}\n    → {_why(doc, plover)}")
        halves = _span_half(rows)
        span_errs: list[str] = []
        records = json.loads((data / f"{stem}_spans.json").read_text(encoding="utf-8"))
        for rec in records[:limit] if limit else records:
            rec_half = halves.get(rec["text"].strip())
            if half in ("A", "B") and rec_half != half:
                continue
            doc = pipe(rec["text"], id=str(rec.get("_id", "-")))
            n_docs += 1
            for role, key, agg, by_half in (("source", "source_actor", res.source, res.source_half),
                                            ("target", "target_actor", res.target, res.target_half)):
                gold_keys = _gold_keys(rec.get("spans") or [], key)
                ours = _span_keys(doc, plover, role)
                hit = any(o & gold_keys for o in ours)
                for g in (agg, by_half[rec_half]) if rec_half is not None else (agg,):
                    if gold_keys:
                        g.gold += 1
                        g.hit += hit
                    if ours:
                        g.ours += 1
                        g.ours_hit += hit
                if rec_half == "A" and (gold_keys or ours) and not hit and len(span_errs) < errors:
                    gold_txt = " | ".join(sorted({" ".join(s.get(key) or []) for s in rec.get("spans") or []} - {""}))
                    span_errs.append(f"{role}: gold «{gold_txt}» ours «{_ours_text(doc, plover, role)}»\n"
                                     f"    {rec['text'][:300]}\n    → {_why(doc, plover)}")
        results[plover] = res
        if errors:
            out_errors[plover] = {"false_positives": fps, "false_negatives": fns, "span_misses": span_errs}
    secs = time.perf_counter() - t0
    out: dict[str, Any] = {
        plover: {
            "detection": {h: prf.to_dict() for h, prf in res.halves.items()},
            "source_agreement": res.source.to_dict(),
            "target_agreement": res.target.to_dict(),
            "source_agreement_by_half": {h: a.to_dict() for h, a in res.source_half.items() if h in shown},
            "target_agreement_by_half": {h: a.to_dict() for h, a in res.target_half.items() if h in shown},
        }
        for plover, res in results.items()
    }
    for h in shown:
        out.setdefault("macro_f1", {})[h] = round(
            sum(results[p].halves[h].f1 for p, _ in TASKS) / len(TASKS), 4
        )
    if errors:
        out["errors_A"] = out_errors
    if half is not None:
        out["half"] = half
    out["sentences"] = n_docs
    out["seconds"] = round(secs, 1)
    out["sentences_per_second"] = round(n_docs / secs, 1) if secs else 0.0
    return out


def _table(res: dict[str, Any]) -> str:
    lines = [f"{'task':8} {'half':4} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for plover, _ in TASKS:
        for h, d in res[plover]["detection"].items():
            lines.append(f"{plover:8} {h:4} {d['p']:6.3f} {d['r']:6.3f} {d['f1']:6.3f} {d['tp']:4} {d['fp']:4} {d['fn']:4}")
    lines.append("macro-F1  " + "  ".join(f"{h}={v:.3f}" for h, v in res["macro_f1"].items()))
    for plover, _ in TASKS:
        for role in ("source", "target"):
            by_half = res[plover][f"{role}_agreement_by_half"]
            pooled = (("all", res[plover][f"{role}_agreement"]),) if res.get("half") in (None, "all") else ()
            for h, a in (*by_half.items(), *pooled):
                lines.append(
                    f"{plover:8} {role:6} {h:3} span agreement: recall {a['recall']:.3f} of {a['gold']} gold, "
                    f"precision {a['precision']:.3f} of {a['ours']} ours"
                )
    for plover, kinds in res.get("errors_A", {}).items():
        for kind, items in kinds.items():
            lines.append(f"--- {plover} {kind.replace('_', ' ')} (half A)")
            lines.extend(items)
    lines.append(f"{res['sentences']} sentences in {res['seconds']}s ({res['sentences_per_second']}/s)")
    return "\n".join(lines)


@click.command("events")
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DIR, show_default=True,
              help="the arabic_event_gsr folder")
@click.option("--limit", type=int, default=None, help="only the first N rows of each file (quick look)")
@click.option("--errors", type=int, default=0, show_default=True,
              help="show up to N false positives, N false negatives and N span misses of half A per type (for tuning)")
@click.option("--half", type=click.Choice(HALVES), default=None,
              help="only half A (tuning), half B (held out: final figures) or all rows pooled; default: each")
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of a table")
def command(data: Path, limit: int | None, errors: int, half: str | None, as_json: bool) -> None:
    """PROTEST/ASSAULT sentence detection P/R/F1 and actor-span agreement on arabic_event_gsr."""
    if not (data / "protest_gsr.csv").exists():
        raise click.ClickException(f"{data} has no protest_gsr.csv (the shared arabic_event_gsr folder)")
    if half == "B" and errors:
        raise click.UsageError("half B is held out: --errors lists half A only (use --half A)")
    res = evaluate(data, limit, errors, half)
    click.echo(json.dumps(res, ensure_ascii=False, indent=2) if as_json else _table(res))
