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
    "registry",
    "stage",
]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline(DEFAULT_STAGES)


def analyze(text: str, date: str | None = None, *, id: str = "-") -> Doc:
    """Run the default pipeline over a raw article (text or HTML). ``date`` is the publication date."""
    return _default_pipeline()(text, id=id, date=date)
