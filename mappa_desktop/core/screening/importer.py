"""Import referral packages into the co-ordinator's screening records, all or nothing per package.

``import_packages`` reads and verifies every file first (size, JSON, format, schema version, digest,
signature, schema: ``core.package.read_package``), so a refused file never touches the database (a
package whose signature fails is refused like any other), then writes the
verified ones in one transaction with a SAVEPOINT per package: a package is written whole or not at all,
and one failing write does not undo the others. A package whose referral id is already held is a
duplicate: ``on_duplicate`` keeps the existing record, replaces it (status and decisions are kept; the
content and deadlines are refreshed; the earlier package and the fields that changed go to the audit log,
and the result says what changed and which decisions were made on the earlier version), or asks (``ask``
callback). An identical package (same digest) is always kept. Every import and replacement is audited.

Who signed each package is recorded with it (``signatures``) and returned in its result: a trusted
sender, an unknown key, or unsigned. A replacement whose signature differs from the earlier copy's (an
unsigned or unknown-key copy replacing a trusted sender's) says so in its reason.

Each file is judged on its own: a file that cannot be read, parsed or evaluated is refused with its name
and the reason, and the others go on. The queue's assessment is the co-ordinator's own (this
application's rule pack on the referral's facts, ``claims.coordinator_assessment``), never the sender's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from mappa_desktop.core.messages import Message
from mappa_desktop.core.package import (
    SUFFIX,
    PackageError,
    ReferralPackage,
    SignatureCheck,
    package_document,
    read_package_document,
    signature_of,
)
from mappa_desktop.core.package.sealed import Recipient
from mappa_desktop.core.referral import DECLINED, UNKNOWN, Referral
from mappa_desktop.core.referral.referred_under import referrer_request
from mappa_desktop.core.rules import Assessment, load_pack
from mappa_desktop.core.screening.changes import changed_labels
from mappa_desktop.core.screening.claims import changed_fields, coordinator_assessment
from mappa_desktop.core.screening.deadlines import DeadlinePolicy
from mappa_desktop.core.screening.model import DECIDED_LEVEL, ImportOutcome, ImportResult, ScreeningStatus
from mappa_desktop.core.screening.signatures import (
    SenderSignature,
    judged,
    recorded_signature,
    signature_columns,
)
from mappa_desktop.core.screening.stored import (
    earlier_version,
    package_json,  # noqa: F401 - the stored JSON, for callers that imported it from here
    stored_document,
    stored_package,
)
from mappa_desktop.core.signing.keys import own_signer
from mappa_desktop.core.store import Store, audit
from mappa_desktop.core.store.connection import transaction
from mappa_desktop.core.store.errors import DiskFull
from mappa_desktop.core.store.referrals import search_text

Duplicate = Literal["keep", "replace"]
OnDuplicate = Literal["ask", "keep", "replace"]
NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class VerifiedPackage:
    """A package file that passed every check, ready to write."""

    path: Path
    package: ReferralPackage
    document: dict[str, Any] | None = None
    """The package as read from the file (what its digest is of), kept as it was."""

    @property
    def referral(self) -> Referral:
        return self.package.referral

    @property
    def digest(self) -> str:
        return self.package.digest.value

    @property
    def signature(self) -> SignatureCheck:
        """Who signed it (the signature was verified when it was read)."""
        return signature_of(self.package)


@dataclass(frozen=True)
class ExistingRecord:
    """What is already held for a duplicate's referral id (for the keep-or-replace question)."""

    referral_id: str
    subject_name: str
    status: ScreeningStatus
    received_at: dt.datetime
    digest: str


AskDuplicate = Callable[[VerifiedPackage, ExistingRecord], Duplicate]


def package_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to import: each file given, and every ``*.mappa.json`` in a folder (and its sub-folders),
    in name order. A path that does not exist is kept, so it is reported as refused."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            # Anything not a folder is listed, so a pipe or device named *.mappa.json is reported refused.
            files.extend(sorted(p for p in path.rglob(f"*{SUFFIX}") if not p.is_dir()))
        else:
            files.append(path)
    return files


