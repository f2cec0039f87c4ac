"""The `rasd` command line: a thin layer over the library."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from importlib import import_module
from multiprocessing.pool import AsyncResult
from typing import Any

import click

from . import compiled
from .io import InputError, Item, read_items

_BUILD = "compiled with mypyc" if compiled() else "plain Python"

# name -> "module:attribute" of a click command, imported only when used (keeps start-up fast)
_EVAL_COMMANDS = {
    "ner": "rasd.eval.ner:command",
    "times": "rasd.eval.times:command",
    "events": "rasd.eval.events:command",
    "segment": "rasd.eval.segment:command",
}
_TRAIN_COMMANDS = {"ner": "rasd.entities.train:command", "neural-ner": "rasd.entities.neural_train:command"}


class LazyGroup(click.Group):
    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            mod, attr = self.lazy[cmd_name].split(":")
            try:
                cmd = getattr(import_module(mod), attr)
            except (ImportError, AttributeError) as exc:  # a part not installed/built yet: say so, no traceback
                return _unavailable(cmd_name, f"{mod}:{attr}", exc)
            assert isinstance(cmd, click.Command)
            return cmd
        return super().get_command(ctx, cmd_name)


def _unavailable(name: str, where: str, exc: Exception) -> click.Command:
    why = f"{type(exc).__name__}: {exc}"

    def fail() -> None:
        click.echo(f"rasd: error: '{name}' is not available in this installation ({where}; {why})", err=True)
        sys.exit(1)

    return click.Command(name, callback=fail, help=f"(not available: {why})", short_help="(not available)")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd", message=f"%(prog)s %(version)s ({_BUILD})")
def main() -> None:
    """rasd: Arabic news to event data (entities, events, quotes, times, numbers) with character offsets."""


def _valid_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


# -- worker side ----------------------------------------------------------------------------------------
def analyze_one(item: Item, date: str | None, fmt: str, tokens: bool = False) -> str:
    from . import analyze

    try:
        doc = analyze(item.text, date=date or item.date, id=item.id)
    except Exception as exc:  # one bad article must not stop a batch
        raise InputError(f"{item.id}: analysis failed ({type(exc).__name__}: {exc})") from None
    if fmt == "text":
        from .render import render_text

        return render_text(doc)
    if fmt == "json":
        return json.dumps(doc.to_dict(tokens=tokens), ensure_ascii=False, indent=2)
    return doc.to_json(tokens=tokens)  # = json.dumps(doc.to_dict(tokens=...), ensure_ascii=False), made faster


def _safe(item: Item, date: str | None, fmt: str, tokens: bool = False) -> tuple[bool, str]:
    from . import batch_article_done

    try:
        return True, analyze_one(item, date, fmt, tokens)
    except InputError as exc:
        return False, str(exc)
    finally:
        batch_article_done()


def _items(paths: tuple[str, ...]) -> Iterator[Item | InputError]:
    for p in paths:
        yield from read_items(p)


def _run(
    items: Iterator[Item | InputError], date: str | None, fmt: str, jobs: int, tokens: bool = False
) -> Iterator[tuple[bool, str]]:
    """Analyse in order; with jobs > 1 a bounded window of work in a process pool keeps memory flat."""
    if jobs <= 1:
        for it in items:
            yield (False, str(it)) if isinstance(it, InputError) else _safe(it, date, fmt, tokens)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with ctx.Pool(jobs) as pool:
        window: deque[tuple[bool, str] | AsyncResult[tuple[bool, str]]] = deque()
        limit = 4 * jobs
        for it in items:
            if isinstance(it, InputError):
                window.append((False, str(it)))
            else:
                window.append(pool.apply_async(_safe, (it, date, fmt, tokens)))
            while len(window) > limit:
                yield _resolve(window.popleft())
        while window:
            yield _resolve(window.popleft())


# Garbage-collector thresholds for a batch (CPython's default is 700, 10, 10). The pipeline makes no reference
# cycles (a profiled pass over 347 articles collected none), but its per-word caches keep growing, and with the
# default thresholds the full collections that rescan them took ~15% of the CPU time. Cycles are still
# collected, only in larger batches: a young collection every 20,000 net allocations (a few articles).


def _warm_up() -> None:
    """Load the models before any worker forks and set the batch collector settings (:func:`rasd.batch_mode`):
    workers forked afterwards share the models copy-on-write and inherit the settings."""
    from . import batch_mode

    batch_mode()


def _resolve(x: tuple[bool, str] | AsyncResult[tuple[bool, str]]) -> tuple[bool, str]:
    return x if isinstance(x, tuple) else x.get()


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--date", callback=_valid_date, help="Publication date YYYY-MM-DD (else inferred from the text).")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default=None,
    help="json (one object, indented), jsonl (one object per line) or text (a summary for people). "
    "Default: json for one file, jsonl for several.",
)  # fmt: skip
@click.option("--jobs", "-j", type=int, default=0, help="Worker processes for a batch (default: all cores).")
@click.option("--ner", type=click.Choice(["crf", "neural", "ensemble"]), default=None,
              help="The statistical NER tagger (default: $RASD_NER, else ensemble: the CRF and the neural model together).")  # fmt: skip
@click.option("--tokens", is_flag=True,
              help="Add the surface tokens with the words inside each (JSON output; about 5x the size).")  # fmt: skip
def analyze(
    files: tuple[str, ...], date: str | None, fmt: str | None, jobs: int, ner: str | None, tokens: bool
) -> None:
    """Analyse articles (FILE, '-' for stdin, or a .jsonl of {id, text} records) and print the contract JSON."""
    from .entities.taggers import ENV, chosen

    if ner is not None:
        os.environ[ENV] = ner  # read when the model loads, below, before any worker forks
    try:
        chosen()
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    if fmt is None:
        fmt = "json" if len(files) == 1 and not files[0].endswith(".jsonl") else "jsonl"
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if len(files) == 1 and not files[0].endswith(".jsonl"):
        jobs = 1
    ok_count = bad = 0
    out = sys.stdout
    _warm_up()
    for ok, payload in _run(_items(files), date, fmt, jobs, tokens):
        if ok:
            ok_count += 1
            out.write(payload)
            out.write("\n")
            out.flush()
        else:
            bad += 1
            click.echo(f"rasd: error: {payload}", err=True)
    if bad:
        if ok_count:
            click.echo(f"rasd: {bad} of {ok_count + bad} inputs failed", err=True)
        sys.exit(1)


@main.group(cls=LazyGroup, lazy=_EVAL_COMMANDS)
def eval() -> None:  # noqa: A001 - the command is called eval
    """Measure quality on held-out data (P/R/F1 per type)."""


@main.group(cls=LazyGroup, lazy=_TRAIN_COMMANDS)
def train() -> None:
    """Rebuild the shipped models from data."""


@main.command()
def stages() -> None:
    """List the registered pipeline stages with what they need and assign."""
    from .pipeline import registry

    for name in registry.names():
        st = registry.get(name)
        click.echo(f"{name:10s} needs: {', '.join(st.requires) or '-':30s} assigns: {', '.join(st.assigns)}")


if __name__ == "__main__":  # pragma: no cover
    main()
