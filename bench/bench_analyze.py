"""Speed and memory of `rasd.analyze` and of the `rasd analyze` CLI over the SaudiNewsNet politics sample.

    .venv/bin/python bench/bench_analyze.py [--runs 3] [--jobs N] [--limit N] [--shared DIR]

Each measurement runs in a fresh child process, so peak RSS (``ru_maxrss`` of that child, via ``os.wait4``)
belongs to it alone. Reported: model-load time (the first ``analyze`` call), articles/s as the median of the
runs, the same for a bare read-and-split-words pass (the ratio says how much the pipeline costs over merely
reading), milliseconds per stage (wall, and beside it CPU time of the process, which other work on a shared
machine moves less), and for the CLI the wall time, the largest single process's peak RSS and the sampled RSS
of the whole process tree, early in the batch and late in it (flat memory: late ≈ early).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
SAMPLE = Path("saudinewsnet_sample") / "saudinewsnet_politics_sample.jsonl"


# -- the child side ---------------------------------------------------------------------------------------
def _load(path: str, limit: int) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["content"])
            if limit and len(texts) >= limit:
                break
    return texts


def child_bare(path: str, limit: int) -> dict[str, Any]:
    """Read the file, parse the JSON and split the words: the floor any pipeline stands on."""
    t0 = time.perf_counter()
    n_words = sum(len(t.split()) for t in _load(path, limit))
    return {"seconds": time.perf_counter() - t0, "words": n_words}


def child_pipeline(path: str, limit: int) -> dict[str, Any]:
    """Import, load the models (first call), then analyse every article once, timing each stage."""
    t0 = time.perf_counter()
    import rasd

    import_s = time.perf_counter() - t0
    texts = _load(path, limit)
    t1 = time.perf_counter()
    rasd.analyze("زار الوزير بغداد أمس.", date="2015-08-01")  # the first call loads what is lazily loaded
    load_s = time.perf_counter() - t1
    rasd.batch_mode()  # as the CLI does before a batch: models frozen out of the collector, batch thresholds
    nlp = rasd.Pipeline(rasd.DEFAULT_STAGES)
    per_stage = {"clean": 0.0, **dict.fromkeys(nlp.names, 0.0)}  # clean: make_doc (markup, spaces, offsets)
    cpu_stage = dict.fromkeys(per_stage, 0.0)  # the same in CPU time of this process (less moved by other work)
    failures = 0
    quarters: list[float] = []
    marks = {len(texts) * q // 4 for q in (1, 2, 3, 4)}
    t2 = time.perf_counter()
    for k, text in enumerate(texts, 1):
        try:
            ts, cs = time.perf_counter(), time.process_time()
            doc = nlp.make_doc(text, date="2015-08-01")
            per_stage["clean"] += time.perf_counter() - ts
            cpu_stage["clean"] += time.process_time() - cs
            for st in nlp.stages:
                ts, cs = time.perf_counter(), time.process_time()
                st.fn(doc)
                doc.layers.update(st.assigns)
                per_stage[st.name] += time.perf_counter() - ts
                cpu_stage[st.name] += time.process_time() - cs
        except Exception:  # a broken stage must not stop the benchmark; it is counted
            failures += 1
        rasd.batch_article_done()  # as the CLI does after each article
        if k in marks:
            quarters.append(_tree_rss_kb(os.getpid()) / 1024)
    seconds = time.perf_counter() - t2
    n = max(1, len(texts))
    return {"import_s": import_s, "load_s": load_s, "seconds": seconds, "articles": len(texts),
            "failures": failures, "rss_quarters_mb": quarters, "stages_ms": {k: 1000 * v / n for k, v in per_stage.items()},
            "stages_cpu_ms": {k: 1000 * v / n for k, v in cpu_stage.items()}}  # fmt: skip


# -- the parent side --------------------------------------------------------------------------------------
def _tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over ``pid`` and its descendants (Linux /proc); 0 where it cannot be read."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_measured(cmd: list[str], *, stdout: Any = subprocess.PIPE, sample: bool = False) -> dict[str, Any]:
    """Run ``cmd``, reaped with ``os.wait4`` for its own peak RSS (MB); optionally sample the tree's RSS."""
    t0 = time.perf_counter()
    out_file = tempfile.TemporaryFile() if stdout is subprocess.PIPE else stdout
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, cwd=ROOT)
    samples: list[tuple[float, int]] = []
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.25):
            samples.append((time.perf_counter() - t0, _tree_rss_kb(proc.pid)))

    poller = threading.Thread(target=poll, daemon=True)
    if sample:
        poller.start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    done.set()
    if sample:
        poller.join()
    out = b""
    if stdout is subprocess.PIPE:
        out_file.seek(0)
        out = out_file.read()
        out_file.close()
    err_file.seek(0)
    err = err_file.read().decode("utf-8", "replace")
    err_file.close()
    return {"rc": proc.returncode, "wall": wall, "stdout": out, "stderr": err, "samples": samples,
            "maxrss_mb": usage.ru_maxrss / 1024}  # fmt: skip


