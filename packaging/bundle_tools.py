"""Helpers for the frozen bundle: version, data files, desktop files, tarball, smoke test.

Used by ``packaging/opportunity-evaluator.spec`` (PyInstaller), by ``make package`` and by the
tests in ``tests/packaging``. Standard library only, so it also runs with a bare ``python3``::

    python3 packaging/bundle_tools.py version
    python3 packaging/bundle_tools.py stage dist/opportunity-evaluator
    python3 packaging/bundle_tools.py tarball dist/opportunity-evaluator
    python3 packaging/bundle_tools.py smoke dist/opportunity-evaluator

(This folder has no ``__init__.py`` on purpose: a package named ``packaging`` would shadow the
PyPI ``packaging`` library. Load this file by path.)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent
LINUX_DIR = PACKAGING_DIR / "linux"
ICON_DIR = ROOT / "resources" / "icons"

APP_NAME = "opportunity-evaluator"  # command, bundle folder, icon name
APP_ID = "io.github.opportunityevaluator.OpportunityEvaluator"  # AppStream component id
DIST_NAME = "opportunity-evaluator"  # the Python distribution (pyproject [project].name)
DESKTOP_FILE = "opportunity-evaluator.desktop"  # = QGuiApplication.desktopFileName() + .desktop (evaluator/ui/app.py)
MIME_TYPE = "application/x-opportunity-evaluation"
MIME_ICON = MIME_TYPE.replace("/", "-")
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

# What the bundle carries from resources/, listed one by one: (folder under resources/, file
# patterns). Everything lands in evaluator/resources/<folder>, where evaluator/resources.py
# looks first. A folder that is missing (not written yet) is left out with a warning.
RESOURCE_FILES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("examples", ("*.oppeval", "*.json")),  # nl.json: the examples' Dutch texts
    ("guide", ("*.md",)),
    ("i18n", ("*.qm",)),
    ("icons", ("*.svg", "*.png")),
    ("schema", ("*.json",)),
)


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: the one source of truth for every package we build."""
    with open(pyproject, "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def check_installed_version(version: str) -> None:
    """The bundle copies the installed package metadata (``--version`` reads it): it must be current."""
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        found = installed(DIST_NAME)
    except PackageNotFoundError:
        raise SystemExit(f"{DIST_NAME} is not installed in this Python; run: pip install -e .") from None
    if found != version:
        raise SystemExit(f"installed {DIST_NAME} is {found} but pyproject.toml says {version}; "
                         "run: pip install -e '.[package]'")


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries (source file, destination folder) for resources/."""
    resources = root / "resources"
    datas: list[tuple[str, str]] = []
    listed = {folder for folder, _ in RESOURCE_FILES}
    for folder, patterns in RESOURCE_FILES:
        found = sorted({p for pattern in patterns for p in (resources / folder).glob(pattern) if p.is_file()})
        if not found:
            print(f"bundle_tools: warning: nothing in resources/{folder} to bundle", file=sys.stderr)
        datas += [(str(p), f"evaluator/resources/{folder}") for p in found]
    for extra in sorted(p for p in resources.iterdir() if p.is_dir() and p.name not in listed):
        print(f"bundle_tools: warning: resources/{extra.name} is not listed in RESOURCE_FILES "
              "(packaging/bundle_tools.py) and is left out of the bundle", file=sys.stderr)
    return datas


def stage_desktop_files(bundle: Path) -> None:
    """Put the Linux desktop integration into the bundle (``share/`` + install scripts).

    The layout mirrors ``$XDG_DATA_HOME`` so that install.sh only copies it across.
    """
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX_DIR / DESKTOP_FILE, share / "applications" / DESKTOP_FILE)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX_DIR / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(LINUX_DIR / f"{APP_NAME}-mime.xml", share / "mime" / "packages" / f"{APP_NAME}.xml")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = ICON_DIR / f"{APP_NAME}-{size}.png"
        for kind, name in (("apps", APP_NAME), ("mimetypes", MIME_ICON)):
            target = hicolor / f"{size}x{size}" / kind
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, target / f"{name}.png")
    for kind, name in (("apps", APP_NAME), ("mimetypes", MIME_ICON)):
        target = hicolor / "scalable" / kind
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICON_DIR / f"{APP_NAME}.svg", target / f"{name}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX_DIR / script, bundle / script)
        (bundle / script).chmod(0o755)
    shutil.copy2(LINUX_DIR / "README-bundle.txt", bundle / "README.txt")


LICENSE_FILE_WORDS = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
MIT_TEXT = """MIT License

Copyright (c) 2026 Opportunity Evaluator developers

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""
QT_NOTE = """Qt 6 and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public
License version 3 (LGPL-3.0-only); the licence texts follow in this folder where the build machine
had them (Debian: /usr/share/common-licenses/LGPL-3 and GPL-3), else see
https://www.gnu.org/licenses/lgpl-3.0.html. The source code of Qt and Qt for Python is available
from https://download.qt.io/official_releases/ and https://code.qt.io/. The Qt libraries are
shipped unmodified as separate shared libraries in _internal/PySide6/Qt/lib/ and
_internal/PySide6/ and may be replaced by compatible versions of your own.
"""


def dependency_distributions(root: str = DIST_NAME) -> list:
    """The installed distributions the app needs at run time (its requirements, recursively)."""
    import re
    from importlib import metadata

    found: dict = {}

    def walk(name: str) -> None:
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            return
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        found[key] = dist
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                walk(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])

    walk(root)
    return [dist for key, dist in sorted(found.items()) if key != root]


