"""Writing files so that a crash or a full disk never leaves half a file under
the final name: a temporary file beside it, then os.replace (atomic on POSIX)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# mkstemp makes its file 0600; the file it replaces would have had the usual
# mode (0644 under the common umask), which review pages served by a web server
# and run records shared with the team need. Read once, at import, because
# reading the umask means setting it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path`, all or nothing. Raises OSError."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` for a writer that wants a file name (a
    parquet or xlsx library); when the block ends without an error, the file
    replaces `path`, all or nothing. Raises OSError."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
