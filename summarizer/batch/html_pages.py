"""`summarizer batch --html-dir DIR`: a review page per article and an index.

Run after the batch (also after a resumed, interrupted or budget-stopped one): the
pages cover every article in the output file, not only this run's.

  * `DIR/<name>.html`: the review page of each `ok` line
    (summarizer.render.page.render_article_page). The article text comes from
    the inputs, read again at the end and matched by id AND content hash. When
    no input holds that text any more (the file was edited or removed, the line
    is from a run on other inputs) the page is still written, with only the
    sentences the record cites (it carries the record's copy of them) and a
    banner saying so.
  * `DIR/index.html`: one row per line of the output file, input order first,
    then lines of earlier inputs in file order. Error records are rows with
    their error and no page; a page left from an earlier run for an id that is
    now an error record is removed, so nothing stale is linked to or lies
    around under its name.

Page names (`page_name`) are stable (a function of the id alone) and
collision-free: an id made only of `[a-z0-9._-]` is used as it is; any other
id is sanitised and gets `-` plus 10 hex digits of the sha256 of the id. Names
that would look like a hashed one, reserved names (`index`, Windows device
names) and long ids are hashed too, and everything is lower case, so two ids
never share a file even on a case-insensitive file system.

Every file is written atomically: a temporary file in DIR, then os.replace.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pydantic import ValidationError

from summarizer.batch.job import BatchOptions
from summarizer.batch.sources import discover
from summarizer.core.errors import ConfigError, SummarizerError
from summarizer.core.files import write_text_atomic
from summarizer.core.schema import SummaryRecord
from summarizer.render.page import IndexEntry, render_article_page, render_index_page

INDEX = "index.html"
HASH_CHARS = 10
MAX_STEM = 80
_CLEAN = re.compile(r"[a-z0-9][a-z0-9._-]*")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_LOOKS_HASHED = re.compile(rf".*-[0-9a-f]{{{HASH_CHARS}}}")
_RESERVED = {"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def page_name(article_id: str) -> str:
    """The file name (with .html) of an article's page; depends on the id only."""
    stem = article_id
    if (not _CLEAN.fullmatch(stem) or len(stem) > MAX_STEM or _LOOKS_HASHED.fullmatch(stem)
            or stem.split(".")[0] in _RESERVED or stem.endswith(".")):
        safe = _UNSAFE.sub("_", article_id).strip("._-").lower()[:MAX_STEM].rstrip("._-") or "article"
        digest = hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:HASH_CHARS]
        stem = f"{safe}-{digest}"
    return f"{stem}.html"


@dataclass
class HtmlPages:
    """What was written."""

    directory: Path
    pages: int = 0  # article pages written
    without_text: list[str] = field(default_factory=list)  # ids whose page has only the cited sentences
    errors: int = 0  # error records listed in the index (no page)
    unreadable: int = 0  # output lines that are not readable records (listed as errors)

    @property
    def index(self) -> Path:
        return self.directory / INDEX

    def summary(self) -> str:
        text = f"HTML: {self.pages} page(s) and {self.index}"
        if self.errors:
            text += f"; {self.errors} error record(s) listed without a page"
        if self.unreadable:
            text += f" ({self.unreadable} of them ok lines whose record this version cannot read)"
        if self.without_text:
            text += (f"; {len(self.without_text)} page(s) show only the cited sentences "
                     "(their article text is no longer in the inputs)")
        return text


def check_html_dir(html_dir: Path, options: BatchOptions, warn: Callable[[str], None] = lambda _m: None) -> None:
    """Before the run: the folder must be creatable (a long run should not end in
    'cannot write'). Warns when the pages would be read as articles next time."""
    if html_dir.exists() and not html_dir.is_dir():
        raise ConfigError(f"--html-dir {html_dir} is a file; give a folder")
    try:
        html_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create --html-dir {html_dir}: {exc.strerror}") from None
    if any(fnmatch.fnmatch(INDEX, g.rsplit("/", 1)[-1]) for g in options.globs):
        target = html_dir.resolve()
        for given in options.inputs:
            folder = Path(given)
            if folder.is_dir() and target.is_relative_to(folder.resolve()):
                warn(f"warning: --html-dir {html_dir} is inside the input folder {given} and --glob matches "
                     ".html files: the next run would read the pages as articles")
                return