NOT_SHIPPED = {"pip", "setuptools", "wheel"}  # requirements of requirements that the spec excludes


def licence_name(dist) -> str:
    """A short licence name: the SPDX expression, else the classifier, else the licence field's first words."""
    if dist.metadata.get("License-Expression"):
        return dist.metadata["License-Expression"]
    classifiers = [c.split(" :: ")[-1] for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    for line in (dist.metadata.get("License") or "").splitlines():
        if any(ch.isalnum() for ch in line):
            return line.strip()[:70]
    return ""


def collect_licenses(bundle: Path) -> Path:
    """Put the licences of everything the bundle ships into ``bundle/licenses/``."""
    target = bundle / "licenses"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    rows = [f"{APP_NAME} {read_version()}: MIT"]
    own = ROOT / "LICENSE"
    (target / APP_NAME).mkdir()
    (target / APP_NAME / "LICENSE").write_text(own.read_text() if own.is_file() else MIT_TEXT)
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
    if python_licence.is_file():
        (target / "python").mkdir()
        shutil.copy2(python_licence, target / "python" / "LICENSE.txt")
        rows.append(f"Python {platform.python_version()}: PSF-2.0")
    for dist in dependency_distributions():
        if dist.metadata["Name"].lower() in NOT_SHIPPED:
            continue
        name, version = dist.metadata["Name"], dist.version
        folder = target / f"{name}-{version}"
        folder.mkdir()
        licence = licence_name(dist)
        rows.append(f"{name} {version}: {licence or 'see folder'}")
        copied = 0
        for file in dist.files or []:
            if any(word in file.name.upper() for word in LICENSE_FILE_WORDS) and not file.name.endswith(".py"):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    parts = file.parts[file.parts.index("licenses") + 1:] if "licenses" in file.parts else [file.name]
                    dest = folder.joinpath(*parts)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, dest)
                    copied += 1
        if "LGPL" in licence.upper() or not copied:
            (folder / "NOTE.txt").write_text((QT_NOTE if "LGPL" in licence.upper() else
                                              f"{name} {version} is distributed under: {licence}\n"))
            for text in ("LGPL-3", "GPL-3"):
                common = Path("/usr/share/common-licenses") / text
                if "LGPL" in licence.upper() and common.is_file():
                    shutil.copy2(common, folder / text)
    (target / "README.txt").write_text(
        "Licences of Opportunity Evaluator and of the software shipped with it, one folder each.\n\n"
        + "\n".join(rows) + "\n")
    return target


