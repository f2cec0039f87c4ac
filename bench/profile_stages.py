"""cProfile of the pipeline, one stage at a time, over the SaudiNewsNet politics sample (single process).

    .venv/bin/python bench/profile_stages.py [--limit N] [--stages tokens,times] [--top 25] [--render] [--shared DIR]

Every stage runs on every article (so later stages see their inputs), but only the stages named in
``--stages`` (default: all; ``--stages none`` times the stages without any profiler) run under the profiler;
``--render`` also times ``Doc.to_json`` as the CLI writes its jsonl lines (profiled where
``--stages`` is empty or names ``render``); ``clean`` is ``make_doc`` (markup, spaces, offsets). Printed: per
profiled stage, the functions with the most own time (tottime), with call counts, so that changes can be judged
by calls and ratios rather than by noisy wall time. The ms/article per stage, and the profiler's clock, are CPU
time of this process (``time.process_time``), which other work on a shared machine disturbs far less than wall
time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
SAMPLE = Path("saudinewsnet_sample") / "saudinewsnet_politics_sample.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    ap.add_argument("--stages", default="", help="comma-separated stages to profile (default: all)")
    ap.add_argument("--top", type=int, default=25, help="functions shown per stage (25)")
    ap.add_argument("--render", action="store_true", help="also time Doc.to_json (the CLI's jsonl line)")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (tottime)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder (../shared/data)")
    args = ap.parse_args(argv)

    import rasd
    from rasd.io import Item, read_items

    items = [it for it in read_items(str(args.shared / SAMPLE)) if isinstance(it, Item)][: args.limit or None]
    # as the CLI does: load the models, freeze them out of the collector's sight and raise its thresholds
    # (rasd.batch_mode), then freeze each article's cache growth (rasd.batch_article_done); without it the
    # collections that rescan the caches land on whatever function is running and skew the profile
    rasd.batch_mode()
    nlp = rasd.Pipeline(rasd.DEFAULT_STAGES)
    wanted = set(args.stages.split(",")) if args.stages else set(nlp.names)
    # the profiler's clock is CPU time too: its per-function figures then agree with the per-stage ones
    profs = {name: cProfile.Profile(time.process_time) for name in nlp.names if name in wanted}
    render_prof = cProfile.Profile(time.process_time) if not args.stages or "render" in wanted else None
    spent = dict.fromkeys(["clean", *nlp.names, "render"], 0.0)  # clean: make_doc (markup, spaces, offsets)
    for it in items:
        t0 = time.process_time()
        doc = nlp.make_doc(it.text, id=it.id, date=it.date)
        spent["clean"] += time.process_time() - t0
        for st in nlp.stages:
            t0 = time.process_time()
            p = profs.get(st.name)
            if p is not None:
                p.enable()
            st.fn(doc)
            if p is not None:
                p.disable()
            doc.layers.update(st.assigns)
            spent[st.name] += time.process_time() - t0
        if args.render:
            t0 = time.process_time()
            if render_prof is not None:
                render_prof.enable()
            doc.to_json(tokens=False)  # the line the CLI writes for --format jsonl (rasd.cli.analyze_one)
            if render_prof is not None:
                render_prof.disable()
            spent["render"] += time.process_time() - t0
        rasd.batch_article_done()
    n = max(1, len(items))
    print(f"{len(items)} articles; CPU ms/article (with profiler overhead where profiled):")
    total = 1000 * sum(spent.values()) / n
    print("  " + "  ".join(f"{k} {1000 * v / n:.1f}" for k, v in spent.items()) + f"  total {total:.1f}")
    if render_prof is not None and args.render:
        profs["render"] = render_prof
    for name, prof in profs.items():
        print(f"\n===== {name} =====")
        pstats.Stats(prof, stream=sys.stdout).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
