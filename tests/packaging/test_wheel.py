"""The wheel: what it carries (fast), and a real install into a fresh venv outside the source
tree that runs the command from another folder (slow)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
import types
import venv
import zipfile
from pathlib import Path

import pytest

from .helpers import ROOT, pyproject_version

RESOURCE_SUFFIXES = {".oppeval", ".qm", ".svg", ".png", ".json"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.insert(4, "--no-build-isolation")  # fast and offline; else pip fetches hatchling
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                            env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    (path,) = out.glob("*.whl")
    return path


def test_wheel_carries_every_resource_inside_the_package(wheel):
    assert wheel.name == f"opportunity_evaluator-{pyproject_version()}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    source = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
              if p.is_file() and p.suffix in RESOURCE_SUFFIXES}
    assert "icons/opportunity-evaluator.svg" in source
    missing = sorted(f for f in source if f"evaluator/resources/{f}" not in names)
    assert not missing, f"resources missing from the wheel: {missing}"
    assert not any(n.startswith(("resources/", "tests/", "packaging/")) for n in names)


def test_wheel_declares_the_command(wheel):
    with zipfile.ZipFile(wheel) as zf:
        (entry_points,) = [n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = zf.read(entry_points).decode()
    assert "opportunity-evaluator = evaluator.cli:main" in text.splitlines()


# --- slow: a real install --------------------------------------------------------------------

@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """A fresh venv in a temp folder with the wheel and its dependencies, nothing from the source tree."""
    base = tmp_path_factory.mktemp("wheel-venv")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    start = time.perf_counter()
    result = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True,
                            text=True, timeout=900, env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    if result.returncode != 0:
        pytest.fail(f"pip install of the wheel failed:\n{result.stdout}\n{result.stderr}")
    print(f"wheel and dependencies installed in {time.perf_counter() - start:.0f} s")
    work = base / "elsewhere"  # the working folder: neither the source tree nor the venv
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg", PATH=f"{env_dir / 'bin'}:/usr/bin:/bin")
    return types.SimpleNamespace(python=python, command=env_dir / "bin" / "opportunity-evaluator", cwd=work,
                           env=env, venv=env_dir)


def run(inst, *args, timeout=120):
    return subprocess.run([str(inst.command), *args], cwd=inst.cwd, env=inst.env, capture_output=True,
                          text=True, timeout=timeout)


def not_available(result) -> bool:
    return result.returncode == 2 and "not available yet" in result.stderr


def installed_examples(inst) -> list[Path]:
    out = subprocess.run([str(inst.python), "-c",
                          "from evaluator.resources import example_paths; print(*example_paths(), sep='\\n')"],
                         cwd=inst.cwd, env=inst.env, capture_output=True, text=True, check=True)
    return [Path(line) for line in out.stdout.splitlines() if line]


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_installed_command_prints_the_version(installed):
    result = run(installed, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"opportunity-evaluator {pyproject_version()}"


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_installed_package_finds_its_resources_inside_the_venv(installed):
    code = ("import evaluator, evaluator.resources as r; print(evaluator.__file__); print(r.resource_dir()); "
            "print(r.resource_path('icons', 'opportunity-evaluator.svg').is_file())")
    out = subprocess.run([str(installed.python), "-c", code], cwd=installed.cwd, env=installed.env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    package_file, resource_dir, icon_found = out
    assert Path(package_file).is_relative_to(installed.venv), "imported from the source tree, not the wheel"
    assert Path(resource_dir) == Path(package_file).parent / "resources"
    assert icon_found == "True"
    examples = installed_examples(installed)
    assert examples and all(p.is_relative_to(installed.venv) for p in examples)
    qm = list((Path(resource_dir) / "i18n").glob("*.qm"))
    assert len(qm) == len(list((ROOT / "resources" / "i18n").glob("*.qm")))


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_installed_command_validates_and_analyzes_a_bundled_example(installed):
    example = installed_examples(installed)[0]
    result = run(installed, "validate", str(example))
    assert result.returncode == 0, result.stderr
    result = run(installed, "analyze", str(example), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"]["level"] in {"likely_pyramid", "high_risk", "caution", "lower_risk"}
    assert len(data["projection"]["months"]) == len(data["projection"]["net"])


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_installed_command_writes_a_report(installed):
    example = installed_examples(installed)[0]
    pdf = installed.cwd / "summary.pdf"
    result = run(installed, "report", str(example), "-o", str(pdf), "--lang", "nl")
    if not_available(result):
        pytest.skip("the report command is not in this version yet")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_installed_app_shows_its_window_headless(installed):
    example = installed_examples(installed)[0]
    # OPPEVAL_STARTUP_BENCH=1: the app prints WINDOW_SHOWN once its main window is up, then quits.
    result = subprocess.run([str(installed.command), str(example)], cwd=installed.cwd,
                            env=dict(installed.env, OPPEVAL_STARTUP_BENCH="1"), capture_output=True,
                            text=True, timeout=90)
    if not_available(result):
        pytest.skip("the desktop app is not in this version yet")
    assert result.returncode == 0, result.stderr[-3000:]
    assert any(line.startswith("WINDOW_SHOWN ") for line in result.stdout.splitlines()), result.stdout