def tarball(bundle: Path, version: str) -> Path:
    """``dist/opportunity-evaluator-<version>-linux-<arch>.tar.gz`` with the bundle folder inside."""
    system = platform.system().lower()
    out = bundle.parent / f"{APP_NAME}-{version}-{system}-{platform.machine()}.tar.gz"
    tmp = out.with_name(out.name + ".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    os.replace(tmp, out)
    return out


# ---------------------------------------------------------------------------------------------
# Smoke test: run the frozen program as a user would, away from the source tree and the venv.

def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "MPL", "XDG_"))}
    env.update({
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "LANG": env.get("LANG", "C.UTF-8"),
    })
    return env


def not_available(result: subprocess.CompletedProcess) -> bool:
    """True when the CLI says a command or the app is not part of this version yet."""
    return result.returncode == 2 and "not available yet" in (result.stderr or "")


def bundled_examples(bundle: Path) -> list[Path]:
    return sorted(bundle.rglob("evaluator/resources/examples/*.oppeval"))


def self_report_problems(report: dict, bundle: Path, examples: list[Path]) -> list[str]:
    """What is wrong in the launcher's OPPEVAL_BUNDLE_CHECK report of a frozen bundle."""
    problems = []
    if not report.get("frozen"):
        problems.append("the program does not know it is frozen")
    if not Path(report.get("resource_dir", "/")).resolve().is_relative_to(bundle):
        problems.append(f"resources found outside the bundle: {report.get('resource_dir')}")
    if report.get("examples") != [p.name for p in examples]:
        problems.append(f"the program sees examples {report.get('examples')}, the bundle has "
                        f"{[p.name for p in examples]}")
    qm = sorted(p.name for p in bundle.rglob("evaluator/resources/i18n/*.qm"))
    if report.get("app_translations") != qm or not qm:
        problems.append(f"app translations seen: {report.get('app_translations')}, bundled: {qm}")
    if not report.get("icon"):
        problems.append("the app icon is not found through the package")
    if not report.get("qtbase_nl"):
        problems.append(f"Qt's own Dutch translation is missing from {report.get('qt_translations_dir')}")
    if not report.get("font_families"):
        problems.append("Qt finds no fonts: PDFs would have no text (install fonts-dejavu-core)")
    if "svg" not in report.get("image_formats", []):
        problems.append("Qt's SVG image plugin is missing (the icon is an SVG)")
    for name, ok in report.get("matplotlib_backends", {}).items():
        if ok is not True:
            problems.append(f"matplotlib backend {name}: {ok}")
    return problems


def check_self_report(run, bundle: Path, examples: list[Path], check) -> None:
    result = run(env_extra={"OPPEVAL_BUNDLE_CHECK": "1"})
    try:
        report = json.loads(result.stdout)
    except ValueError:
        check(False, "OPPEVAL_BUNDLE_CHECK=1 should print a JSON report", result)
        return
    for problem in self_report_problems(report, bundle, examples):
        check(False, problem)
    if report.get("font_families"):
        print(f"smoke: the bundle sees {report['font_families']} font families, "
              f"{len(report['app_translations'])} app translations, Qt translations, SVG, "
              f"matplotlib {', '.join(report['matplotlib_backends'])}")