def _child_cmd(kind: str, path: Path, limit: int) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--limit", str(limit), str(path)]


def _json_out(res: dict[str, Any], what: str) -> dict[str, Any]:
    if res["rc"] != 0:
        sys.exit(f"bench: error: the {what} run failed (exit {res['rc']}):\n{res['stderr'][-2000:]}")
    data: dict[str, Any] = json.loads(res["stdout"])
    return data


def _flatness(samples: list[tuple[float, int]]) -> tuple[float, float]:
    """Median tree RSS (MB) in the second quarter and in the last quarter of the run."""
    if len(samples) < 8:
        return float("nan"), float("nan")
    kb = [s[1] for s in samples if s[1] > 0]
    q = len(kb) // 4
    return statistics.median(kb[q : 2 * q]) / 1024, statistics.median(kb[3 * q :]) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs of each measurement; the median is shown (3)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="CLI worker processes (all cores)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all 347)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"shared data folder ({DEFAULT_SHARED})")
    ap.add_argument("--no-cli", action="store_true", help="skip the CLI measurement")
    ap.add_argument("--repeat", type=int, default=1,
                    help="feed the CLI the articles K times over (memory past the caches' warm-up) (1)")  # fmt: skip
    ap.add_argument("--child", choices=["bare", "pipeline"], help=argparse.SUPPRESS)
    ap.add_argument("data", nargs="?", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:  # inside a measured child process: do one pass and print JSON
        fn = child_bare if args.child == "bare" else child_pipeline
        print(json.dumps(fn(args.data, args.limit)))
        return 0

    path = args.shared / SAMPLE
    if not path.is_file():
        print(f"bench: error: {path} not found; it comes with the project's shared data folder "
              f"(give another with --shared DIR)", file=sys.stderr)  # fmt: skip
        return 2
    rasd_cli = Path(sys.executable).with_name("rasd")
    runs = max(1, args.runs)

    bare, pipe = [], []
    for i in range(runs):
        b = run_measured(_child_cmd("bare", path, args.limit))
        bare.append({**_json_out(b, "bare"), "maxrss_mb": b["maxrss_mb"]})
        p = run_measured(_child_cmd("pipeline", path, args.limit))
        pipe.append({**_json_out(p, "pipeline"), "maxrss_mb": p["maxrss_mb"]})
        print(f"  run {i + 1}/{runs}: pipeline {pipe[-1]['articles'] / pipe[-1]['seconds']:.2f} articles/s",
              file=sys.stderr, flush=True)  # fmt: skip
    n = pipe[0]["articles"]

    cli: list[dict[str, Any]] = []
    n_cli = 0
    if not args.no_cli:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "batch.jsonl"
            with open(path, encoding="utf-8") as src:
                lines = [line for line in src if line.strip()][: args.limit or None]
            with open(data, "w", encoding="utf-8") as dst:
                for _ in range(max(1, args.repeat)):
                    dst.writelines(lines)
            n_cli = len(lines) * max(1, args.repeat)
            for i in range(runs):
                with open(os.devnull, "wb") as sink:
                    cmd = [str(rasd_cli), "analyze", str(data), "--format", "jsonl", "--jobs", str(args.jobs)]
                    c = run_measured(cmd, stdout=sink, sample=True)
                if c["rc"] not in (0, 1):
                    sys.exit(f"bench: error: the CLI run failed (exit {c['rc']}):\n{c['stderr'][-2000:]}")
                failed = sum(1 for line in c["stderr"].splitlines() if line.startswith("rasd: error:"))
                early, late = _flatness(c["samples"])
                peak_tree = max((s[1] for s in c["samples"]), default=0) / 1024
                cli.append({"wall": c["wall"], "maxrss_mb": c["maxrss_mb"], "failed": failed, "early": early,
                            "late": late, "tree_peak": peak_tree})  # fmt: skip
                print(f"  CLI run {i + 1}/{runs}: {n_cli / c['wall']:.2f} articles/s", file=sys.stderr, flush=True)

    med = statistics.median
    pipe_s = med(r["seconds"] for r in pipe)
    bare_s = med(r["seconds"] for r in bare)
    rows = [
        ("articles", f"{n}"),
        ("runs (median shown)", f"{runs}"),
        ("import rasd", f"{med(r['import_s'] for r in pipe):.2f} s"),
        ("model load (first analyze call)", f"{med(r['load_s'] for r in pipe):.2f} s"),
        ("pipeline, single process", f"{n / pipe_s:.2f} articles/s ({1000 * pipe_s / n:.1f} ms/article)"),
        ("pipeline peak RSS", f"{med(r['maxrss_mb'] for r in pipe):.0f} MB"),
        ("pipeline RSS after each quarter", " -> ".join(
            f"{med(r['rss_quarters_mb'][q] for r in pipe):.0f}" for q in range(len(pipe[0]["rss_quarters_mb"]))) + " MB"),
        ("pipeline failures (articles)", f"{pipe[0]['failures']}"),
        ("bare read + split words", f"{n / bare_s:.0f} articles/s ({bare[0]['words']} words)"),
        ("bare peak RSS", f"{med(r['maxrss_mb'] for r in bare):.0f} MB"),
        ("pipeline / bare time ratio", f"{pipe_s / bare_s:.0f}x"),
    ]
    for name in pipe[0]["stages_ms"]:
        rows.append((f"  stage {name}", f"{med(r['stages_ms'][name] for r in pipe):.1f} ms/article "
                                          f"(CPU {med(r['stages_cpu_ms'][name] for r in pipe):.1f})"))
    if cli:
        wall = med(c["wall"] for c in cli)
        rows += [
            (f"CLI --jobs {args.jobs}, {n_cli} articles, wall (incl. start-up)",
             f"{wall:.1f} s = {n_cli / wall:.2f} articles/s"),
            ("CLI peak RSS, largest process", f"{med(c['maxrss_mb'] for c in cli):.0f} MB"),
            ("CLI peak RSS, whole tree (sampled)", f"{med(c['tree_peak'] for c in cli):.0f} MB"),
            ("CLI tree RSS 2nd quarter -> last quarter", f"{med(c['early'] for c in cli):.0f} -> "
             f"{med(c['late'] for c in cli):.0f} MB"),
            ("CLI inputs reported failed", f"{cli[0]['failed']}"),
        ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    import rasd
    from rasd.entities.taggers import chosen

    print(f"rasd benchmark: {path.name}, python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load}, "
          f"NER tagger {chosen()} (RASD_NER), {'compiled (mypyc)' if rasd.compiled() else 'plain Python'}")
    for key, val in rows:
        print(f"{key:<{width}}  {val}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
