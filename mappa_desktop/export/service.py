"""Exports of one referral in every format, shared by the app's dialog and ``mappa-desktop export``.

``prepare`` assesses the referral once (``core.assessment.assess_referral``); ``render`` turns the
result into the bytes of a format; ``export_to_file`` saves them atomically. Qt is imported only for
PDF, so text, HTML and package exports run without it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Literal

from mappa_desktop.core.assessment import ReferralAssessment, assess_referral
from mappa_desktop.core.messages import Message
from mappa_desktop.core.package import build_package, package_bytes
from mappa_desktop.core.package.sealed import seal
from mappa_desktop.core.package.signing import PackageSigner
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.safe_files import ExportError, write_atomic
from mappa_desktop.core.signing.key_file import SenderKey
from mappa_desktop.core.summary import DEFAULT_MARKING, Summary, bilingual_summary, build_summary
from mappa_desktop.export.templates import render_html, render_text

ExportFormat = Literal["pdf", "json", "html", "text"]
FORMATS: tuple[ExportFormat, ...] = ("pdf", "json", "html", "text")
SUFFIXES: dict[str, str] = {"pdf": ".pdf", "json": ".mappa.json", "html": ".html", "text": ".txt"}
NAMES: dict[str, str] = {"pdf": "PDF", "json": "package", "html": "HTML", "text": "text"}
"""What each format is called in the audit log ("exported PDF")."""


PreparedReferral = ReferralAssessment
"""A referral with its facts and the aid's assessment: what every export renders."""


def prepare(
    referral: Referral, *, as_of: dt.date | None = None, pack: RulePack | None = None
) -> PreparedReferral:
    """The referral assessed (``core.assessment.assess_referral``) with ``pack`` (default: the bundled
    rule pack) on ``as_of`` (default: today)."""
    return assess_referral(referral, as_of, pack)


def summary_of(
    prepared: PreparedReferral,
    *,
    marking: str = DEFAULT_MARKING,
    generated_at: dt.datetime | None = None,
    language: str = "en",
) -> Summary:
    """The summary (sections in MAPPA A order) that every human-readable format renders, in ``language``:
    "en", "cy", or "bilingual" (Welsh and English side by side, Welsh first)."""
    if language == "bilingual":
        generated_at = generated_at or dt.datetime.now().astimezone()  # one time for both halves
        welsh, english = (
            summary_of(prepared, marking=marking, generated_at=generated_at, language=lang)
            for lang in ("cy", "en")
        )
        return bilingual_summary(welsh, english)
    return build_summary(
        prepared.referral,
        prepared.assessment_in(language),
        marking=marking,
        generated_at=generated_at,
        language=language,
    )


def render(
    prepared: PreparedReferral,
    fmt: ExportFormat,
    *,
    marking: str = DEFAULT_MARKING,
    generated_at: dt.datetime | None = None,
    language: str = "en",
    signer: PackageSigner | None = None,
    seal_for: SenderKey | None = None,
) -> bytes:
    """The export's bytes: a PDF, the referral package JSON (signed by ``signer``; encrypted to the
    coordinator whose public key file is ``seal_for``), UTF-8 HTML or text."""
    if fmt == "json":
        package = build_package(
            prepared.referral, prepared.facts, prepared.assessment, created_at=generated_at, signer=signer
        )
        if seal_for is not None:
            if seal_for.encryption_key is None:
                raise ExportError(
                    Message(
                        "The coordinator's public key file has no encryption key (it was made by an earlier "
                        "version), so the package cannot be encrypted for them. Nothing was written."
                    )
                )
            return seal(package_bytes(package), seal_for.encryption_key, seal_for.fingerprint)
        return package_bytes(package)
    summary = summary_of(prepared, marking=marking, generated_at=generated_at, language=language)
    if fmt == "text":
        return render_text(summary).encode()
    if fmt == "html":
        return render_html(summary).encode()
    if fmt == "pdf":
        from mappa_desktop.export.pdf import render_pdf

        return render_pdf(summary)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_to_file(
    prepared: PreparedReferral,
    fmt: ExportFormat,
    path: str | os.PathLike[str],
    *,
    overwrite: bool,
    marking: str = DEFAULT_MARKING,
    generated_at: dt.datetime | None = None,
    language: str = "en",
    signer: PackageSigner | None = None,
    seal_for: SenderKey | None = None,
) -> Path:
    """Render and save atomically, owner-only. ``FileExistsError`` unless ``overwrite``; ``ExportError``."""
    data = render(
        prepared,
        fmt,
        marking=marking,
        generated_at=generated_at,
        language=language,
        signer=signer,
        seal_for=seal_for,
    )
    return write_atomic(path, data, overwrite=overwrite)


def record_export(
    store, referral_id: str, fmt: ExportFormat, *, actor: str, language: str | None = None
) -> dt.datetime:
    """Record in ``store`` that the referral was exported as ``fmt`` (saved or copied): the audit log gets
    an "exported" entry and the referrals list can say when it changes afterwards. A summary (not the
    package, which is data) records the ``language`` it was produced in. Returns the time."""
    summary = language if fmt != "json" else None
    return store.record_export(referral_id, actor=actor, what=NAMES[fmt], language=summary)
