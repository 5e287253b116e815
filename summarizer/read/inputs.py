"""Read an article: from a path or stdin, in whatever encoding it came, as plain text.

Every refusal is an InputError with one line saying what is wrong. Text that can
be decoded only in part is decoded, and the caller is told how many bytes were
replaced, rather than refused.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from summarizer.core.errors import InputError

MAX_BYTES = 5_000_000  # an incident report is never this long; a mistake is


@dataclass(frozen=True)
class Article:
    text: str
    source: str | None  # path, or None for stdin
    warnings: tuple[str, ...] = ()


_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
    "section", "header", "footer", "blockquote", "pre", "title", "ul", "ol", "table",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head"}
# Elements that never close: a `hidden` one hides nothing but itself.
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden(attrs) -> bool:
    """An element a browser does not show: `hidden`, aria-hidden, display:none."""
    values = {name.lower(): (value or "") for name, value in attrs}
    return ("hidden" in values or values.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(values.get("style", ""))))


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        # Open hidden elements: [tag, depth of that tag inside it]. Text a reader
        # never sees (often hidden instructions to a model) is not article text.
        self.hidden: list[list] = []

    def handle_starttag(self, tag, attrs):
        if self.hidden and tag == self.hidden[-1][0]:
            self.hidden[-1][1] += 1
        elif tag not in _VOID_TAGS and _is_hidden(attrs):
            self.hidden.append([tag, 1])
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if self.hidden and tag == self.hidden[-1][0]:
            self.hidden[-1][1] -= 1
            if not self.hidden[-1][1]:
                self.hidden.pop()
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip and not self.hidden:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]", head)) or (
        len(re.findall(r"</?(p|div|span|a|br)\b[^>]*>", head)) >= 3
    )


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one paragraph per block element."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes: BOMs (UTF-8, UTF-16, UTF-32), else UTF-8 with replacement."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            bad = text.count("\ufffd")
            where = f" (the first at byte {_first_bad(data, encoding)})" if bad else ""
            return text, [f"{bad} undecodable character(s) replaced{where}"] if bad else []
    if b"\0" in data[:8192]:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return unmarked, ["UTF-16 text without a byte-order mark: decoded as UTF-16"]
        raise InputError("the input looks binary (it holds NUL bytes), not an article")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > max(20, len(text) // 10):
            raise InputError(
                f"the input is not UTF-8 text ({bad} undecodable bytes); convert it to UTF-8"
            ) from None
        return text, [f"invalid UTF-8: {bad} byte(s) replaced with U+FFFD (the first at byte {exc.start})"]


def _first_bad(data: bytes, encoding: str) -> int:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM (mostly ASCII: every other byte is NUL), or None."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if "\0" not in text else None
    return None


def clean_text(text: str) -> tuple[str, bool]:
    """The one clean-up every article gets, from a file, stdin, or a JSONL/CSV
    field: an HTML page becomes its visible text, line ends become "\n".
    Returns (text, whether it was HTML)."""
    html = looks_like_html(text)
    if html:
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n"), html


def read_article(path: str) -> Article:
    """Read `path` ('-' for stdin) into an Article, or raise InputError."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        source = None
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"no such file: {path}")
        if p.is_dir():
            raise InputError(f"{path} is a directory; give a file (or use `summarizer batch`)")
        try:
            with open(p, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        source = str(p)
    if len(data) > MAX_BYTES:
        raise InputError(f"the input is larger than {MAX_BYTES:,} bytes; is it really an article?")
    text, warnings = decode(data)
    text, html = clean_text(text)
    if html:
        warnings.append("HTML input: extracted its visible text")
    if not text.strip():
        what = "an HTML page with no visible text" if html else "empty"
        raise InputError(f"{'stdin' if source is None else source} is {what}: there is no article to summarize")
    return Article(text=text, source=source, warnings=tuple(warnings))
