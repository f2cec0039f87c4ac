"""The real `rasd` console script, run as a subprocess: output formats, batches, and every kind of bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

RASD = Path(sys.executable).with_name("rasd")
GOOD = "زار وزير الخارجية بغداد أمس وقال إن 30 دولة تدعم العراق."
GOOD2 = "قال الرئيس إن ثلاثة عشر جنديا قتلوا."

pytestmark = pytest.mark.skipif(not RASD.exists(), reason=f"the rasd console script is not installed at {RASD}")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(RASD), *args], input=stdin, capture_output=True, cwd=cwd, timeout=60, check=False
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace")
    )


def assert_one_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    """Non-zero exit, no traceback, and the error is one line starting with `rasd: error:`."""
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("rasd: error:")]
    assert len(errors) == 1, proc.stderr
    for w in words:
        assert w in errors[0]


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good2.txt").write_text(GOOD2, encoding="utf-8")
    return tmp_path


def test_json_of_one_file(files: Path) -> None:
    proc = run("analyze", "good.txt", "--date", "2014-10-09", "--tokens", cwd=files)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["id"] == "good.txt" and doc["text"] == GOOD and doc["date"] == "2014-10-09"
    assert [(n["text"], n["value"]) for n in doc["numbers"]] == [("30", 30)]
    assert doc["tokens"]
    for tok in doc["tokens"]:
        assert doc["text"][tok["start"] : tok["end"]] == tok["text"]
        assert "".join(doc["text"][w["start"] : w["end"]] for w in tok["words"]) == tok["text"]


def test_tokens_only_on_request(files: Path) -> None:
    proc = run("analyze", "good.txt", "good2.txt", "--date", "2014-10-09", "--format", "jsonl", cwd=files)
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(docs) == 2 and all("tokens" not in d and d["sentences"] for d in docs) and docs[0]["entities"]


def test_batch_reports_the_bad_file_and_keeps_order(files: Path) -> None:
    proc = run("analyze", "good.txt", "missing.txt", "good2.txt", "--format", "jsonl", cwd=files)
    assert_one_error(proc, "missing.txt", "no such file")
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["good.txt", "good2.txt"]
    assert [d["text"] for d in docs] == [GOOD, GOOD2]
    assert "1 of 3 inputs failed" in proc.stderr


def test_batch_with_workers_keeps_order(files: Path) -> None:
    names = []
    for i in range(6):
        (files / f"a{i}.txt").write_text(f"{GOOD} {i}", encoding="utf-8")
        names.append(f"a{i}.txt")
    proc = run("analyze", *names, "--jobs", "2", cwd=files)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == names


def test_text_format_shows_words(files: Path) -> None:
    (files / "clitic.txt").write_text("وقال الوزير إن ثلاثة عشر جنديا قتلوا.", encoding="utf-8")
    proc = run("analyze", "clitic.txt", "--format", "text", cwd=files)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("# clitic.txt")
    assert "## sentences (1)" in out
    assert "و+قال" in out or "وقال" in out  # words joined by + once the segmenter splits clitics
    assert "«ثلاثة عشر» = 13\n" in out + "\n"


def test_stdin(files: Path) -> None:
    proc = run("analyze", "-", stdin=GOOD.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["id"] == "stdin" and doc["text"] == GOOD


def test_windows_1256_arabic_is_read(files: Path) -> None:
    (files / "cp.txt").write_bytes(GOOD.encode("cp1256"))
    proc = run("analyze", "cp.txt", cwd=files)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == GOOD


def test_short_windows_1256_word_is_read(files: Path) -> None:
    (files / "w.txt").write_bytes("مرحبا".encode("cp1256"))
    proc = run("analyze", "w.txt", cwd=files)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "مرحبا"


def test_stdin_too_large(tmp_path: Path) -> None:
    from rasd.io import InputError, read_items

    old = sys.stdin
    try:
        sys.stdin = io.TextIOWrapper(io.BytesIO(GOOD.encode("utf-8") * 10))
        got = list(read_items("-", max_bytes=100))
    finally:
        sys.stdin = old
    assert len(got) == 1 and isinstance(got[0], InputError) and str(got[0]).startswith("<stdin>: too large")


def test_utf16_with_bom_is_read(files: Path) -> None:
    (files / "u16.txt").write_bytes(GOOD.encode("utf-16"))
    proc = run("analyze", "u16.txt", cwd=files)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == GOOD


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.txt", None, ("missing.txt", "no such file")),
        ("adir", "DIR", ("adir", "directory")),
        ("empty.txt", b"", ("empty.txt", "empty")),
        ("blank.txt", b" \n\t\n", ("blank.txt", "empty")),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ("image.png", "binary")),
        ("latin1.txt", "Ça coûte très cher à Zürich".encode("latin-1"), ("latin1.txt", "not UTF-8")),
        ("junk.txt", bytes(range(128, 256)) * 4, ("junk.txt", "not UTF-8")),
        ("bom.bin", b"\xff\xfe\x00\x01garbage\x00\x03\x04", ("bom.bin", "binary")),
    ],
)
def test_bad_inputs(files: Path, name: str, content: bytes | str | None, words: tuple[str, ...]) -> None:
    if content == "DIR":
        (files / name).mkdir()
    elif isinstance(content, bytes):
        (files / name).write_bytes(content)
    assert_one_error(run("analyze", name, cwd=files), *words)


def test_huge_single_line_is_refused_fast(files: Path) -> None:
    big = files / "big.txt"
    with big.open("wb") as fh:  # 50 MB in one line, written in pieces
        chunk = ("ا" * 1024 * 1024).encode("utf-8")
        for _ in range(25):
            fh.write(chunk)
    proc = run("analyze", "big.txt", cwd=files)
    assert_one_error(proc, "big.txt", "too large")


def test_long_line_under_the_size_limit_is_refused(files: Path) -> None:
    (files / "line.txt").write_text("كلمة " * 300_000, encoding="utf-8")  # 1.5 M characters, one line
    assert_one_error(run("analyze", "line.txt", cwd=files), "line.txt", "single line")


def test_jsonl_with_bad_records(files: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": GOOD, "date": "2014-10-09"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "content": GOOD2}, ensure_ascii=False),
        json.dumps({"id": "d"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": "e", "text": GOOD, "date": "yesterday"}, ensure_ascii=False),
    ]
    (files / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("analyze", "in.jsonl", cwd=files)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("rasd: error:")]
    assert errors == [
        "rasd: error: in.jsonl:2: not a JSON object",
        "rasd: error: in.jsonl:4: record has no 'text' (or 'content')",
        "rasd: error: in.jsonl:5: not a JSON object",
    ]
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(d["id"], d["date"]) for d in docs] == [("a", "2014-10-09"), ("c", None), ("e", None)]


def test_bad_date_option(files: Path) -> None:
    proc = run("analyze", "good.txt", "--date", "9/10/2014", cwd=files)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "YYYY-MM-DD" in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("analyze", "--help"),
        ("stages", "--help"),
        ("eval", "--help"),
        ("train", "--help"),
        ("eval", "ner", "--help"),
        ("eval", "times", "--help"),
        ("eval", "events", "--help"),
        ("eval", "segment", "--help"),
        ("train", "ner", "--help"),
    ],
)
def test_help_everywhere(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout.startswith("Usage: rasd")


def test_jsonl_record_over_the_size_limit_is_skipped(tmp_path: Path) -> None:
    from rasd.io import InputError, Item, read_items

    path = tmp_path / "big.jsonl"
    recs = [{"id": "a", "text": GOOD}, {"id": "big", "text": "ا" * 5000}, {"id": "c", "text": GOOD2}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    got = list(read_items(str(path), max_bytes=2000))
    assert isinstance(got[0], Item) and got[0].id == "a"
    assert isinstance(got[1], InputError) and "big.jsonl:2: record too large" in str(got[1])
    assert isinstance(got[2], Item) and got[2].id == "c" and got[2].text == GOOD2


def test_jsonl_date_from_a_crawlers_field(tmp_path: Path) -> None:
    from rasd.io import read_items

    lines = [
        {"url": "u1", "content": GOOD, "date_extracted": "2015-08-01 08:18:08"},  # SaudiNewsNet's fields
        {"id": "u2", "text": GOOD, "date": "2014-10-09", "date_extracted": "2015-08-01"},  # the date wins
        {"id": "u3", "text": GOOD, "date": "yesterday", "published": "2015-08-02T10:00:00Z"},
        {"id": "u4", "text": GOOD, "published": "soon"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    got = [(it.id, it.date) for it in read_items(str(path)) if not isinstance(it, Exception)]
    assert got == [("u1", "2015-08-01"), ("u2", "2014-10-09"), ("u3", "2015-08-02"), ("u4", None)]


def test_python_dash_m_runs_the_cli() -> None:
    """``python -m rasd`` is the same command line as the script: it analyses text from stdin."""
    proc = subprocess.run([sys.executable, "-m", "rasd", "analyze", "-", "--ner", "crf"],
                          input="زار وزير الخارجية الأميركي جون كيري بغداد أمس.", capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert any(e["name"] == "جون كيري" and e["actor"] == "USAGOV" for e in out["entities"])
