"""Raw scraped text or HTML in, clean text out, with a map from every clean character to the raw input.

What is removed: tags, scripts, styles and comments; entities are decoded; debris of stripped entities (the
seed's ``&`` from ``&nbsp;``) is dropped unless it joins two Latin words (``AT&T``, ``Johnson & Johnson``);
zero-width and bidi controls go; whitespace is normalised; line breaks are kept and blank lines mark paragraphs.
"""

from __future__ import annotations

import html
import re

_CONTROLS = set(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
    "\u2060\u2061\u2062\u2063\u2064\u180e\u034f"
)
_SPACES = set("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\x0b\x0c")
# Tags that end a paragraph (a blank line) and tags that end a line; other tags vanish without a space.
_PARA_TAGS = {
    "p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "header", "footer",
    "blockquote", "pre", "hr", "title", "figure", "dl", "main", "aside", "nav",
}  # fmt: skip
_LINE_TAGS = {"div", "br", "li", "tr", "td", "th", "dd", "dt", "figcaption", "caption", "option"}
_BLOCK_TAGS = _PARA_TAGS | _LINE_TAGS
_HTML_HINT = re.compile(r"<(?:/?(?:p|div|br|span|a|html|body|head|script|style|b|i|strong|em|li|h[1-6]|table|img|meta)\b|!--)", re.I)
_HTML_PART = re.compile(
    r"(?P<drop><(?P<rawtag>script|style|noscript|template)\b[^>]*>.*?(?:</(?P=rawtag)\s*>|\Z)"
    r"|<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>)"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)"
    r"|(?P<ent>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?)",
    re.S | re.I,
)
# In plain text: entities with their semicolon, and the common ones scrapers leave without it (&nbsp).
_ENTITY_ONLY = re.compile(
    r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|&(?:nbsp|amp|quot|lt|gt|apos)(?![A-Za-z0-9])"
)
_BLOCK_HINT = re.compile(r"<(?:p|br|div|li|tr|h[1-6])\b", re.I)


def looks_like_html(raw: str) -> bool:
    return bool(_HTML_HINT.search(raw[:20000]))


def _break(chars: list[str], offs: list[int], strength: int, at: int) -> None:
    """End the line (1) or the paragraph (2) after a block tag; breaks of adjacent tags merge, not add up."""
    k = len(chars)
    while k > 0 and chars[k - 1] in " \t":
        k -= 1
    have = 0
    while k > 0 and chars[k - 1] == "\n":
        have += 1
        k -= 1
    for _ in range(strength - have):
        chars.append("\n")
        offs.append(at)


def _decode(raw: str, is_html: bool) -> tuple[list[str], list[int]]:
    """First pass: strip markup and decode entities. Returns characters and their raw offsets.

    In HTML with block tags, line breaks in the source are only spaces (as a browser shows them); the tags
    make the lines and paragraphs.
    """
    chars: list[str] = []
    offs: list[int] = []
    pat = _HTML_PART if is_html else _ENTITY_ONLY
    fold_newlines = is_html and bool(_BLOCK_HINT.search(raw))

    def copy(a: int, b: int) -> None:
        seg = raw[a:b]
        chars.extend(seg.replace("\n", " ").replace("\r", " ") if fold_newlines else seg)
        offs.extend(range(a, b))

    pos = 0
    for m in pat.finditer(raw):
        copy(pos, m.start())
        pos = m.end()
        if is_html and m.group("drop"):
            continue
        if is_html and m.group("tag"):
            name = m.group("name").lower()
            if name in _BLOCK_TAGS:
                _break(chars, offs, 2 if name in _PARA_TAGS else 1, m.start())
            continue
        ent = m.group(0)
        dec = html.unescape(ent if ent.endswith(";") else ent + ";")
        if dec == ent or dec == ent + ";":  # unknown entity: keep as written
            copy(m.start(), m.end())
            continue
        for ch in dec:
            chars.append(ch)
            offs.append(m.start())
    copy(pos, len(raw))
    return chars, offs


