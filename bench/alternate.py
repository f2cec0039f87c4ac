"""Throughput of two installed builds, measured in alternation so that the machine's drift hits both alike.

    python bench/alternate.py BUILD_A BUILD_B [--pairs 8] [--jobs 2] [--shared ../shared/data]

BUILD_A and BUILD_B are checkouts with a ``.venv`` holding an installed rasd (e.g. two clones at two commits,
each set up with the README's install command, which compiles). Each pair runs ``rasd analyze FILE.jsonl
--format jsonl --jobs N`` over the 347 SaudiNewsNet articles once with each build (the order swaps every pair;
one warm-up run each first), and prints per run the articles/s (wall time, start-up included) and the load
average; at the end the median articles/s of each build, the median of the pairs' ratios B/A, and the median
CPU seconds (user + system, all processes) of each build and their ratio, which moves less than wall time
when other work shares the machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "saudinewsnet_sample/saudinewsnet_politics_sample.jsonl"


def _run(build: Path, data: Path, jobs: int) -> tuple[float, float]:
    """(articles/s, CPU seconds) of one ``rasd analyze`` run of ``build``."""
    n = sum(1 for _ in data.open(encoding="utf-8"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([str(build / ".venv/bin/rasd"), "analyze", str(data), "--format", "jsonl", "--jobs", str(jobs)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return n / wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--pairs", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args(argv)
    data = args.shared / SAMPLE
    if not data.is_file():
        print(f"alternate: no {data} (the SaudiNewsNet sample of ../shared/data)", file=sys.stderr)
        return 2
    for build in (args.a, args.b):
        if not (build / ".venv/bin/rasd").exists():
            print(f"alternate: no installed rasd in {build}/.venv", file=sys.stderr)
            return 2
    builds = (args.a, args.b)
    for build in builds:
        _run(build, data, args.jobs)  # warm the page cache and the disk
    speed: dict[Path, list[float]] = {b: [] for b in builds}
    cpu: dict[Path, list[float]] = {b: [] for b in builds}
    ratios = []
    for i in range(args.pairs):
        got = {}
        for build in builds if i % 2 == 0 else builds[::-1]:
            got[build] = _run(build, data, args.jobs)
            speed[build].append(got[build][0])
            cpu[build].append(got[build][1])
        ratios.append(got[args.b][0] / got[args.a][0])
        print(f"pair {i + 1}: {args.a.name} {got[args.a][0]:.1f}  {args.b.name} {got[args.b][0]:.1f} articles/s"
              f"  (load {os.getloadavg()[0]:.2f})", flush=True)
    for build in builds:
        print(f"{build.name}: median {statistics.median(speed[build]):.1f} articles/s "
              f"(runs {min(speed[build]):.1f}-{max(speed[build]):.1f}), CPU {statistics.median(cpu[build]):.2f} s")
    print(f"median ratio of the pairs {args.b.name}/{args.a.name}: {statistics.median(ratios):.3f}; "
          f"CPU ratio {statistics.median(cpu[args.b]) / statistics.median(cpu[args.a]):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
