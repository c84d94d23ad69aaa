"""What the bundle leaves out, and why: used by mappa-desktop.spec, checked by tests/packaging.

PyInstaller's Qt hooks collect every plugin and translation of every Qt module imported, and every
library those pull in. The app draws widgets with the raster engine on X11 (or Windows/macOS), reads SVG
icons, prints PDFs with QtGui and charts with QtCharts; it never opens a network connection, never uses
QML, Quick, OpenGL from Python, a virtual keyboard or Qt's own translations (Qt has no Welsh one). What
is left out here is never loaded, so leaving it out changes nothing a person sees, and the smoke test in
build.py runs the slimmed bundle to prove it.

Plain Python, no PyInstaller import: the spec passes its TOC entries ``(dest, source, typecode)`` in.
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
from collections.abc import Iterable
from pathlib import PurePosixPath

# Python modules never imported by the app; some are reached only through optional plugin hooks
# (pydantic's hypothesis plugin, pytest's entry points) and would drag in test tools.
EXCLUDED_MODULES = (
    "tkinter",
    "hypothesis",
    "pytest",
    "_pytest",
    "IPython",
    "numpy",
    "ssl",  # no network, so no TLS: hashlib keeps its own digests
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtMultimedia",
    "PySide6.QtDBus",
    "PySide6.QtPdf",
    "PySide6.QtSvgWidgets",
)

# Qt platform plugins kept: the desktop windowing systems and "offscreen" (headless PDFs, smoke tests).
# Wayland sessions run the app through XWayland; eglfs, linuxfb, vnc and minimal are for devices.
PLATFORM_PLUGINS_KEPT = ("*qxcb*", "*qoffscreen*", "*qwindows*", "*qcocoa*")
IMAGE_FORMATS_KEPT = ("*qsvg*", "*qico*")  # app.svg, the toolbar icons, the Windows icon; PNG is built in
INPUT_CONTEXTS_KEPT = ("*compose*", "*ibus*")  # dead keys, input methods (Welsh accents); no virtual keyboard

# Paths in the bundle (relative, "/"-separated) never shipped.
DROPPED_PATHS = (
    "PySide6/Qt/translations/*",  # Qt's own; ours are in resources/translations
    "PySide6/translations/*",
    "PySide6/Qt/qml/*",
    "PySide6/qml/*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/wayland-*",
    "*/plugins/generic/*",  # evdev, tslib, TUIO touch (needs the network module)
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
    "*/plugins/xcbglintegrations/*",  # OpenGL on X11: the widgets are drawn without it
    "*/plugins/platformthemes/*",  # GTK and desktop-portal themes: the app has its own stylesheet
    "*/plugins/qmltooling/*",
    "*/plugins/virtualkeyboard/*",
    "*/plugins/position/*",
    "*/plugins/multimedia/*",
    "*/plugins/sqldrivers/*",  # the store uses Python's sqlite3, not QtSql
)

# Qt libraries never loaded once the plugins above are gone (matched on the file name).
DROPPED_LIBRARIES = (
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6VirtualKeyboard*",
    "*Qt6Network*",
    "*Qt6WaylandClient*",
    "*Qt6WlShellIntegration*",
    "*Qt6EglF[Ss]*",
    "*Qt6Pdf*",
    "opengl32sw.dll",  # Mesa's software OpenGL for Windows, 20 MB, for QML/OpenGL only
    "d3dcompiler_*.dll",
)

# Host libraries left to the system (the .deb depends on them): each must match the system's own
# configuration and services (fonts.conf, the X server, the session bus) and every desktop has them.
SYSTEM_LIBRARIES = (
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libexpat.so.*",
    "libpng16.so.*",
    "libbrotli*.so.*",
    "libz.so.*",
    "libglib-2.0.so.*",
    "libgthread-2.0.so.*",
    "libgobject-2.0.so.*",
    "libgio-2.0.so.*",
    "libgmodule-2.0.so.*",
    "libpcre2-8.so.*",
    "libdbus-1.so.*",
    "libsystemd.so.*",
    "libgcrypt.so.*",
    "libgpg-error.so.*",
    "liblz4.so.*",
    "libcap.so.*",
    "libselinux.so.*",
    "libmount.so.*",
    "libblkid.so.*",
    "libX11.so.*",
    "libX11-xcb.so.*",
    "libXau.so.*",
    "libXdmcp.so.*",
    "libbsd.so.*",
    "libmd.so.*",
)

# Debian packages providing SYSTEM_LIBRARIES and the libraries PyInstaller never bundles (libc, GL, xcb).
DEB_DEPENDS = (
    "libc6 (>= 2.28)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libexpat1",
    "libpng16-16",
    "zlib1g",
    "libglib2.0-0",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
)


def _matches(name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def is_dropped(dest: str) -> bool:
    """True when the bundle path ``dest`` (relative, any separator) is never shipped."""
    path = PurePosixPath(dest.replace("\\", "/"))
    posix, name = str(path), path.name
    if _matches(posix, DROPPED_PATHS) or _matches(name, DROPPED_LIBRARIES):
        return True
    if "plugins" in path.parts[:-2]:
        kind = path.parts[path.parts.index("plugins") + 1]
        kept = {
            "platforms": PLATFORM_PLUGINS_KEPT,
            "imageformats": IMAGE_FORMATS_KEPT,
            "platforminputcontexts": INPUT_CONTEXTS_KEPT,
        }.get(kind)
        if kept is not None and not _matches(name, kept):
            return True
    return _matches(name, SYSTEM_LIBRARIES) and len(path.parts) == 1


def slim(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The TOC entries that are shipped."""
    return [entry for entry in entries if not is_dropped(entry[0])]


_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file asks the loader for (``readelf -d``); empty for anything else."""
    try:
        out = subprocess.run(["readelf", "-d", "--wide", path], capture_output=True, text=True, check=False)
    except FileNotFoundError:  # no binutils: keep everything rather than guess
        return []
    return _NEEDED.findall(out.stdout)


def _is_root(dest: str, kind: str) -> bool:
    posix = dest.replace("\\", "/")
    return kind != "BINARY" or "/plugins/" in posix or PurePosixPath(posix).name.startswith("libpython")


def reachable(entries: list[tuple[str, str, str]], needed=None) -> list[tuple[str, str, str]]:
    """Keep the shared libraries that something shipped still loads; drop the rest (ELF, so Linux only).

    Roots are Python extension modules, Qt plugins and the Python library itself; a library is kept
    when a root (or a kept library) names it as NEEDED. Libraries that only a dropped plugin needed
    (GTK's cairo and pango for the GTK theme, Kerberos for QtNetwork) fall away. ``libdbus``, which Qt
    may load at run time, is left to the system (``SYSTEM_LIBRARIES``), so nothing loaded that way is
    pruned here.
    """
    needed = needed or elf_needed
    by_name = {PurePosixPath(dest.replace("\\", "/")).name: (dest, src) for dest, src, _ in entries}
    queue = [(dest, src) for dest, src, kind in entries if _is_root(dest, kind)]
    kept = {dest for dest, _ in queue}
    while queue:
        _, src = queue.pop()
        for soname in needed(src):
            found = by_name.get(soname)
            if found and found[0] not in kept:
                kept.add(found[0])
                queue.append(found)
    return [entry for entry in entries if entry[0] in kept]
