"""The examples in docs/api.md and docs/export.md are run, in document order,
so they cannot drift from the code: each ```python block as a doctest (its
outputs compared) or, without ">>>", as a script, all blocks of a page sharing
one namespace; each `summarizer ...` line of a ```bash block through the CLI.

They run against the fake model server, configured the way a user configures
an endpoint (OPENAI_BASE_URL, OPENAI_API_KEY, SUMMARIZER_MODEL: the fake_env
fixture), in a folder that holds the sample article at
tests/data/kordavia-convoy.txt and an articles/ folder with the sample and one
empty file (what the pages say)."""

from __future__ import annotations

import doctest
import io
import re
import shlex
import shutil

import pytest
from conftest import DATA, ROOT
from support.batch import answer_for
from support.drafts import good
from support.staged import user_text

from summarizer.cli import main

FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
# What each page's examples need beyond the package (the [test] extra has them).
NEEDS = {"api.md": (), "export.md": ("pandas", "pyarrow", "openpyxl")}


def responder(request: dict) -> str:
    return good() if "Gunmen ambushed an army convoy" in user_text(request) else answer_for(request)


@pytest.fixture
def workdir(tmp_path, monkeypatch, fake_env):
    fake_env.responder = responder
    (tmp_path / "tests" / "data").mkdir(parents=True)
    shutil.copy(DATA / "kordavia-convoy.txt", tmp_path / "tests" / "data")
    (tmp_path / "articles").mkdir()
    shutil.copy(DATA / "kordavia-convoy.txt", tmp_path / "articles")
    (tmp_path / "articles" / "empty.txt").write_text("")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def blocks(page: str) -> list[tuple[str, str, int]]:
    """(language, code, line number) of each fenced block of docs/<page>."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 2) for m in FENCE.finditer(text)]


def run_python(code: str, namespace: dict, where: str) -> None:
    if ">>>" not in code:
        exec(compile(code, where, "exec"), namespace)  # noqa: S102 - our own docs
        return
    test = doctest.DocTestParser().get_doctest(code, namespace, where, where, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    runner.run(test, out=report.write, clear_globs=False)
    namespace.update(test.globs)  # a DocTest runs in a copy: the next block sees what this one made
    if runner.failures:
        pytest.fail(f"{where}: an example's output differs from the page\n{report.getvalue()}", pytrace=False)


def run_command(line: str, where: str) -> None:
    args = shlex.split(line, comments=True)[1:]
    code = main(args)
    # The articles/ folder holds one empty file: batch says so with exit 9.
    expected = (0, 9) if args[0] == "batch" else (0,)
    assert code in expected, f"{where}: `{line}` exited {code}"


@pytest.mark.parametrize("page", sorted(NEEDS))
def test_the_examples_of_the_page_run_as_shown(page, workdir, capsys):
    for module in NEEDS[page]:
        pytest.importorskip(module, reason=f"docs/{page} uses {module}, which is not installed (the [test] extra)")
    found = blocks(page)
    assert any(lang == "python" for lang, _, _ in found), f"docs/{page} has no Python example"
    namespace: dict = {"__name__": f"docs/{page}"}
    for lang, code, line in found:
        where = f"docs/{page}:{line}"
        if lang == "python":
            run_python(code, namespace, where)
        elif lang == "bash":
            for command in code.splitlines():
                if command.startswith("summarizer "):
                    run_command(command, where)
        capsys.readouterr()  # each block's output stays its own
