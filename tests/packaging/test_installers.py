"""What can be checked here of the installers: the Windows version resource, the MSI definition and its
workflow (both untested on Windows from this machine), the .deb's layout, the desktop entry, the
AppStream metainfo, the file type and the icons."""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest
import version_info
import yaml
from deb import METAINFO_ID, build_deb, stage
from render_icons import SIZES

from .conftest import PACKAGING, ROOT

VERSION = version_info.project_version(ROOT)
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-bundle.yml"


def _call_names(expression: str) -> set[str]:
    return {node.func.id for node in ast.walk(ast.parse(expression)) if isinstance(node, ast.Call)}


def test_the_version_resource_carries_pyprojects_version():
    text = version_info.version_info_text(VERSION)
    body = text.split("\n", 1)[1]  # after the "# UTF-8" line PyInstaller expects
    assert {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"} <= _call_names(
        body
    )
    numbers = version_info.version_tuple(VERSION)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{VERSION}')" in text
    assert "StringStruct('ProductName', 'MAPPA Desktop')" in text


@pytest.mark.parametrize(
    ("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4rc1", (2, 3, 4, 1))]
)
def test_windows_gets_four_numbers(version, numbers):
    assert version_info.version_tuple(version) == numbers


def _wxs():
    return ET.parse(PACKAGING / "windows" / "mappa-desktop.wxs").getroot()


def test_the_msi_installs_both_programs_and_references_files_that_exist():
    package = _wxs().find(f"{WIX}Package")
    assert package.get("Name") == "MAPPA Desktop"
    assert package.get("Version") == "$(Version)" and package.get("Scope") == "perMachine"
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", package.get("UpgradeCode"))
    for element in package.iter():
        source = element.get("SourceFile")
        if source:
            relative = source.replace("!(bindpath.Resources)\\", "").replace("\\", "/")
            assert (ROOT / "resources" / relative).is_file(), source
    assert [f.get("Include") for f in package.iter(f"{WIX}Files")] == ["!(bindpath.Bundle)\\**"]
    targets = {s.get("Target") for s in package.iter(f"{WIX}Shortcut")}
    assert targets == {"[INSTALLFOLDER]mappa-desktop.exe"}


def test_the_workflow_builds_signs_installs_and_smoke_tests_what_the_msi_expects():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["windows"]["steps"]
    runs = "\n".join(str(step.get("run", "")) for step in steps)
    assert "packaging\\build.py --skip-deb" in runs
    # absolute bind paths: WiX resolves relative ones against the .wxs file's folder
    assert '-bindpath "Bundle=${{ github.workspace }}\\dist\\mappa-desktop"' in runs
    assert '-bindpath "Resources=${{ github.workspace }}\\resources"' in runs
    assert "packaging\\windows\\mappa-desktop.wxs" in runs
    signed = [step["run"] for step in steps if "sign.ps1" in str(step.get("run", ""))]
    assert "mappa-desktop.exe" in signed[0] and "mappa-desktop-cli.exe" in signed[0] and ".msi" in signed[1]
    assert "packaging\\smoke.py" in runs and "/qn" in runs and "msiexec.exe" in runs
    for step in steps:
        if "sign.ps1" in str(step.get("run", "")):
            assert step["env"]["SIGN_CERT_PFX_BASE64"] == "${{ secrets.SIGN_CERT_PFX_BASE64 }}"
    sign = (PACKAGING / "windows" / "sign.ps1").read_text(encoding="utf-8")
    assert "/tr $env:SIGN_TIMESTAMP_URL" in sign and "/fd SHA256" in sign and "/td SHA256" in sign
    requirements = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8")
    assert re.search(r"^pyinstaller==\d+\.\d+\.\d+$", requirements, re.MULTILINE)


def _tool(*args):
    assert shutil.which(args[0]), f"{args[0]} is needed for this check (.ci/run installs it)"
    return subprocess.run(list(args), capture_output=True, text=True)


def test_the_desktop_entry_validates():
    done = _tool("desktop-file-validate", str(PACKAGING / "mappa-desktop.desktop"))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    entry = (PACKAGING / "mappa-desktop.desktop").read_text(encoding="utf-8")
    assert "Name=MAPPA Desktop\n" in entry and "Icon=mappa-desktop\n" in entry


def test_the_metainfo_validates():
    path = PACKAGING / f"{METAINFO_ID}.metainfo.xml"
    done = _tool("appstreamcli", "validate", "--no-net", str(path))
    assert done.returncode == 0, done.stdout
    root = ET.parse(path).getroot()
    assert root.findtext("id") == METAINFO_ID and root.findtext("name") == "MAPPA Desktop"
    assert root.find("releases/release").get("version") == VERSION


