"""Smoke-test a built or installed MAPPA Desktop from a folder of its own, as a person would run it.

    python packaging/smoke.py BIN_DIR

BIN_DIR holds ``mappa-desktop`` and ``mappa-desktop-cli`` (``.exe`` on Windows): ``dist/mappa-desktop``
after a build, or ``/usr/bin`` after installing the .deb. Every step runs in a fresh temporary folder
(never the checkout, so nothing can be imported from the source tree), with a private data folder, and
must finish without a traceback:

  --version of both programs, evaluate a case (shipped in tests/packaging/fixtures), sample-data, list,
  export a PDF on a machine with no fonts (the bundle's own fonts must be embedded and the text there),
  export a referral package and import it into another database, and open the window off-screen until
  it has listed the referrals (the app's ready marker), on a database and with --demo (and on an X
  server through Xvfb where there is one), open a package with --open as the desktop does until it is
  in the Screening queue, and leave the window open a few seconds to see it is still running. Databases
  are encrypted (SQLCipher, bundled): each step gives the passphrase on standard input with
  --passphrase-fd 0, as a script would.

Plain Python (no Qt, no PyInstaller), so the Windows workflow runs the same file. Exits 1 at the first
failure, saying which step and what it printed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "tests" / "packaging" / "fixtures" / "violent-offender-level-2.json"
# The markers gui/app.py prints when MAPPA_DESKTOP_EXIT_AFTER_SHOW=1 (kept in step by test_smoke_markers).
FIRST_WINDOW_MARKER = "MAPPA_FIRST_WINDOW_SHOWN"
READY_MARKER = "MAPPA_REFERRALS_LISTED"
WINDOWS = sys.platform == "win32"
PASSPHRASE = "smoke test passphrase of the bundle"


class SmokeFailure(Exception):
    pass


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def _clean_env(work: Path) -> dict[str, str]:
    """The person's environment, less anything that could lead Python back to the checkout or a venv."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env.update(
        MAPPA_DESKTOP_DATA=str(work / "data"),
        MAPPA_DESKTOP_SETTINGS=str(work / "settings"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("MAPPA_DESKTOP_EXIT_AFTER_SHOW", None)
    return env


class Smoke:
    def __init__(self, bin_dir: Path, work: Path) -> None:
        suffix = ".exe" if WINDOWS else ""
        self.window_program = bin_dir / f"mappa-desktop{suffix}"
        self.cli = bin_dir / f"mappa-desktop-cli{suffix}"
        self.work = work
        self.env = _clean_env(work)
        self.results: list[str] = []

    def run(self, step: str, args: list[str], *, program: Path | None = None, env=None, timeout=120, wrap=()):
        """Run one program from the work folder; fail on a non-zero exit or a traceback. A step that opens
        a database (``--db``) is given its passphrase on standard input (``--passphrase-fd 0``)."""
        started = time.monotonic()
        keyed = "--db" in args
        done = subprocess.run(
            [*wrap, str(program or self.cli), *args, *(["--passphrase-fd", "0"] if keyed else [])],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            input=PASSPHRASE + "\n" if keyed else "",
        )
        seconds = time.monotonic() - started
        if done.returncode != 0 or "Traceback" in done.stderr:
            raise SmokeFailure(
                f"{step}: exit {done.returncode}\n--- stdout\n{done.stdout[-3000:]}\n"
                f"--- stderr\n{done.stderr[-3000:]}"
            )
        self.results.append(f"ok  {step} ({seconds:.1f} s)")
        print(self.results[-1], flush=True)
        return done

    def check(self, condition: bool, what: str) -> None:
        if not condition:
            raise SmokeFailure(what)

    # The steps, in the order a person would meet them.

    def versions(self) -> None:
        version = _version()
        for program in (self.cli, self.window_program):
            done = self.run(f"{program.name} --version", ["--version"], program=program)
            if not (WINDOWS and program is self.window_program):  # a windowed .exe has no standard output
                self.check(version in done.stdout, f"--version printed {done.stdout!r}, not {version}")

    def evaluate(self) -> None:
        example = json.loads(CASE.read_text(encoding="utf-8"))
        case = self.work / "case.json"
        case.write_text(json.dumps(example["case"]), encoding="utf-8")
        out = json.loads(self.run("evaluate a case", ["evaluate", "case.json", "--format", "json"]).stdout)
        for key in ("mappa_eligible", "category", "categories_met", "level"):
            self.check(out.get(key) == example["expect"][key], f"evaluate: {key} is {out.get(key)!r}")

    def sample_data_and_list(self) -> str:
        self.run("sample-data", ["sample-data", "--count", "12", "--seed", "5", "--db", "referrals.sqlite3"])
        rows = json.loads(self.run("list", ["list", "--format", "json", "--db", "referrals.sqlite3"]).stdout)
        self.check(len(rows) == 12, f"list: {len(rows)} referrals, not 12")
        return rows[0]["id"]

    def export_pdf_without_system_fonts(self, referral_id: str) -> None:
        env = dict(self.env)
        if not WINDOWS:  # fontconfig with no font folders: only the bundle's own fonts exist
            conf = self.work / "no-fonts.conf"
            cache = self.work / "fc-cache"
            conf.write_text(f"<fontconfig><cachedir>{cache}</cachedir></fontconfig>", "utf-8")
            env["FONTCONFIG_FILE"] = str(conf)
        args = ["export", referral_id, "--db", "referrals.sqlite3", "--format", "pdf", "--out", "summary.pdf"]
        self.run("export --format pdf (no system fonts)", args, env=env)
        pdf = (self.work / "summary.pdf").read_bytes()
        self.check(pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf, "the PDF has no embedded font")
        if shutil.which("pdffonts") and shutil.which("pdftotext"):
            fonts = self._tool("pdffonts", "summary.pdf")
            embedded = [line for line in fonts.stdout.splitlines()[2:] if "DejaVuSans" in line]
            self.check(bool(embedded), f"pdffonts found no DejaVu Sans:\n{fonts.stdout}")
            self.check(all(line.split()[-5] == "yes" for line in embedded), f"not embedded:\n{fonts.stdout}")
            text = self._tool("pdftotext", "summary.pdf", "-")
            self.check("OFFICIAL-SENSITIVE" in text.stdout, "the PDF's text is missing")
            print("    " + "\n    ".join(fonts.stdout.splitlines()), flush=True)
        else:  # Windows runners have no poppler: the font name in the PDF itself
            self.check(b"DejaVuSans" in pdf, "the PDF does not name DejaVu Sans")

    def _tool(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), cwd=self.work, capture_output=True, text=True, check=True)

    def export_and_import_package(self, referral_id: str) -> None:
        args = ["export", referral_id, "--db", "referrals.sqlite3", "--format", "json"]
        self.run("export --format json (referral package)", [*args, "--out", "sent.mappa.json"])
        done = self.run(
            "import", ["import", "sent.mappa.json", "--db", "received.sqlite3", "--format", "json"]
        )
        results = json.loads(done.stdout)
        self.check(
            [(r["outcome"], r["referral_id"]) for r in results] == [("imported", referral_id)],
            f"import: {results}",
        )

    def window(self, step: str, args: list[str], *, x11: bool = False) -> None:
        """Open the window off-screen (or on a virtual X display) until it has painted and listed the
        referrals, then close it."""
        env = dict(self.env, MAPPA_DESKTOP_EXIT_AFTER_SHOW="1")
        wrap: tuple[str, ...] = ()
        if x11:  # the bundle's own X11 plugin and xcb libraries, on a real (virtual) X server
            env["QT_QPA_PLATFORM"] = "xcb"
            wrap = ("xvfb-run", "-a")
        # A windowed .exe has no standard output for the markers; the console one opens the same window.
        program = self.cli if WINDOWS else self.window_program
        done = self.run(step, args, program=program, env=env, timeout=180, wrap=wrap)
        for marker in (FIRST_WINDOW_MARKER, READY_MARKER):
            self.check(marker in done.stdout, f"{step}: no {marker} in\n{done.stdout}\n{done.stderr}")

    def _window_while(self, step: str, args: list[str], *, done, limit: float) -> None:
        """Keep the window open until ``done()`` is true (at most ``limit`` seconds), then close it;
        fail if it stopped by itself before that or printed a traceback."""
        program = self.cli if WINDOWS else self.window_program
        started = time.monotonic()
        with subprocess.Popen(
            [str(program), *args, "--passphrase-fd", "0"],
            cwd=self.work,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as running:
            running.stdin.write(PASSPHRASE + "\n")
            running.stdin.close()
            running.stdin = None  # given and closed: communicate() below has nothing more to send
            while time.monotonic() - started < limit and running.poll() is None and not done():
                time.sleep(0.5)
            crashed = running.poll()
            running.terminate()
            out, err = running.communicate(timeout=30)
        if crashed is not None or "Traceback" in err or not done():
            raise SmokeFailure(
                f"{step}: exit {crashed}\n--- stdout\n{out[-3000:]}\n--- stderr\n{err[-3000:]}"
            )
        self.results.append(f"ok  {step} ({time.monotonic() - started:.1f} s)")
        print(self.results[-1], flush=True)

    def open_package_from_the_desktop(self, referral_id: str) -> None:
        """``mappa-desktop --open FILE`` (what the desktop entry runs): the package lands in Screening."""
        database = self.work / "opened.sqlite3"
        self._window_while(
            "window --open a referral package (as from the desktop)",
            ["--db", str(database), "--open", "sent.mappa.json"],
            done=lambda: _received_ids(database) == [referral_id],
            limit=60,
        )

    def window_stays_open(self, seconds: float = 4.0) -> None:
        """Leave the window open for a few seconds (timers, the lazy areas) and check it is still running."""
        opened = time.monotonic()
        self._window_while(
            f"window off-screen open for {seconds:.0f} s with --demo",
            ["--demo"],
            done=lambda: time.monotonic() - opened >= seconds,
            limit=seconds + 5,
        )

    def all(self) -> None:
        self.versions()
        self.evaluate()
        referral_id = self.sample_data_and_list()
        self.export_pdf_without_system_fonts(referral_id)
        self.export_and_import_package(referral_id)
        self.window("window off-screen on the sample database", ["--db", "referrals.sqlite3"])
        self.window("window off-screen with --demo", ["--demo"])
        if not WINDOWS and shutil.which("xvfb-run"):
            self.window("window on an X display (Xvfb)", ["--db", "referrals.sqlite3"], x11=True)
        self.open_package_from_the_desktop(referral_id)
        self.window_stays_open()


def _received_ids(database: Path) -> list[str]:
    """The referrals in a database's screening queue (empty while it does not exist yet)."""
    if not database.exists():
        return []
    try:  # the database is encrypted: read it with SQLCipher's module where this Python has it
        import sqlcipher3.dbapi2 as driver
    except ImportError:
        driver = sqlite3
    try:
        with contextlib.closing(driver.connect(f"file:{database}?mode=ro", uri=True)) as conn:
            if driver is not sqlite3:
                conn.execute(f"PRAGMA key = '{PASSPHRASE}'")  # SQLCipher's own derivation, as the app's
            return [row[0] for row in conn.execute("SELECT id FROM received_referrals")]
    except driver.Error:  # not created yet (or not readable here)
        return []


def smoke_test(bin_dir: Path) -> list[str]:
    """Run every step against the programs in ``bin_dir``; return the result lines."""
    with tempfile.TemporaryDirectory(prefix="mappa-smoke-") as folder:
        smoke = Smoke(Path(bin_dir).resolve(), Path(folder))
        smoke.all()
        return smoke.results


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        results = smoke_test(Path(argv[0]))
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {len(results)} steps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
