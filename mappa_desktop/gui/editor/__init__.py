"""The referral editor: ``ReferralEditor`` (task list, pages, decision panel) and its section pages."""

from mappa_desktop.gui.editor.check_page import CheckAnswersPage
from mappa_desktop.gui.editor.decision_panel import DecisionPanel
from mappa_desktop.gui.editor.guided_page import GuidedSectionPage
from mappa_desktop.gui.editor.pages import build_pages
from mappa_desktop.gui.editor.section import FieldError, SectionPage
from mappa_desktop.gui.editor.shell import ReferralEditor
from mappa_desktop.gui.editor.subject_page import SubjectPage


def build_editor(save, parent=None, **kwargs) -> ReferralEditor:
    """The editor with every task-list section, in MAPPA A order, ending with Check your answers."""
    editor = ReferralEditor(save, parent, **kwargs)
    editor.add_page(SubjectPage())
    for page in build_pages(editor.pack, editor.lang):
        editor.add_page(page)
    editor.add_page(CheckAnswersPage())
    return editor


__all__ = [
    "CheckAnswersPage",
    "DecisionPanel",
    "FieldError",
    "GuidedSectionPage",
    "ReferralEditor",
    "SectionPage",
    "SubjectPage",
    "build_editor",
]
