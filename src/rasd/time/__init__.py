"""The time layer: data tables (``rasd/data/time``), a lexicon over tokens, a small grammar and a resolver.

``rasd.temporal`` is the pipeline stage; ``find_times`` here is the engine it runs.
"""

from .context import TimeMatch
from .grammar import find_times
from .lexicon import Lexicon, lexicon

__all__ = ["Lexicon", "TimeMatch", "find_times", "lexicon"]
