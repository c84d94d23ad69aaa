"""The Welsh interface is complete: every string of ours and of Qt's own buttons and file dialog has a
finished Welsh translation that keeps the source's placeholders, markup, line breaks and keyboard
accelerator; and the main window, opened in Welsh, shows Welsh text that fits, with no accelerator used
twice in one place. (That the .qm files are fresh is tested in ``test_translations.py``.)"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.i18n import install_translators
from mappa_desktop.gui.settings import set_interface_language

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = [TRANSLATIONS / "mappa_desktop_cy.ts", TRANSLATIONS / "qtbase_cy.ts"]
SHOTS = os.environ.get("MAPPA_SHOTS")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:n|L?\d)")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")
ACCELERATOR = re.compile(r"&(?!#?\w+;)([^&\s])")  # not an HTML entity such as &amp; or &#8226;
WELSH_PLURAL_FORMS = 5
"""The plural forms Qt's lupdate and lrelease use for cy (a %n message needs a translation for each)."""


def _entries(ts_file: Path):
    """(context, source, [translation texts], finished, plural) for every message in ``ts_file``."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            plural = message.get("numerus") == "yes"
            yield name, message.findtext("source"), texts, finished, plural


def _accelerators(text: str) -> list[str]:
    return [letter.lower() for letter in ACCELERATOR.findall(text.replace("&&", ""))]


def _check(source: str, translation: str) -> list[str]:
    """What the translation loses or adds against its source."""
    problems = []
    if not translation.strip():
        problems.append("empty")
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        problems.append("placeholders differ")
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translation)):
        problems.append("markup differs")
    if source.count("\n") != translation.count("\n"):
        problems.append("line breaks differ")
    if len(_accelerators(source)) != len(_accelerators(translation)):
        problems.append("keyboard accelerator lost or added")
    return problems


def _problems(ts_file: Path) -> list[tuple[str, str, str]]:
    """(context, source, what is wrong) for every fault in ``ts_file``'s translations."""
    problems = []
    for context, source, texts, finished, plural in _entries(ts_file):
        if not finished:
            problems.append((context, source, "unfinished"))
        if plural and len(texts) != WELSH_PLURAL_FORMS:
            problems.append((context, source, f"{len(texts)} plural forms, not {WELSH_PLURAL_FORMS}"))
        for text in texts:
            problems.extend((context, source, problem) for problem in _check(source, text))
    return problems


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_every_translation_is_finished_and_keeps_what_the_source_needs(ts_file):
    assert len(list(_entries(ts_file))) > 100
    problems = _problems(ts_file)
    assert not problems, f"{len(problems)} problem(s), e.g. {problems[:5]}"


def test_the_checks_catch_what_they_are_for(tmp_path):
    # The test above is only as good as these checks: each fault they look for is found.
    assert _check("Saved at {time}", "Wedi'i gadw am {amser}") == ["placeholders differ"]
    assert _check("%1 of %2", "%1 o") == ["placeholders differ"]
    assert _check("<b>Bold</b> text", "Testun trwm") == ["markup differs"]
    assert _check("One\n\nTwo", "Un Dau") == ["line breaks differ"]
    assert _check("&File", "Ffeil") == ["keyboard accelerator lost or added"]
    assert _check("Fish && chips", "Pysgod a sglodion") == []  # && is a literal ampersand
    assert _accelerators("<p>&bull; Tom &amp; Jerry &#8226;</p>") == []
    assert _check("Close", " ") == ["empty"]
    ts = tmp_path / "faults_cy.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="cy"><context><name>X</name>'
        '<message numerus="yes"><source>%n file(s)</source><translation type="unfinished">'
        "<numerusform>%n ffeil</numerusform><numerusform></numerusform></translation></message>"
        "<message><source>Open</source><translation>Agor</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert _problems(ts) == [
        ("X", "%n file(s)", "unfinished"),
        ("X", "%n file(s)", "2 plural forms, not 5"),
        ("X", "%n file(s)", "empty"),
        ("X", "%n file(s)", "placeholders differ"),
    ]


def _mnemonics(widgets) -> Counter:
    found = Counter()
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        found.update(_accelerators(text))
    return found


def _visible(root: QWidget, kind) -> list:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root.window()) and w.isVisible()]


@pytest.fixture
def welsh(qapp):
    """Cymraeg chosen in Settings: every later create_application() (make_window calls it) keeps it."""
    create_application()  # points QSettings at this test's private folder
    set_interface_language("cy")
    install_translators("cy")
    yield
    set_interface_language("en")
    install_translators("en")


