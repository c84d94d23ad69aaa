"""The Subject details page: who is being referred (MAPPA A section 2)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from mappa_desktop.core.referral import Referral, Subject, check_pnc_id
from mappa_desktop.gui.editor.section import FieldError, SectionPage, validation_message, with_character_count
from mappa_desktop.gui.forms.ui_subject_page import Ui_SubjectPage

OTHER_LANGUAGE = "__other__"
_DATE_DMY = re.compile(r"^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> dt.date | None:
    """A date written DD/MM/YYYY (or YYYY-MM-DD); None for blank ("not known").

    Raises ValueError with a message saying how to write it.
    """
    if not text.strip():
        return None
    match = _DATE_DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _DATE_ISO.match(text)
        if not match:
            raise ValueError(f"'{text.strip()}' is not a date: write it as day/month/year, e.g. 23/04/1987")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a real date: check the day and month") from None


def _refusal(field: str, value: Any) -> str | None:
    """Why the referral model refuses ``value`` for a subject field (e.g. a date of birth in the future),
    or None when it takes it."""
    try:
        Subject.model_validate({field: value})
    except (ValidationError, ValueError) as error:
        return validation_message(error)
    return None


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def split_aliases(text: str) -> list[str]:
    """Aliases typed as a comma- or semicolon-separated list."""
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


class SubjectPage(SectionPage):
    """Names, identifiers and where the person lives."""

    section_id = "subject"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SubjectPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._quiet = False
        ui.addressEdit = with_character_count(ui.addressEdit)

        # Stored values are plain English words (the model's vocabulary); the labels are translated.
        ui.genderCombo.addItem(self.tr("Not known"), None)
        for value, label in (
            ("Female", self.tr("Female")),
            ("Male", self.tr("Male")),
            ("Non-binary", self.tr("Non-binary")),
        ):
            ui.genderCombo.addItem(label, value)
        ui.genderCombo.setEditable(True)
        ui.genderCombo.lineEdit().setPlaceholderText(self.tr("Not known, or type their own words"))
        ui.genderCombo.lineEdit().setAccessibleName(ui.genderCombo.accessibleName())
        ui.genderCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        ui.languageCombo.addItem(self.tr("Not known"), None)
        ui.languageCombo.addItem(self.tr("English"), "English")
        ui.languageCombo.addItem(self.tr("Welsh (Cymraeg)"), "Welsh")
        ui.languageCombo.addItem(self.tr("Another language…"), OTHER_LANGUAGE)
        ui.languageOtherEdit.setVisible(False)

        for label in (ui.dateOfBirthError, ui.pncIdError):
            self.show_error(label, None)

        self._fields: dict[str, QWidget] = {
            "given_names": ui.givenNamesEdit,
            "family_name": ui.familyNameEdit,
            "aliases": ui.aliasesEdit,
            "date_of_birth": ui.dateOfBirthEdit,
            "gender": ui.genderCombo,
            "ethnicity": ui.ethnicityEdit,
            "preferred_language": ui.languageCombo,
            "pnc_id": ui.pncIdEdit,
            "visor_ref": ui.visorRefEdit,
            "ndelius_crn": ui.ndeliusCrnEdit,
            "address": ui.addressEdit,
            "area_of_closest_links": ui.closestLinksEdit,
            "no_fixed_abode": ui.noFixedAbodeCheck,
        }
        # Fields without a dedicated error label show their error in the tooltip and a red frame.
        self._error_labels = {"date_of_birth": ui.dateOfBirthError, "pnc_id": ui.pncIdError}

        for widget in (*self._fields.values(), ui.languageOtherEdit):
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._changed)
            widget.installEventFilter(self)
        ui.genderCombo.currentTextChanged.connect(self._changed)
        ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        ui.pncIdEdit.editingFinished.connect(self._check_pnc_now)
        ui.dateOfBirthEdit.editingFinished.connect(self._check_dob_now)
        ui.genderCombo.lineEdit().installEventFilter(self)

    # SectionPage -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Subject details")

    def first_field(self) -> QWidget | None:
        return self.ui.givenNamesEdit

    def load(self, referral: Referral) -> None:
        s = referral.subject
        ui = self.ui
        self._loading = True
        try:
            ui.givenNamesEdit.setText(s.given_names or "")
            ui.familyNameEdit.setText(s.family_name or "")
            ui.aliasesEdit.setText(", ".join(s.aliases))
            ui.dateOfBirthEdit.setText(format_date(s.date_of_birth))
            gender_index = ui.genderCombo.findData(s.gender) if s.gender else 0
            if gender_index >= 0:
                ui.genderCombo.setCurrentIndex(gender_index)
            else:
                ui.genderCombo.setEditText(s.gender or "")
            ui.ethnicityEdit.setText(s.ethnicity or "")
            language = s.preferred_language
            index = ui.languageCombo.findData(language) if language else 0
            if index < 0:
                ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(OTHER_LANGUAGE))
                ui.languageOtherEdit.setText(language or "")
            else:
                ui.languageCombo.setCurrentIndex(index)
                ui.languageOtherEdit.clear()
            ui.languageOtherEdit.setVisible(ui.languageCombo.currentData() == OTHER_LANGUAGE)
            ui.pncIdEdit.setText(s.pnc_id or "")
            ui.visorRefEdit.setText(s.visor_ref or "")
            ui.ndeliusCrnEdit.setText(s.ndelius_crn or "")
            ui.addressEdit.setPlainText(s.address or "")
            ui.closestLinksEdit.setText(s.area_of_closest_links or "")
            ui.noFixedAbodeCheck.setChecked(bool(s.no_fixed_abode))
            self._show_errors([])
        finally:
            self._loading = False

    def apply(self, referral: Referral) -> list[FieldError]:
        subject = referral.subject
        errors: list[FieldError] = []
        for field, (value, parse_error) in self._answers().items():
            if parse_error is not None:
                errors.append(FieldError(field, parse_error))
                continue
            try:
                setattr(subject, field, value)
            except (ValidationError, ValueError) as error:
                errors.append(FieldError(field, validation_message(error)))
        if not self._quiet:
            self._show_errors(errors)
        return errors

    def collect(self, referral: Referral) -> list[FieldError]:
        self._quiet = True
        try:
            return self.apply(referral)
        finally:
            self._quiet = False

    def focus_path(self, path: str) -> bool:
        section, _, name = path.partition(".")
        widget = self._fields.get(name) if section == "subject" else None
        if widget is None:
            return False
        widget.setFocus()
        self.ui.scrollArea.ensureWidgetVisible(widget, 20, 40)
        return True

    def field(self, path: str) -> QWidget | None:
        section, _, name = path.partition(".")
        return self._fields.get(name) if section == "subject" else None

    def summary_rows(self, referral: Referral) -> list[tuple[str, str]]:
        s = referral.subject
        rows = [
            (self.tr("Name"), s.full_name),
            (self.tr("Aliases"), ", ".join(s.aliases)),
            (self.tr("Date of birth"), format_date(s.date_of_birth)),
            (self.tr("Gender"), s.gender or ""),
            (self.tr("Ethnicity"), s.ethnicity or ""),
            (self.tr("Preferred language"), s.preferred_language or ""),
            (self.tr("PNC ID"), s.pnc_id or ""),
            (self.tr("ViSOR / MAPPS ref"), s.visor_ref or ""),
            (self.tr("nDelius CRN"), s.ndelius_crn or ""),
            (self.tr("Address"), s.address or ""),
            (self.tr("Area of closest links"), s.area_of_closest_links or ""),
            (self.tr("No fixed abode"), self.tr("Yes") if s.no_fixed_abode else ""),
        ]
        return [(label, value) for label, value in rows if value]

    # Reading the widgets -----------------------------------------------------------------------------

    def _answers(self) -> dict[str, tuple[Any, str | None]]:
        ui = self.ui
        answers: dict[str, tuple[Any, str | None]] = {}

        def text(widget: QLineEdit) -> str | None:
            return widget.text().strip() or None

        answers["given_names"] = (text(ui.givenNamesEdit), None)
        answers["family_name"] = (text(ui.familyNameEdit), None)
        answers["aliases"] = (split_aliases(ui.aliasesEdit.text()), None)
        try:
            answers["date_of_birth"] = (parse_date(ui.dateOfBirthEdit.text()), None)
        except ValueError as error:
            answers["date_of_birth"] = (None, str(error))
        gender_text = ui.genderCombo.currentText().strip()
        gender_index = ui.genderCombo.findText(gender_text)
        gender = ui.genderCombo.itemData(gender_index) if gender_index >= 0 else gender_text
        answers["gender"] = (gender or None, None)
        answers["ethnicity"] = (text(ui.ethnicityEdit), None)
        language = ui.languageCombo.currentData()
        if language == OTHER_LANGUAGE:
            language = text(ui.languageOtherEdit)
        answers["preferred_language"] = (language, None)
        answers["pnc_id"] = (text(ui.pncIdEdit), None)
        answers["visor_ref"] = (text(ui.visorRefEdit), None)
        answers["ndelius_crn"] = (text(ui.ndeliusCrnEdit), None)
        answers["address"] = (ui.addressEdit.toPlainText().strip() or None, None)
        answers["area_of_closest_links"] = (text(ui.closestLinksEdit), None)
        # Unticked means "not recorded as NFA", which the form cannot tell apart from "not known".
        answers["no_fixed_abode"] = (True if ui.noFixedAbodeCheck.isChecked() else None, None)
        return answers

    # Errors at the field -----------------------------------------------------------------------------

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.message for e in errors}
        for field, widget in self._fields.items():
            message = by_field.get(field)
            label = self._error_labels.get(field)
            if label is not None:
                self.show_error(label, message)
            widget.setProperty("invalid", bool(message))
            widget.setToolTip(message or "")
            widget.setAccessibleDescription(message or "")
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _check_pnc_now(self) -> None:
        value = self.ui.pncIdEdit.text().strip()
        message = None
        if value:
            try:
                normal = check_pnc_id(value)
            except ValueError as error:
                message = str(error)
            else:
                if normal != value:
                    self.ui.pncIdEdit.setText(normal)
                    self._changed()
        self._show_one("pnc_id", message)

    def _check_dob_now(self) -> None:
        message = None
        try:
            value = parse_date(self.ui.dateOfBirthEdit.text())
        except ValueError as error:
            message = str(error)
        else:
            if value is not None:
                self.ui.dateOfBirthEdit.setText(format_date(value))
                message = _refusal("date_of_birth", value)
        self._show_one("date_of_birth", message)

    def _show_one(self, field: str, message: str | None) -> None:
        widget = self._fields[field]
        self.show_error(self._error_labels[field], message)
        widget.setProperty("invalid", bool(message))
        widget.setAccessibleDescription(message or "")
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # Change tracking ---------------------------------------------------------------------------------

    def _language_changed(self) -> None:
        other = self.ui.languageCombo.currentData() == OTHER_LANGUAGE
        self.ui.languageOtherEdit.setVisible(other)
        if other and not self._loading:
            self.ui.languageOtherEdit.setFocus()
        self._changed()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._align_label_columns()

    def _align_label_columns(self) -> None:
        # The three groups have separate form layouts; one label width makes their fields line up.
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for form in (self.ui.identityGroupForm, self.ui.referencesGroupForm, self.ui.whereGroupForm)
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)
