"""The Windows version resource of both programs, written from pyproject.toml's version.

Windows shows it in the file's Properties > Details, and Intune, SCCM and AppLocker rules read it
(product name, file version). PyInstaller takes it as a text file holding a ``VSVersionInfo(...)``
expression; the spec writes one into its work folder on Windows. Plain Python, so tests can check it.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PRODUCT_NAME = "MAPPA Desktop"
DESCRIPTION = "MAPPA Desktop: a decision aid for MAPPA referrals"
COMPANY = "MAPPA Desktop contributors"  # the organisation that signs and deploys it may set its own


def project_version(root: Path) -> str:
    """``[project].version`` from the repository's pyproject.toml."""
    with (root / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> ``(0, 1, 0, 0)``: Windows wants four numbers; a pre-release suffix is dropped."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"version {version!r} has no numbers")
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info_text(version: str) -> str:
    """PyInstaller's version file for ``version``."""
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": "mappa-desktop",
        "LegalCopyright": "MIT licence",
        "OriginalFilename": "mappa-desktop.exe",
        "ProductName": PRODUCT_NAME,
        "ProductVersion": version,
    }
    rows = ",\n".join(f"            StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
        StringTable('080904B0', [
{rows}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""


if __name__ == "__main__":  # python packaging/version_info.py [OUT]: write the file (the Windows workflow)
    text = version_info_text(project_version(Path(__file__).resolve().parent.parent))
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(text, encoding="utf-8")
    else:
        print(text)
