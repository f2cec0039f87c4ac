"""Stages registered by name, each declaring the layers it needs and the layers it assigns.

A stage is a plain function ``(doc) -> None`` (or a callable object) that fills layers of the ``Doc``.
``Pipeline(["tokens", "sentences", ...])`` checks, before any text is processed, that every stage's needs are
assigned by an earlier stage, and says clearly which one is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module

from .doc import Doc
from .text.clean import clean

StageFn = Callable[[Doc], None]


class PipelineError(ValueError):
    """A pipeline that cannot run as configured (unknown stage, missing requirement)."""


@dataclass(frozen=True)
class StageInfo:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


class Registry:
    """Name → stage. Holds only registrations, never per-document state."""

    def __init__(self) -> None:
        self._stages: dict[str, StageInfo] = {}

    def register(
        self, name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
    ) -> Callable[[StageFn], StageFn]:
        def deco(fn: StageFn) -> StageFn:
            self._stages[name] = StageInfo(name, fn, tuple(requires), tuple(assigns) or (name,))
            return fn

        return deco

    def get(self, name: str) -> StageInfo:
        _load_builtin_stages()
        try:
            return self._stages[name]
        except KeyError:
            known = ", ".join(sorted(self._stages))
            raise PipelineError(f"unknown stage {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        _load_builtin_stages()
        return sorted(self._stages)


registry = Registry()
stage = registry.register

# The modules whose import registers the built-in stages.
_BUILTIN_MODULES = (
    "rasd.text.segment",
    "rasd.text.sentences",
    "rasd.text.numbers",
    "rasd.text.dateline",
    "rasd.temporal",
    "rasd.entities.stage",
    "rasd.events.stage",
    "rasd.quotes",
    "rasd.events.groups",
)

DEFAULT_STAGES = ("tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes", "events", "groups")


def _load_builtin_stages() -> None:
    for mod in _BUILTIN_MODULES:
        import_module(mod)


class Pipeline:
    def __init__(self, names: Sequence[str] = DEFAULT_STAGES) -> None:
        self.stages = [registry.get(n) for n in names]
        have: set[str] = {"text"}
        for st in self.stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} needs {', '.join(repr(m) for m in missing)}, "
                    f"which no earlier stage assigns; add the stage that provides it before {st.name!r}"
                )
            have.update(st.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def make_doc(self, raw: str, *, id: str = "-", date: str | None = None) -> Doc:
        text, omap = clean(raw)
        doc = Doc(text=text, id=id, raw=raw, offset_map=omap)
        doc.layers.add("text")
        if date is not None:
            doc.date = date
            doc.date_source = "given"
        return doc

    def __call__(self, raw: str, *, id: str = "-", date: str | None = None) -> Doc:
        doc = self.make_doc(raw, id=id, date=date)
        for st in self.stages:
            st.fn(doc)
            doc.layers.update(st.assigns)
            doc.memo.clear()  # what one stage derived for itself is not the next one's to trust
        return doc
