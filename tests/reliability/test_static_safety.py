"""No way for data to become code: a static scan of every module in ``evaluator/``.

Forbidden: pickle/marshal/shelve/dill (loading them runs code), ``eval``/``exec``/``compile`` and
``__import__`` of computed names, ``yaml.load``, ``subprocess`` with ``shell=True``,
``os.system``/``os.popen``/``os.exec*``/``os.spawn*``, opening URLs (``webbrowser``,
``urllib.request``, ``QDesktopServices.openUrl``) and Qt widgets told to follow links.
The scan reads the syntax tree, so ``dialog.exec()`` (Qt) and words in strings or comments do not
count. Exceptions must be listed in ALLOWED with the reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "evaluator"

FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle",
                     "yaml", "webbrowser", "urllib.request", "http.client", "requests", "socket",
                     "ctypes", "code", "codeop", "pty", "telnetlib", "ftplib", "xmlrpc"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input", "breakpoint"}
FORBIDDEN_ATTR_CALLS = {("os", "system"), ("os", "popen"), ("os", "startfile"), ("yaml", "load"),
                        ("pickle", "loads"), ("pickle", "load"), ("QDesktopServices", "openUrl"),
                        ("QProcess", "startDetached")}
FORBIDDEN_ATTR_PREFIXES = (("os", "exec"), ("os", "spawn"))
LINK_SETTERS = {"setOpenExternalLinks", "setOpenLinks"}

# (relative path, what) -> why it is safe. Keep this list short and precise.
ALLOWED: dict[tuple[str, str], str] = {
    ("evaluator/cli/__init__.py", "importlib.import_module(<computed>)"):
        "the sub-command module evaluator.cli.<name>_cmd, only after checking that name is one of "
        "the fixed COMMANDS",
    ("evaluator/core/alloc.py", "import ctypes"):
        "only glibc's own libc is loaded (found by ctypes.util, on Linux with glibc alone), and only "
        "mallopt and malloc_trim are called, with the module's integer constants: nothing from a "
        "file or the user reaches it",
    ("evaluator/core/alloc.py", "import ctypes.util"): "find_library('c') for the line above",
}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def findings(source: str) -> list[str]:
    out = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in FORBIDDEN_MODULES or alias.name.split(".")[0] in FORBIDDEN_MODULES - {"urllib", "http"}:
                    out.append(f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module in FORBIDDEN_MODULES or node.module.split(".")[0] in FORBIDDEN_MODULES:
                out.append(f"from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                out.append(f"{func.id}()")
            elif isinstance(func, ast.Attribute):
                owner = func.value.id if isinstance(func.value, ast.Name) else None
                if (owner, func.attr) in FORBIDDEN_ATTR_CALLS:
                    out.append(f"{owner}.{func.attr}()")
                if owner and any(owner == o and func.attr.startswith(p) for o, p in FORBIDDEN_ATTR_PREFIXES):
                    out.append(f"{owner}.{func.attr}()")
                if func.attr in LINK_SETTERS and not (node.args and isinstance(node.args[0], ast.Constant)
                                                      and node.args[0].value is False):
                    out.append(f"{func.attr}(...)")
                if owner == "importlib" and func.attr == "import_module" and not (
                        node.args and isinstance(node.args[0], (ast.Constant, ast.Name))):
                    out.append("importlib.import_module(<computed>)")
            for kw in node.keywords:
                if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    out.append("shell=True")
    return out


def test_the_scan_finds_what_it_should():
    bad = (
        "import pickle\nfrom yaml import load\nimport urllib.request\nimport socket\n"
        "eval('1')\nexec('x')\n__import__(name)\nos.system('ls')\nos.execv('a', [])\n"
        "subprocess.run('ls', shell=True)\nQDesktopServices.openUrl(url)\n"
        "label.setOpenExternalLinks(True)\nimportlib.import_module(prefix + name)\n"
    )
    assert sorted(findings(bad)) == sorted([
        "import pickle", "from yaml import", "import urllib.request", "import socket", "eval()",
        "exec()", "__import__()", "os.system()", "os.execv()", "shell=True",
        "QDesktopServices.openUrl()", "setOpenExternalLinks(...)",
        "importlib.import_module(<computed>)"])
    fine = ("app.exec()\ndialog.exec()\nlabel.setOpenExternalLinks(False)\n"
            "x = 'eval( pickle'  # exec(\nsubprocess.run(['ls'], shell=False)\n"
            "importlib.import_module(module)\n")
    assert findings(fine) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_code_from_data_anywhere(path):
    rel = str(path.relative_to(PACKAGE.parent))
    found = [f for f in findings(path.read_text(encoding="utf-8")) if (rel, f) not in ALLOWED]
    assert found == [], f"{rel}: {found}"


def test_the_package_is_scanned():
    names = {str(p.relative_to(PACKAGE)) for p in _modules()}
    assert {"core/fileformat.py", "storage/library.py", "ui/main_window.py", "report/engine.py"} <= names
