"""install.sh / uninstall.sh on a stand-in bundle (a shell script as the program), in temp folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from .helpers import LINUX, load_bundle_tools, require_tool

bt = load_bundle_tools()
APP = bt.APP_NAME


@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """What make package produces, with a tiny stand-in for the frozen program."""
    bundle = tmp_path / "dist" / APP
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / APP
    exe.write_text('#!/bin/sh\necho "stand-in for opportunity-evaluator: $*"\n')
    exe.chmod(0o755)
    bt.stage_desktop_files(bundle)
    return bundle


def run_script(script: Path, *args: str, env_extra: dict | None = None, home: Path | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    if home is not None:
        env["HOME"] = str(home)
    env.update(env_extra or {})
    return subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=env, timeout=60)


def installed_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def test_stage_puts_desktop_files_and_scripts_into_the_bundle(fake_bundle):
    share = fake_bundle / "share"
    assert (share / "applications" / bt.DESKTOP_FILE).is_file()
    assert (share / "metainfo" / f"{bt.APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP}.xml").is_file()
    for size in bt.ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP}.png").is_file()
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / f"{bt.MIME_ICON}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP}.svg").is_file()
    assert os.access(fake_bundle / "install.sh", os.X_OK) and os.access(fake_bundle / "uninstall.sh", os.X_OK)


def test_install_with_prefix_then_uninstall(fake_bundle, tmp_path):
    prefix = tmp_path / "prefix"
    result = run_script(fake_bundle / "install.sh", "--prefix", str(prefix), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr

    target = prefix / "opt" / APP
    assert (target / APP).is_file() and (target / "share").is_dir() and (target / "_internal").is_dir()
    link = prefix / "bin" / APP
    assert link.is_symlink() and os.readlink(link) == str(target / APP)
    out = subprocess.run([str(link), "analyze", "x.oppeval"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "stand-in for opportunity-evaluator: analyze x.oppeval"

    desktop = prefix / "share" / "applications" / bt.DESKTOP_FILE
    lines = desktop.read_text().splitlines()
    assert f'Exec="{target / APP}" %f' in lines
    assert f"TryExec={target / APP}" in lines
    assert f"MimeType={bt.MIME_TYPE};" in lines
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout.strip() == "", check.stdout
    assert (prefix / "share" / "metainfo" / f"{bt.APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP}.png").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{bt.MIME_ICON}.svg").is_file()
    if shutil.which("update-mime-database"):
        assert f"{bt.MIME_TYPE}:*.oppeval" in (prefix / "share" / "mime" / "globs2").read_text()
    if shutil.which("update-desktop-database"):
        cache = (prefix / "share" / "applications" / "mimeinfo.cache").read_text()
        assert f"{bt.MIME_TYPE}={bt.DESKTOP_FILE};" in cache.splitlines()
    assert not (tmp_path / "home").exists(), "with --prefix nothing goes to the home folder"

    # Someone else's icon and the user's own library must survive the uninstall.
    other_icon = prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "other-app.png"
    other_icon.write_bytes(b"x")
    library = prefix / "share" / APP / "library.sqlite3"
    library.parent.mkdir()
    library.write_bytes(b"the user's evaluations")

    result = run_script(target / "uninstall.sh", "--prefix", str(prefix), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    left = installed_files(prefix)
    assert not (prefix / "opt" / APP).exists()
    assert not link.exists() and not link.is_symlink()
    ours = [f for f in left if bt.APP_ID in f or f == f"share/mime/packages/{APP}.xml"
            or f.endswith((bt.DESKTOP_FILE, f"/{APP}.png", f"/{APP}.svg", f"{bt.MIME_ICON}.png"))]
    assert ours == []
    assert "share/icons/hicolor/48x48/apps/other-app.png" in left
    assert library.read_bytes() == b"the user's evaluations"
    if shutil.which("update-mime-database"):
        assert "oppeval" not in (prefix / "share" / "mime" / "globs2").read_text()


def test_install_honours_xdg_data_home_and_home(fake_bundle, tmp_path):
    home, data = tmp_path / "home", tmp_path / "xdg-data"
    result = run_script(fake_bundle / "install.sh", "--no-update", home=home,
                        env_extra={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    assert (home / ".local" / "opt" / APP / APP).is_file()
    assert os.readlink(home / ".local" / "bin" / APP) == str(home / ".local" / "opt" / APP / APP)
    assert (data / "applications" / bt.DESKTOP_FILE).is_file()
    assert (data / "mime" / "packages" / f"{APP}.xml").is_file()
    assert not (home / ".local" / "share").exists()
    assert not (data / "mime" / "globs2").exists(), "--no-update runs no database update"

    result = run_script(home / ".local" / "opt" / APP / "uninstall.sh", "--no-update", home=home,
                        env_extra={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    assert not (home / ".local" / "opt" / APP).exists()
    assert not (data / "applications" / bt.DESKTOP_FILE).exists()


def test_reinstall_replaces_the_old_program(fake_bundle, tmp_path):
    prefix = tmp_path / "prefix"
    assert run_script(fake_bundle / "install.sh", "--prefix", str(prefix), "--no-update").returncode == 0
    (prefix / "opt" / APP / "_internal" / "stale-file").write_text("from the old version")
    (fake_bundle / APP).write_text('#!/bin/sh\necho new version\n')
    result = run_script(fake_bundle / "install.sh", "--prefix", str(prefix), "--no-update")
    assert result.returncode == 0, result.stderr
    assert not (prefix / "opt" / APP / "_internal" / "stale-file").exists()
    out = subprocess.run([str(prefix / "bin" / APP)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "new version"
    assert sorted(p.name for p in (prefix / "opt").iterdir()) == [APP]  # no .new / .old left behind


def test_install_leaves_a_command_it_did_not_make_alone(fake_bundle, tmp_path):
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    pip_script = prefix / "bin" / APP
    pip_script.write_text("#!/bin/sh\necho pip-installed\n")
    result = run_script(fake_bundle / "install.sh", "--prefix", str(prefix), "--no-update")
    assert result.returncode == 0
    assert "left alone" in result.stderr
    assert pip_script.read_text() == "#!/bin/sh\necho pip-installed\n"
    run_script(prefix / "opt" / APP / "uninstall.sh", "--prefix", str(prefix), "--no-update")
    assert pip_script.is_file(), "uninstall removes only its own link"


def test_install_from_the_source_tree_finds_dist_bundle(tmp_path):
    """packaging/linux/install.sh in a checkout installs dist/opportunity-evaluator."""
    checkout = tmp_path / "checkout"
    (checkout / "packaging").mkdir(parents=True)
    shutil.copytree(LINUX, checkout / "packaging" / "linux")
    script = checkout / "packaging" / "linux" / "install.sh"
    result = run_script(script, "--prefix", str(tmp_path / "p"), "--no-update")
    assert result.returncode == 2 and "make package" in result.stderr  # nothing built yet

    bundle = checkout / "dist" / APP
    bundle.mkdir(parents=True)
    (bundle / APP).write_text("#!/bin/sh\necho built\n")
    (bundle / APP).chmod(0o755)
    bt.stage_desktop_files(bundle)
    result = run_script(script, "--prefix", str(tmp_path / "p"), "--no-update")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p" / "opt" / APP / APP).read_text() == "#!/bin/sh\necho built\n"


def test_install_rejects_unknown_options(fake_bundle):
    result = run_script(fake_bundle / "install.sh", "--frobnicate")
    assert result.returncode == 2 and "unknown option: --frobnicate" in result.stderr


def test_shell_scripts_are_posix_sh():
    require_tool("dash", "dash")
    for script in ("install.sh", "uninstall.sh"):
        result = subprocess.run(["dash", "-n", str(LINUX / script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_tarball_holds_the_bundle_folder_with_its_modes(fake_bundle):
    out = bt.tarball(fake_bundle, "9.8.7")
    assert out.name.startswith(f"{APP}-9.8.7-") and out.name.endswith(".tar.gz")
    with tarfile.open(out) as tar:
        member = tar.getmember(f"{APP}/{APP}")
        assert member.mode & 0o111
        assert f"{APP}/install.sh" in tar.getnames()
        assert f"{APP}/share/applications/{bt.DESKTOP_FILE}" in tar.getnames()


def test_the_desktop_knows_the_file_type_and_its_app_after_install(fake_bundle, tmp_path):
    """GIO (what GNOME, file managers and most toolkits ask) sees the type and the default app."""
    gio = require_tool("gio", "libglib2.0-bin")
    require_tool("update-mime-database", "shared-mime-info")
    require_tool("update-desktop-database", "desktop-file-utils")
    prefix = tmp_path / "prefix"
    assert run_script(fake_bundle / "install.sh", "--prefix", str(prefix)).returncode == 0
    env = dict(os.environ, XDG_DATA_HOME=str(prefix / "share"), XDG_DATA_DIRS="/usr/share",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    sample = tmp_path / "my offer.oppeval"
    sample.write_text('{"format": "opportunity-evaluation"}')
    info = subprocess.run([gio, "info", "-a", "standard::content-type", str(sample)], env=env,
                          capture_output=True, text=True, check=True).stdout
    assert f"standard::content-type: {bt.MIME_TYPE}" in info
    mime = subprocess.run([gio, "mime", bt.MIME_TYPE], env=env, capture_output=True, text=True, check=True).stdout
    assert mime.splitlines()[0].endswith(f": {bt.DESKTOP_FILE}"), mime