def verify(path: Path, key: Recipient | None = None) -> VerifiedPackage | ImportResult:
    """Read and verify one file: a ``VerifiedPackage``, or a refused ``ImportResult`` saying why. A package
    encrypted to this installation is opened with ``key`` (``core.signing.keys.own_signer``)."""
    try:
        return VerifiedPackage(path, *read_package_document(path, key=key))
    except PackageError as error:
        # The error's own Message (not str(error)): the reason is said in the reader's language.
        return ImportResult(
            str(path), ImportOutcome.refused, reason=error.args[0] if error.args else str(error)
        )
    except Exception as error:  # whatever a hostile file provokes refuses that file only, never the batch
        return ImportResult(
            str(path),
            ImportOutcome.refused,
            reason=Message(
                "{name} could not be checked ({error}), so it was not imported. Ask the sender to export it "
                "again.",
                name=path.name,
                error=type(error).__name__,
            ),
        )


def _diversity(value: str | None) -> str:
    if value is None or not value.strip():
        return NOT_RECORDED
    lowered = value.strip().lower()
    if lowered in (UNKNOWN, "not known", "don't know"):
        return UNKNOWN
    if lowered in (DECLINED, "prefer not to say", "declined to say"):
        return DECLINED
    return value.strip()


def _age_band(referral: Referral, on: dt.date) -> str:
    band = referral.diversity.age_band
    if band:
        return _diversity(band)
    born = referral.subject.date_of_birth
    if born is None:
        return NOT_RECORDED
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return f"{age // 10 * 10}-{age // 10 * 10 + 9}"


def _sort_name(referral: Referral) -> str:
    s = referral.subject
    return " ".join(p for p in (s.family_name, s.given_names) if p).lower()


