"""Each layer's module imports on its own, first, in a fresh interpreter: no import cycle between the layers (a
cycle rasd.events.stage → events.named_doers → rasd.quotes → events.stage once broke ``from rasd.events.stage
import extract_events`` when nothing else was imported before it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

ENTRY_MODULES = ["rasd.events.stage", "rasd.quotes", "rasd.entities.stage", "rasd.time", "rasd.pipeline",
                 "rasd.events.report_model", "rasd.eval.events"]


@pytest.mark.parametrize("module", ENTRY_MODULES)
def test_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]
