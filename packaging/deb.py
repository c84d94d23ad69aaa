"""The Debian package: the bundle in /opt/mappa-desktop, its two programs linked from /usr/bin, and the
desktop entry, icons, AppStream metainfo and the referral-package file type where a desktop finds them.

No maintainer scripts: dpkg's triggers (from desktop-file-utils, shared-mime-info and hicolor-icon-theme,
which every desktop has) refresh the menu, file-type and icon caches when these files appear or go.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bundle_contents import DEB_DEPENDS
from render_icons import SIZES

PACKAGE = "mappa-desktop"
APP_ID = "mappa-desktop"  # the desktop entry's and the icon's name
METAINFO_ID = "invalid.mappa_desktop.MappaDesktop"  # AppStream wants a reverse domain: see the metainfo file
PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent


def control(version: str, architecture: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: MAPPA Desktop maintainers <mappa-desktop@invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline decision aid for MAPPA referrals (England and Wales)\n"
        " MAPPA Desktop guides an officer through the MAPPA categories and levels,\n"
        " explains every outcome with the guidance it comes from, and lets MAPPA\n"
        " coordinators screen the referrals they receive. Data stays on this computer;\n"
        " the application never opens a network connection.\n"
    )


def stage(bundle: Path, staging: Path, version: str, architecture: str) -> Path:
    """Lay the package's files out under ``staging``; return it."""
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    usr = staging / "usr"
    (usr / "bin").mkdir(parents=True)
    for program in ("mappa-desktop", "mappa-desktop-cli"):
        (usr / "bin" / program).symlink_to(f"/opt/{PACKAGE}/{program}")
    share = usr / "share"
    _copy(PACKAGING / "mappa-desktop.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = f"{METAINFO_ID}.metainfo.xml"
    _copy(PACKAGING / metainfo, share / "metainfo" / metainfo)
    _copy(PACKAGING / "mappa-desktop-mime.xml", share / "mime" / "packages" / f"{PACKAGE}.xml")
    icons = ROOT / "resources" / "icons" / "app"
    hicolor = share / "icons" / "hicolor"
    for size in SIZES:
        _copy(icons / f"mappa-desktop-{size}.png", hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    _copy(ROOT / "resources" / "app.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    _copy(PACKAGING / "copyright", share / "doc" / PACKAGE / "copyright")
    files = [p for p in staging.rglob("*") if p.is_file() and not p.is_symlink()]
    installed_kib = sum(p.stat().st_size for p in files) // 1024
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, architecture, installed_kib), encoding="utf-8")
    for path in staging.rglob("*"):  # what dpkg installs is world-readable; the data it later holds is not
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    return staging


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def build_deb(bundle: Path, out_dir: Path, work: Path, version: str) -> Path:
    """Stage and build ``mappa-desktop_VERSION_ARCH.deb`` in ``out_dir``."""
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    staging = stage(bundle, work / "deb-root", version, architecture)
    deb = out_dir / f"{PACKAGE}_{version}_{architecture}.deb"
    # xz at level 6: small enough to mail round, and about a minute on two cores.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb
