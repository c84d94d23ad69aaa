# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setSpacing(12)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(16)
        self.titleRow.setObjectName(u"titleRow")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.titleRow.addWidget(self.iconLabel)

        self.titleColumn = QVBoxLayout()
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"class", u"pageHeading")

        self.titleColumn.addWidget(self.titleLabel)

        self.taglineLabel = QLabel(AboutDialog)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setWordWrap(True)

        self.titleColumn.addWidget(self.taglineLabel)


        self.titleRow.addLayout(self.titleColumn)


        self.aboutLayout.addLayout(self.titleRow)

        self.versionsGroup = QGroupBox(AboutDialog)
        self.versionsGroup.setObjectName(u"versionsGroup")
        self.versionsForm = QFormLayout(self.versionsGroup)
        self.versionsForm.setObjectName(u"versionsForm")
        self.appVersionCaption = QLabel(self.versionsGroup)
        self.appVersionCaption.setObjectName(u"appVersionCaption")

        self.versionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appVersionCaption)

        self.appVersionLabel = QLabel(self.versionsGroup)
        self.appVersionLabel.setObjectName(u"appVersionLabel")
        self.appVersionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appVersionLabel)

        self.rulePackCaption = QLabel(self.versionsGroup)
        self.rulePackCaption.setObjectName(u"rulePackCaption")

        self.versionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rulePackCaption)

        self.rulePackLabel = QLabel(self.versionsGroup)
        self.rulePackLabel.setObjectName(u"rulePackLabel")
        self.rulePackLabel.setWordWrap(True)
        self.rulePackLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rulePackLabel)

        self.databaseCaption = QLabel(self.versionsGroup)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.versionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(self.versionsGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.platformCaption = QLabel(self.versionsGroup)
        self.platformCaption.setObjectName(u"platformCaption")

        self.versionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.platformCaption)

        self.platformLabel = QLabel(self.versionsGroup)
        self.platformLabel.setObjectName(u"platformLabel")
        self.platformLabel.setWordWrap(True)
        self.platformLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.platformLabel)


        self.aboutLayout.addWidget(self.versionsGroup)

        self.noticeLabel = QLabel(AboutDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"class", u"notice")

        self.aboutLayout.addWidget(self.noticeLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About MAPPA Desktop", None))
        self.iconLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"MAPPA Desktop", None))
        self.taglineLabel.setText(QCoreApplication.translate("AboutDialog", u"An offline decision aid for Multi-Agency Public Protection Arrangements referrals in England and Wales.", None))
        self.versionsGroup.setTitle(QCoreApplication.translate("AboutDialog", u"Versions", None))
        self.appVersionCaption.setText(QCoreApplication.translate("AboutDialog", u"Application", None))
        self.appVersionLabel.setText("")
        self.rulePackCaption.setText(QCoreApplication.translate("AboutDialog", u"Rule pack", None))
        self.rulePackLabel.setText("")
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
        self.databaseLabel.setText("")
        self.platformCaption.setText(QCoreApplication.translate("AboutDialog", u"Platform", None))
        self.platformLabel.setText("")
        self.noticeLabel.setText(QCoreApplication.translate("AboutDialog", u"This tool helps you decide and explain; it is not the system of record. Confirm identities and convictions against nDelius, ViSOR and the PNC. Referrals held here are OFFICIAL-SENSITIVE.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