def smoke(bundle: Path, app_seconds: float = 60.0, extra_examples: list[Path] = ()) -> int:
    """Run the bundle headless: --version, validate, analyze, report (if present), the app.

    Uses the examples inside the bundle, plus ``extra_examples`` (files of your own).
    """
    bundle = bundle.resolve()
    extra_examples = [Path(p).resolve() for p in extra_examples]
    exe = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():
        print(f"smoke: {exe} not found; build it with make package", file=sys.stderr)
        return 1
    version = read_version()
    failures: list[str] = []
    skipped: list[str] = []

    with tempfile.TemporaryDirectory(prefix="oe-smoke-") as tmpdir:
        tmp = Path(tmpdir)
        env = _clean_env(tmp / "home")

        def run(*args: str, timeout: float = 120, env_extra: dict | None = None) -> subprocess.CompletedProcess:
            start = time.perf_counter()
            try:
                result = subprocess.run([str(exe), *args], cwd=tmp, env=dict(env, **(env_extra or {})),
                                        capture_output=True, text=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                result = subprocess.CompletedProcess(args, -1, "", f"no answer within {timeout:.0f} s")
            extra = " ".join(f"{k}={v}" for k, v in (env_extra or {}).items())
            print(f"smoke: {extra + ' ' if extra else ''}{APP_NAME} {' '.join(args)} -> exit {result.returncode} "
                  f"({time.perf_counter() - start:.2f} s)")
            return result

        def check(ok: bool, what: str, result: subprocess.CompletedProcess | None = None) -> None:
            if not ok:
                detail = f"\n  stdout: {result.stdout[-2000:]}\n  stderr: {result.stderr[-2000:]}" if result else ""
                failures.append(what + detail)

        result = run("--version")
        check(result.returncode == 0 and version in result.stdout,
              f"--version should print {version}", result)

        examples = bundled_examples(bundle)
        check(bool(examples), "no bundled examples (evaluator/resources/examples/*.oppeval) in the bundle")
        check_self_report(run, bundle, examples, check)
        examples += extra_examples
        for example in examples:
            result = run("validate", str(example))
            check(result.returncode == 0, f"validate {example.name}", result)
            result = run("analyze", str(example), "--json")
            try:
                data = json.loads(result.stdout)
                ok = result.returncode == 0 and {"projection", "red_flags", "verdict"} <= data.keys()
            except ValueError:
                ok = False
            check(ok, f"analyze {example.name} --json", result)

        if examples:
            pdf = tmp / "summary.pdf"
            result = run("report", str(examples[0]), "-o", str(pdf), "--lang", "nl")
            if not_available(result):
                skipped.append("report (the command is not in this version yet)")
            else:
                ok = (result.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
                      and pdf.stat().st_size > 2000)
                check(ok, f"report {examples[0].name} should write a PDF", result)

        # The app: its main window must appear (Qt platform plugin, fonts, imports, library).
        # OPPEVAL_STARTUP_BENCH=1 makes the app print WINDOW_SHOWN <time> once the window is up, and quit.
        args = [str(exe)] + ([str(examples[0])] if examples else [])
        start_wall = time.time()
        try:
            done = subprocess.run(args, cwd=tmp, env=dict(env, OPPEVAL_STARTUP_BENCH="1"),
                                  capture_output=True, text=True, timeout=app_seconds)
        except subprocess.TimeoutExpired as exc:
            failures.append(f"the app's window did not appear within {app_seconds:.0f} s"
                            f"\n  stderr: {(exc.stderr or b'')[-2000:]!r}")
        else:
            shown = [line.split() for line in done.stdout.splitlines() if line.startswith("WINDOW_SHOWN ")]
            if not_available(done):
                skipped.append("desktop app (not in this version yet)")
            elif done.returncode == 0 and shown:
                print(f"smoke: the app's window appeared {float(shown[0][1]) - start_wall:.2f} s after launch")
            else:
                check(False, f"the app exited with code {done.returncode} without showing its window", done)

    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"smoke: bundle {bundle} is {size / 1e6:.0f} MB")
    for item in skipped:
        print(f"smoke: SKIPPED {item}")
    for item in failures:
        print(f"smoke: FAILED {item}")
    print("smoke: " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Opportunity Evaluator bundle helpers")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("version", help="print the version from pyproject.toml")
    for name in ("stage", "tarball", "smoke"):
        p = sub.add_parser(name)
        p.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / APP_NAME)
    p.add_argument("--example", type=Path, action="append", default=[],
                   help="also check this evaluation file (repeatable)")
    args = parser.parse_args(argv)
    if args.command == "version":
        print(read_version())
        return 0
    if args.command == "stage":
        stage_desktop_files(args.bundle)
        return 0
    if args.command == "tarball":
        out = tarball(args.bundle, read_version())
        print(f"wrote {out} ({out.stat().st_size / 1e6:.0f} MB)")
        return 0
    return smoke(args.bundle, extra_examples=args.example)


if __name__ == "__main__":
    sys.exit(main())