def test_main_window_and_editor_in_welsh(welsh, store, make_window, qtbot, tmp_path):
    from tests.gui.editor.helpers import new_referral

    window = make_window(store)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Ffeil", "&Golygu", "&Cymorth"]
    for menu_action in window.menuBar().actions():
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        letters = Counter(letter for text in items for letter in _accelerators(text))
        assert all(count == 1 for count in letters.values()), (menu_action.text(), items)
    assert "Atgyfeiriad &newydd" in [a.text() for a in window.ui.menuFile.actions()]

    editor, _ = new_referral(window, qtbot)
    editor.show_section("subject")
    qtbot.waitUntil(lambda: editor.page("subject").isVisible(), timeout=3000)
    page = editor.page("subject")
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert {"&Enwau cyntaf", "Cyfe&nw", "&Dyddiad geni", "ID &PNC"} <= labels
    sections = [editor.ui.sectionList.item(row).text() for row in range(editor.ui.sectionList.count())]
    assert sections[1] == "Trosedd a dedfryd\nHeb ddechrau"  # the section and its status
    assert " ".join(sections[-1].split()).startswith("Gwiriwch eich atebion")  # long titles wrap
    # Alt+letter reaches one thing only: the menu bar, the editor and the section on show share no letter.
    for section in [p.section_id for p in editor.pages()] + ["subject"]:
        editor.show_section(section)
        qtbot.waitUntil(editor.page(section).isVisible, timeout=3000)
        shown = _mnemonics(_visible(window, QLabel) + _visible(window, QAbstractButton))
        shown.update(letter for text in menus for letter in _accelerators(text))
        assert [letter for letter, count in shown.items() if count > 1] == [], section
    # Welsh words are longer: nothing needs sideways scrolling, and no button is narrower than its text.
    def sideways():
        return [
            a.objectName() or type(a).__name__
            for a in _visible(window, QAbstractScrollArea)
            if a.horizontalScrollBar().maximum() > 0 or a.horizontalScrollBar().isVisible()
        ]

    qtbot.waitUntil(lambda: sideways() == [], timeout=3000)
    clipped = [
        b.text() for b in _visible(window, QAbstractButton) if b.text() and b.width() < b.sizeHint().width()
    ]
    assert clipped == []
    room = page.fontMetrics().averageCharWidth() * 10
    cramped = [e.objectName() for e in _visible(page, QLineEdit) if e.width() < room]
    assert cramped == [], "a field on the subject page has room for fewer than 10 characters"

    shot = window.grab()
    shot.save(str(tmp_path / "welsh-main-window.png"))
    if SHOTS:
        shot.save(os.path.join(SHOTS, "welsh-main-window.png"))


def test_qt_own_buttons_are_welsh_in_the_apps_dialogs(welsh, qtbot):
    from mappa_desktop.gui.settings import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Cadw", "Canslo"}
    assert dialog.windowTitle() == "Gosodiadau"
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(close)
    assert close.button(QDialogButtonBox.StandardButton.Close).text() == "Cau"


def _settings():
    from mappa_desktop.gui.settings import SettingsDialog

    return SettingsDialog()


def _officer():
    from mappa_desktop.gui.settings import OfficerDialog

    return OfficerDialog("jo.bloggs")


def _override():
    from mappa_desktop.gui.editor.dialogs import OverrideDialog

    return OverrideDialog(3, 2, None)


def _acknowledge():
    from mappa_desktop.gui.editor.dialogs import AcknowledgeDialog

    return AcknowledgeDialog("Consider a Category 3 referral")


def _conflict():
    from mappa_desktop.gui.conflict import SaveConflictDialog

    return SaveConflictDialog("Subject: family name", "Jo Bloggs")


def _preview():
    from mappa_desktop.export.preview import SummaryPreviewDialog
    from mappa_desktop.export.service import prepare
    from tests.export.conftest import AS_OF, GENERATED, complete_referral

    return SummaryPreviewDialog(prepare(complete_referral(), as_of=AS_OF), generated_at=GENERATED)


@pytest.mark.parametrize("make", [_settings, _officer, _override, _acknowledge, _conflict, _preview])
def test_dialogs_in_welsh_have_one_alt_letter_each_and_unclipped_buttons(welsh, qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = _mnemonics(_visible(dialog, QLabel) + _visible(dialog, QAbstractButton))
    assert shown, "a dialog in Welsh keeps its Alt letters"
    assert [letter for letter, count in shown.items() if count > 1] == []
    buttons = [b for b in _visible(dialog, QAbstractButton) if b.text()]
    assert [b.text() for b in buttons if b.width() < b.sizeHint().width()] == []
    assert not {b.text() for b in buttons} & {"OK", "Cancel", "Save", "Close"}  # Qt's own, in Welsh too


GUIDE = ROOT / "resources" / "guide"


def _structure(html: str) -> dict[str, list[str] | int]:
    return {
        "anchors": re.findall(r'id="([^"]+)"', html),
        "links": re.findall(r'href="([^"]+)"', html),
        **{tag: len(re.findall(rf"<{tag}[\s>]", html)) for tag in ("h1", "h2", "li", "dt", "dd", "tr", "td")},
    }


def test_the_welsh_guide_has_the_english_guides_sections_and_anchors():
    english = (GUIDE / "user-guide.html").read_text(encoding="utf-8")
    welsh = (GUIDE / "user-guide.cy.html").read_text(encoding="utf-8")
    assert _structure(welsh) == _structure(english)
    assert '<html lang="cy">' in welsh
    assert "aros am adolygiad gan gyfieithydd cymwysedig" in welsh  # awaiting review by a translator


def test_f1_opens_the_welsh_guide_when_the_interface_is_welsh(welsh, qtbot):
    from mappa_desktop.gui.guide import UserGuideDialog, guide_path

    assert guide_path().name == "user-guide.cy.html"
    assert guide_path("en").name == "user-guide.html"
    assert guide_path("fr").name == "user-guide.html"  # no translation: the English guide
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Sut i gwblhau atgyfeiriad" in text and "Deddf Cyfiawnder Troseddol 2003" in text
    assert dialog.windowTitle() == "MAPPA Desktop: canllaw defnyddiwr"
