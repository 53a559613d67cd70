"""The Linux desktop integration files: desktop entry, AppStream metainfo, MIME type, icons."""

from __future__ import annotations

import configparser
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest

from .helpers import LINUX, ROOT, load_bundle_tools, pyproject_version, require_tool

bt = load_bundle_tools()
DESKTOP = LINUX / bt.DESKTOP_FILE
METAINFO = LINUX / f"{bt.APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{bt.APP_NAME}-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry(path=DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# --- desktop entry ---------------------------------------------------------------------------

def test_desktop_file_passes_desktop_file_validate():
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", f"warnings or hints: {result.stdout}"


def test_desktop_file_opens_evaluation_files_and_names_the_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["MimeType"].split(";")[:-1] == [bt.MIME_TYPE]
    assert entry["Exec"] == f"{bt.APP_NAME} %f"  # install.sh rewrites it to the installed path
    assert entry["Icon"] == bt.APP_NAME
    assert (ROOT / "resources" / "icons" / f"{bt.APP_NAME}.svg").is_file()
    assert entry["Comment[nl]"] and entry["GenericName[nl]"]  # the first users read Dutch


# --- AppStream metainfo ----------------------------------------------------------------------

def test_metainfo_passes_appstreamcli_validate():
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_desktop_file_licence_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == bt.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert [m.text for m in root.iter("mediatype")] == [bt.MIME_TYPE]
    newest = root.find("releases/release")
    assert newest.get("version") == pyproject_version(), (
        "add a <release> for the pyproject.toml version to the metainfo (newest first)")
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert set(summaries) == {None, "nl"}


def test_metainfo_screenshots_point_at_files_in_docs():
    root = ET.parse(METAINFO).getroot()
    urls = [image.text.strip() for image in root.iter("image")]
    assert urls, "at least one screenshot"
    prefix = "https://raw.githubusercontent.com/opportunityevaluator/opportunity-evaluator/main/"
    assert all(url.startswith(prefix + "docs/screenshots/") and url.endswith(".png") for url in urls)
    shots = ROOT / "docs" / "screenshots"
    if not any(shots.glob("*.png")):
        pytest.skip("docs/screenshots has no PNG yet")
    missing = [url for url in urls if not (ROOT / url[len(prefix):]).is_file()]
    assert not missing, f"screenshots named in the metainfo but not in docs/screenshots: {missing}"


# --- MIME type -------------------------------------------------------------------------------

def test_mime_xml_registers_the_oppeval_glob():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [bt.MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall(f"{MIME_NS}glob")] == ["*.oppeval"]
    comments = {c.get(XML_LANG): c.text for c in types[0].findall(f"{MIME_NS}comment")}
    assert set(comments) == {None, "nl"}


def test_update_mime_database_maps_oppeval_to_the_type(tmp_path):
    tool = require_tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{bt.APP_NAME}.xml").write_bytes(MIME_XML.read_bytes())
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text().splitlines()
    assert f"50:{bt.MIME_TYPE}:*.oppeval" in globs


# --- icons -----------------------------------------------------------------------------------

def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_icon_pngs_exist_in_every_size_and_have_that_size():
    for size in bt.ICON_SIZES:
        assert png_size(ROOT / "resources" / "icons" / f"{bt.APP_NAME}-{size}.png") == (size, size)


def test_icon_svg_is_square_svg():
    root = ET.parse(ROOT / "resources" / "icons" / f"{bt.APP_NAME}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_the_app_names_this_desktop_file(qapp):
    """Wayland and the task bars find the menu entry (and so the icon) by this name."""
    from evaluator.ui import app as app_module

    app = app_module.ensure_app()
    assert app.desktopFileName() + ".desktop" == DESKTOP.name
    assert not app.windowIcon().isNull()