def _is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _drop_debris(chars: list[str]) -> None:
    """Turn stray ``&`` into spaces unless it joins Latin words (AT&T, Johnson & Johnson). In place."""
    n = len(chars)
    if "&" not in chars:
        return
    for i in [k for k, ch in enumerate(chars) if ch == "&"]:  # only "&" changes, into a space, in order
        j = i - 1
        while j >= 0 and chars[j] in " \t\u00a0":
            j -= 1
        k = i + 1
        while k < n and chars[k] in " \t\u00a0":
            k += 1
        if j >= 0 and k < n and _is_latin_alnum(chars[j]) and _is_latin_alnum(chars[k]):
            continue
        chars[i] = " "


# Second pass, by lines: a line break is \r\n, \r, \n, U+2028, U+2029 or U+0085.
_BREAK = re.compile("\r\n?|[\n\u2028\u2029\x85]")
# What the second pass drops or turns into a space, besides the plain space: a line without any is copied
# with string operations; the others go character by character (``_odd_line``).
_ODD = re.compile("[" + "".join(sorted(_CONTROLS | _SPACES)) + "\x00-\x1f\x7f-\x9f]")
_SPACE_RUN = re.compile(" {2,}")


def _odd_line(line: str, offs: list[int], a: int) -> tuple[str, list[int]]:
    """A line with controls or unusual spaces (``line`` starts at ``a``): controls out, spaces folded to one
    space, leading and trailing spaces trimmed. Returns the line and the raw offsets of its characters."""
    items: list[tuple[str, int]] = []
    for k, ch in enumerate(line):
        if ch in _CONTROLS:
            continue
        if ch in _SPACES or ch == " " or ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            if not items or items[-1][0] == " ":
                continue
            items.append((" ", offs[a + k]))
        else:
            items.append((ch, offs[a + k]))
    while items and items[-1][0] == " ":
        items.pop()
    return "".join(ch for ch, _ in items), [o for _, o in items]


def _plain_line(line: str, offs: list[int], a: int) -> tuple[str, list[int]]:
    """``_odd_line`` for a line whose only blank is the plain space, with string operations."""
    body = line.strip(" ")
    if not body:
        return "", []
    b = a + line.index(body[0])
    if "  " not in body:
        return body, offs[b : b + len(body)]
    parts: list[str] = []
    omap: list[int] = []
    prev = 0
    for m in _SPACE_RUN.finditer(body):  # keep the first space of each run, with its offset
        parts.append(body[prev : m.start() + 1])
        omap.extend(offs[b + prev : b + m.start() + 1])
        prev = m.end()
    parts.append(body[prev:])
    omap.extend(offs[b + prev : b + len(body)])
    return "".join(parts), omap


def clean(raw: str) -> tuple[str, list[int]]:
    """Clean ``raw``; return the text and ``offset_map`` with ``offset_map[i]`` = raw offset of ``text[i]``."""
    chars, offs = _decode(raw, looks_like_html(raw))
    _drop_debris(chars)
    # Second pass: controls out, spaces folded, lines trimmed, blank-line runs kept as one paragraph break.
    text = "".join(chars)
    out: list[str] = []
    omap: list[int] = []
    blank_run = 0
    a = 0
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
    breaks.append((len(text), len(text)))
    for b, nxt in breaks:
        line = text[a:b]
        got, got_offs = _odd_line(line, offs, a) if _ODD.search(line) else _plain_line(line, offs, a)
        a = nxt
        if not got:
            blank_run += 1
            continue
        if out:
            sep = "\n\n" if blank_run else "\n"
            out.append(sep)
            omap.extend([got_offs[0]] * len(sep))
        blank_run = 0
        out.append(got)
        omap.extend(got_offs)
    return "".join(out), omap


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-empty line of the clean text is a paragraph (news sites put one paragraph per line)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans
