# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'save_conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SaveConflictDialog(object):
    def setupUi(self, SaveConflictDialog):
        if not SaveConflictDialog.objectName():
            SaveConflictDialog.setObjectName(u"SaveConflictDialog")
        self.dialogLayout = QVBoxLayout(SaveConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pages = QStackedWidget(SaveConflictDialog)
        self.pages.setObjectName(u"pages")
        self.choicePage = QWidget()
        self.choicePage.setObjectName(u"choicePage")
        self.choiceLayout = QVBoxLayout(self.choicePage)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(self.choicePage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"class", u"panelHeading")

        self.choiceLayout.addWidget(self.headingLabel)

        self.detailsLabel = QLabel(self.choicePage)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.choiceLayout.addWidget(self.detailsLabel)

        self.detailsView = QPlainTextEdit(self.choicePage)
        self.detailsView.setObjectName(u"detailsView")
        self.detailsView.setReadOnly(True)
        self.detailsView.setTabChangesFocus(True)

        self.choiceLayout.addWidget(self.detailsView)

        self.explanationLabel = QLabel(self.choicePage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.choiceLayout.addWidget(self.explanationLabel)

        self.choiceButtons = QHBoxLayout()
        self.choiceButtons.setObjectName(u"choiceButtons")
        self.keepMineButton = QPushButton(self.choicePage)
        self.keepMineButton.setObjectName(u"keepMineButton")
        self.keepMineButton.setAutoDefault(False)

        self.choiceButtons.addWidget(self.keepMineButton)

        self.useOtherButton = QPushButton(self.choicePage)
        self.useOtherButton.setObjectName(u"useOtherButton")
        self.useOtherButton.setAutoDefault(False)

        self.choiceButtons.addWidget(self.useOtherButton)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceButtons.addItem(self.choiceSpacer)

        self.laterButton = QPushButton(self.choicePage)
        self.laterButton.setObjectName(u"laterButton")
        self.laterButton.setAutoDefault(False)

        self.choiceButtons.addWidget(self.laterButton)


        self.choiceLayout.addLayout(self.choiceButtons)

        self.pages.addWidget(self.choicePage)
        self.unsavedPage = QWidget()
        self.unsavedPage.setObjectName(u"unsavedPage")
        self.unsavedLayout = QVBoxLayout(self.unsavedPage)
        self.unsavedLayout.setObjectName(u"unsavedLayout")
        self.unsavedLayout.setContentsMargins(0, 0, 0, 0)
        self.unsavedHeading = QLabel(self.unsavedPage)
        self.unsavedHeading.setObjectName(u"unsavedHeading")
        self.unsavedHeading.setWordWrap(True)
        self.unsavedHeading.setProperty(u"class", u"panelHeading")

        self.unsavedLayout.addWidget(self.unsavedHeading)

        self.unsavedLabel = QLabel(self.unsavedPage)
        self.unsavedLabel.setObjectName(u"unsavedLabel")
        self.unsavedLabel.setWordWrap(True)

        self.unsavedLayout.addWidget(self.unsavedLabel)

        self.unsavedEdit = QPlainTextEdit(self.unsavedPage)
        self.unsavedEdit.setObjectName(u"unsavedEdit")
        self.unsavedEdit.setReadOnly(True)
        self.unsavedEdit.setTabChangesFocus(True)
        self.unsavedEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.unsavedLayout.addWidget(self.unsavedEdit)

        self.unsavedButtons = QHBoxLayout()
        self.unsavedButtons.setObjectName(u"unsavedButtons")
        self.copyButton = QPushButton(self.unsavedPage)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.unsavedButtons.addWidget(self.copyButton)

        self.unsavedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unsavedButtons.addItem(self.unsavedSpacer)

        self.closeButton = QPushButton(self.unsavedPage)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.unsavedButtons.addWidget(self.closeButton)


        self.unsavedLayout.addLayout(self.unsavedButtons)

        self.pages.addWidget(self.unsavedPage)

        self.dialogLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.detailsLabel.setBuddy(self.detailsView)
        self.unsavedLabel.setBuddy(self.unsavedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.detailsView, self.keepMineButton)
        QWidget.setTabOrder(self.keepMineButton, self.useOtherButton)
        QWidget.setTabOrder(self.useOtherButton, self.laterButton)
        QWidget.setTabOrder(self.laterButton, self.unsavedEdit)
        QWidget.setTabOrder(self.unsavedEdit, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.closeButton)

        self.retranslateUi(SaveConflictDialog)

        QMetaObject.connectSlotsByName(SaveConflictDialog)
    # setupUi

    def retranslateUi(self, SaveConflictDialog):
        SaveConflictDialog.setWindowTitle(QCoreApplication.translate("SaveConflictDialog", u"Referral changed elsewhere", None))
#if QT_CONFIG(accessibility)
        SaveConflictDialog.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Referral changed elsewhere", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("SaveConflictDialog", u"This referral was changed in another window while you had it open", None))
        self.detailsLabel.setText(QCoreApplication.translate("SaveConflictDialog", u"What &changed elsewhere", None))
#if QT_CONFIG(accessibility)
        self.detailsView.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"What changed elsewhere", None))
#endif // QT_CONFIG(accessibility)
        self.explanationLabel.setText(QCoreApplication.translate("SaveConflictDialog", u"Your latest changes are not saved yet; they are still on screen. Choose which version to keep.\n"
"\n"
"Keep my version: saves what is on your screen over the other changes. Both versions stay in the audit log.\n"
"\n"
"Use the other version: opens the version saved elsewhere. Your unsaved changes are shown next, for you to copy anything you need.", None))
#if QT_CONFIG(accessibility)
        self.keepMineButton.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Keep my version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keepMineButton.setAccessibleDescription(QCoreApplication.translate("SaveConflictDialog", u"Save what is on your screen over the other changes", None))
#endif // QT_CONFIG(accessibility)
        self.keepMineButton.setText(QCoreApplication.translate("SaveConflictDialog", u"&Keep my version", None))
#if QT_CONFIG(accessibility)
        self.useOtherButton.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Use the other version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.useOtherButton.setAccessibleDescription(QCoreApplication.translate("SaveConflictDialog", u"Open the version saved elsewhere and show your unsaved changes to copy", None))
#endif // QT_CONFIG(accessibility)
        self.useOtherButton.setText(QCoreApplication.translate("SaveConflictDialog", u"&Use the other version", None))
#if QT_CONFIG(accessibility)
        self.laterButton.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Decide later", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.laterButton.setAccessibleDescription(QCoreApplication.translate("SaveConflictDialog", u"Keep your changes on screen without saving them; you will be asked again", None))
#endif // QT_CONFIG(accessibility)
        self.laterButton.setText(QCoreApplication.translate("SaveConflictDialog", u"Decide &later", None))
        self.unsavedHeading.setText(QCoreApplication.translate("SaveConflictDialog", u"The other version is now open. Your unsaved changes are below", None))
        self.unsavedLabel.setText(QCoreApplication.translate("SaveConflictDialog", u"&Your unsaved changes (the whole referral as it was on your screen). They are not saved anywhere: copy what you need before closing this window.", None))
#if QT_CONFIG(accessibility)
        self.unsavedEdit.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Your unsaved changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Copy your unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("SaveConflictDialog", u"&Copy all", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("SaveConflictDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("SaveConflictDialog", u"Close", None))
    # retranslateUi

