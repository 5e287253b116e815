"""The command line. Errors are mapped to exit codes here, in one place:

    0  success
    1  unexpected internal error (a bug: please report it, run with --debug)
    2  usage error (unknown option, missing argument)
    3  configuration error (ConfigError)
    4  input error (InputError)
    5  model server error after retries (ProviderError)
    6  the model never produced a record of the right shape (VerificationError)
    7  --strict and some fields are unverified
    8  eval gate: scores fell below the baseline, or no run record for this prompt/schema
    9  batch: finished, but some articles have error records (--retry-failed redoes them)
   10  batch: stopped by --max-tokens-total / --max-cost (re-run to continue)
  130  interrupted (Ctrl-C)

`--debug` (or SUMMARIZER_DEBUG=1) re-raises instead, with the traceback.
"""

from __future__ import annotations

import os
import sys

import typer

from summarizer.core.errors import SummarizerError

EXIT_INTERNAL = 1
EXIT_UNVERIFIED = 7
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="summarizer",
    help="Turn incident reports into structured incident records; every field cites its sentences.",
    no_args_is_help=True,
    # --install-completion / --show-completion: tab completion of commands and
    # options for bash, zsh, fish and PowerShell (README, "Shell completion").
    add_completion=True,
    pretty_exceptions_enable=False,
)

_state = {"debug": False}


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
) -> None:
    _state["debug"] = debug or os.environ.get("SUMMARIZER_DEBUG", "") not in ("", "0")


# Every command, and the module that registers it on `app` when imported.
COMMANDS = {
    "summarize": "summarize_cmd", "serve": "serve_cmd", "batch": "batch_cmd", "export": "export_cmd",
    "eval": "eval_cmd", "cache": "cache_cmd", "schema": "schema_cmd",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def _register(argv: list[str] | None = None) -> None:
    """Import the module of the command `argv` names, or every module when it
    names none (help, an unknown command, shell completion). Only the command's
    own imports are paid: a cached `summarize` never loads eval's or batch's."""
    import importlib

    words = [a for a in (argv or []) if not a.startswith("-")]
    completing = any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ)
    names = [COMMANDS[words[0]]] if words and words[0] in COMMANDS and not completing else COMMAND_MODULES
    for name in names:
        importlib.import_module(f"{__name__}.{name}")


def _error(message: str) -> None:
    print(f"summarizer: error: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    _register(sys.argv[1:] if argv is None else argv)
    _state["debug"] = os.environ.get("SUMMARIZER_DEBUG", "") not in ("", "0")
    try:
        result = app(args=argv, prog_name="summarizer", standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except SummarizerError as exc:
        if _state["debug"]:
            raise
        _error(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        _error("interrupted")
        code = EXIT_INTERRUPTED
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.TyperException as exc:  # usage errors: typer prints them itself
        show = getattr(exc, "show", None)
        show() if show else _error(exc.format_message())
        code = exc.exit_code
    except Exception as exc:  # a bug: still one line, with a pointer to --debug
        if _state["debug"]:
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        code = EXIT_INTERNAL
    if argv is None:
        sys.exit(code)
    return code
