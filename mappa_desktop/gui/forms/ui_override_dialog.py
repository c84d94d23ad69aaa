# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        self.dialogLayout = QVBoxLayout(OverrideDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OverrideDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.aidLabel = QLabel(OverrideDialog)
        self.aidLabel.setObjectName(u"aidLabel")
        self.aidLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.aidLabel)

        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.categoryLabel = QLabel(OverrideDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(OverrideDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.levelLabel = QLabel(OverrideDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(OverrideDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)


        self.dialogLayout.addLayout(self.choiceForm)

        self.rationaleLabel = QLabel(OverrideDialog)
        self.rationaleLabel.setObjectName(u"rationaleLabel")
        self.rationaleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.rationaleLabel)

        self.rationaleEdit = QPlainTextEdit(OverrideDialog)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.rationaleEdit)

        self.errorLabel = QLabel(OverrideDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.rationaleLabel.setBuddy(self.rationaleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverrideDialog)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Record your own decision", None))
        self.introLabel.setText(QCoreApplication.translate("OverrideDialog", u"The aid gives advice; you decide. If you disagree with its category or level, record yours and say why. The aid's outcome, yours, your reasons, the rule-pack version, who and when are all kept, and the change is in the audit log.", None))
        self.aidLabel.setText("")
        self.categoryLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Category you decide", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Category you decide", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Level you decide", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Level you decide", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Rationale (required): why your decision differs from the aid's", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Rationale", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

