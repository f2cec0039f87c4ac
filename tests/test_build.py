"""The compiled build (setup.py + mypyc): its module list stays true to the source tree, and a regular install on a
machine with a C compiler really runs compiled (the extensions are optional, so a failed compile would otherwise
pass unnoticed as plain Python)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import rasd
from rasd.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _compiled_list() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError("setup.py has no COMPILED list")


def test_every_compiled_module_exists_and_none_is_listed_twice() -> None:
    listed = _compiled_list()
    assert len(listed) == len(set(listed))
    missing = [m for m in listed if not (ROOT / "src" / "rasd" / m).is_file()]
    assert not missing, f"setup.py COMPILED names modules that are gone: {missing}"


# Modules on the per-article path left interpreted on purpose: package files that only import, and the stage
# registry (it imports the stages by name).
PLAIN = {"rasd", "rasd.text", "rasd.time", "rasd.entities", "rasd.events", "rasd.pipeline"}


def test_every_module_an_analysis_runs_is_compiled() -> None:
    """After a full analysis, every rasd module loaded is in the list (a new module left out would run interpreted:
    silently slower) or among the few kept plain."""
    code = ("import sys, rasd; rasd.analyze('زار الوزير بغداد أمس وقال إن 3 دول ستشارك في الاجتماع.', "
            "date='2015-08-10'); print(' '.join(m for m in sys.modules if m == 'rasd' or m.startswith('rasd.')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # a fresh process
    loaded = set(run.stdout.split())
    listed = {"rasd." + m.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for m in _compiled_list()}
    assert "rasd.events.stage" in loaded and loaded - listed - PLAIN == set()


def test_a_regular_install_runs_compiled() -> None:
    installed = Path(rasd.__file__).resolve()
    if ROOT / "src" in installed.parents:
        pytest.skip("editable install (the source tree): plain Python by design")
    if os.environ.get("RASD_COMPILE", "1").strip() in ("0", "no", "false"):
        pytest.skip("RASD_COMPILE=0: built as plain Python on purpose")
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler on this machine: the optional extensions were skipped")
    assert rasd.compiled(), f"{installed.parent} holds plain modules: the mypyc build failed (see pip's log)"


_FAILING_CC = """#!/bin/sh
for a in "$@"; do case "$a" in *__native_*.c) echo "test: refusing $a" >&2; exit 1;; esac; done
exec gcc "$@"
"""


def test_a_failed_compile_installs_no_extension_at_all(tmp_path: Path) -> None:
    """The shared library of all the compiled code fails (here: a compiler that refuses it) while the per-module
    stubs would compile: the build must leave no extension at all (stubs that import a missing library would break
    every import), and say so. Run on a copy of the tree with two modules in COMPILED, to keep it short."""
    pytest.importorskip("mypyc.build")
    if shutil.which("gcc") is None:
        pytest.skip("no gcc on this machine")
    tree = tmp_path / "tree"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__"))
    setup_py = tree / "setup.py"
    text = setup_py.read_text(encoding="utf-8")
    start = text.index("COMPILED = [")
    end = text.index("\n]\n", start) + 3
    setup_py.write_text(text[:start] + 'COMPILED = ["doc.py", "text/normalize.py"]\n' + text[end:], encoding="utf-8")
    cc = tmp_path / "cc.sh"
    cc.write_text(_FAILING_CC, encoding="utf-8")
    cc.chmod(0o755)
    env = {**os.environ, "CC": str(cc), "RASD_COMPILE": "1"}
    run = subprocess.run([sys.executable, "setup.py", "-q", "build_ext"], cwd=tree, env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "rasd: compiling with mypyc failed" in run.stderr and "installing plain Python" in run.stderr
    assert "test: refusing" in run.stderr  # the library really was refused, so the stubs were the ones left
    assert not list((tree / "build").rglob("*.so"))


def test_version_names_the_build() -> None:
    out = CliRunner().invoke(main, ["--version"]).output
    assert ("compiled with mypyc" in out) is rasd.compiled() and ("plain Python" in out) is not rasd.compiled()


def _starred_membership(tree: ast.AST) -> list[int]:
    """Lines of ``x in (a, *b)`` / ``x not in [a, *b]``: a starred display as the right side of a membership test,
    which mypyc's IR builder cannot compile (an internal assertion in visit_star_expr fails the whole build)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Tuple, ast.List, ast.Set)) \
                        and any(isinstance(e, ast.Starred) for e in right.elts):
                    lines.append(node.lineno)
    return lines


