"""rasd: Arabic news to event data, every field traceable to its characters in the article."""

from __future__ import annotations

from functools import lru_cache

from .doc import Dateline, Doc, Entity, Event, Mention, NumberSpan, Quote, Span, TimeSpan, Token, Word
from .pipeline import DEFAULT_STAGES, Pipeline, PipelineError, registry, stage

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_STAGES",
    "Dateline",
    "Doc",
    "Entity",
    "Event",
    "Mention",
    "NumberSpan",
    "Pipeline",
    "PipelineError",
    "Quote",
    "Span",
    "TimeSpan",
    "Token",
    "Word",
    "analyze",
    "batch_article_done",
    "batch_mode",
    "compiled",
    "registry",
    "stage",
]


def compiled() -> bool:
    """Whether this installation runs the analysis modules compiled by mypyc (a regular ``pip install``) rather
    than as plain Python (an editable install, ``RASD_COMPILE=0``, or no C compiler at build time)."""
    from . import doc

    return not (doc.__file__ or "").endswith(".py")


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline(DEFAULT_STAGES)


def analyze(text: str, date: str | None = None, *, id: str = "-") -> Doc:
    """Run the default pipeline over a raw article (text or HTML). ``date`` is the publication date."""
    return _default_pipeline()(text, id=id, date=date)


BATCH_GC_THRESHOLDS = (20_000, 50, 50)


def batch_mode(gc_thresholds: tuple[int, int, int] = BATCH_GC_THRESHOLDS) -> None:
    """Get this process ready for many articles: load every model and lexicon now (one small article), move
    them out of the garbage collector's sight (``gc.freeze``: they live as long as the process) and raise the
    collector's thresholds, since the pipeline's caches are scanned again and again at the defaults and hold
    nothing to free. Call it once before a batch (and before forking workers, which then share the models
    copy-on-write). It changes the process-wide collector settings."""
    import gc

    # The models and lexicons are long-lived objects only: collecting while they are built (hundreds of thousands
    # of allocations) scans the growing heap again and again for nothing (a quarter of the load time).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        analyze("زار الوزير بغداد أمس وقال إن 3 دول ستشارك.", date="2015-08-10")
    finally:
        if was_enabled:
            gc.enable()
    # no collection first: the load makes no garbage cycles (a collection found none); the gc docs' advice before a fork
    gc.freeze()
    gc.set_threshold(*gc_thresholds)


def batch_article_done() -> None:
    """In a batch, after :func:`batch_mode`: call once an article is analysed and its output made. What the
    article left alive is the growth of the per-word caches (the pipeline makes no reference cycles, so its
    ``Doc`` is freed already), which is moved out of the collector's sight as the models were (``gc.freeze``):
    the young collections then scan only what the next article makes, instead of the caches again and again."""
    import gc

    gc.freeze()