def write_html_pages(options: BatchOptions, html_dir: Path, warn: Callable[[str], None] = lambda _m: None,
                     title: str | None = None) -> HtmlPages:
    """Write a page per `ok` line of `options.out` and the index into `html_dir`."""
    html_dir.mkdir(parents=True, exist_ok=True)
    result = HtmlPages(html_dir)
    lines = _read_output(options.out)
    texts, order = _article_texts(options, warn)
    ids = sorted(lines, key=lambda i: (0, order[i]) if i in order else (1, lines[i][0]))
    entries, used = [], {INDEX}
    for article_id in ids:
        _, line = lines[article_id]
        name = page_name(article_id)
        if name in used:  # two hashed ids sharing 10 hex digits and a stem: use the whole digest
            name = name[: -len(".html") - HASH_CHARS] + hashlib.sha256(article_id.encode("utf-8")).hexdigest() + ".html"
        used.add(name)
        record, error = _record_of(line)
        if record is None:
            result.errors += 1
            result.unreadable += line.get("status") == "ok"
            _remove_stale(html_dir / name)
            entries.append(IndexEntry(article_id, None, None, error))
            continue
        text = texts.get((article_id, line.get("content_sha256")))
        if text is None:
            result.without_text.append(article_id)
        page = render_article_page(record, text, title=article_id, index_href=INDEX)
        _write_atomic(html_dir / name, page)
        result.pages += 1
        entries.append(IndexEntry(article_id, name, record))
    page_title = title or f"Summaries: {options.out.name}"
    _write_atomic(result.index, render_index_page(entries, title=page_title))
    return result


# -- parts ---------------------------------------------------------------------------


def _read_output(path: Path) -> dict[str, tuple[int, dict]]:
    """id -> (position, last line). The file was compacted by the run; a line
    another program is writing right now (torn, not JSON) is left out."""
    lines: dict[str, tuple[int, dict]] = {}
    try:
        with open(path, "rb") as fh:
            for n, raw in enumerate(fh):
                try:
                    obj = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    first = lines.get(obj["id"], (n, {}))[0]
                    lines[obj["id"]] = (first, obj)
    except FileNotFoundError:
        pass
    return lines


def _article_texts(options: BatchOptions, warn: Callable[[str], None]) -> tuple[dict, dict]:
    """(id, sha256) -> text of every readable article in the inputs, and id ->
    input position. Read again now, so a resumed run gets the texts of articles
    done by earlier runs too; the hash makes sure a page never shows a text its
    record was not made from."""
    try:
        found = discover(options.inputs, options.globs, options.fields, exclude=(options.out,))
    except SummarizerError as exc:
        warn(f"warning: HTML pages: the inputs cannot be read again ({exc}); pages show only the cited sentences")
        return {}, {}
    texts = {(i.id, i.sha256): i.text for i in found.items if i.text is not None}
    return texts, {i.id: n for n, i in enumerate(found.items)}


def _record_of(line: dict) -> tuple[SummaryRecord | None, str | None]:
    if line.get("status") == "ok":
        try:
            return SummaryRecord.model_validate(line.get("record")), None
        except ValidationError as exc:
            return None, f"the record in the output cannot be read ({exc.error_count()} schema error(s))"
    error = line.get("error") if isinstance(line.get("error"), dict) else {}
    cls, message = error.get("class") or "error", error.get("message") or "no record"
    return None, f"{cls}: {message}"


def _write_atomic(path: Path, text: str) -> None:
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror} (the batch output itself is complete)") from None


def _remove_stale(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
