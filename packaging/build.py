"""Build, slim, smoke-test and package MAPPA Desktop:  python packaging/build.py  (or packaging/build).

1. installs the locked dependencies and PyInstaller (packaging/requirements.lock, with hashes; made by
   scripts/lock_dependencies from pyproject.toml and packaging/requirements-build.txt) into this Python;
2. builds dist/mappa-desktop/ (one folder, two programs) from packaging/mappa-desktop.spec, and prints
   its size and how long it took;
3. smoke-tests the folder from another folder (packaging/smoke.py);
4. on Debian/Ubuntu, builds dist/mappa-desktop_VERSION_ARCH.deb, installs it with apt (as root), runs
   the same smoke test on /usr/bin, validates the installed desktop entry and metainfo, and removes
   the package again (--keep-installed leaves it).

Options: --skip-deb, --no-install (build the .deb but do not install it), --keep-installed.
Run it with the project's own environment (python3 -m venv .venv && .venv/bin/pip install -e .):
the bundle is built from what that environment imports.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import smoke  # noqa: E402
from version_info import project_version  # noqa: E402

LOCK = PACKAGING / "requirements.lock"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "mappa-desktop"
SIZE_TARGET_MB = 130  # Linux; the trial slimmed 215 MB to 129 MB


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def install_locked() -> None:
    """Exactly the locked packages (packaging/requirements.lock: the app's dependencies and the pinned
    PyInstaller, each with its SHA-256 hashes) in the Python running this script, so every bundle is built
    from the same, checked files. pip leaves what already matches and refuses a file whose hash differs."""
    step("installing the locked dependencies (packaging/requirements.lock, hashes checked)")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--require-hashes", "-r", str(LOCK)],
        check=True,
    )


def folder_size(folder: Path) -> int:
    """Bytes in ``folder``'s files (symbolic links counted as links, as on disk)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def build_bundle() -> float:
    step("building dist/mappa-desktop with PyInstaller")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(PACKAGING / "mappa-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    seconds = time.monotonic() - started
    for link in [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller links every Qt library beside the others, also those left out
    size_mb = folder_size(BUNDLE) / 1e6
    files = sum(1 for _ in BUNDLE.rglob("*"))
    print(f"bundle: {BUNDLE} — {size_mb:.1f} MB in {files} files, built in {seconds:.0f} s", flush=True)
    if sys.platform.startswith("linux") and size_mb > SIZE_TARGET_MB:
        print(f"WARNING: larger than the {SIZE_TARGET_MB} MB target", flush=True)
    return size_mb


def run_smoke(bin_dir: Path, what: str) -> None:
    step(f"smoke test: {what} ({bin_dir})")
    if smoke.main([str(bin_dir)]) != 0:
        raise SystemExit(f"smoke test of {what} failed")


def install_deb(deb: Path) -> None:
    step(f"installing {deb.name} with apt")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", str(deb)], check=True, env=env, stdout=subprocess.DEVNULL
    )
    for program in ("/usr/bin/mappa-desktop", "/usr/bin/mappa-desktop-cli"):
        target = os.path.realpath(program)
        if not target.startswith("/opt/mappa-desktop/"):
            raise SystemExit(f"{program} points to {target}, not into /opt/mappa-desktop")
    validate_installed()


def validate_installed() -> None:
    """The installed desktop entry and AppStream metainfo, with the desktop's own validators if present."""
    from deb import METAINFO_ID

    checks = [
        ("desktop-file-validate", "/usr/share/applications/mappa-desktop.desktop"),
        ("appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{METAINFO_ID}.metainfo.xml"),
    ]
    for tool, *args in checks:
        if shutil.which(tool) is None:
            print(f"(not checked: {tool} is not installed)", flush=True)
            continue
        done = subprocess.run([tool, *args], capture_output=True, text=True)
        print(f"{tool}: {done.stdout.strip() or 'no problems'}", flush=True)
        if done.returncode != 0:
            raise SystemExit(f"{tool} rejected {args[-1]}:\n{done.stdout}{done.stderr}")


def remove_deb() -> None:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(
        ["apt-get", "purge", "-y", "-qq", "mappa-desktop"], check=True, env=env, stdout=subprocess.DEVNULL
    )
    print("removed the mappa-desktop package again", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--skip-deb", action="store_true", help="build and smoke-test the folder only")
    parser.add_argument("--no-install", action="store_true", help="build the .deb but do not install it")
    parser.add_argument("--keep-installed", action="store_true", help="leave the .deb installed")
    args = parser.parse_args(argv)
    started = time.monotonic()
    install_locked()
    size_mb = build_bundle()
    run_smoke(BUNDLE, "the bundle folder")
    debian = shutil.which("dpkg-deb") is not None and sys.platform.startswith("linux")
    if debian and not args.skip_deb:
        from deb import build_deb

        step("building the .deb")
        deb = build_deb(BUNDLE, DIST, WORK, project_version(ROOT))
        print(f"{deb} — {deb.stat().st_size / 1e6:.1f} MB", flush=True)
        if args.no_install:
            print("(not installed: --no-install)", flush=True)
        elif os.geteuid() != 0:
            print(
                "(not installed: installing the .deb needs root; run as root or use --no-install)", flush=True
            )
        else:
            install_deb(deb)
            try:
                run_smoke(Path("/usr/bin"), "the installed .deb")
            finally:
                if not args.keep_installed:
                    remove_deb()
    step(f"done in {time.monotonic() - started:.0f} s; bundle {size_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