def queue_columns(
    package: ReferralPackage,
    policy: DeadlinePolicy,
    assessment: Assessment,
    *,
    status: ScreeningStatus = ScreeningStatus.received,
    received_at: dt.datetime,
    decided_at: dt.datetime | None = None,
    left_level_at: dt.datetime | None = None,
) -> dict[str, object]:
    """The denormalised queue columns of ``received_referrals`` for a package (no ``n``); the ``aid_*``
    columns are the co-ordinator's own ``assessment``, not the one the package claims."""
    r, a = package.referral, assessment
    release = r.custody.release_date
    due, kind = policy.next_deadline(
        status,
        release_date=release,
        decided_on=decided_at.date() if decided_at else None,
        left_level_on=left_level_at.date() if left_level_at else None,
        received_on=received_at.date(),
    )
    decided_level = DECIDED_LEVEL[status]
    asked_category, asked_level = referrer_request(r)  # the referrer's record, never an assessment
    return {
        "id": r.id,
        "status": str(status),
        "category": asked_category,
        "level_sought": asked_level,
        "aid_level": a.level,
        "aid_category": a.category,
        "aid_eligible": None if a.mappa_eligible is None else int(a.mappa_eligible),
        "da_flag": int(bool(r.domestic_abuse.domestic_abuse)),
        "release_date": release.isoformat() if release else None,
        "level_setting_due": _iso(policy.level_setting_due(release, received_at.date())),
        "review_due": _iso(policy.review_due(decided_level, decided_at.date() if decided_at else None)),
        "step_down_due": _iso(policy.step_down_due(left_level_at.date() if left_level_at else None)),
        "next_due": _iso(due),
        "next_due_kind": str(kind) if kind else None,
        "referring_agency": r.referrer.agency or "",
        "subject_name": r.subject.full_name,
        "sort_name": _sort_name(r),
        "pnc_id": r.subject.pnc_id,
        "ethnicity": _diversity(r.diversity.ethnicity or r.subject.ethnicity),
        "gender": _diversity(r.diversity.gender or r.subject.gender),
        "age_band": _age_band(r, received_at.date()),
        "referred_on": _iso(r.referrer.date_referred),
        "received_at": received_at.isoformat(),
        "decided_at": decided_at.isoformat() if decided_at else None,
        "decided_level": decided_level,
        "left_level_at": left_level_at.isoformat() if left_level_at else None,
        "digest": package.digest.value,
        "rule_pack": f"{package.rule_pack.id} {package.rule_pack.version}",
        **signature_columns(signature_of(package)),
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _insert(conn, columns: dict[str, object]) -> int:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    cursor = conn.execute(
        f"INSERT INTO received_referrals ({names}) VALUES ({marks})", tuple(columns.values())
    )
    return int(cursor.lastrowid)


def existing_record(conn, referral_id: str) -> ExistingRecord | None:
    row = conn.execute(
        "SELECT subject_name, status, received_at, digest FROM received_referrals WHERE id = ?",
        (referral_id,),
    ).fetchone()
    if row is None:
        return None
    name, status, received, digest = row
    return ExistingRecord(
        referral_id, name, ScreeningStatus(status), dt.datetime.fromisoformat(received), digest
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def store_packages(
    store: Store,
    verified: Iterable[VerifiedPackage],
    *,
    actor: str,
    on_duplicate: OnDuplicate = "keep",
    ask: AskDuplicate | None = None,
    policy: DeadlinePolicy | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Write verified packages (one transaction, a SAVEPOINT each); a result per package, in order.

    ``stop`` is asked before each package: once it says True (the application is closing), the packages
    written so far are committed whole and the rest are refused untouched, saying so."""
    if on_duplicate == "ask" and ask is None:
        raise ValueError("on_duplicate='ask' needs an ask callback")
    verified = list(verified)
    if not verified:
        return []
    policy = policy or DeadlinePolicy.from_pack()
    pack = load_pack()
    results: list[ImportResult] = []
    try:
        with transaction(store.db, store.path, "import of referral packages") as conn:
            for item in verified:
                if stop is not None and stop():
                    results.append(stopped(item.path, item.referral.id, item.referral.subject.full_name))
                    continue
                results.append(_store_one(conn, item, actor, on_duplicate, ask, policy, pack))
    except DiskFull as error:
        raise DiskFull(
            store.path,
            "import",
            message=Message(
                "The disk holding {path} is full, so no package was imported: the database is as it was "
                "before the import, and the package files are untouched. Free some space on the disk, then "
                "import them again.",
                path=store.path,
            ),
        ) from error
    return results


def _store_one(
    conn, item: VerifiedPackage, actor: str, on_duplicate: OnDuplicate, ask, policy: DeadlinePolicy, pack
) -> ImportResult:
    referral = item.referral
    name = referral.subject.full_name
    path = str(item.path)
    existing = existing_record(conn, referral.id)
    if existing is not None:
        if existing.digest == item.digest:
            return ImportResult(
                path,
                ImportOutcome.kept_existing,
                referral.id,
                name,
                Message("this package is already imported"),
            )
        choice = ask(item, existing) if on_duplicate == "ask" else on_duplicate
        if choice != "replace":
            return ImportResult(
                path,
                ImportOutcome.kept_existing,
                referral.id,
                name,
                Message("a referral with this id is already held; the existing record was kept"),
            )
    at = _now()
    try:
        assessment = coordinator_assessment(item.package, at.date(), pack=pack)
    except Exception as error:  # facts the rule pack cannot work with (dates at the calendar's ends)
        return ImportResult(
            path,
            ImportOutcome.refused,
            referral.id,
            name,
            Message(
                "{name} could not be assessed by this application's rule pack ({error}), so it was not "
                "imported. Ask the sender to check the dates and export it again.",
                name=item.path.name,
                error=error,
            ),
        )
    signature = judged(conn, item.signature)
    earlier_signature = recorded_signature(conn, referral.id) if existing is not None else None
    conn.execute("SAVEPOINT package")
    try:
        if existing is None:
            n = _insert(conn, queue_columns(item.package, policy, assessment, received_at=at))
            conn.execute(
                "INSERT INTO received_packages (n, data) VALUES (?, ?)",
                (n, stored_package(item.package, item.document)),
            )
            action, old = "received", None
        else:
            n, status, received, decided, left = conn.execute(
                "SELECT n, status, received_at, decided_at, left_level_at FROM received_referrals "
                "WHERE id = ?",
                (referral.id,),
            ).fetchone()
            columns = queue_columns(
                item.package,
                policy,
                assessment,
                status=ScreeningStatus(status),
                received_at=dt.datetime.fromisoformat(received),
                decided_at=dt.datetime.fromisoformat(decided) if decided else None,
                left_level_at=dt.datetime.fromisoformat(left) if left else None,
            )
            sets = ", ".join(f"{key} = ?" for key in columns)
            conn.execute(f"UPDATE received_referrals SET {sets} WHERE n = ?", (*columns.values(), n))
            held = conn.execute("SELECT data FROM received_packages WHERE n = ?", (n,)).fetchone()[0]
            earlier, newer = stored_document(held), package_document(item.package)
            changed, labels = changed_fields(earlier, newer), changed_labels(earlier, newer)
            conn.execute(
                "UPDATE received_packages SET data = ? WHERE n = ?",
                (stored_package(item.package, item.document), n),
            )
            conn.execute("DELETE FROM received_search WHERE rowid = ?", (n,))
            # The earlier version is kept whole (compressed) in the audit log: nothing is swapped silently.
            action, old = "package replaced", {"digest": existing.digest, "package": earlier_version(held)}
            decided = conn.execute(
                "SELECT count(*) FROM screening_decisions WHERE referral_id = ?", (referral.id,)
            ).fetchone()[0]
        conn.execute("INSERT INTO received_search (rowid, text) VALUES (?, ?)", (n, search_text(referral)))
        new = {"digest": item.digest, "file": item.path.name, "signature": str(signature.state)}
        if signature.fingerprint:
            new["signer_fingerprint"] = signature.fingerprint
        if existing is not None:
            new["changed"], new["changed_labels"] = changed, labels  # paths for machines, words for people
        audit.append(
            conn,
            referral.id,
            at.isoformat(),
            actor,
            action,
            [("screening.package", None if old is None else json.dumps(old), json.dumps(new))],
            stored=True,
        )
    except Exception as error:
        # A full disk ends the whole import (SQLite may already have rolled the transaction back, and
        # every later package would fail too): re-raised, the transaction is undone and reported whole.
        if not conn.in_transaction or "full" in str(error).lower():
            raise
        conn.execute("ROLLBACK TO package")
        conn.execute("RELEASE package")
        return ImportResult(
            path,
            ImportOutcome.refused,
            referral.id,
            name,
            Message(
                "it could not be written ({error}); nothing of it was kept and the file is untouched. Import "
                "it again; if it keeps failing, ask your IT support.",
                error=error,
            ),
        )
    conn.execute("RELEASE package")
    if existing is None:
        return ImportResult(path, ImportOutcome.imported, referral.id, name, signature=signature)
    reason = replaced_reason(labels, decided) + signature_change(earlier_signature, signature)
    return ImportResult(path, ImportOutcome.replaced, referral.id, name, reason, signature)


def signature_change(earlier: SenderSignature | None, newer: SenderSignature) -> str:
    """What a replacement changed in who signed the referral ("" when the same)."""
    if earlier is None or (earlier.state, earlier.fingerprint) == (newer.state, newer.fingerprint):
        return ""
    was, now = earlier.short_text(), newer.short_text()
    return f". Who signed it changed: the earlier copy was “{was}”, this one is “{now}”; ask the sender why"


def stopped(path: Path, referral_id: str | None = None, name: str = "") -> ImportResult:
    """The result of a file the import did not reach because the application was closing."""
    return ImportResult(
        str(path),
        ImportOutcome.refused,
        referral_id,
        name,
        Message(
            "the import stopped when the application closed, before this file; nothing of it was kept and "
            "the file is untouched. Import it again."
        ),
    )


def replaced_reason(changed: list[str], decisions: int) -> Message:
    """What a replacement changed (in the summary's words), and what it means for decisions made."""
    shown = "; ".join(changed[:8])
    if len(changed) > 8:
        shown = Message("{shown} and {more} more", shown=shown, more=len(changed) - 8)
    text = (
        Message("changed: {shown}", shown=shown)
        if changed
        else Message("the referral's content is the same; only the file changed")
    )
    if decisions:
        return Message(
            "{text}. {count} decision(s) were made on the earlier version; they and the earlier version are "
            "kept in the history. Check the decision still holds",
            text=text,
            count=decisions,
        )
    return text


def import_packages(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    actor: str,
    on_duplicate: OnDuplicate = "keep",
    ask: AskDuplicate | None = None,
    policy: DeadlinePolicy | None = None,
) -> list[ImportResult]:
    """Import package files and folders; one ``ImportResult`` per file, in the order found."""
    key = own_signer(store)  # opens packages encrypted to this installation
    checked = [verify(path, key) for path in package_files(paths)]
    verified = [item for item in checked if isinstance(item, VerifiedPackage)]
    stored = iter(
        store_packages(store, verified, actor=actor, on_duplicate=on_duplicate, ask=ask, policy=policy)
    )
    return [next(stored) if isinstance(item, VerifiedPackage) else item for item in checked]
