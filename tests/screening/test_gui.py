"""The Screening window: the queue model (qtmodeltester), filters, screening a referral, import, figures."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mappa_desktop.core.screening import QueueQuery, ScreeningStatus, decisions_for, import_packages
from mappa_desktop.core.store import Store
from mappa_desktop.gui.screening import BoardFiguresWidget, ScreeningQueueModel, ScreeningWidget
from mappa_desktop.gui.screening.queue_model import PAGE, ReferralIdRole
from tests.screening.conftest import ACTOR


@pytest.fixture
def imported(store, package_dir):
    import_packages(store, [package_dir], actor=ACTOR)
    return store


@pytest.fixture
def widget(qtbot, imported):
    w = ScreeningWidget(imported, actor=ACTOR)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def test_queue_model_passes_qtmodeltester(qtmodeltester, imported):
    model = ScreeningQueueModel(imported.db.conn)
    model.set_query(QueueQuery())
    qtmodeltester.check(model, force_py=True)
    model.set_query(QueueQuery(search="no-such-person"))
    qtmodeltester.check(model, force_py=True)


def test_queue_model_builds_rows_lazily_from_ids(imported, packages):
    model = ScreeningQueueModel(imported.db.conn)
    model.set_query(QueueQuery(sort="received_at"))
    assert model.rowCount() == len(packages)
    assert model.cached_pages() == 0  # only ids until a row is shown
    first = imported.db.conn.execute("SELECT id FROM received_referrals ORDER BY received_at, n").fetchone()[
        0
    ]
    assert model.data(model.index(0, 0), ReferralIdRole) == first
    assert model.cached_pages() == 1
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.cached_pages() == 0
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert PAGE >= 50


def test_filters_and_search_requery(widget, packages, qtbot):
    total = len(packages)
    assert widget.model.rowCount() == total
    widget.ui.category.setCurrentIndex(widget.ui.category.findData(2))
    assert widget.model.rowCount() == sum(p.referral.reason.category == 2 for p in packages)
    widget.ui.category.setCurrentIndex(0)
    name = packages[3].referral.subject.family_name
    widget.ui.search.setText(name)
    qtbot.waitUntil(lambda: widget.model.rowCount() < total, timeout=2000)  # debounced
    assert all(
        name.lower() in widget.model.row_at(r).subject_name.lower() for r in range(widget.model.rowCount())
    )
    widget.ui.search.clear()
    widget.apply_filters()
    assert widget.model.rowCount() == total


def test_screening_a_referral_needs_a_reason_then_records_it(widget, imported):
    widget.ui.view.selectRow(0)
    detail = widget.detail
    rid = detail.referral_id
    assert rid is not None
    detail.ui.decision.setCurrentIndex(detail.ui.decision.findData("accepted_level_2"))
    assert not detail.record_decision()
    assert "at least one reason" in detail.ui.error.text()
    assert decisions_for(imported.db.conn, rid) == []
    box = next(b for b in detail.reason_boxes() if b.property("reason") == "multi_agency_oversight")
    assert "2022 inspection" in box.text()
    box.setChecked(True)
    assert detail.record_decision()
    [decision] = decisions_for(imported.db.conn, rid)
    assert decision.status is ScreeningStatus.accepted_level_2
    assert decision.reasons == ("multi_agency_oversight",)
    assert "Accepted at Level 2" in detail.ui.heading.text()


def test_return_for_more_information_produces_an_editable_note(widget, imported):
    widget.ui.view.selectRow(1)
    detail = widget.detail
    detail.ui.decision.setCurrentIndex(detail.ui.decision.findData("more_information"))
    assert detail.ui.requestBox.isVisibleTo(detail)
    assert "Request for more information" in detail.ui.request.toPlainText()
    detail.ui.request.setPlainText("Please send the OASys RoSH summary.")
    detail.reason_boxes()[0].setChecked(True)
    detail._copy_request()
    assert QApplication.clipboard().text() == "Please send the OASys RoSH summary."
    assert detail.record_decision()
    [decision] = decisions_for(imported.db.conn, detail.referral_id)
    assert decision.request_note == "Please send the OASys RoSH summary."


def test_import_runs_off_the_ui_thread_and_refreshes(qtbot, store, package_dir, packages, monkeypatch):
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    (package_dir / "bad.mappa.json").write_text("{}")
    w = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 0 and w.ui.empty.text().startswith("No referrals received yet")
    with qtbot.waitSignal(w.imported, timeout=20000) as blocker:
        assert w.import_paths([str(package_dir)]) is not None
    results = blocker.args[0]
    assert sum(r.outcome.value == "imported" for r in results) == len(packages)
    assert sum(r.outcome.value == "refused" for r in results) == 1
    assert w.model.rowCount() == len(packages)


def test_dropping_a_folder_imports_it(qtbot, store, package_dir, packages):
    w = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(w)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(package_dir))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(w.imported, timeout=20000):
        w.dropEvent(event)
    assert w.model.rowCount() == len(packages)


def test_duplicate_import_asks_keep_or_replace(qtbot, imported, package_dir, packages, monkeypatch, tmp_path):
    from mappa_desktop.core.package import build_package, write_package
    from mappa_desktop.gui.screening.import_flow import ImportFlow

    referral = packages[0].referral.model_copy(deep=True)
    referral.subject.family_name = "Replaced"
    path = tmp_path / "newer.mappa.json"
    write_package(build_package(referral, packages[0].facts, packages[0].assessment), path, overwrite=False)
    asked = []
    monkeypatch.setattr(
        ImportFlow, "_ask", lambda self, item, existing, several: asked.append(existing) or "replace"
    )
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    w = ScreeningWidget(imported, actor=ACTOR)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.imported, timeout=20000) as blocker:
        w.import_paths([str(path)])
    assert [e.referral_id for e in asked] == [referral.id]
    assert blocker.args[0][0].outcome.value == "replaced"


def test_the_replace_question_names_changes_in_the_summarys_words(
    qtbot, imported, packages, monkeypatch, tmp_path
):
    import datetime as dt

    from mappa_desktop.core.package import build_package, write_package

    referral = packages[1].referral.model_copy(deep=True)
    referral.subject.family_name = "Replaced"
    referral.custody.release_date = dt.date(2031, 5, 1)
    path = tmp_path / "newer.mappa.json"
    write_package(build_package(referral, packages[1].facts, packages[1].assessment), path, overwrite=False)
    asked: list[str] = []

    def answer(box):  # the person reads the question and presses Replace
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == box.tr("&Replace")).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    w = ScreeningWidget(imported, actor=ACTOR)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.imported, timeout=20000) as blocker:
        w.import_paths([str(path)])
    assert (
        "Replacing changes: Offender information › Name; Relevant dates › Earliest release date." in asked[0]
    )
    assert "subject." not in asked[0] and "custody." not in asked[0]
    assert blocker.args[0][0].outcome.value == "replaced"
    [entry] = [e for e in imported.audit_log(referral.id) if e.action == "package replaced"]
    assert entry.new["changed_labels"] == [
        "Offender information › Name",
        "Relevant dates › Earliest release date",
    ]
    w.detail.show_referral(referral.id)
    history = w.detail.ui.history.text()
    assert "changed: Offender information › Name; Relevant dates › Earliest release date" in history


def test_every_control_has_an_accessible_name(widget):
    unnamed = [
        type(child).__name__
        for child in widget.findChildren(QWidget)
        if child.isVisibleTo(widget)
        and child.focusPolicy() != Qt.FocusPolicy.NoFocus
        and type(child).__name__
        in {
            "QLineEdit",
            "QComboBox",
            "QCheckBox",
            "QPushButton",
            "QTableView",
            "QPlainTextEdit",
            "QTextBrowser",
        }
        and not child.accessibleName()
    ]
    assert unnamed == []


def test_figures_tab_draws_charts_and_exports(qtbot, imported, tmp_path):
    figures = BoardFiguresWidget(imported)
    qtbot.addWidget(figures)
    figures.refresh(seed=4)
    assert set(figures.charts) == {"category", "sought_decided", "acceptance", "cat3_da", "diversity"}
    assert figures.export_csv(str(tmp_path / "f.csv"))
    assert (tmp_path / "f.csv").read_text().startswith("table,group")
    assert figures.export_pdf(str(tmp_path / "f.pdf"))
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "f.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "OFFICIAL-SENSITIVE" in text and "Level sought against level decided" in text
    # Issue 15: the report in Welsh, or Welsh and English side by side, chosen beside the PDF button.
    choice = figures.report_language
    assert choice.accessibleName() and choice.currentData() == "en"  # the interface is English
    for language, heading in (
        ("cy", "Atgyfeiriadau yn ôl categori"),
        ("bilingual", "Atgyfeiriadau yn ôl categori / Referrals by category"),
    ):
        choice.setCurrentIndex(choice.findData(language))
        assert figures.export_pdf(str(tmp_path / f"f-{language}.pdf"))
        text = subprocess.run(
            ["pdftotext", str(tmp_path / f"f-{language}.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert heading in " ".join(text.split()), language


def test_figures_show_an_empty_state(qtbot, store):
    figures = BoardFiguresWidget(store)
    qtbot.addWidget(figures)
    figures.show()
    figures.refresh()
    assert figures.ui.empty.isVisible() and not figures.ui.scroll.isVisible()
    assert not figures.ui.pdfButton.isEnabled()


def test_the_referral_summary_being_screened_follows_the_interface_language(widget):
    from mappa_desktop.gui.i18n import install_translators

    widget.ui.view.selectRow(0)
    detail = widget.detail
    assert "Offender information" in detail.ui.summary.toPlainText()
    install_translators("cy")  # the language shown (gui.i18n); Screening is built again on a switch
    try:
        detail.show_referral(detail.referral_id)
        text = detail.ui.summary.toPlainText()
    finally:
        install_translators("en")
    assert "Gwybodaeth am y troseddwr" in text and "Offender information" not in text


def test_import_into_an_encrypted_database_uses_its_key(qtbot, tmp_path, database_key, package_dir, packages):
    # The import writes through a connection of its own, on another thread: it needs the database's key.
    with Store.open(tmp_path / "encrypted.sqlite3", database_key) as store:
        w = ScreeningWidget(store, actor=ACTOR)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.imported, timeout=20000) as blocker:
            assert w.import_paths([str(package_dir)]) is not None
        assert sum(r.outcome.value == "imported" for r in blocker.args[0]) == len(packages)
        assert w.model.rowCount() == len(packages)
