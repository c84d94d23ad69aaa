"""The MAPPA co-ordinator's screening: received referral packages, the queue, decisions with reasons,
deadlines from the rule pack, and figures for the Strategic Management Board. Qt-free."""

from mappa_desktop.core.screening.deadlines import DeadlinePolicy, add_months
from mappa_desktop.core.screening.decisions import check_decision, decisions_for, record_decision
from mappa_desktop.core.screening.figures import BoardFigures, board_figures, figures_csv
from mappa_desktop.core.screening.importer import (
    ExistingRecord,
    VerifiedPackage,
    import_packages,
    package_files,
    store_packages,
    verify,
)
from mappa_desktop.core.screening.model import (
    DECISIONS,
    REASONS,
    STATUS_LABELS,
    DeadlineKind,
    ImportOutcome,
    ImportResult,
    QueueRow,
    ScreeningDecision,
    ScreeningError,
    ScreeningStatus,
    reasons_for,
)
from mappa_desktop.core.screening.queue import QueueQuery, queue_keys, queue_rows, received_count
from mappa_desktop.core.screening.records import received_package, request_note
from mappa_desktop.core.screening.report import figures_summary

__all__ = [
    "DECISIONS",
    "REASONS",
    "STATUS_LABELS",
    "BoardFigures",
    "DeadlineKind",
    "DeadlinePolicy",
    "ExistingRecord",
    "ImportOutcome",
    "ImportResult",
    "QueueQuery",
    "QueueRow",
    "ScreeningDecision",
    "ScreeningError",
    "ScreeningStatus",
    "VerifiedPackage",
    "add_months",
    "board_figures",
    "check_decision",
    "decisions_for",
    "figures_csv",
    "figures_summary",
    "import_packages",
    "package_files",
    "queue_keys",
    "queue_rows",
    "received_count",
    "received_package",
    "reasons_for",
    "record_decision",
    "request_note",
    "store_packages",
    "verify",
]
