# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.markingGroup = QGroupBox(SettingsDialog)
        self.markingGroup.setObjectName(u"markingGroup")
        self.markingForm = QFormLayout(self.markingGroup)
        self.markingForm.setObjectName(u"markingForm")
        self.markingLabel = QLabel(self.markingGroup)
        self.markingLabel.setObjectName(u"markingLabel")

        self.markingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingEdit = QLineEdit(self.markingGroup)
        self.markingEdit.setObjectName(u"markingEdit")
        self.markingEdit.setMaxLength(80)

        self.markingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.markingEdit)

        self.markingHint = QLabel(self.markingGroup)
        self.markingHint.setObjectName(u"markingHint")
        self.markingHint.setWordWrap(True)
        self.markingHint.setProperty(u"class", u"hint")

        self.markingForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.markingHint)


        self.dialogLayout.addWidget(self.markingGroup)

        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.languageGroup)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"class", u"hint")

        self.languageForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.languageHint)


        self.dialogLayout.addWidget(self.languageGroup)

        self.officerGroup = QGroupBox(SettingsDialog)
        self.officerGroup.setObjectName(u"officerGroup")
        self.officerForm = QFormLayout(self.officerGroup)
        self.officerForm.setObjectName(u"officerForm")
        self.nameLabel = QLabel(self.officerGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.officerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.officerGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.officerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.officerGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.officerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(self.officerGroup)
        self.roleEdit.setObjectName(u"roleEdit")

        self.officerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.agencyLabel = QLabel(self.officerGroup)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.officerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(self.officerGroup)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.officerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.officerHint = QLabel(self.officerGroup)
        self.officerHint.setObjectName(u"officerHint")
        self.officerHint.setWordWrap(True)
        self.officerHint.setProperty(u"class", u"hint")

        self.officerForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.officerHint)


        self.dialogLayout.addWidget(self.officerGroup)

        self.databaseGroup = QGroupBox(SettingsDialog)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseLayout = QVBoxLayout(self.databaseGroup)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseLabel = QLabel(self.databaseGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)

        self.databaseLayout.addWidget(self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.databaseEdit = QLineEdit(self.databaseGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setReadOnly(True)

        self.databaseRow.addWidget(self.databaseEdit)

        self.openFolderButton = QPushButton(self.databaseGroup)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.databaseRow.addWidget(self.openFolderButton)


        self.databaseLayout.addLayout(self.databaseRow)

        self.databaseHint = QLabel(self.databaseGroup)
        self.databaseHint.setObjectName(u"databaseHint")
        self.databaseHint.setWordWrap(True)
        self.databaseHint.setProperty(u"class", u"hint")

        self.databaseLayout.addWidget(self.databaseHint)


        self.dialogLayout.addWidget(self.databaseGroup)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.markingLabel.setBuddy(self.markingEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.databaseLabel.setBuddy(self.databaseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.markingEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.agencyEdit)
        QWidget.setTabOrder(self.agencyEdit, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.openFolderButton)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.markingGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Security marking", None))
        self.markingLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Marking on exported pages", None))
#if QT_CONFIG(accessibility)
        self.markingEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Security marking on exported pages", None))
#endif // QT_CONFIG(accessibility)
        self.markingHint.setText(QCoreApplication.translate("SettingsDialog", u"Printed at the top and bottom of every page you export or print. Use the marking your organisation requires; left empty, OFFICIAL-SENSITIVE is used.", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Interface &language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"The whole application, windows already open included, changes to this language when you save: no restart is needed. Words not yet translated into Welsh are shown in English.", None))
        self.officerGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"You", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Your role", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("SettingsDialog", u"A&gency", None))
#if QT_CONFIG(accessibility)
        self.agencyEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Your agency", None))
#endif // QT_CONFIG(accessibility)
        self.officerHint.setText("")
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Referrals database", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Loca&tion", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Referrals database location", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Open the folder holding the database", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&Open folder", None))
        self.databaseHint.setText(QCoreApplication.translate("SettingsDialog", u"Shown for reference; it cannot be changed here. To use a different database file, start MAPPA Desktop with --db followed by the file's path.", None))
    # retranslateUi

