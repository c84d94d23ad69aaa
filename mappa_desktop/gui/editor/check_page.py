"""Check your answers: every section's answers with a Change link, the error summary, and the actions
(mark as ready to send, preview and export). GOV.UK's check-answers and error-summary patterns."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.referral.referred_under import AidOutcome, decision_flags, referred_under
from mappa_desktop.core.referral.sections import Blocker
from mappa_desktop.core.rules import Assessment
from mappa_desktop.core.summary import Wording, victim_table
from mappa_desktop.gui import i18n
from mappa_desktop.gui.editor.decision_panel import LinkButton
from mappa_desktop.gui.editor.section import FieldError, SectionPage
from mappa_desktop.gui.forms.ui_check_answers_page import Ui_CheckAnswersPage


class CheckAnswersPage(SectionPage):
    """The last task: check, fix what the error summary lists, then mark ready or export."""

    section_id = "check"

    change_requested = Signal(str)
    """A section's Change link: the section id."""

    problem_requested = Signal(str, str)
    """An error-summary link: (section id, field path)."""

    ready_requested = Signal()
    decision_requested = Signal()
    """Record (or change) the category and level the officer refers under."""
    preview_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckAnswersPage()
        self.ui.setupUi(self)
        self.ui.readyButton.clicked.connect(self.ready_requested)
        self.ui.previewButton.clicked.connect(self.preview_requested)
        self.ui.statusLabel.setVisible(False)
        self.problem_links: list[LinkButton] = []
        self.change_buttons: dict[str, QPushButton] = {}
        self.victim_buttons: list[QPushButton] = []
        self._answer_widgets: list[QWidget] = []
        self.referred_label: QLabel | None = None
        self.decision_button: QPushButton | None = None

    def title(self) -> str:
        return self.tr("Check your answers")

    def first_field(self) -> QWidget | None:
        return self.problem_links[0] if self.problem_links else self.ui.readyButton

    def load(self, referral: Referral) -> None:
        self.show_status(None)

    def apply(self, referral: Referral) -> list[FieldError]:
        return []

    def refresh(
        self,
        pages: list[SectionPage],
        referral: Referral,
        blockers: list[Blocker],
        titles: dict,
        aid: AidOutcome | None = None,
    ) -> None:
        """Rebuild the summary from the pages' answers and the blockers (and, given the aid's outcome,
        the category and level referred under with any disagreement about them)."""
        ui = self.ui
        for link in self.problem_links:
            _discard(link)
        self.problem_links = []
        for blocker in blockers:
            link = LinkButton(f"{titles.get(blocker.section, blocker.section)}: {blocker.message}")
            link.setAccessibleName(
                self.tr("Problem in {section}: {message}").format(
                    section=titles.get(blocker.section, blocker.section), message=blocker.message
                )
            )
            link.setProperty("class", "errorLink")
            link.clicked.connect(
                lambda _=False, s=blocker.section, f=blocker.field: self.problem_requested.emit(s, f)
            )
            ui.errorList.addWidget(link)
            self.problem_links.append(link)
        ui.errorSummary.setVisible(bool(blockers))

        for widget in self._answer_widgets:
            _discard(widget)
        self._answer_widgets = []
        self.change_buttons = {}
        if aid is not None:
            self._referred_under(referral, aid)
        self.victim_buttons = []
        for page in pages:
            if page is self:
                continue
            change = self._heading(page.title(), self.tr("Change {section}").format(section=page.title()))
            change.clicked.connect(lambda _=False, s=page.section_id: self.change_requested.emit(s))
            self.change_buttons[page.section_id] = change
            rows = page.summary_rows(referral)
            self._answers(rows, self.tr("Answers: {section}").format(section=page.title()))
            if page.section_id == "domestic_abuse":
                self._victims(referral, aid)

    def _heading(self, title: str, change_name: str, css_class: str = "groupHeading") -> QPushButton:
        """A heading with its Change link on the right (added to the answers); returns the link."""
        head = QWidget()
        row = QHBoxLayout(head)
        row.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(title)
        heading.setProperty("class", css_class)
        heading.setWordWrap(True)
        row.addWidget(heading, 1)
        change = QPushButton(self.tr("Change"))
        change.setProperty("class", "link")
        change.setAccessibleName(change_name)
        row.addWidget(change, 0, Qt.AlignmentFlag.AlignRight)
        self.ui.answersLayout.addWidget(head)
        self._answer_widgets.append(head)
        return change

    def _victims(self, referral: Referral, aid: AidOutcome | None) -> None:
        """Each victim with their answers, the MARAC criteria met for them and a Change link to them."""
        for position, victim in enumerate(referral.domestic_abuse.victims, start=1):
            table = victim_table(position, victim, aid if isinstance(aid, Assessment) else None)
            change = self._heading(
                table.caption, self.tr("Change {victim}").format(victim=table.caption), "subHeading"
            )
            change.setObjectName(f"changeVictim{position}")
            path = f"domestic_abuse.victims.{position - 1}"
            change.clicked.connect(lambda _=False, p=path: self.problem_requested.emit("domestic_abuse", p))
            self.victim_buttons.append(change)
            self._answers(
                [(r.label, r.value) for r in table.rows],
                self.tr("Answers: {victim}").format(victim=table.caption),
            )

    def _answers(self, rows: list[tuple[str, str]], name: str) -> None:
        """Label/value rows as a table (or "Nothing entered yet."), added to the answers."""
        text = "".join(
            f"<tr><td style='padding-right:12px'><b>{_esc(label)}</b></td><td>{_esc(value)}</td></tr>"
            for label, value in rows
        )
        body = QLabel(f"<table>{text}</table>" if rows else self.tr("Nothing entered yet."))
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText if rows else Qt.TextFormat.PlainText)
        body.setProperty("class", "answers" if rows else "hint")
        body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(name)
        self.ui.answersLayout.addWidget(body)
        self._answer_widgets.append(body)

    def _referred_under(self, referral: Referral, aid: AidOutcome) -> None:
        """The category and level referred under, how decided, the flags, and the button to record it."""
        found = referred_under(referral, aid)
        heading = QLabel(self.tr("Category and level referred under"))
        heading.setProperty("class", "groupHeading")
        t = Wording(i18n.language()).t
        lines = [f"{found.words(t)}: {found.basis(t)}"]
        if found.rationale:
            lines.append(self.tr("Rationale: {text}").format(text=found.rationale))
        # Blocking flags are in the error summary above; the others are shown here, so they are seen.
        flags = decision_flags(referral, aid, i18n.language())
        lines += [f"• {flag.message}" for flag in flags if not flag.blocking]
        body = QLabel("\n".join(lines))
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(self.tr("Category and level referred under"))
        self.referred_label = body
        self.decision_button = QPushButton(
            self.tr("Change the category and level…")
            if found.recorded
            else self.tr("Record the category and level…")
        )
        self.decision_button.setAccessibleName(self.decision_button.text().rstrip("…"))
        self.decision_button.clicked.connect(self.decision_requested)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.decision_button)
        line.addStretch(1)
        for widget in (heading, body, row):
            self.ui.answersLayout.addWidget(widget)
            self._answer_widgets.append(widget)

    def focus_path(self, path: str) -> bool:
        """An error-summary link about the decision puts the cursor on the button that records it."""
        if path == "decision" and self.decision_button is not None:
            self.decision_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def show_status(self, message: str | None, ok: bool = False) -> None:
        self.ui.statusLabel.setText(message or "")
        self.ui.statusLabel.setProperty("class", "notice" if not ok else "success")
        self.ui.statusLabel.style().unpolish(self.ui.statusLabel)
        self.ui.statusLabel.style().polish(self.ui.statusLabel)
        self.ui.statusLabel.setVisible(bool(message))


def _discard(widget: QWidget) -> None:
    # Off the screen and out of the layout now; deleted when the event loop next runs.
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def _esc(text: str) -> str:
    import html

    return html.escape(str(text)).replace("\n", "<br>")
