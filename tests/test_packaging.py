"""A wheel built from the repo carries the prompts, the schemas and py.typed,
and works when installed outside the checkout."""

import os
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheel_carries_data_and_works_outside_the_checkout(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True)
    if build.returncode and "hatchling" in build.stderr:
        pytest.skip("hatchling is not installed (pip install '.[test]')")
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("summarizer-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("summarizer/_data/prompts/events.system.md", "summarizer/_data/prompts/fields.user.md",
                   "summarizer/_data/schemas/record.schema.json",
                   "summarizer/_data/schemas/draft.schema.json",
                   "summarizer/py.typed"):  # PEP 561: type checkers read the package's annotations
        assert needed in names

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                    str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [sys.executable, "-c",
         "import summarizer.extract.prompt as p, summarizer.core.schema as s;"
         "print(p.data_dir('prompts'));print(p.prompt_version());print(s.schema_version())"],
        cwd=elsewhere, env=env, capture_output=True, text=True)
    assert probe.returncode == 0, probe.stderr
    prompts_dir, version, schema_version = probe.stdout.split()
    assert prompts_dir.startswith(str(site))
    from summarizer.core.schema import schema_version as current_schema
    from summarizer.extract.prompt import prompt_version
    assert version == prompt_version() and schema_version == current_schema()
    check = subprocess.run([sys.executable, "-m", "summarizer", "schema", "--check"],
                           cwd=elsewhere, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
