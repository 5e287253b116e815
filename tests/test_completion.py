"""Shell completion (typer's, README "Shell completion"): the script can be
shown, and completing a command and an option works."""

from __future__ import annotations

import pytest

from summarizer.cli import main


def _complete(monkeypatch, capsys, words: str) -> list[str]:
    """What bash would be offered for the last word of `words`."""
    monkeypatch.setenv("_SUMMARIZER_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", words)
    monkeypatch.setenv("COMP_CWORD", str(len(words.split()) - (0 if words.endswith(" ") else 1)))
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 0
    return capsys.readouterr().out.split()


def test_commands_and_options_complete(monkeypatch, capsys):
    assert _complete(monkeypatch, capsys, "summarizer exp") == ["export"]
    offered = _complete(monkeypatch, capsys, "summarizer export --")
    assert {"--to", "--level", "--out"} <= set(offered)


def test_the_completion_script_can_be_shown(monkeypatch, capsys):
    # the shell is named, not detected from the processes above this one (none is a shell
    # under a CI runner or nohup, and typer then says "Shell  not supported")
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    with pytest.raises(SystemExit) as info:
        main(["--show-completion", "bash"])
    assert info.value.code == 0
    script = capsys.readouterr().out
    assert "_SUMMARIZER_COMPLETE=complete_bash" in script and "complete " in script
