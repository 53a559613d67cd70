"""Windows and macOS files (untested builds): they must at least agree with the spec and the icon."""

from __future__ import annotations

import re
import struct

from .helpers import PACKAGING, ROOT, load_bundle_tools

bt = load_bundle_tools()
ISS = PACKAGING / "windows" / "opportunity-evaluator.iss"


def test_ico_holds_the_icon_pngs_up_to_256():
    data = (PACKAGING / "windows" / "opportunity-evaluator.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 6)
    for i, size in enumerate((16, 32, 48, 64, 128, 256)):
        w, h, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (w or 256, h or 256) == (size, size)
        png = (ROOT / "resources" / "icons" / f"{bt.APP_NAME}-{size}.png").read_bytes()
        assert data[offset:offset + length] == png, f"{size}px entry is not the current PNG (make icons)"


def test_icns_holds_the_icon_pngs():
    data = (PACKAGING / "macos" / "opportunity-evaluator.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, pos = {}, 8
    while pos < len(data):
        code, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        found[code] = data[pos + 8:pos + length]
        pos += length
    assert found[b"ic09"] == (ROOT / "resources" / "icons" / f"{bt.APP_NAME}-512.png").read_bytes()
    assert set(found) == {b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09"}


def test_inno_setup_script_takes_the_version_from_the_build_and_uses_the_spec_names():
    text = ISS.read_text()
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.M)
    assert not re.search(r"#define\s+AppVersion", text), "the version comes from pyproject via /DAppVersion"
    assert '#define BundleDir "..\\..\\dist\\opportunity-evaluator"' in text
    spec = (PACKAGING / "opportunity-evaluator.spec").read_text()
    assert 'name=f"{NAME}-gui"' in spec and '#define GuiExe "opportunity-evaluator-gui.exe"' in text
    assert (ISS.parent / re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1)).is_file()
    assert 'Subkey: "Software\\Classes\\.oppeval\\OpenWithProgids"' in text