def _tuple_of_tuples_membership(tree: ast.AST) -> list[int]:
    """Lines of ``(a, b) not in ((None, None), pair)``: a membership test in a display that holds a tuple display
    next to anything but tuples of constants. mypyc compiled session 21's case (pointed_back) to C that gcc rejects
    under ``-Werror=maybe-uninitialized``: the group library failed, and with it every compiled module. Displays of
    constant tuples only (``p in (("ب",), ("ل",))``) compile and are allowed."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Tuple, ast.List, ast.Set)) \
                        and any(isinstance(e, ast.Tuple) for e in right.elts) \
                        and not all(_constant_tuple(e) for e in right.elts):
                    lines.append(node.lineno)
    return lines


def _constant_tuple(node: ast.expr) -> bool:
    return isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts)


def test_the_guard_sees_a_tuple_of_tuples_membership() -> None:
    assert _tuple_of_tuples_membership(ast.parse("ok = (a, b) not in ((None, None), pair)")) == [1]
    assert _tuple_of_tuples_membership(ast.parse("ok = p in [(1, x)]")) == [1]
    assert _tuple_of_tuples_membership(ast.parse("ok = k in ('a', 'b') or (a, b) in pairs\nxs = ((1, x), y)")) == []
    assert _tuple_of_tuples_membership(ast.parse("ok = p in (('ب',), ('و', 'ل'))")) == []


def test_no_compiled_module_has_a_tuple_of_tuples_membership_test() -> None:
    found = {}
    for m in _compiled_list():
        lines = _tuple_of_tuples_membership(ast.parse((ROOT / "src" / "rasd" / m).read_text(encoding="utf-8")))
        if lines:
            found[m] = lines
    assert not found, f"membership tests in a display of tuples (write a loop or compare fields): {found}"


def test_the_guard_sees_a_starred_membership() -> None:
    assert _starred_membership(ast.parse("ok = k in ('a', *more)")) == [1]
    assert _starred_membership(ast.parse("ok = k in ('a', 'b') or k in more\nxs = ('a', *more)")) == []


def test_no_compiled_module_has_a_starred_membership_test() -> None:
    """The pattern compiles under plain Python and only fails the mypyc build (session 20 met it in prior_acts)."""
    found = {}
    for m in _compiled_list():
        lines = _starred_membership(ast.parse((ROOT / "src" / "rasd" / m).read_text(encoding="utf-8")))
        if lines:
            found[m] = lines
    assert not found, f"starred membership tests (rewrite as two tests): {found}"


def test_an_analysis_leaves_no_reference_cycles() -> None:
    """Batch runs freeze what an article leaves alive (``rasd.batch_article_done``), trusting that the pipeline makes
    no reference cycles: a cycle holding the Doc would then never be freed. A nested function compiled by mypyc
    makes one through its environment (session 20's ``light_before`` did: peak RSS 459 → 605 MB), so this runs in
    the installed build, compiled where CI installs it."""
    seed = (ROOT / "examples" / "000_545e91c68c60f2ba.txt").read_text(encoding="utf-8")
    extra = "وشن المسلحون هجوما على مركز للشرطة أمس، ثم بشن هجوم ثان قرب المدينة."
    code = ("import gc, sys, collections, rasd\n"
            "rasd.analyze('زار الوزير بغداد أمس.', date='2015-08-10')\n"
            "gc.collect(); gc.set_debug(gc.DEBUG_SAVEALL)\n"
            "for text in sys.argv[1:]:\n"
            "    doc = rasd.analyze(text, date='2014-10-09'); del doc\n"
            "gc.collect()\n"
            "print(dict(collections.Counter(type(o).__name__ for o in gc.garbage)))")
    run = subprocess.run([sys.executable, "-c", code, seed, extra], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "{}", f"objects in reference cycles after an analysis: {run.stdout.strip()}"
