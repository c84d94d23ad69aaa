"""Render resources/app.svg as the desktop icons: PNGs at the standard sizes and a Windows .ico.

The files are committed (resources/icons/app/), so a build needs no SVG renderer, and
tests/packaging/test_desktop_files.py re-renders them to check they are fresh. Run after changing
app.svg:  python packaging/render_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "app.svg"
OUT = ROOT / "resources" / "icons" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256)  # the hicolor theme's sizes; Windows uses 16 to 256


def render_png(size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels, as PNG bytes (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - painting needs one
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico holding each PNG as one image (PNG-in-ICO, read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def render_all() -> dict[str, bytes]:
    """File name -> bytes of every icon file."""
    pngs = {size: render_png(size) for size in SIZES}
    files = {f"mappa-desktop-{size}.png": png for size, png in pngs.items()}
    files["mappa-desktop.ico"] = ico_bytes(pngs)
    return files


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in render_all().items():
        (OUT / name).write_bytes(data)
        print(OUT / name, len(data), "bytes", file=sys.stderr)
