"""summarizer/core/files.py: all-or-nothing writes with the usual file mode."""

import os
import stat

import pytest

from summarizer.core import files
from summarizer.core.files import write_text_atomic


def test_the_file_gets_the_mode_the_umask_gives_not_mkstemps_0600(tmp_path):
    target = tmp_path / "page.html"
    write_text_atomic(target, "<p>é</p>")
    assert target.read_text(encoding="utf-8") == "<p>é</p>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~files._UMASK
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "run.json"
    target.write_text("old")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["run.json"]
