"""``rasd eval times [FILES]``: span P/R/F1 of the time layer against Wojood DATE spans (nested CoNLL).

Each sentence's tokens are joined with spaces; the time layer runs on that text (with ``--ref-date`` as the
document date so relative expressions are found too: only spans are scored, not values); gold spans are the
B-DATE/I-DATE runs of every annotation column.  Exact: same start and end; overlap: one-to-one pairs of
overlapping spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from ..temporal import analyze_times

DEFAULT_FILES = ("test.txt",)
_SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "wojood_sample"


@dataclass(frozen=True)
class Sentence:
    text: str
    gold: list[tuple[int, int]]


def read_conll(path: Path, label: str = "DATE") -> Iterator[Sentence]:
    rows: list[list[str]] = []

    def flush() -> Sentence:
        starts, pos = [], 0
        for r in rows:
            starts.append(pos)
            pos += len(r[0]) + 1
        text = " ".join(r[0] for r in rows)
        gold: set[tuple[int, int]] = set()
        depth = max((len(r) for r in rows), default=1)
        for col in range(1, depth):
            open_at: int | None = None
            for k, r in enumerate(rows + [["", "O"]]):
                tag = r[col] if col < len(r) else "O"
                if open_at is not None and tag != f"I-{label}":
                    gold.add((starts[open_at], starts[k - 1] + len(rows[k - 1][0])))
                    open_at = None
                if tag == f"B-{label}":
                    open_at = k
        return Sentence(text, sorted(gold))

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if rows:
                    yield flush()
                    rows = []
                continue
            if parts[0] == "$#$":
                continue
            rows.append(parts)
    if rows:
        yield flush()


def score(pairs: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    n_gold = sum(len(g) for g, _ in pairs)
    n_pred = sum(len(p) for _, p in pairs)
    exact = sum(len(set(g) & set(p)) for g, p in pairs)
    overlap = 0
    for g, p in pairs:
        used: set[int] = set()
        for gs, ge in g:
            for k, (ps, pe) in enumerate(p):
                if k not in used and ps < ge and gs < pe:
                    used.add(k)
                    overlap += 1
                    break
    for name, tp in (("exact", exact), ("overlap", overlap)):
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[name] = {"precision": prec, "recall": rec, "f1": f1, "tp": tp, "gold": n_gold, "pred": n_pred}
    return out


def evaluate(paths: list[Path], ref_date: str = "2020-01-01") -> dict[str, dict[str, float]]:
    pairs = []
    for path in paths:
        for s in read_conll(path):
            doc = analyze_times(s.text, date=ref_date)
            pred = [(doc.raw_offset(t.start), doc.raw_offset(t.end - 1) + 1) for t in doc.times]
            pairs.append((s.gold, pred))
    return score(pairs)


@click.command(name="times")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--ref-date", default="2020-01-01", show_default=True, help="Document date given to every sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(files: tuple[Path, ...], ref_date: str, as_json: bool) -> None:
    """Time-expression span P/R/F1 on Wojood DATE spans (default: ../shared/data/wojood_sample/test.txt)."""
    paths = list(files) or [_SHARED / f for f in DEFAULT_FILES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file: {', '.join(missing)} (give Wojood CoNLL files)")
    res = evaluate(paths, ref_date)
    if as_json:
        click.echo(json.dumps(res, indent=2))
        return
    click.echo(f"{'match':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'gold':>5s} {'pred':>5s}")
    for name, r in res.items():
        click.echo(
            f"{name:8s} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
            f"{int(r['tp']):5d} {int(r['gold']):5d} {int(r['pred']):5d}"
        )
