"""The referral editor: ``ReferralEditor`` (shell with section list) and its ``SectionPage`` pages."""

from mappa_desktop.gui.editor.reason_page import ReasonPage
from mappa_desktop.gui.editor.section import FieldError, SectionPage
from mappa_desktop.gui.editor.shell import ReferralEditor
from mappa_desktop.gui.editor.subject_page import SubjectPage


def build_editor(save, parent=None, **kwargs) -> ReferralEditor:
    """The editor with the sections available in this version, in MAPPA A order."""
    editor = ReferralEditor(save, parent, **kwargs)
    editor.add_page(SubjectPage())
    editor.add_page(ReasonPage())
    return editor


__all__ = ["FieldError", "ReasonPage", "ReferralEditor", "SectionPage", "SubjectPage", "build_editor"]
