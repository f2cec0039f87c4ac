"""Reading articles: files, standard input and JSONL records, with one clear error per bad item."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

MAX_BYTES = 10 * 1024 * 1024  # one article; larger inputs are refused with a clear message
MAX_LINE = 1_000_000  # characters in one line of an article: longer is a dump, not news


class InputError(Exception):
    """A bad input item: the message is one line meant for the user."""


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    date: str | None = None


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark
        try:
            text16 = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16 despite its byte-order mark") from None
        if not text16.strip():
            raise InputError(f"{name}: empty input")
        if not _plausible(text16):
            raise InputError(f"{name}: not a text file (binary data behind a UTF-16 byte-order mark)")
        return text16
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not a text file (binary data)")
    for enc in ("utf-8-sig", "cp1256"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "cp1256" and not _mostly_arabic(text):
            break
        if not text.strip():
            raise InputError(f"{name}: empty input")
        return text
    raise InputError(f"{name}: not UTF-8 and not decodable as Windows-1256 Arabic")


def _plausible(text: str) -> bool:
    """Text a news reader could have written: few control characters, letters mostly Arabic or Latin."""
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    letters = [c for c in sample if c.isalpha()]
    known = sum(1 for c in letters if c.isascii() or "\u0600" <= c <= "\u06ff" or "\u00c0" <= c <= "\u024f")
    return controls <= len(sample) * 0.01 and (not letters or known / len(letters) > 0.5)


def _mostly_arabic(text: str) -> bool:
    """Windows-1256 decodes almost any bytes; real Arabic text is mostly Arabic letters *and* has words."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    ar = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    spaces = sum(1 for c in text if c.isspace())
    return ar / len(letters) > 0.5 and (len(text) < 40 or spaces / len(text) > 0.05)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    name = "<stdin>" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if not os.path.exists(path):
            raise InputError(f"{path}: no such file")
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory, not a file")
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise InputError(f"{path}: too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB per article)")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: too large (over {max_bytes / 1e6:.0f} MB per article)")
    return data


def _check_lines(text: str, name: str, max_line: int = MAX_LINE) -> None:
    if len(text) > max_line and max(map(len, text.splitlines() or [""])) > max_line:
        raise InputError(f"{name}: a single line longer than {max_line:,} characters; not an article")


def read_items(path: str, *, max_bytes: int = MAX_BYTES) -> Iterator[Item | InputError]:
    """Yield the articles in ``path`` (a text/HTML file, ``-``, or ``.jsonl`` with id/text records).

    Bad items are yielded as ``InputError`` so that a batch can report them and go on.
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path.endswith(".jsonl"):
            yield from _read_jsonl(path, max_bytes)
            return
        text = decode(_read_bytes(path, max_bytes), name)
        _check_lines(text, name)
    except InputError as exc:
        yield exc
        return
    yield Item(id=os.path.basename(path) if path != "-" else "stdin", text=text)


DATE_FIELDS = ("date", "published", "date_extracted")  # a record's date fields, the first valid one wins


def _valid_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def _jsonl_lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a JSONL file; ``None`` for a line over ``max_bytes`` (skipped without holding it whole)."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(1 << 20)
            yield None
            continue
        yield line


def _read_jsonl(path: str, max_bytes: int = MAX_BYTES) -> Iterator[Item | InputError]:
    if not os.path.exists(path):
        yield InputError(f"{path}: no such file")
        return
    if os.path.isdir(path):
        yield InputError(f"{path}: is a directory, not a file")
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")
        return
    with fh:
        for n, line in enumerate(_jsonl_lines(fh, max_bytes), 1):
            where = f"{path}:{n}"
            if line is None:
                yield InputError(f"{where}: record too large (over {max_bytes / 1e6:.0f} MB per article)")
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except UnicodeDecodeError:
                yield InputError(f"{where}: not UTF-8")
                continue
            except ValueError:
                yield InputError(f"{where}: not a JSON object")
                continue
            if not isinstance(rec, dict):
                yield InputError(f"{where}: not a JSON object")
                continue
            text = rec.get("text") or rec.get("content")
            if not isinstance(text, str) or not text.strip():
                yield InputError(f"{where}: record has no 'text' (or 'content')")
                continue
            try:
                _check_lines(text, where)
            except InputError as exc:
                yield exc
                continue
            rid = rec.get("id") or rec.get("url") or f"{os.path.basename(path)}:{n}"
            # the publication date; a crawler's «published» or «date_extracted» (SaudiNewsNet) where it has none
            date = next((d for k in DATE_FIELDS if (d := _valid_date(rec.get(k))) is not None), None)
            yield Item(id=str(rid), text=text, date=date)
