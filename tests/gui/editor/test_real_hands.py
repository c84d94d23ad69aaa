"""The editor under real hands: keys at human speed into whatever has focus, the mouse wheel over the
page, section shortcuts from the referrals list. Every test reads back what the STORE holds."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from mappa_desktop.core.referral import VictimRecord
from mappa_desktop.core.store import Store
from mappa_desktop.core.summary import build_summary
from tests.gui.conftest import add_referral
from tests.gui.editor.helpers import add_victim, answer, new_referral, question, type_like_a_person


def _stored(store: Store, referral_id: str):
    return store.load(referral_id)


def _victim(store: Store, referral_id: str):
    """The first victim as stored (an empty one while none is)."""
    victims = _stored(store, referral_id).domestic_abuse.victims
    return victims[0] if victims else VictimRecord()


def test_typing_16_into_the_dash_score_at_200ms_a_key_saves_16(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        answer(qtbot, editor, "domestic_abuse", True)
        # The DASH score is asked victim by victim (decision policy version 2).
        dash = add_victim(qtbot, editor).inputs["dash_score"]
        qtbot.mouseClick(dash, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is dash
        refreshes = []
        editor.evaluated.connect(refreshes.append)

        type_like_a_person(qtbot, "16", delay_ms=200)

        assert refreshes, "the decision panel did not refresh while typing"
        assert QApplication.focusWidget() is dash  # the panel refreshed and left the cursor alone
        qtbot.waitUntil(lambda: _victim(store, rid).dash_score == 16, timeout=3000)


def test_typing_10_into_the_custodial_term_saves_10_and_shows_10_months(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        answer(qtbot, editor, "outcome", "custody")
        term = question(editor, "custody_months").first_input()
        qtbot.mouseClick(term, Qt.MouseButton.LeftButton)

        for delay in (150, 250):
            term.clear()
            type_like_a_person(qtbot, "10", delay_ms=delay)
            assert QApplication.focusWidget() is term
            qtbot.waitUntil(lambda: _stored(store, rid).offence.custody_months == 10, timeout=3000)
        assert term.text() == "10"  # never "10.0"
        editor.flush()
        summary = str(build_summary(_stored(store, rid)))
        assert "10 months" in summary and "10.0" not in summary


def test_letters_in_a_number_are_refused_with_a_message_at_the_field(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        answer(qtbot, editor, "domestic_abuse", True)
        victims = add_victim(qtbot, editor)
        dash = victims.inputs["dash_score"]
        qtbot.mouseClick(dash, Qt.MouseButton.LeftButton)
        type_like_a_person(qtbot, "1x", delay_ms=150)
        assert dash.text() == "1"
        assert victims.error.isVisible()
        assert victims.error.text() == "Enter the DASH score as a whole number from 0 to 24, like 14"
        type_like_a_person(qtbot, "2", delay_ms=150)
        assert not victims.error.isVisible()
        qtbot.waitUntil(lambda: _victim(store, rid).dash_score == 12, timeout=3000)


def test_tab_goes_to_the_next_question_in_reading_order_when_new_questions_appear(
    db_path, make_window, qtbot
):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, _rid = new_referral(window, qtbot)
        answer(qtbot, editor, "outcome", "community_order")  # no custody: no custodial-term question
        questions = editor.page("offence").questions
        before = set(questions.visible_facts())
        assert "custody_months" not in before
        answer(qtbot, editor, "outcome", "custody")  # custody brings the custodial-term question
        appeared = [f for f in questions.visible_facts() if f not in before]
        assert "custody_months" in appeared
        combo = question(editor, "outcome").first_input()
        assert QApplication.focusWidget() is combo
        qtbot.wait(50)  # the re-evaluation that brought the new question has run
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
        visible = questions.visible_facts()
        following = visible[visible.index("outcome") + 1]
        assert following == "custody_months"
        focus = QApplication.focusWidget()
        assert focus is questions.widgets[following].first_input()


def _wheel_at(widget, delta_y: int = -120) -> None:
    """A mouse-wheel notch over the middle of ``widget``, delivered as the window system would."""
    local = QPointF(widget.rect().center())
    global_pos = QPointF(widget.mapToGlobal(widget.rect().center()))
    event = QWheelEvent(
        local,
        global_pos,
        QPoint(0, 0),
        QPoint(0, delta_y),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_drop_down_scrolls_the_page_and_changes_nothing(
    db_path, make_window, qtbot
):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        window.resize(1024, 600)
        answer(qtbot, editor, "offence_class", "specified_violent")
        answer(qtbot, editor, "rosh", "high")  # risk page: long, with a drop-down or two
        editor.flush()
        before = _stored(store, rid).model_dump(mode="json", exclude={"revision"})
        page = editor.page("subject")
        editor.show_section("subject")
        page.ui.familyNameEdit.setFocus()
        combos = [c for c in page.findChildren(QComboBox) if c.isVisible()]
        assert combos
        area = next(a for a in _scroll_areas(page) if a.verticalScrollBar().maximum() > 0)
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        for combo in combos:
            area.ensureWidgetVisible(combo)
            start = bar.value()
            index = combo.currentIndex()
            _wheel_at(combo, -120 if start < bar.maximum() else 120)
            assert combo.currentIndex() == index
            assert bar.value() != start, "the page did not scroll"
            assert not combo.hasFocus()
        editor.flush()
        assert _stored(store, rid).model_dump(mode="json", exclude={"revision"}) == before


WHEEL_TAKERS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
"""Widgets Qt lets the wheel change when nothing stops it (a scroll bar is one, and must keep scrolling)."""


def test_the_wheel_over_every_answer_on_every_section_changes_nothing(db_path, make_window, qtbot):
    """Every section, every visible drop-down, spin box or slider, with the pointer over it and the focus
    elsewhere, both ways: no answer moves, and what is STORED is what it was."""
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        window.resize(1024, 600)
        for fact, value in (
            ("offence_class", "specified_violent"),
            ("outcome", "custody"),
            ("domestic_abuse", True),
            ("rosh", "high"),
        ):
            answer(qtbot, editor, fact, value)
        editor.flush()
        before = _stored(store, rid).model_dump(mode="json", exclude={"revision"})
        seen = 0
        for page in editor.pages():
            editor.show_section(page.section_id)
            qtbot.wait(10)
            takers = [
                w
                for w in editor.findChildren(QWidget)
                if isinstance(w, WHEEL_TAKERS)
                and w.isVisible()
                and w.isEnabled()
                and not isinstance(w, QScrollBar)
            ]
            for widget in takers:
                for area in _scroll_areas(page):
                    if area.isAncestorOf(widget):
                        area.ensureWidgetVisible(widget)
                window.ui.draftsView.setFocus()  # the focus is elsewhere, as when a person scrolls past
                value = widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()
                for delta in (-120, 120, 120, -120):
                    _wheel_at(widget, delta)
                now = widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()
                assert now == value, f"the wheel changed {widget.objectName() or widget} on {page.section_id}"
                assert not widget.hasFocus()
                seen += 1
        assert seen >= 10, "too few answers were tried to mean anything"
        editor.flush()
        assert _stored(store, rid).model_dump(mode="json", exclude={"revision"}) == before


def _scroll_areas(page):
    from PySide6.QtWidgets import QScrollArea

    return page.findChildren(QScrollArea)


def test_ctrl_page_down_and_alt_arrows_in_the_referrals_list_never_open_another_referral(
    store, make_window, qtbot
):
    first = add_referral(store, "Ann", "Able")
    add_referral(store, "Ben", "Baker")
    add_referral(store, "Cal", "Cole")
    window = make_window(store)
    window.select_referral(first.id)
    view = window.ui.draftsView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    for key, modifier in (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.keyClick(view, key, modifier)
        qtbot.wait(50)
        assert window.editor.referral().id == first.id
        assert window.selected_id() == first.id
        view.setFocus()
    # The keys still move through the open referral's sections.
    assert window.editor.current_section() != "subject"


def test_editing_a_referral_marked_ready_makes_it_a_draft_again_and_says_so(store, make_window, qtbot):
    from mappa_desktop.core.referral import ReferralStatus

    referral = add_referral(store, "Dee", "Dunn")
    referral.status = ReferralStatus.ready
    store.save(referral, actor="test-officer")
    window = make_window(store)
    window.select_referral(referral.id)
    editor = window.editor
    editor.show_section("subject")
    field = editor.page("subject").ui.familyNameEdit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.end(False)
    type_like_a_person(qtbot, "e", delay_ms=150)
    qtbot.waitUntil(lambda: store.load(referral.id).subject.family_name == "Dunne", timeout=3000)
    assert store.load(referral.id).status == ReferralStatus.draft
    assert "draft again" in window.statusBar().currentMessage()
    assert QApplication.focusWidget() is field


def test_the_summary_preview_fits_the_screen(store, make_window, qtbot):
    referral = add_referral(store, "Fay", "Ford")
    window = make_window(store)
    window.select_referral(referral.id)
    dialog = window.editor.open_preview()  # deletes itself on close
    room = window.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.close()
