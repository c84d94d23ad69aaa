# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acknowledge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AcknowledgeDialog(object):
    def setupUi(self, AcknowledgeDialog):
        if not AcknowledgeDialog.objectName():
            AcknowledgeDialog.setObjectName(u"AcknowledgeDialog")
        self.dialogLayout = QVBoxLayout(AcknowledgeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.promptLabel = QLabel(AcknowledgeDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.promptLabel)

        self.noteLabel = QLabel(AcknowledgeDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(AcknowledgeDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.hintLabel = QLabel(AcknowledgeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(AcknowledgeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcknowledgeDialog)

        QMetaObject.connectSlotsByName(AcknowledgeDialog)
    # setupUi

    def retranslateUi(self, AcknowledgeDialog):
        AcknowledgeDialog.setWindowTitle(QCoreApplication.translate("AcknowledgeDialog", u"Acknowledge a prompt", None))
        self.promptLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("AcknowledgeDialog", u"&Note: what you did or decided about this prompt", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AcknowledgeDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("AcknowledgeDialog", u"The acknowledgement, your note, who and when stay in the referral's record.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AcknowledgeDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