def test_the_referral_package_file_type():
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = ET.parse(PACKAGING / "mappa-desktop-mime.xml").getroot().find(f"{ns}mime-type")
    assert mime.get("type") == "application/x-mappa-referral-package"
    assert mime.find(f"{ns}glob").get("pattern") == "*.mappa.json"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_at_every_standard_size_and_the_ico_holds_the_same_images():
    folder = ROOT / "resources" / "icons" / "app"
    pngs = {size: (folder / f"mappa-desktop-{size}.png").read_bytes() for size in SIZES}
    assert {size: _png_size(data) for size, data in pngs.items()} == {size: (size, size) for size in SIZES}
    ico = (folder / "mappa-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    for index in range(count):
        side, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        image = ico[offset : offset + length]
        size = _png_size(image)[0]
        assert (side or 256) == size and bits == 32
        assert image == pngs[size]


def test_the_deb_puts_the_bundle_in_opt_and_links_both_programs(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for program in ("mappa-desktop", "mappa-desktop-cli"):
        (bundle / program).write_bytes(b"#!/bin/sh\n")
        (bundle / program).chmod(0o755)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"zip")
    deb = build_deb(bundle, tmp_path, tmp_path / "work", VERSION)
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert re.search(
        r"^-rwxr-xr-x root/root .* \./opt/mappa-desktop/mappa-desktop-cli$", listing, re.MULTILINE
    )
    assert "./usr/bin/mappa-desktop -> /opt/mappa-desktop/mappa-desktop" in listing
    assert "./usr/bin/mappa-desktop-cli -> /opt/mappa-desktop/mappa-desktop-cli" in listing
    for path in (
        "./usr/share/applications/mappa-desktop.desktop",
        f"./usr/share/metainfo/{METAINFO_ID}.metainfo.xml",
        "./usr/share/mime/packages/mappa-desktop.xml",
        "./usr/share/icons/hicolor/scalable/apps/mappa-desktop.svg",
        "./usr/share/doc/mappa-desktop/copyright",
        *(f"./usr/share/icons/hicolor/{s}x{s}/apps/mappa-desktop.png" for s in SIZES),
    ):
        assert re.search(rf"^-rw-r--r-- root/root .* {re.escape(path)}$", listing, re.MULTILINE), path
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {VERSION}\n" in fields and "Package: mappa-desktop\n" in fields
    assert "libfontconfig1" in fields and "libdbus-1-3" in fields


def test_staging_again_starts_clean(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "old-file").write_text("x")
    staging = stage(bundle, tmp_path / "root", VERSION, "amd64")
    (bundle / "old-file").unlink()
    staging = stage(bundle, tmp_path / "root", VERSION, "amd64")
    assert not (staging / "opt" / "mappa-desktop" / "old-file").exists()


def test_bundles_are_built_from_the_lock_file_with_hashes():
    """packaging/requirements.lock pins every package the bundle is built from, each with its hashes, and
    matches pyproject.toml and the build tools; the Linux build and the Windows workflow install it."""
    import tomllib

    lock = (PACKAGING / "requirements.lock").read_text(encoding="utf-8")
    pins = re.findall(
        r"^([a-z0-9][a-z0-9._-]*)==([^ ;\\]+)(?: ;[^\\]*)? \\\n((?:    --hash=sha256:[0-9a-f]{64}.*\n)+)",
        lock,
        re.M,
    )
    assert pins and all("--hash=sha256:" in hashes for _name, _version, hashes in pins)
    locked = {name for name, _version, _hashes in pins}
    assert len(re.findall(r"^[a-z0-9]", lock, re.M)) == len(pins)  # every pin has hashes
    pyproject = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {re.match(r"[A-Za-z0-9._-]+", r)[0].lower() for r in pyproject["project"]["dependencies"]}
    wanted |= {"pyinstaller", "pyinstaller-hooks-contrib"}
    assert wanted <= locked
    for name, version, _hashes in pins:
        if name == "pyinstaller":
            build = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8")
            assert f"pyinstaller=={version}\n" in build
    assert "--require-hashes -r packaging/requirements.lock" in (PACKAGING / "build").read_text()
    assert "--require-hashes" in (PACKAGING / "build.py").read_text()
    workflow = (PACKAGING.parent / ".github" / "workflows" / "windows-bundle.yml").read_text()
    assert "--require-hashes -r packaging\\requirements.lock" in workflow
