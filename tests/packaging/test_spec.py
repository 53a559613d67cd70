"""The PyInstaller spec, run with stand-ins for PyInstaller's build objects (no build, fast),
and the bundle build itself (slow, only with ``make test-slow``)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import time
import types
from pathlib import Path

import pytest

from .helpers import PACKAGING, ROOT, load_bundle_tools, pyproject_version

bt = load_bundle_tools()
SPEC = PACKAGING / "opportunity-evaluator.spec"


class Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE: records its arguments."""

    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.pure, self.scripts, self.binaries = [], [], []
        self.datas = [(dest + "/" + Path(src).name, src, "DATA") for src, dest in kwargs.get("datas", [])]
        self.datas += [("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
                       ("PySide6/Qt/translations/qtbase_nl.qm", "x", "DATA")]
        Recorder.calls.append((type(self).__name__, args, kwargs))


def run_spec(tmp_path, monkeypatch) -> dict:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [f"{name}.cli.validate_cmd", f"{name}.cli.analyze_cmd"]
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, "bundle_tools", raising=False)
    Recorder.calls = []
    namespace = {"__file__": str(SPEC), "SPECPATH": str(PACKAGING), "DISTPATH": str(tmp_path / "dist")}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = type(name, (Recorder,), {})
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    sys.modules.pop("bundle_tools", None)
    return namespace


def test_read_version_reads_pyproject(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "opportunity-evaluator"\nversion = "9.8.7"\n')
    assert bt.read_version(pyproject) == "9.8.7"
    assert bt.read_version() == pyproject_version()


def test_spec_builds_one_folder_bundle_named_and_versioned_from_pyproject(tmp_path, monkeypatch):
    namespace = run_spec(tmp_path, monkeypatch)
    assert namespace["VERSION"] == pyproject_version()
    calls = {name: (args, kwargs) for name, args, kwargs in Recorder.calls}
    args, kwargs = calls["Analysis"]
    assert args == ([str(PACKAGING / "launcher.py")],)
    assert "evaluator.cli.analyze_cmd" in kwargs["hiddenimports"]
    assert "tkinter" in kwargs["excludes"] and "pytest" in kwargs["excludes"]
    assert kwargs["hooksconfig"]["matplotlib"]["backends"][:2] == ["QtAgg", "Agg"]

    exe_args, exe_kwargs = calls["EXE"]
    assert exe_kwargs["name"] == "opportunity-evaluator" and exe_kwargs["exclude_binaries"] is True
    coll_args, coll_kwargs = calls["COLLECT"]
    assert coll_kwargs["name"] == "opportunity-evaluator"  # one folder: dist/opportunity-evaluator/
    dests = [entry[0] for entry in coll_args[2]]
    assert "PySide6/Qt/translations/qtbase_nl.qm" in dests
    assert "PySide6/Qt/translations/qtbase_de.qm" not in dests  # only the app's languages


def test_spec_lists_every_resource_file_under_evaluator_resources(tmp_path, monkeypatch, capsys):
    run_spec(tmp_path, monkeypatch)
    datas = {(Path(src).resolve(), dest) for src, dest in Recorder.calls[0][2]["datas"]
             if not dest.endswith(".dist-info")}
    resources = ROOT / "resources"
    wanted = {(p.resolve(), f"evaluator/resources/{p.parent.relative_to(resources).as_posix()}")
              for folder, patterns in bt.RESOURCE_FILES for pattern in patterns
              for p in (resources / folder).glob(pattern)}
    assert datas == wanted
    icons = {src.name for src, dest in datas if dest == "evaluator/resources/icons"}
    assert {"opportunity-evaluator.svg", "opportunity-evaluator-512.png"} <= icons
    assert "is not listed in RESOURCE_FILES" not in capsys.readouterr().err, (
        "a folder in resources/ is missing from bundle_tools.RESOURCE_FILES")
    assert ("/site/opportunity-evaluator.dist-info", "opportunity-evaluator.dist-info") in \
        Recorder.calls[0][2]["datas"]  # --version reads the package metadata


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="desktop files are staged on Linux only")
def test_spec_stages_the_desktop_files_into_the_bundle(tmp_path, monkeypatch):
    run_spec(tmp_path, monkeypatch)
    bundle = tmp_path / "dist" / "opportunity-evaluator"
    assert (bundle / "share" / "applications" / bt.DESKTOP_FILE).is_file()
    assert (bundle / "install.sh").is_file() and (bundle / "README.txt").is_file()
    assert "PySide6_Essentials" in (bundle / "licenses" / "README.txt").read_text()


def test_check_installed_version_explains_a_stale_install():
    with pytest.raises(SystemExit, match="pip install"):
        bt.check_installed_version("0.0.0-not-this")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_pyinstaller_bundle_builds_and_passes_the_smoke_test(tmp_path):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -e '.[package]' (make package does it)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"), str(SPEC)],
                   check=True, cwd=ROOT, env=env, timeout=800)
    print(f"bundle built in {time.perf_counter() - start:.0f} s")
    bundle = tmp_path / "dist" / "opportunity-evaluator"
    assert bt.smoke(bundle) == 0

    # As a user: unpack the tarball elsewhere, install it, run the command, uninstall.
    archive = bt.tarball(bundle, pyproject_version())
    unpacked = tmp_path / "downloads"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    prefix = tmp_path / "prefix"
    subprocess.run(["sh", str(unpacked / "opportunity-evaluator" / "install.sh"), "--prefix", str(prefix)],
                   check=True, capture_output=True, timeout=300)
    example = next((prefix / "opt").rglob("evaluator/resources/examples/*.oppeval"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(prefix / "bin" / "opportunity-evaluator"), "analyze", str(example), "--json"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"]["level"]
    subprocess.run(["sh", str(prefix / "opt" / "opportunity-evaluator" / "uninstall.sh"), "--prefix", str(prefix)],
                   check=True, capture_output=True, timeout=120)
    assert not (prefix / "opt" / "opportunity-evaluator").exists()
